# Checks __round__, __index__ (range, slicing, bin/hex), __int__, __float__ and __abs__/__neg__.
class Money:
    def __init__(self, v):
        self.v = v
    def __round__(self, ndigits=None):
        print("__round__", ndigits)
        return Money(round(self.v, ndigits)) if ndigits is not None else round(self.v)
    def __repr__(self):
        return f"Money({self.v})"
print(round(Money(2.567)), round(Money(2.567), 1))
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
two, five = Idx(2), Idx(5)
print(list(range(five)), list(range(two, five)), "abcdef"[two], [10, 20, 30][Idx(-1)])
print("abcdef"[two:five], bin(five), hex(Idx(255)), oct(Idx(8)), [0] * two)
print((1).__index__(), int(Idx(7)), (2 ** 10).__index__(), True.__index__())
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __abs__(self):
        return Num(abs(self.v))
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return self
    def __invert__(self):
        return "inverted"
    def __repr__(self):
        return f"Num({self.v})"
n = Num(-3.7)
print(int(n), float(n), abs(n), -n, +n is n, ~n)
try:
    range(Num(3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2][Num(0)]
except TypeError as e:
    print(type(e).__name__, e)
class NoRound:
    pass
try:
    round(NoRound())
except TypeError as e:
    print(type(e).__name__, e)
class BadIndex:
    def __index__(self):
        return 1.5
try:
    [1][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
