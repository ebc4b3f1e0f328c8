# Checks enumerate (with start) and zip with multiple and uneven iterables.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-5)))
print(list(enumerate([])), list(enumerate(range(3), 10**20)))
e = enumerate(["x", "y"])
print(type(e).__name__, next(e), next(e), next(e, "done"))
for i, (a, b) in enumerate(zip("ab", "cd")):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("a", "b", "c", "d")))
names = ["a", "b", "c"]
scores = [90, 80, 70]
print(dict(zip(names, scores)))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, words = zip(*pairs)
print(nums, words)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*zip(*matrix))])
def gen():
    for i in range(10):
        print("gen", i)
        yield i
print(list(zip(gen(), "ab")))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
