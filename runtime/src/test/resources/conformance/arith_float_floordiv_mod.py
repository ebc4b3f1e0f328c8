# Checks float floor division and modulo with negative operands.
pairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (1.0, 0.1), (5.0, 1.5), (-5.0, 1.5),
         (0.0, 3.0), (-0.0, 3.0), (1e300, 1e-300 * 1e10)]
for a, b in pairs:
    print(a, b, a // b, a % b)
print(7 // 2.0, -7 // 2.0, 7 % -2.0, -7 % 2.0, 7.0 // -2)
print(3 % 1.5, -3 % 1.5, 0.5 % -1, -0.5 % 1)
print(10 ** 20 // 3.0, 10 ** 20 % 3.0)
print(2.5 // 0.5, 2.6 // 0.2)
try:
    print(1.0 // 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1.0 % 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
