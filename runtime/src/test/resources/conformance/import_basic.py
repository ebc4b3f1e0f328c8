# Checks "import mod_x": module execution once, attribute access, module __name__ and module state.
print("before import")
import mod_shapes
print("after import")
print(mod_shapes.__name__, mod_shapes.square_area(4), mod_shapes.circle_area(2), mod_shapes.PI_ISH)
r = mod_shapes.Rect(2, 5)
print(r, r.area(), mod_shapes.count())
import mod_shapes
print("second import did not re-run the module")
mod_shapes.PI_ISH = 4
print(mod_shapes.circle_area(1))
print(type(mod_shapes).__name__, sorted(n for n in dir(mod_shapes) if not n.startswith("_")))
print(__name__)
def uses_module():
    return mod_shapes.square_area(3) + mod_shapes.count()
print(uses_module())
r2 = mod_shapes.Rect(1, 1)
print(mod_shapes.count(), mod_shapes.created)
print(mod_shapes.__name__ == "mod_shapes", "mod_shapes" in globals())
print(isinstance(r2, mod_shapes.Rect), type(r2).__name__, type(r2).__module__)
import sys
print("mod_shapes" in sys.modules, sys.modules["mod_shapes"] is mod_shapes)
try:
    mod_shapes.no_such_function()
except AttributeError as e:
    print(type(e).__name__, e)
