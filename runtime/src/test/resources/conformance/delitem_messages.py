# del o[k] on objects without __delitem__: CPython's two wordings of the TypeError.
import types
class K: pass
class S:
    def __getitem__(self, i): return i
for o, k in [((1, 2), 0), (types.MappingProxyType({}), "a"), (types.MappingProxyType({}), 0), ("ab", 0), ("ab", "x"), (frozenset(), 0), (1, 0), (K(), 0), (K(), "a"), (S(), 0), (None, 0), (range(3), 1), (b"x", True)]:
    try:
        del o[k]
    except TypeError as e:
        print(type(o).__name__, e)
