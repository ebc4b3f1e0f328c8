"""Loops, handlers, with and finally nested into each other, with every way out of them."""
def f(xs):
    for x in xs:
        try:
            if x:
                continue
            with open(x) as h:
                for line in h:
                    try:
                        return line
                    finally:
                        if line:
                            break
                    continue
        except ValueError as e:
            try:
                raise
            except Exception:
                return e
            finally:
                pass
        else:
            pass
        finally:
            for y in xs:
                if y:
                    return y
    while True:
        try:
            yield 1
        finally:
            break
    return [lambda: x for x in xs]


class C(metaclass=M, **kw):
    x: int = 1
    y = [z for z in range(x)]

    def g(self, *a, **k):
        nonlocal_free = 1

        class D:
            w = nonlocal_free
            def h(self):
                return __class__, super().h()
        del nonlocal_free
        return D


async def a(s):
    async with s as t, s as u:
        async for i in t:
            if i:
                break
            return await u
    return [j async for j in s]


global gg
gg = lambda *a, k=1, **kw: (yield)
x = {**a, 'b': 1, **c}
f(*a, *b, c=1, **d)
o.m(*a)
(a, *b), [c, d] = e
del a[1:2], b.c
print(f"{x!r:>{width}} {y=} {'nested'}")
