# Checks which objects can be dict keys, numeric key unification and key errors with repr.
d = {}
d[1] = "int"
d[1.0] = "float overrides same key"
d[True] = "bool too"
d[(1, 2)] = "tuple"
d[frozenset({1})] = "frozenset"
d["1"] = "str"
d[None] = "none"
d[b"1"] = "bytes"
print(d)
print(len(d), d[1], d[(1, 2)], d[None], list(d)[0], type(list(d)[0]).__name__)
for bad in ([1], {1: 2}, {1}, ([1],)):
    try:
        d[bad] = 1
    except TypeError as e:
        print(type(e).__name__, e)
for missing in ["k", 2, (1, 3), None if False else 3.5, "quote'd"]:
    try:
        d[missing]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
class K:
    pass
k1, k2 = K(), K()
objs = {k1: "first", k2: "second"}
print(objs[k1], objs[k2], len(objs))
print({0: "a", 0.0: "b", -0.0: "c", False: "d"})
