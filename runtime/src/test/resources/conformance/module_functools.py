# functools: reduce, partial, lru_cache/cache, wraps/update_wrapper, total_ordering,
# cmp_to_key, cached_property.
import functools


def f(a, b=2, *, c=3):
    return a + b + c


p = functools.partial(f, 1, c=5)
print(p.func is f, p.args, p.keywords, p(2), p(2, c=0), p())
pp = functools.partial(p, 10)
print(pp.func is f, pp.args, pp.keywords, pp())
print(repr(functools.partial(max, 1, 2)), repr(functools.partial(max, c=1)))
p.attr = "x"
print(p.attr, type(p).__name__)


@functools.lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x


print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info(), type(sq).__name__, sq.__name__, sq.__wrapped__.__name__)
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], len(info), isinstance(info, tuple))
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@functools.lru_cache
def ident(x, y=0):
    return (x, y)


print(ident(1), ident(1), ident(1.0), ident(x=1), ident(1, y=2), ident.cache_info())


@functools.lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info())


@functools.lru_cache(maxsize=0)
def nocache(x):
    return x


print(nocache(1), nocache(1), nocache.cache_info())


class Calc:
    @functools.lru_cache(maxsize=None)
    def double(self, x):
        return 2 * x


c = Calc()
print(c.double(4), c.double(4), Calc.double.cache_info().hits)

print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a + b, [], 0),
      functools.reduce(lambda a, b: a + b, ["x"]), functools.reduce(max, range(5), 10))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)

    return wrapper


@deco
def hello(name):
    "Say hello."
    return "hi " + name


hello_attr = hello
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__, hello("bob"))


def plain():
    pass


plain.extra = 42


def other():
    pass


functools.update_wrapper(other, plain)
print(other.__name__, other.extra, other.__wrapped__ is plain)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(V(1) <= V(2), V(3) > V(2), V(2) >= V(3), V(2) <= V(2), V(1) > V(1))


@functools.total_ordering
class G:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __ge__(self, o):
        return self.v >= o.v


print(G(1) < G(2), G(1) <= G(1), G(2) > G(1), sorted(G(x) for x in [3, 1, 2])[0].v)
try:
    functools.total_ordering(type("E", (), {}))
except ValueError as e:
    print("ValueError", e)

print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4), K(5).obj)


class Data:
    def __init__(self, n):
        self.n = n

    @functools.cached_property
    def total(self):
        print("computing total")
        return self.n * 10


d = Data(3)
print(d.total, d.total, "total" in vars(d), type(Data.total).__name__)
del d.total
print(d.total)

for bad in [
    lambda: functools.partial(),
    lambda: functools.partial(1),
    lambda: functools.reduce(lambda a, b: a, []),
    lambda: functools.lru_cache(maxsize="x"),
    lambda: K(1) < 1,
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
