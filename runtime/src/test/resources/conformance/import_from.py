# Checks "from mod_x import a, b", names bound as copies of module attributes, and ImportError.
from mod_counter import bump, get, value
import mod_counter
print(value, bump(), bump(5), get(), value, mod_counter.value)
from mod_counter import value
print("re-imported value", value)
from mod_shapes import Rect, square_area as sq
print(sq(7), Rect(1, 2).area())
try:
    from mod_counter import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
from mod_shapes import *
print(circle_area(1), PI_ISH)
import mod_shapes
mod_shapes.PI_ISH = 10
print("module attr changed:", mod_shapes.PI_ISH, "bound copy:", PI_ISH, circle_area(1))
from mod_counter import bump as increment
print(increment(), increment is bump)
def local_from():
    from mod_counter import get
    return get()
print(local_from())
print(sorted(n for n in ("Rect", "circle_area", "square_area", "PI_ISH", "count", "created") if n in globals()))
