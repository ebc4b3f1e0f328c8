# Checks round() with banker's rounding, ndigits, negative ndigits and types returned.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005]:
    print(v, round(v), round(v, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))
print(round(12345, -2), round(12350, -2), round(12450, -2), round(-12350, -2))
print(round(1234.5678, 1), round(1234.5678, -1), round(1234.5678, -3), round(0.125, 2), round(0.375, 2))
print(round(7), round(-7), type(round(7, 1)).__name__, round(7, 1))
print(round(10 ** 20 + 5, -1), round(2 ** 70 + 1, -5))
print(round(1e16), round(1e300) == int(1e300))
print(round(True), round(5.5), round(6.5), round(-5.5), round(-6.5))
print(round(0.0), round(-0.0), round(-0.0, 1))
for bad in (float("inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 2))
print([round(x / 2) for x in range(-5, 6)])
print([round(x / 4, 1) for x in range(0, 9)])
print(round(1.23456789e-5, 8), round(123.456, 10), round(1e-20, 5))
