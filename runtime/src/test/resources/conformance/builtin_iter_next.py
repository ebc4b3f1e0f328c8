# Checks iter() on containers, iter(callable, sentinel), next() with and without defaults.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
s = iter("ab")
print(list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
data = [5, 4, 3, 2, 1, 0, 9]
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 0)))
class Countdown:
    def __init__(self):
        self.n = 3
    def __call__(self):
        self.n -= 1
        return self.n
print(list(iter(Countdown(), -1)))
blocks = iter(["line1", "line2", "", "after"])
print(list(iter(blocks.__next__, "")), next(blocks))
it2 = iter(range(3))
print(iter(it2) is it2, list(zip(it2, it2)))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
r = iter(range(2))
print(next(r), next(r), next(r, "exhausted"))
