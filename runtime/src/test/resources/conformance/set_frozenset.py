# Checks frozenset: hashability, use as dict keys and set elements, immutability and equality with set.
f = frozenset([3, 1, 2, 1])
print(sorted(f), len(f), 2 in f, f == {1, 2, 3}, type(f).__name__)
g = {f: "frozen key", frozenset(): "empty"}
print(g[frozenset({1, 2, 3})], g[frozenset()])
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested), frozenset({1, 2}) in nested)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), frozenset() == frozenset([]))
print(sorted(f | {9}), sorted(f & {1, 9}), sorted(f - {1}), sorted(f ^ {1, 4}), f.isdisjoint({7}))
print(sorted(f.union([5])), type(f.union([5])).__name__, type(f.copy()).__name__, f.copy() is f)
for name in ["add", "remove", "discard", "pop", "update"]:
    print(name, hasattr(f, name))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {{1}: 2}
except TypeError as e:
    print(type(e).__name__, e)
print(frozenset("aab") == frozenset("ab"), repr(frozenset()), repr(set()), repr(frozenset({5})))
print(sorted(frozenset(x % 3 for x in range(10))))
