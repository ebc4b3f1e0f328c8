# Checks sorted with key=, reverse=, stability and sorting of mixed comparable values.
print(sorted([3, 1, 2]), sorted("banana"), sorted((3.5, -1, 2)), sorted({3: 0, 1: 0}), sorted(set([5, 2, 8])))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower))
records = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: r[1]) == sorted(records, key=lambda r: r[1]))
stable = sorted(["bb", "a", "cc", "b", "aa", "c"], key=len)
print(stable, sorted(["bb", "a", "cc", "b", "aa", "c"], key=len, reverse=True))
print(sorted([[2, 1], [1, 2], [1, 1, 1], []]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([True, False, 0, 1, -1, 0.5]), sorted([], reverse=True), sorted(range(5, 0, -1)))
original = [3, 1, 2]
result = sorted(original)
print(original, result, result is not original)
print(sorted("the quick brown fox".split(), key=lambda w: (len(w), w)))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], 1)
except TypeError as e:
    print(type(e).__name__, e)
