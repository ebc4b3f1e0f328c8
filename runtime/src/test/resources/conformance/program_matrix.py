# Program: a Matrix class with operator overloading, exact integer determinants, powers and rational solving.


class Frac:
    """Minimal exact rational number (no fractions module)."""

    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac with zero denominator")
        if d < 0:
            n, d = -n, -d
        g = Frac.gcd(abs(n), d)
        self.n = n // g
        self.d = d // g

    @staticmethod
    def gcd(a, b):
        while b:
            a, b = b, a % b
        return a or 1

    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x)

    def __add__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, o):
        return Frac.of(o) - self

    def __mul__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d, self.d * o.n)

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __eq__(self, o):
        o = Frac.of(o)
        return self.n == o.n and self.d == o.d

    def __hash__(self):
        return hash((self.n, self.d))

    def __repr__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and equally long")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]

    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value

    def __iter__(self):
        for row in self.rows:
            yield from row

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def _zip(self, other, fn):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[fn(a, b) for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __add__(self, other):
        return self._zip(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._zip(other, lambda a, b: a - b)

    def __neg__(self):
        return self * -1

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[v * k for v in row] for row in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, e):
        if self.shape[0] != self.shape[1]:
            raise ValueError("power of non-square matrix")
        result = Matrix.identity(self.shape[0])
        base = self
        while e:
            if e & 1:
                result = result @ base
            base = base @ base
            e >>= 1
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    def determinant(self):
        """Bareiss fraction-free elimination: exact for integer matrices."""
        n, m = self.shape
        if n != m:
            raise ValueError("determinant of non-square matrix")
        a = [row[:] for row in self.rows]
        sign = 1
        prev = 1
        for k in range(n - 1):
            if a[k][k] == 0:
                for i in range(k + 1, n):
                    if a[i][k] != 0:
                        a[k], a[i] = a[i], a[k]
                        sign = -sign
                        break
                else:
                    return 0
            for i in range(k + 1, n):
                for j in range(k + 1, n):
                    a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) // prev
            prev = a[k][k]
        return sign * a[n - 1][n - 1]

    def solve(self, rhs):
        """Gauss-Jordan elimination over Frac."""
        n = self.shape[0]
        aug = [[Frac(v) for v in row] + [Frac(b)] for row, b in zip(self.rows, rhs)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
            if pivot is None:
                raise ArithmeticError("singular matrix")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            pv = aug[col][col]
            aug[col] = [v / pv for v in aug[col]]
            for r in range(n):
                if r != col and aug[r][col] != 0:
                    factor = aug[r][col]
                    aug[r] = [v - factor * w for v, w in zip(aug[r], aug[col])]
        return [row[-1] for row in aug]

    def __repr__(self):
        width = max(len(repr(v)) for v in self)
        return "\n".join("[" + " ".join(f"{v!r:>{width}}" for v in row) + "]" for row in self.rows)


A = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
B = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]])
print(A + B, A - B, 2 * A, -B, sep="\n--\n")
print("A @ B =")
print(A @ B)
print("B^T =")
print(B.transpose())
print("det A:", A.determinant(), "det B:", B.determinant(), "det I5:", Matrix.identity(5).determinant())
print("det singular:", Matrix([[1, 2], [2, 4]]).determinant(), "det swap:", Matrix([[0, 1], [1, 0]]).determinant())
F = Matrix([[1, 1], [1, 0]])
print("fib via matrix power:", (F ** 10)[0, 1], (F ** 90)[0, 1])
print("A^0 == I:", A ** 0 == Matrix.identity(3), "A == A copy:", A == Matrix(A.rows), sum(A), max(B))
print("solve B x = [1, 2, 3]:", B.solve([1, 2, 3]))
x = A.solve([1, 0, 1])
print("solve A x = [1, 0, 1]:", x, [sum(a * b for a, b in zip(row, x)) for row in A.rows])
big = Matrix([[i * j % 7 + (i == j) * 10 for j in range(6)] for i in range(6)])
print("det big:", big.determinant(), "shape:", big.shape)
for bad in (lambda: A @ Matrix([[1, 2]]), lambda: A + Matrix([[1]]), lambda: Matrix([[1, 2], [3]]),
            lambda: Matrix([[1, 2], [2, 4]]).solve([1, 1]), lambda: {A: 1}, lambda: A * A, lambda: Frac(1, 0)):
    try:
        bad()
    except (ValueError, ArithmeticError, TypeError) as e:
        print(type(e).__name__, e)
print(Frac(6, -8), Frac(1, 3) + Frac(1, 6), 1 - Frac(1, 3), Frac(2, 3) * 3, Frac(3, 4) / Frac(3, 8))
