# Checks __getattribute__ intercepting every attribute access and deferring to object.__getattribute__.
class Logged:
    def __init__(self):
        self.value = 42
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("access", name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.value + 1
l = Logged()
print(l.value)
print(l.method())
try:
    l.missing
except AttributeError as e:
    print(type(e).__name__, e)
class Both:
    def __getattribute__(self, name):
        if name == "magic":
            return "from __getattribute__"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "from __getattr__: " + name
b = Both()
print(b.magic, "|", b.other)
class Hidden:
    def __init__(self):
        self.public = 1
        self._secret = 2
    def __getattribute__(self, name):
        if name.startswith("_") and not name.startswith("__"):
            raise AttributeError(f"{name} is private")
        return super().__getattribute__(name)
h = Hidden()
print(h.public, hasattr(h, "_secret"), object.__getattribute__(h, "_secret"))
try:
    h._secret
except AttributeError as e:
    print(type(e).__name__, e)
class Upper:
    def __init__(self):
        self.name = "weft"
    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        return v.upper() if isinstance(v, str) else v
print(Upper().name, getattr(Upper(), "name"))
