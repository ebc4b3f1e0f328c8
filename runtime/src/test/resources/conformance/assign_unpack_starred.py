# Checks starred unpacking in every position and starred expressions in displays.
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
*init, last = "hello"
print(init, last)
first, *rest = range(4)
print(first, rest)
x, *y, z = 1, 2
print(x, y, z)
*everything, = (1, 2, 3)
print(everything)
(p, *q), r = (1, 2, 3), 4
print(p, q, r)
for h, *t in [(1, 2, 3), (4,), (5, 6)]:
    print(h, t)
head, *mid, tail = {"a": 1, "b": 2, "c": 3}
print(head, mid, tail)
print([*range(3), *"ab", *(7, 8)])
print((*[1, 2], 3))
print({*[1, 2], *[2, 3]})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], 3, *(4,), **{"x": 1}, y=2))
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, *c = "x"
except ValueError as e:
    print(type(e).__name__, e)
