# Checks map with one and several iterables, filter with a function and with None, and laziness.
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(lambda x: x % 3 == 0, range(10))), list(filter(str.isdigit, "a1b2c3")))
m = map(lambda x: print("mapping", x) or x * 2, [1, 2, 3])
print("map created", type(m).__name__)
print(next(m))
print(list(m))
f = filter(lambda x: x > 1, [3, 0, 2])
print(type(f).__name__, next(f), list(f))
print(sum(map(int, "12345")), max(map(abs, [-7, 3, -2])), "".join(map(str.upper, "abc")))
words = ["apple", "Bob", "cat"]
print(list(map(str.lower, words)), list(filter(lambda w: w[0].isupper(), words)))
try:
    list(map(None, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(abs)
except TypeError as e:
    print(type(e).__name__, e)
