# Checks unary operator dunders and __matmul__/__rmatmul__ on a small matrix class.
class M:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, o):
        if not isinstance(o, M):
            return NotImplemented
        cols = list(zip(*o.rows))
        return M([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, o):
        return "rmatmul from " + type(o).__name__
    def __neg__(self):
        return M([[-v for v in r] for r in self.rows])
    def __pos__(self):
        return M([r[:] for r in self.rows])
    def __invert__(self):
        return M([list(c) for c in zip(*self.rows)])
    def __abs__(self):
        return sum(abs(v) for r in self.rows for v in r)
    def __repr__(self):
        return f"M({self.rows})"
a = M([[1, 2], [3, 4]])
b = M([[0, 1], [1, 0]])
print(a @ b, b @ a, -a, +a, ~a, abs(-a))
print(5 @ a)
c = a
c @= b
print(c, a)
try:
    a @ 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] @ [2]
except TypeError as e:
    print(type(e).__name__, e)
