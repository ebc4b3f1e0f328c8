# Checks getattr (with default), setattr, hasattr and delattr on instances, classes and builtins.
class Obj:
    cls_val = "c"
    def __init__(self):
        self.x = 1
o = Obj()
print(getattr(o, "x"), getattr(o, "cls_val"), getattr(o, "nope", None), getattr(Obj, "cls_val"))
print(hasattr(o, "x"), hasattr(o, "nope"), hasattr(Obj, "x"), hasattr(5, "real"), hasattr("s", "upper"))
setattr(o, "y", [1])
setattr(o, "with space", "odd but allowed")
print(o.y, getattr(o, "with space"), sorted(vars(o)))
delattr(o, "y")
print(hasattr(o, "y"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o)
except TypeError as e:
    print(type(e).__name__, e)
method = getattr("hello", "upper")
print(method(), getattr([3, 1, 2], "index")(2), getattr(int, "__name__"))
for name in ["x", "cls_val", "__class__"]:
    value = getattr(o, name)
    print(name, value.__name__ if isinstance(value, type) else value)
class Dynamic:
    pass
for i in range(3):
    setattr(Dynamic, f"m{i}", (lambda k: lambda self: k * 10)(i))
d = Dynamic()
print(d.m0(), d.m1(), d.m2())
