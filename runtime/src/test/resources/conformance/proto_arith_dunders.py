# Checks binary operator dunders on a user vector class for every arithmetic and bitwise operator.
class V:
    def __init__(self, *c):
        self.c = c
    def _map(self, other, fn):
        if isinstance(other, V):
            return V(*[fn(a, b) for a, b in zip(self.c, other.c)])
        return V(*[fn(a, other) for a in self.c])
    def __add__(self, o): return self._map(o, lambda a, b: a + b)
    def __sub__(self, o): return self._map(o, lambda a, b: a - b)
    def __mul__(self, o): return self._map(o, lambda a, b: a * b)
    def __truediv__(self, o): return self._map(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._map(o, lambda a, b: a // b)
    def __mod__(self, o): return self._map(o, lambda a, b: a % b)
    def __pow__(self, o): return self._map(o, lambda a, b: a ** b)
    def __and__(self, o): return self._map(o, lambda a, b: a & b)
    def __or__(self, o): return self._map(o, lambda a, b: a | b)
    def __xor__(self, o): return self._map(o, lambda a, b: a ^ b)
    def __lshift__(self, o): return self._map(o, lambda a, b: a << b)
    def __rshift__(self, o): return self._map(o, lambda a, b: a >> b)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __divmod__(self, o): return (self // o, self % o)
    def __repr__(self): return "V" + repr(self.c)
a = V(6, 7, 8)
b = V(1, 2, 3)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(a & b, a | b, a ^ b, a << b, a >> b, a @ b)
print(a + 1, a * 2, a ** 2, a % 5, divmod(a, 4), pow(b, 2))
c = a
c += b
print(c, a, c is a)
print((a + b) * (a - b), a + b + b + b)
