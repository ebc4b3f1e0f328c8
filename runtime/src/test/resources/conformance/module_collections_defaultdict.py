# collections.defaultdict: default_factory, __missing__, dict behaviour, repr, copy, |, subclasses.
from collections import defaultdict
import copy


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", repr(e) if isinstance(e, KeyError) else e)


d = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    d[word[0]].append(word)
print(d)
print(dict(d), len(d), "a" in d, "z" in d, d.get("z"), "z" in d)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(int, a=1), defaultdict(str, [("k", "v")], x="y"))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
nested["a"]["c"] += 1
print({k: dict(v) for k, v in nested.items()})
print(isinstance(d, dict), type(d).__name__, type(d).__module__, defaultdict.__name__, repr(defaultdict))

n = defaultdict()
attempt("no factory", lambda: n["missing"])
attempt("bad factory", lambda: defaultdict(1))
attempt("get no default", lambda: n.get("missing"))
n.default_factory = set
n["s"].add(1)
print(n, n.default_factory)
n.default_factory = None
attempt("factory removed", lambda: n["t"])
print(n.__missing__("new") if False else "skip", counts.__missing__("q"), counts["q"])

# copies keep the factory
c = counts.copy()
c["extra"] += 5
print(type(c).__name__, c.default_factory, c["extra"], "extra" in counts)
print(copy.copy(d) == d, copy.deepcopy(d) == d, copy.deepcopy(d).default_factory)
print(d | {"z": ["zebra"]}, type(d | {}).__name__)
print({"y": 1} | defaultdict(int, {"x": 2}))
e = defaultdict(list)
e |= {"q": [1]}
print(e)

# self-reference
s = defaultdict(list)
s["me"] = s
print(s)


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)

    def plain(self):
        return {k: v.plain() for k, v in self.items()}


t = Tree()
t["a"]["b"]["c"]
t["a"]["d"]
print(t.plain(), isinstance(t["x"], Tree))
t.note = "attr"
print(t.note, type(t).__mro__)


class Missing(defaultdict):
    def __missing__(self, key):
        return key * 2


m = Missing(int)
print(m["ab"], m, len(m))
print(defaultdict(list, {1: [2]}) == {1: [2]}, defaultdict(int) == defaultdict(list))
for k, v in defaultdict(int, {"a": 1, "b": 2}).items():
    print(k, v)
dd = defaultdict(int)
print(dd.setdefault("k", 5), dd.pop("k"), dd.pop("k", "gone"), dd)
attempt("pop missing", lambda: dd.pop("k"))
