# A class's __dict__ is a read-only mappingproxy: every write goes through the class, so its
# version tag, the type lookup cache and specialized attribute loads never go stale.
import types


class C:
    x = 1

    def m(self):
        return "m"


def read(obj):
    return obj.x


c = C()
for _ in range(50):
    read(c)  # specialize the load on the class attribute
d = C.__dict__
print(type(d).__name__, isinstance(d, types.MappingProxyType))
for key in ("x", "y"):
    try:
        d[key] = 7
    except TypeError as e:
        print("TypeError:", e)
try:
    del d["x"]
except TypeError as e:
    print("TypeError:", e)
print(read(c), C.x, c.m())
C.x = 2  # the one way to change it
print(read(c), C.x, d["x"], d.get("x"), d.get("y", "none"))
print(sorted(k for k in d if not k.startswith("__")))
print("x" in d, "y" in d, len(d) == len(dict(d)), d == dict(d))
print(sorted(d.keys() - {"__module__", "__dict__", "__weakref__", "__doc__"}))
print(vars(C) is not d, type(vars(C)).__name__)
print(repr(types.MappingProxyType({"a": 1})))
try:
    hash(d)
except TypeError as e:
    print("TypeError:", e)
