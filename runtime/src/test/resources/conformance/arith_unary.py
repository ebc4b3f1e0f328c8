# Checks unary minus, plus and invert on ints, floats, bools and big ints.
for v in [0, 1, -1, 7, -(2 ** 65), 2 ** 65]:
    print(v, -v, +v, ~v, -(-v) == v, ~~v == v)
for v in [0.0, 1.5, -2.5, float("inf")]:
    print(v, -v, +v)
print(-True, +True, ~True, -False, +False)
print(- - 3, -+-3, ~-1, -~1, not -1)
x = 5
print(-x ** 2, (-x) ** 2, -x * 2, ~x + 1 == -x)
try:
    print(~1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(-"a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(+[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(~None)
except TypeError as e:
    print(type(e).__name__, e)
