# Checks __setattr__ and __delattr__ hooks, validation and object.__setattr__ delegation.
class Validated:
    def __setattr__(self, name, value):
        print("setattr", name, repr(value))
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("delattr", name)
        if name == "age":
            raise AttributeError("cannot delete age")
        object.__delattr__(self, name)
v = Validated()
v.age = 5
v.name = "x"
try:
    v.age = -1
except ValueError as e:
    print(type(e).__name__, e)
print(v.age, vars(v))
del v.name
try:
    del v.age
except AttributeError as e:
    print(type(e).__name__, e)
setattr(v, "via_builtin", 1)
delattr(v, "via_builtin")
print(sorted(vars(v)))
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}: frozen")
    __delattr__ = __setattr__
f = Frozen(3)
print(f.x)
try:
    f.x = 4
except AttributeError as e:
    print(type(e).__name__, e)
class Tracking:
    def __init__(self):
        self.changes = []
    def __setattr__(self, name, value):
        if name != "changes":
            self.changes.append(name)
        super().__setattr__(name, value)
t = Tracking()
t.a = 1
t.b = 2
t.a += 1
print(t.changes, t.a)
class Child(Validated):
    pass
c = Child()
c.age = 10
print(c.age)
