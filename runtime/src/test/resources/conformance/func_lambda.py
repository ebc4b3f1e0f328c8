# Checks lambdas: defaults, varargs, closures, immediate calls and use as keys.
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a: a)(1, 2), (lambda **k: k)(z=1))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print(sq.__name__, add.__name__)
def make_multiplier(n):
    return lambda x: x * n
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda s: len(s) > 1, ["a", "bb", "", "ccc"])))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
fns = [lambda i=i: i * 10 for i in range(3)]
print([fn() for fn in fns])
kw = lambda *, key="k": key
print(kw(), kw(key="other"))
nested = lambda x: (lambda y: (lambda z: x + y + z))
print(nested(1)(2)(3))
print((lambda x: (x, x))(4))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
