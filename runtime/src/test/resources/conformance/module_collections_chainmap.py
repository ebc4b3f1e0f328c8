# collections.ChainMap: lookups through the chain, writes to the first map, new_child/parents,
# copies, |, repr, subclasses.
from collections import ChainMap, OrderedDict, defaultdict
import collections.abc
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm, cm["user"], cm["color"], len(cm), list(cm), sorted(cm.items()), "color" in cm, cm.get("x", 0))
cm["color"] = "blue"
print(cli, cm.maps[0] is cli, cm.parents, cm.new_child(), cm.new_child({"a": 1}), cm.new_child(z=2))
attempt("missing", lambda: cm["nope"])
del cm["color"]
attempt("del missing", lambda: cm.__delitem__("user"))
attempt("pop missing", lambda: cm.pop("user"))
print(cm.pop("user", "dflt"), cm, bool(ChainMap()), bool(ChainMap({})), bool(cm), ChainMap())
cm["k"] = 1
print(cm.popitem(), cm)
attempt("popitem empty", lambda: ChainMap({}, {"a": 1}).popitem())
c2 = cm.copy()
c2["new"] = 1
print(cm, c2, type(c2).__name__)
print(ChainMap.fromkeys("ab", 0), ChainMap({"a": 1}) | {"b": 2}, {"b": 2} | ChainMap({"a": 1}))
x = ChainMap({"a": 1})
x |= {"c": 3}
print(x, isinstance(x, collections.abc.MutableMapping), isinstance(x, dict), x == {"a": 1, "c": 3}, dict(x))
r = ChainMap()
r.maps[0]["self"] = r
print(r)
class DeepChainMap(ChainMap):
    def __setitem__(self, key, value):
        for mapping in self.maps:
            if key in mapping:
                mapping[key] = value
                return
        self.maps[0][key] = value
d = DeepChainMap({"zebra": "black"}, {"elephant": "blue"}, {"lion": "yellow"})
d["lion"] = "orange"
d["snake"] = "red"
print(d, d.new_child(), type(d.parents).__name__)
print(ChainMap(defaultdict(int), {"a": 5})["a"], ChainMap(OrderedDict(b=1), {"a": 2}), list(ChainMap({"b": 1}, {"a": 2, "b": 3})))
print(ChainMap({1: 2}).keys(), ChainMap({1: 2}).values(), ChainMap({1: 2}).items(), list(ChainMap({1: 2}).values()))
