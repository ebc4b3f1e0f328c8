# Checks shortest-repr printing of floats across magnitudes.
vals = [0.1, 0.2, 0.1 + 0.2, 1.0, 1.5, 2.675, 1 / 3, 2 / 3, 100.0, 1e16, 1e15, 123456789.0,
        1.0e22, 1e-4, 1e-5, 0.0001234, 5e-324, 1.7976931348623157e308, 3.141592653589793,
        12345678901234567.0, 0.5, 1e100, -2.5, 9007199254740993.0, 1234.5e-10]
for v in vals:
    print(v, repr(v), str(v))
print(0.1 * 3, 0.3, 0.1 * 3 == 0.3)
print(1.1 + 2.2, 3.3)
print(float(10 ** 16), float(2 ** 53), float(2 ** 53 + 1))
print(float("1.5"), float("  -2.25 "), float("1e3"), float("1_000.5"), float(".5"), float("5."))
print(float(7), float(-0), float(True))
print([0.1, 1e16, -0.0])
print((1.5, 2.0))
print(f"{0.1:.3f} {1/3:.5f} {2.5:.0f} {3.5:.0f} {1e16:.1f}")
print(2.0 ** 0.5, 10.0 / 3, 1e16 + 1, 1e16 + 2)
print(repr(1e-7), repr(123e-20), repr(1.5e300), repr(-1e-310), repr(2.0 ** -1074))
print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-15, 1 / 10, 3 / 10)
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10))
print(2.5e-3, 1234567890123.0, 0.000001, 0.0000001, 123456789012345680.0, 1e15 + 0.3)
print(7.0 == 7, str(7.0), int(7.9), float("0.1") * 3, 1.0 / 3 * 3, 100 * 1.1)
