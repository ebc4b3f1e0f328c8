# Checks dict insertion order, live views, view set operations and iteration rules.
d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(d, list(d))
d["z"] = 100
print(list(d.items()))
del d["a"]
d["a"] = 4
print(list(d))
keys = d.keys()
vals = d.values()
items = d.items()
d["new"] = 5
print(keys, vals, items, len(keys))
print(sorted(keys & {"a", "q", "z"}), sorted(keys | {"extra"}), sorted(keys - {"a"}), sorted(keys ^ {"a", "b"}))
print("a" in keys, 4 in vals, ("a", 4) in items, ("a", 5) in items)
print(d.keys() == {"z", "m", "a", "new"}, list(reversed(d)), list(reversed(d.items()))[0])
print(sorted(items & {("z", 100)}), isinstance(keys & set(), set))
try:
    for k in d:
        d["added during iteration"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(d.keys()))
e = {1: "a"}
for k in list(e):
    e[k + 1] = "b"
print(e)
