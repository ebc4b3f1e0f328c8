# Checks the old sequence protocol: iteration, 'in' and unpacking via __getitem__ raising IndexError.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        print("getitem", i)
        if i >= self.n:
            raise IndexError("done")
        return i * i
print(list(Squares(3)))
print(4 in Squares(5))
a, b = Squares(2)
print(a, b)
it = iter(Squares(2))
print(type(it).__name__, next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration from sequence iterator")
class Letters:
    def __getitem__(self, i):
        return "abc"[i]
print([c for c in Letters()], "".join(Letters()), sorted(Letters(), reverse=True))
class Stops:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stops()))
class BadKey:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(BadKey())
except KeyError as e:
    print(type(e).__name__, e)
class WithLen:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i + 10
print(list(reversed(WithLen())), list(WithLen()), max(WithLen()))
