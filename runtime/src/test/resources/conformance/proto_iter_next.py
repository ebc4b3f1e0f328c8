# Checks the iterator protocol with __iter__/__next__, separate iterables vs iterators and exhaustion.
class CountUp:
    def __init__(self, lo, hi):
        self.cur = lo
        self.hi = hi
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur > self.hi:
            raise StopIteration
        v = self.cur
        self.cur += 1
        return v
c = CountUp(1, 4)
print(list(c), list(c))
class Reusable:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return ReusableIter(self.items)
class ReusableIter:
    def __init__(self, items):
        self.items = items
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.items):
            raise StopIteration
        self.i += 1
        return self.items[self.i - 1]
r = Reusable("xyz")
print(list(r), list(r), [a + b for a in r for b in r][:4])
it = iter(r)
print(next(it), next(it), next(it), next(it, "end"))
class GenIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * 10
print(list(GenIter(3)), sum(GenIter(4)), sorted(GenIter(3), reverse=True))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoNext:
    def __iter__(self):
        return self
try:
    for x in NoNext():
        pass
except TypeError as e:
    print(type(e).__name__, e)
x, y, z = CountUp(7, 9)
print(x, y, z, max(CountUp(1, 5)), dict(zip(CountUp(1, 3), "abc")))
print(list(enumerate(CountUp(5, 7))), tuple(CountUp(0, 2)), set(CountUp(3, 3)))
