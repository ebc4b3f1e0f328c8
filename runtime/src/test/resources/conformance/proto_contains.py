# Checks __contains__, and 'in' falling back to __iter__ and then __getitem__.
class EvenNumbers:
    def __contains__(self, x):
        print("__contains__", x)
        return isinstance(x, int) and x % 2 == 0
e = EvenNumbers()
print(4 in e, 3 in e, 3 not in e, "a" in e)
class Truthy:
    def __contains__(self, x):
        return "yes"
print(1 in Truthy(), 1 not in Truthy())
class IterOnly:
    def __iter__(self):
        print("__iter__ used")
        return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly())
class GetitemOnly:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * 10
print(30 in GetitemOnly(), 35 in GetitemOnly())
class NoContainer:
    pass
try:
    1 in NoContainer()
except TypeError as e:
    print(type(e).__name__, e)
class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        return self.lo <= x < self.hi
r = Range(10, 20)
print([x for x in (5, 10, 15, 20) if x in r])
class Eq:
    def __eq__(self, other):
        print("Eq.__eq__ called")
        return True
print(Eq() in [1], [1].count(Eq()), [5, 6].index(Eq()))
