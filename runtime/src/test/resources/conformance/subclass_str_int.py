# Checks subclassing str and int: new methods, __new__, and result types of inherited operations.
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("weft")
print(n, n.shout(), len(n), n == "weft", type(n).__name__, type(n + "x").__name__, type(n.upper()).__name__)
print(repr(n), isinstance(n, str), {n: 1}["weft"])
class Celsius(float):
    def __new__(cls, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, v)
    def to_f(self):
        return self * 9 / 5 + 32
t = Celsius(100)
print(t, t.to_f(), type(t).__name__, type(t + 1).__name__)
try:
    Celsius(-300)
except ValueError as e:
    print(type(e).__name__, e)
class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
    def half(self):
        return self // 2
e = Even(7)
print(e, e.half(), e + 1, type(e + 1).__name__, type(e).__name__, e == 6, hash(e) == hash(6))
class Flag(int):
    def __repr__(self):
        return f"Flag({int(self)})"
    def __add__(self, other):
        return Flag(int(self) | int(other))
f = Flag(1) + Flag(4)
print(f, repr(f), f + 2, [Flag(3)], str(f))
class Padded(str):
    def __new__(cls, s, width):
        obj = super().__new__(cls, s.rjust(width))
        obj.width = width
        return obj
p = Padded("7", 3)
print(repr(p), p.width, p.strip())
class BoolLike(int):
    pass
print(bool(BoolLike(0)), bool(BoolLike(5)), BoolLike(5) * 2, BoolLike("12"), BoolLike("ff", 16))
