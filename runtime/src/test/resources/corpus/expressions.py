"""Every tier-1 expression form, for the front end's corpus."""
numbers = [0, 7, 2147483648, 99999999999999999999999, 0x_FF, 0o17, 0b1010, 1_000_000,
           3.14, 1e10, 1.5e-3, .5, 5., 2j, 1.5J, 1_0.0_1]
strings = ['single', "double", '''triple
single''', """triple double""", r"raw\n", b"bytes", rb'raw bytes', "concat" "enated",
           "esc\t\n\x41\u00e9\N{BULLET}\\", 'it\'s']
name, width, value = "x", 10, 3.14159
formatted = [f"{name}", f"{name!r:>10}", f"{value:.2f}", f"{value:{width}.{2}f}", f"{name=}",
             f"{{literal}} {name}", F"{'nested' + name}", f"{x:{'>'}{width}}", rf"\d{name}",
             f"{ {'a': 1}['a'] }", f"{(lambda: 1)()}", f"{3 if name else 4:}", f"{name!s}"]
arith = -1 + 2 * 3 - 4 / 5 // 6 % 7 ** -8 @ m
bits = ~a & b | c ^ d << 2 >> 1
logic = a and b or not c
chained = 0 <= i < n == m != k > j >= h
membership = a in b, a not in b, a is b, a is not b
conditional = a if b else c if d else e
walrus = [y for x in data if (y := f(x)) is not None]
calls = f(), f(1, 2), f(*args, **kwargs), f(a, *b, c=1, **d), f(x for x in y), f(a=1)(2)
subscripts = a[0], a[-1], a[1:2], a[::2], a[1:2:3], a[:, 1], a[..., None], a[:], a[i, j:k]
attributes = a.b.c, a().b, a[0].b
comprehensions = ([x * y for x in range(3) for y in range(x) if x if y],
                  {x for x in s}, {k: v for k, v in d.items()}, (x async for x in s),
                  [[a for a in b] for b in c])
displays = [], [1, 2,], (), (1,), (1, 2), {}, {1, 2}, {"a": 1, **other}, [*a, *b], {*a}
lambdas = lambda: 0, lambda x, y=1, *a, k, **kw: x, lambda *, k: k
constants = None, True, False, ...
power = 2 ** -1, -2 ** 2, (-2) ** 2


async def awaiting(thing):
    return await thing if thing else None


def generating():
    received = (yield)
    yield received
implicit_join = (1 +
                 2)
backslash = 1 + \
    2
variadic_generic = a[*b], a[*b, c]


def unpacked(*args: *Ts) -> tuple[*Ts]:
    return args


def scopes():
    method_and_var = "var"

    class Test:
        def method_and_var(self):
            return "method"

        def read(self):
            return method_and_var

    global counted
    return Test, [(counted := n) for n in range(3)]
