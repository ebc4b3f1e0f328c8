# Checks subclassing dict: __missing__, overridden __setitem__ and what dict methods bypass.
class DefaultList(dict):
    def __missing__(self, key):
        print("missing", key)
        value = self[key] = []
        return value
d = DefaultList()
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d, d.get("zz"), "zz" in d)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "hello world":
    c[ch] += 1
print(sorted(c.items()), c["q"], len(c))
class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
u = Upper()
u["abc"] = 1
u.update({"def": 2})
u.setdefault("ghi", 3)
print(u)
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value
ad = AttrDict(x=1)
ad.y = 2
print(ad, ad.x, ad.y, hasattr(ad, "z"))
class Ordered(dict):
    def keys_sorted(self):
        return sorted(self)
o = Ordered({"b": 1, "a": 2})
print(o.keys_sorted(), type(o.copy()).__name__, type(o | {}).__name__, isinstance(o, dict))
print(DefaultList.__missing__.__name__, dict.get(d, "a"))
