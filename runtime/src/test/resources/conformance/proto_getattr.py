# Checks __getattr__ being called only for missing attributes, and delegation patterns.
class Defaults:
    existing = "real attribute"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("no_"):
            raise AttributeError(f"nothing called {name}")
        return name.upper()
d = Defaults()
print(d.existing)
print(d.anything)
d.set_later = "now exists"
print(d.set_later)
print(getattr(d, "no_such", "default used"), hasattr(d, "no_x"), hasattr(d, "yes_x"))
try:
    d.no_thing
except AttributeError as e:
    print(type(e).__name__, e)
class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = []
    def __getattr__(self, name):
        self.calls.append(name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.calls, p.count(1))
try:
    p.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
class Attrs:
    def __init__(self):
        self.data = {"x": 1, "y": 2}
    def __getattr__(self, name):
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(name) from None
a = Attrs()
print(a.x, a.y, getattr(a, "z", None))
class Property:
    @property
    def broken(self):
        raise AttributeError("inside property")
    def __getattr__(self, name):
        return "fallback for " + name
print(Property().broken)
