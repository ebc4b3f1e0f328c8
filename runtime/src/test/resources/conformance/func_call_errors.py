# Checks CPython's wording for bad calls: missing, unexpected and too many arguments.
def f(x):
    return x
def g(a, b):
    return a + b
def h(a, b=1, *, c):
    return a
def k(p, q, r):
    return p
class C:
    def m(self, x):
        return x
five, text, nothing, empty = 5, "str", None, []
attempts = [
    lambda: f(),
    lambda: f(1, 2),
    lambda: f(x=1, z=2),
    lambda: g(1, 2, 3),
    lambda: g(1),
    lambda: g(1, a=2),
    lambda: h(1),
    lambda: h(1, 2, 3),
    lambda: k(),
    lambda: k(1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(1),
    lambda: (lambda: 0)(1),
    lambda: (lambda y: 0)(),
    lambda: five(),
    lambda: text(),
    lambda: nothing(),
    lambda: empty(1),
]
for attempt in attempts:
    try:
        attempt()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
