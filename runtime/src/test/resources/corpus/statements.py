# -*- coding: utf-8 -*-
"""Every tier-1 statement form, for the front end's corpus."""
from __future__ import annotations

import math
import os.path as osp, sys
from collections import (
    defaultdict,
    namedtuple as nt,
)
from . import sibling
from ..pkg.mod import thing as other

x = 1
a = b = c = [1, 2, 3]
a, b = b, a
(p, q), [r, *rest] = (1, 2), [3, 4, 5]
first, *middle, last = range(10)
obj.attr = 5
obj.items[1:2] = []
d["k"] += 1
n: int = 5
m: "list[int]"
counts = defaultdict(int)
x **= 2; x //= 3; x >>= 1; x <<= 2; x @= m; x ^= 1; x |= 2; x &= 3; x %= 7
del a, obj.attr, d["k"], c[0:1]
assert x > 0, "x must be positive"
global_name = None


def simple(a, b=2, *args, c, d=4, **kwargs) -> int:
    """Docstring."""
    global global_name
    global_name = a
    return a + b + c + d + len(args) + len(kwargs)


def positional_only(a, b, /, c, *, d):
    pass


def closures():
    counter = 0

    def bump(step=1):
        nonlocal counter
        counter += step
        return counter

    funcs = [lambda i=i: i * 2 for i in range(3)]
    return bump, funcs


async def coroutine(stream):
    item = await stream.read()
    return await stream.close(item)


def generators(n):
    yield 1
    yield from range(n)
    received = yield
    return received


@decorator
@decorator.with_args(1, key="v")
class Point(Base, metaclass=Meta):
    __slots__ = ("x", "y")
    dims = 2

    def __init__(self, x, y):
        super().__init__()
        self.x, self.y = x, y

    @property
    def norm(self):
        return math.sqrt(self.x**2 + self.y**2)

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def of(cls, *coords):
        return cls(*coords)


for i in range(10):
    if i % 2 == 0:
        continue
    elif i == 7:
        break
    else:
        pass
else:
    print("no break")

while x < 100:
    x *= 2
else:
    x = 0

try:
    risky()
except (ValueError, TypeError) as error:
    raise RuntimeError("wrapped") from error
except KeyError:
    raise
except Exception:
    pass
else:
    ok = True
finally:
    cleanup()

try:
    pass
finally:
    pass

with open("a") as f, open("b") as g:
    pass

with (
    open("a") as f,
    open("b") as g,
):
    pass

if __name__ == "__main__":
    sys.exit(simple(1, c=3))
