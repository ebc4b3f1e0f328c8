# Checks dict | and |= merging, ** unpacking, equality ignoring order and nested comparisons.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b}, {**b, "x": 0})
c = dict(a)
c |= b
print(c, a)
c |= [("w", 0)]
print(c)
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {"a": [1]} == {"a": [1]}, {1: 2} != {1: 3})
print({} == dict(), {"a": {"b": {"c": 1}}} == {"a": {"b": {"c": 1}}})
print(list(({"b": 1, "a": 2} | {"c": 3}).keys()))
try:
    a | [("k", 1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print(type(e).__name__, e)
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = nested
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(nested)
