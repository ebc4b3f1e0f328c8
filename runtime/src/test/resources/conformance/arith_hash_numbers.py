# Checks hash() consistency across numeric types (only ints, floats and bools).
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(1), hash(0), hash(-1), hash(-2), hash(42), hash(2.0), hash(1.5) == hash(1.5))
print(hash(10 ** 20) == hash(float(10 ** 20)) if 10 ** 20 == float(10 ** 20) else "differ")
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 64))
print(hash(0.5), hash(-0.5), hash(1.5), hash(float("inf")), hash(float("-inf")))
print(hash(123456789), hash(-123456789), hash(2 ** 100))
d = {1: "a", 2.0: "b"}
print(d[1.0], d[True], d[2], 2 in d, 3.0 in d)
s = {1, 1.0, True, 2, 2.0}
print(len(s), sorted(s))
print(hash(()) == hash(()), hash((1, 2)) == hash((1.0, 2.0)))
print(hash(-1) == hash(-2), hash(True) == 1, hash(False) == 0, hash(0.0) == 0)
print(hash(3.0) == 3, hash(-3.0) == -3, hash(2 ** 61 - 1) == 0, hash(-(2 ** 61 - 1)) == 0)
print(hash(1e100) == hash(int(1e100)), hash(0.25) == hash(0.25), hash(100) == hash(100.0))
counts = {}
for v in [1, 1.0, True, 2, 2.0, 3.5]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
print(sorted({0, 0.0, -0.0, False}), {1.5: "a"}[1.5], {10 ** 20: "big"}[float(10 ** 20)])
print(len({hash(i) for i in range(100)}), hash(7) == hash(7.0) == hash(14 / 2))
