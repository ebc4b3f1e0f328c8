# Checks divmod on ints and floats and pow with ints, floats and modulus.
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (2 ** 70, 3), (-(2 ** 70), 7)]:
    print(a, b, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1.0, 0.3), (-0.0, 1.0)]:
    print(a, b, divmod(a, b))
print(pow(2, 8), pow(2, -2), pow(-8, 1 / 3) if False else "skip", pow(9, 0.5))
print(pow(3, 4, 5), pow(3, 200, 1000), pow(-3, 3, 5), pow(3, 3, -5))
print(pow(0, 0), pow(0.0, 0), 2 ** 0.5)
for args in [(2, 3, 0), (2.0, 3, 5), (2, -1, 4)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(2 ** 0.5 * 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
