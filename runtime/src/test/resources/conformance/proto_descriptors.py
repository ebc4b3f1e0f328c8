# Checks data and non-data descriptors, lookup precedence versus instance __dict__ and class access.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, sorted(vars(p)), type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from non-data descriptor"
class DataOnlySet:
    def __get__(self, obj, objtype=None):
        return "from data descriptor"
    def __set__(self, obj, value):
        print("data descriptor __set__", value)
class Host:
    nd = NonData()
    dd = DataOnlySet()
h = Host()
print(h.nd, h.dd)
h.__dict__["nd"] = "instance dict wins over non-data"
h.__dict__["dd"] = "instance dict loses to data descriptor"
print(h.nd, "|", h.dd)
h.dd = 5
print(Host.nd, Host.__dict__["nd"].__class__.__name__)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print("computing area")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.area)
