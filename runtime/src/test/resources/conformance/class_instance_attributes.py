# Checks instance attribute order and storage: per-instance insertion order, deletion and
# re-adding, more names than a class's shared keys hold, and __dict__ staying the namespace.
class Point:
    pass


a = Point()
a.x = 1
a.y = 2
b = Point()
b.y = 20
b.x = 10
b.z = 30
print(vars(a), vars(b))
del b.y
b.y = 200
print(vars(b), b.y, hasattr(b, "w"))
c = Point()
for i in range(40):
    setattr(c, "attr" + str(i), i)
print(len(vars(c)), c.attr0, c.attr39, list(vars(c))[:3], list(vars(c))[-2:])
d = Point()
d.first = "one"
ns = d.__dict__
ns["second"] = "two"
d.third = "three"
print(d.second, ns is d.__dict__, list(ns))
try:
    del d.missing
except AttributeError as e:
    print(type(e).__name__, e)
e = Point()
e.p = 1
e.__class__ = type("Other", (Point,), {})
e.q = 2
print(type(e).__name__, vars(e))
