# math's summing functions: fsum (exact), prod, hypot and dist, on ordinary, special and
# pseudo-random inputs.
import math


def check(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(result))

INF = float("inf")
NAN = float("nan")


class F:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return self.v


def raising(items):
    for item in items:
        yield item
    raise KeyError("stop here")


class Point(tuple):
    pass


# A fixed pseudo-random sequence (a linear congruential generator), so the program needs no
# random module.
state = 12345


def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state


def rfloat():
    mantissa = rnd() % 2**53
    exponent = rnd() % 80 - 40
    sign = -1.0 if rnd() % 2 else 1.0
    return sign * mantissa * 2.0**(exponent - 53)


LISTS = [[rfloat() for _ in range(n)] for n in [2, 3, 5, 10, 50, 200]]


# --- fsum ---
check('math.fsum([])', lambda: math.fsum([]))
check('math.fsum([0.0])', lambda: math.fsum([0.0]))
check('math.fsum([-0.0])', lambda: math.fsum([-0.0]))
check('math.fsum([-0.0, -0.0])', lambda: math.fsum([-0.0, -0.0]))
check('math.fsum([0.1] * 10)', lambda: math.fsum([0.1] * 10))
check('math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])', lambda: math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
check('math.fsum([1e-16, 1, 1e16])', lambda: math.fsum([1e-16, 1, 1e16]))
check('math.fsum([1, 1e-16, 1e16])', lambda: math.fsum([1, 1e-16, 1e16]))
check('math.fsum([2.0**53, -0.5, -2.0**-54])', lambda: math.fsum([2.0**53, -0.5, -2.0**-54]))
check('math.fsum([2.0**53, 1.0, 2.0**-100])', lambda: math.fsum([2.0**53, 1.0, 2.0**-100]))
check('math.fsum([2.0**53 + 2.0, 1.0, -2.0**-100])', lambda: math.fsum([2.0**53 + 2.0, 1.0, -2.0**-100]))
check('math.fsum([1.7976931348625157e308, 1.7976931348625157e308, -1.7976931348625157e308])', lambda: math.fsum([1.7976931348625157e308, 1.7976931348625157e308, -1.7976931348625157e308]))
check('math.fsum([1e308, 1e308])', lambda: math.fsum([1e308, 1e308]))
check('math.fsum([-1e308, -1e308])', lambda: math.fsum([-1e308, -1e308]))
check('math.fsum([INF, 1.0])', lambda: math.fsum([INF, 1.0]))
check('math.fsum([INF, INF])', lambda: math.fsum([INF, INF]))
check('math.fsum([-INF, 1e308, 1e308])', lambda: math.fsum([-INF, 1e308, 1e308]))
check('math.fsum([INF, -INF])', lambda: math.fsum([INF, -INF]))
check('math.fsum([NAN, 1.0])', lambda: math.fsum([NAN, 1.0]))
check('math.fsum([NAN, INF, -INF])', lambda: math.fsum([NAN, INF, -INF]))
check('math.fsum([INF, NAN])', lambda: math.fsum([INF, NAN]))
check('math.fsum([1e308, 1e308, INF])', lambda: math.fsum([1e308, 1e308, INF]))
check('math.fsum([1, 2, 3])', lambda: math.fsum([1, 2, 3]))
check('math.fsum([True, 2**53, 1])', lambda: math.fsum([True, 2**53, 1]))
check('math.fsum(range(10**5))', lambda: math.fsum(range(10**5)))
check('math.fsum(x / 7 for x in range(1000))', lambda: math.fsum(x / 7 for x in range(1000)))
check('math.fsum(iter([0.1] * 10))', lambda: math.fsum(iter([0.1] * 10)))
check('math.fsum({0.5: 1, 0.25: 2})', lambda: math.fsum({0.5: 1, 0.25: 2}))
check('math.fsum([F(0.5), F(0.25)])', lambda: math.fsum([F(0.5), F(0.25)]))
check("math.fsum([1, 'a'])", lambda: math.fsum([1, 'a']))
check('math.fsum([2**1024])', lambda: math.fsum([2**1024]))
check('math.fsum(1)', lambda: math.fsum(1))
check('math.fsum(None)', lambda: math.fsum(None))
check('math.fsum(raising([1.0, 2.0]))', lambda: math.fsum(raising([1.0, 2.0])))
check('math.fsum([5e-324, 5e-324, -5e-324])', lambda: math.fsum([5e-324, 5e-324, -5e-324]))
check('math.fsum([1.0, -1.0, 5e-324])', lambda: math.fsum([1.0, -1.0, 5e-324]))
check('[math.fsum(xs) for xs in LISTS]', lambda: [math.fsum(xs) for xs in LISTS])
check('[math.fsum(xs + [-x for x in xs]) for xs in LISTS]', lambda: [math.fsum(xs + [-x for x in xs]) for xs in LISTS])
check('[math.fsum(sorted(xs)) == math.fsum(xs[::-1]) for xs in LISTS]', lambda: [math.fsum(sorted(xs)) == math.fsum(xs[::-1]) for xs in LISTS])

# --- prod ---
check('math.prod([])', lambda: math.prod([]))
check('math.prod([], start=2.5)', lambda: math.prod([], start=2.5))
check('math.prod(range(1, 11))', lambda: math.prod(range(1, 11)))
check('math.prod(range(1, 30))', lambda: math.prod(range(1, 30)))
check('math.prod([2.0, 3])', lambda: math.prod([2.0, 3]))
check('math.prod([2, 3.0])', lambda: math.prod([2, 3.0]))
check('math.prod([0.1] * 10)', lambda: math.prod([0.1] * 10))
check('math.prod([1e200, 1e200])', lambda: math.prod([1e200, 1e200]))
check('math.prod([1e200, 1e200, 0.0])', lambda: math.prod([1e200, 1e200, 0.0]))
check('math.prod([2**62, 4, 1.5])', lambda: math.prod([2**62, 4, 1.5]))
check('math.prod([2**62, 2**62])', lambda: math.prod([2**62, 2**62]))
check('math.prod([10**400, 1.0])', lambda: math.prod([10**400, 1.0]))
check('math.prod([1.0, 10**400])', lambda: math.prod([1.0, 10**400]))
check('math.prod([True, True])', lambda: math.prod([True, True]))
check('math.prod([True, False])', lambda: math.prod([True, False]))
check('math.prod([], start=True)', lambda: math.prod([], start=True))
check("math.prod(['a', 2])", lambda: math.prod(['a', 2]))
check("math.prod([2, 'a'])", lambda: math.prod([2, 'a']))
check("math.prod([], start='x')", lambda: math.prod([], start='x'))
check("math.prod(['a'], start=1)", lambda: math.prod(['a'], start=1))
check('math.prod([[1]], start=2)', lambda: math.prod([[1]], start=2))
check("math.prod(['a', 'b'])", lambda: math.prod(['a', 'b']))
check('math.prod([1, None])', lambda: math.prod([1, None]))
check('math.prod(1)', lambda: math.prod(1))
check('math.prod([3, 4], start=10**30)', lambda: math.prod([3, 4], start=10**30))
check('math.prod([1.5, 2], start=4)', lambda: math.prod([1.5, 2], start=4))
check('math.prod(x / 3 for x in range(1, 20))', lambda: math.prod(x / 3 for x in range(1, 20)))
check('math.prod(raising([2, 3]))', lambda: math.prod(raising([2, 3])))

# --- hypot ---
check('math.hypot()', lambda: math.hypot())
check('math.hypot(3)', lambda: math.hypot(3))
check('math.hypot(-3)', lambda: math.hypot(-3))
check('math.hypot(3, 4)', lambda: math.hypot(3, 4))
check('math.hypot(-3, -4)', lambda: math.hypot(-3, -4))
check('math.hypot(3, 4, 12)', lambda: math.hypot(3, 4, 12))
check('math.hypot(1, 2, 3, 4, 5, 6, 7)', lambda: math.hypot(1, 2, 3, 4, 5, 6, 7))
check('math.hypot(0.0, -0.0)', lambda: math.hypot(0.0, -0.0))
check('math.hypot(-0.0)', lambda: math.hypot(-0.0))
check('math.hypot(1e308, 1e308)', lambda: math.hypot(1e308, 1e308))
check('math.hypot(1.7976931348625157e308, 1.7976931348625157e308)', lambda: math.hypot(1.7976931348625157e308, 1.7976931348625157e308))
check('math.hypot(1e-320, 2e-320)', lambda: math.hypot(1e-320, 2e-320))
check('math.hypot(5e-324, 5e-324)', lambda: math.hypot(5e-324, 5e-324))
check('math.hypot(5e-324, 1e-310, 3e-315)', lambda: math.hypot(5e-324, 1e-310, 3e-315))
check('math.hypot(1e-200, 1e-200)', lambda: math.hypot(1e-200, 1e-200))
check('math.hypot(1e200, 1e-200)', lambda: math.hypot(1e200, 1e-200))
check('math.hypot(INF, NAN)', lambda: math.hypot(INF, NAN))
check('math.hypot(NAN, INF)', lambda: math.hypot(NAN, INF))
check('math.hypot(NAN, 1.0)', lambda: math.hypot(NAN, 1.0))
check('math.hypot(NAN)', lambda: math.hypot(NAN))
check('math.hypot(-INF)', lambda: math.hypot(-INF))
check('math.hypot(1.0, -INF, 3.0)', lambda: math.hypot(1.0, -INF, 3.0))
check('math.hypot(True, 2)', lambda: math.hypot(True, 2))
check('math.hypot(F(3.0), 4)', lambda: math.hypot(F(3.0), 4))
check('math.hypot(10**400)', lambda: math.hypot(10**400))
check('math.hypot(1, 10**400)', lambda: math.hypot(1, 10**400))
check("math.hypot('3', 4)", lambda: math.hypot('3', 4))
check('[math.hypot(*xs) for xs in LISTS]', lambda: [math.hypot(*xs) for xs in LISTS])
check('[math.hypot(xs[0], xs[1]) for xs in LISTS]', lambda: [math.hypot(xs[0], xs[1]) for xs in LISTS])

# --- dist ---
check('math.dist((), ())', lambda: math.dist((), ()))
check('math.dist((1,), (4,))', lambda: math.dist((1,), (4,)))
check('math.dist((0, 0), (3, 4))', lambda: math.dist((0, 0), (3, 4)))
check('math.dist([0, 0], [3, 4])', lambda: math.dist([0, 0], [3, 4]))
check('math.dist((1, 2, 3), (4, 6, 15))', lambda: math.dist((1, 2, 3), (4, 6, 15)))
check('math.dist(Point((0, 0)), Point((5, 12)))', lambda: math.dist(Point((0, 0)), Point((5, 12))))
check('math.dist(iter([0, 0]), (6, 8))', lambda: math.dist(iter([0, 0]), (6, 8)))
check('math.dist(range(3), range(3, 6))', lambda: math.dist(range(3), range(3, 6)))
check('math.dist((0, 0), (3, 4, 5))', lambda: math.dist((0, 0), (3, 4, 5)))
check('math.dist((0,), [1, 2])', lambda: math.dist((0,), [1, 2]))
check('math.dist(1, 2)', lambda: math.dist(1, 2))
check('math.dist((0, 0), 2)', lambda: math.dist((0, 0), 2))
check('math.dist(None, (1, 2))', lambda: math.dist(None, (1, 2)))
check('math.dist(raising([1, 2]), (1, 2))', lambda: math.dist(raising([1, 2]), (1, 2)))
check('math.dist((1, 2), raising([1, 2]))', lambda: math.dist((1, 2), raising([1, 2])))
check("math.dist((0, 'a'), (1, 2))", lambda: math.dist((0, 'a'), (1, 2)))
check('math.dist((INF, 0.0), (INF, 0.0))', lambda: math.dist((INF, 0.0), (INF, 0.0)))
check('math.dist((INF, 0.0), (0.0, 0.0))', lambda: math.dist((INF, 0.0), (0.0, 0.0)))
check('math.dist((NAN, 0.0), (0.0, 0.0))', lambda: math.dist((NAN, 0.0), (0.0, 0.0)))
check('math.dist((1e308, -1e308), (-1e308, 1e308))', lambda: math.dist((1e308, -1e308), (-1e308, 1e308)))
check('math.dist((5e-324,), (-5e-324,))', lambda: math.dist((5e-324,), (-5e-324,)))
check('math.dist((F(1.5), 2), (0, F(0.5)))', lambda: math.dist((F(1.5), 2), (0, F(0.5))))
check('math.dist((10**400,), (0,))', lambda: math.dist((10**400,), (0,)))
check('[math.dist(xs, xs[::-1]) for xs in LISTS]', lambda: [math.dist(xs, xs[::-1]) for xs in LISTS])
