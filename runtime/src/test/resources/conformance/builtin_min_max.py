# Checks min and max with iterables, multiple arguments, key=, default= and ties.
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min("hello"), max("abc", "abd", "ab"))
print(max([1, 5, 5.0, 3]), max([5.0, 5, 3]), min([2, 2.0]), min([2.0, 2]))
words = ["bb", "a", "ccc", "dd"]
print(max(words, key=len), min(words, key=len), max(words), min(words, key=lambda w: (-len(w), w)))
print(max([], default="empty"), min((), default=None), max([7], default=0))
print(max(range(10), key=lambda x: x % 4), min(range(10), key=lambda x: -x))
pairs = [("b", 2), ("a", 2), ("c", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]), max(pairs))
print(max(x * x for x in range(-5, 3)), min({3: "x", 1: "y"}), max({3: "x", 1: "y"}.values()))
print(max(True, 2, 1.5), min(-1, False), max([[1, 2], [1, 3], [0, 9]]))
try:
    max()
except TypeError as e:
    print(type(e).__name__, e)
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
