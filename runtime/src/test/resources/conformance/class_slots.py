# Checks __slots__: allowed attributes, AttributeError for others, empty slots and inheritance.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
p.x = 10
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
class Uninit:
    __slots__ = ("a",)
u = Uninit()
try:
    print(u.a)
except AttributeError as e:
    print(type(e).__name__, e)
u.a = 1
del u.a
print(hasattr(u, "a"))
class NoAttrs:
    __slots__ = ()
n = NoAttrs()
try:
    n.anything = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Child(P):
    pass
ch = Child(1, 2)
ch.extra = "ok: subclass without slots has a dict"
print(ch.extra, ch.__dict__)
class SlotChild(P):
    __slots__ = ("z",)
sc = SlotChild(1, 2)
sc.z = 3
print(sc.x, sc.y, sc.z)
try:
    sc.w = 4
except AttributeError as e:
    print(type(e).__name__, e)
class WithDictSlot:
    __slots__ = ("a", "__dict__")
wd = WithDictSlot()
wd.a = 1
wd.b = 2
print(wd.a, wd.__dict__)
print(P.__slots__, type(P.__dict__["x"]).__name__)
class Single:
    __slots__ = "only"
s = Single()
s.only = "one string slot"
print(s.only)
