# Checks "import mod_x as m", aliases sharing one module object and nested module imports.
import mod_counter as c
import mod_counter as c2
import mod_greeting as g
import sys
print(c is c2, c.__name__, g.__name__)
print(g.greet("weft"), c.get())
print(g.greet("jvm"), c.get(), c2.value)
print(g.mod_counter is c, sys.modules["mod_greeting"] is g)
print(g.main())
print(sorted(k for k in sys.modules if k.startswith("mod_")))
import mod_shapes as shapes, mod_counter as counter_again
print(shapes.square_area(5), counter_again is c, shapes.__name__)
rect_cls = shapes.Rect
r1 = rect_cls(3, 4)
print(r1, r1.area(), shapes.count(), type(r1).__module__)
def use_alias_in_function():
    import mod_shapes as local_alias
    return local_alias is shapes, local_alias.circle_area(2)
print(use_alias_in_function())
print(type(c).__name__, sorted(n for n in dir(c) if not n.startswith("_")))
print(hasattr(c, "bump"), hasattr(c, "missing"), getattr(g, "GREETING"))
