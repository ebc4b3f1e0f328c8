# Checks abs, all and any on various inputs including short-circuiting.
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(-(2 ** 100)), abs(True), abs(-True))
print(all([]), all([1, 2, 3]), all([1, 0, 3]), all("abc"), all([[], [1]]), all(x > 0 for x in range(1, 5)))
print(any([]), any([0, 0, 1]), any([0, "", None]), any("a"), any(x > 3 for x in range(5)))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(v) for v in [0, 2, 0]))
print(all(noisy(v) for v in [1, 0, 1]))
print(all({}), any({0: "a"}), any({1: 0}), all(range(1, 3)), any(range(0)))
print(abs(float("-inf")), type(abs(-3)).__name__, type(abs(-3.0)).__name__)
class Magnitude:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return Magnitude(abs(self.v))
    def __repr__(self):
        return f"Magnitude({self.v})"
print(abs(Magnitude(-4)), [abs(x) for x in (-1, 2, -3.5)])
print(all(isinstance(x, int) for x in [1, True, 2]), any(isinstance(x, str) for x in [1, 2.0]))
print(all([[]]), all([[0]]), any([[], ()]), any([[], (0,)]))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(None)
except TypeError as e:
    print(type(e).__name__, e)
