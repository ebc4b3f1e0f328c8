# Checks sum with start values and floats, and len of every builtin container.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([], 5), sum(range(101)), sum([0.1] * 10))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([1.5, 2.5]), sum([True, True, 3]))
print(sum(x * x for x in range(4)), sum({1: "a", 2: "b"}), sum([2 ** 64, 2 ** 64]), sum([1, 2], start=100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, None])
except TypeError as e:
    print(type(e).__name__, e)
print(len([1, 2]), len("héllo"), len(b"abc"), len((1,)), len({1: 2}), len({1, 2, 2}), len(range(0, 10, 3)))
print(len(""), len([]), len(frozenset("aab")), len(range(10, 0)), len(range(-5, 5)), len({}.keys()))
print(len(range(0, 10 ** 15, 7)), len("a\nb"), len([[]]), len(" " * 50))
try:
    len(iter([1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
