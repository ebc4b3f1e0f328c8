# Checks dict methods: get setdefault items keys values update pop popitem fromkeys copy clear.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
d.update({"d": 4}, e=5)
d.update([("f", 6), ("a", 10)])
d.update(g=7)
print(d)
print(d.pop("g"), d.pop("zz", "default"), d)
print(d.popitem(), d.popitem(), d)
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), dict.fromkeys([]))
shared = dict.fromkeys(["x", "y"], [])
shared["x"].append(1)
print(shared)
c = d.copy()
c["new"] = 1
print(d, c, c is d)
print(list(d.keys()), list(d.values()), list(d.items()))
c.clear()
print(c, len(c))
print(dict(a=1, b=2), dict([("x", 1)]), dict({"k": "v"}, extra=0), dict(zip("ab", [1, 2])), dict())
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.update([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
