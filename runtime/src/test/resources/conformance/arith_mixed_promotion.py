# Checks int/float/bool mixed arithmetic promotion and equality across types.
print(1 + 2.0, 3 * 0.5, 2 - True, 7 / 7, 7 // 2.0, 2 ** 3.0, 10 % 3.5)
print(type(1 + 2.0).__name__, type(True + 1).__name__, type(True + 1.0).__name__)
print(1 == 1.0, 1.0 == True, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, 1 < 1.5 < 2, -1 > -1.5)
print(2 ** 1000 > 1e300, 2 ** 1024 > 1e308, -(2 ** 1024) < -1e308)
print(float(2 ** 60), 2 ** 60 + 0.0, 10 ** 16 + 1.0)
try:
    print(float(2 ** 1024))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2 ** 1024 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
print(2 ** 1024 // 2 ** 1000, (2 ** 1024) / (2 ** 1000))
print(1 / 3 + 1 / 3 + 1 / 3, 0.1 + 0.7, 3 * 1.1)
print(max(1, 2.0), max(2.0, 1), min(1, 1.0), min(1.0, 1))
print(abs(-3), abs(-3.5), abs(True), abs(-0.0))
print(sum([1, 2.5, True]), sum([0.1] * 10))
print(int("12") + float("0.5"), str(3) + str(4.0))
