# Checks *args and **kwargs collection and unpacking at call sites.
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, 2, x=3))
print(collect(*range(3), *"ab"))
print(collect(**{"a": 1}, **{"b": 2}, c=3))
def total(first, *rest):
    s = first
    for r in rest:
        s += r
    return s
print(total(1), total(1, 2, 3), total("a", "b", "c"), total([1], [2]))
def describe(**info):
    return ", ".join(k + "=" + repr(info[k]) for k in info)
print(describe(name="x", size=3, tags=["a"]))
def point(x, y, z=0):
    return (x, y, z)
args = (1, 2)
kw = {"z": 9}
print(point(*args), point(*args, **kw), point(**{"y": 5, "x": 4}))
print(type(collect(1)[0]).__name__, type(collect(a=1)[1]).__name__)
try:
    point(1, **{"x": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    collect(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    collect(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    collect(**[1])
except TypeError as e:
    print(type(e).__name__, e)
def wrapper(*a, **k):
    return point(*a, **k)
print(wrapper(7, 8, z=1))
