# Checks the messages of failing unpacking assignments.
cases = [
    lambda: [1, 2],
    lambda: (1, 2, 3, 4),
    lambda: "ab",
    lambda: 5,
    lambda: None,
    lambda: iter([1]),
    lambda: {1: 2, 3: 4, 5: 6, 7: 8},
]
for make in cases:
    try:
        a, b, c = make()
        print("ok", a, b, c)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    (x, y), z = (1, 2, 3), 4
except ValueError as e:
    print(type(e).__name__, e)
try:
    for a, b in [(1, 2), (3,)]:
        print("loop", a, b)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c, d = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
def gen():
    yield 1
    yield 2
    yield 3
try:
    a, b = gen()
except ValueError as e:
    print(type(e).__name__, e)
