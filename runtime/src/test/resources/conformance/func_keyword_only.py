# Checks keyword-only and positional-only parameters and their errors.
def f(a, *, key, flag=False):
    return (a, key, flag)
print(f(1, key=2))
print(f(1, flag=True, key="k"))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
def g(x, y, /, z):
    return x + y + z
print(g(1, 2, 3), g(1, 2, z=3))
try:
    g(1, y=2, z=3)
except TypeError as e:
    print(type(e).__name__, e)
def h(a, b, /, c, *, d):
    return [a, b, c, d]
print(h(1, 2, 3, d=4), h(1, 2, c=3, d=4))
def kwonly_many(*, a, b, c):
    return a * 100 + b * 10 + c
print(kwonly_many(c=3, a=1, b=2))
try:
    kwonly_many(a=1)
except TypeError as e:
    print(type(e).__name__, e)
def pos_and_kwargs(name, /, **kw):
    return name, kw
print(pos_and_kwargs("n", name="also allowed"))
