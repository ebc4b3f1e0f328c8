# Checks TypeError messages for unsupported operand types and comparisons.
class Thing:
    pass
values = [1, 1.5, "s", [1], (1,), None, {1: 2}, Thing()]
ops = [
    ("+", lambda a, b: a + b),
    ("-", lambda a, b: a - b),
    ("*", lambda a, b: a * b),
    ("/", lambda a, b: a / b),
    ("<", lambda a, b: a < b),
]
for name, op in ops:
    for a, b in [(1, "s"), ("s", 1), ([1], "s"), (None, 1), (Thing(), Thing()), ((1,), [1]), ({1: 2}, {1: 2})]:
        try:
            r = op(a, b)
            print(name, type(a).__name__, type(b).__name__, "->", repr(r) if not isinstance(r, Thing) else "Thing")
        except TypeError as e:
            print(name, e)
for a, b in [(1, None), (1.5, "s"), ([1], 2.0), (Thing(), 1)]:
    for op_name, fn in [("//", lambda x, y: x // y), ("%", lambda x, y: x % y), ("**", lambda x, y: x ** y),
                        ("&", lambda x, y: x & y), ("<<", lambda x, y: x << y), (">=", lambda x, y: x >= y)]:
        try:
            fn(a, b)
            print(op_name, "ok")
        except TypeError as e:
            print(op_name, e)
