# Checks dir() on user classes/instances (filtered), vars() and __dict__ contents.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
    def child_method(self):
        pass
    @property
    def prop(self):
        return 4
c = Child()
print([n for n in sorted(dir(Child)) if not n.startswith("__")])
print([n for n in sorted(dir(c)) if not n.startswith("__")])
print(vars(c), c.__dict__ is vars(c))
print(sorted(k for k in vars(Child) if not k.startswith("__")))
c.extra = "x"
print(vars(c))
vars(c)["injected"] = True
print(c.injected)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
print("__init__" in dir(c), "__class__" in dir(c), "inst" in dir(c))
def f():
    x = 1
    y = 2
    return sorted(dir())
print(f())
