# Checks set and dict comprehensions, key collisions and ordering of dict comprehensions.
print({x % 4 for x in range(20)})
print(sorted({c for c in "mississippi"}))
print({x: x * x for x in range(5)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print({x % 3: x for x in range(10)})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print({len(w) for w in words})
inv = {v: k for k, v in enumerate("hello")}
print(inv)
print({i: {j: i * j for j in range(3)} for i in range(2)})
print(type({x for x in ()}).__name__, {x: 1 for x in ()})
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print({k: counts[k] for k in sorted(counts, key=lambda k: (-counts[k], k))})
try:
    {[x]: 1 for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
