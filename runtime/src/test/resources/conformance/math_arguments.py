# How math takes its arguments: arity and keyword errors, float and index conversion,
# the __floor__/__ceil__/__trunc__ protocols, and the types of results.
import math


def check(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(result))

class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


class FI:
    def __float__(self):
        return 1.5

    def __index__(self):
        return 9


class BadFloat:
    def __float__(self):
        return 3


class BadIndex:
    def __index__(self):
        return 2.0


class Rounding:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"


class MyFloat(float):
    pass


class MyInt(int):
    pass


class Raising:
    def __float__(self):
        raise RuntimeError("no float for you")


# --- arity and keywords ---
check('math.sqrt()', lambda: math.sqrt())
check('math.sqrt(1, 2)', lambda: math.sqrt(1, 2))
check('math.sqrt(x=1)', lambda: math.sqrt(x=1))
check('math.sqrt(1, x=2)', lambda: math.sqrt(1, x=2))
check('math.atan2(1)', lambda: math.atan2(1))
check('math.atan2(1, 2, 3)', lambda: math.atan2(1, 2, 3))
check('math.atan2(1, x=2)', lambda: math.atan2(1, x=2))
check('math.pow(1)', lambda: math.pow(1))
check('math.pow(x=1, y=2)', lambda: math.pow(x=1, y=2))
check('math.fmod(1)', lambda: math.fmod(1))
check('math.fmod(1, y=2)', lambda: math.fmod(1, y=2))
check('math.copysign(1)', lambda: math.copysign(1))
check('math.remainder(1)', lambda: math.remainder(1))
check('math.nextafter(1)', lambda: math.nextafter(1))
check('math.nextafter(x=1, y=2)', lambda: math.nextafter(x=1, y=2))
check('math.ldexp(1)', lambda: math.ldexp(1))
check('math.ldexp(1, 2, 3)', lambda: math.ldexp(1, 2, 3))
check('math.log()', lambda: math.log())
check('math.log(1, 2, 3)', lambda: math.log(1, 2, 3))
check('math.log(x=1)', lambda: math.log(x=1))
check('math.log(1, base=2)', lambda: math.log(1, base=2))
check('math.log2()', lambda: math.log2())
check('math.log10(1, 2)', lambda: math.log10(1, 2))
check('math.isclose(1)', lambda: math.isclose(1))
check('math.isclose()', lambda: math.isclose())
check('math.isclose(1, 2, 3)', lambda: math.isclose(1, 2, 3))
check('math.isclose(1, 2, 3, 4)', lambda: math.isclose(1, 2, 3, 4))
check('math.isclose(1, 2, foo=3)', lambda: math.isclose(1, 2, foo=3))
check('math.isclose(1, a=2)', lambda: math.isclose(1, a=2))
check('math.isclose(b=1)', lambda: math.isclose(b=1))
check('math.isclose(1, 2, a=3)', lambda: math.isclose(1, 2, a=3))
check('math.isclose(1, 2, rel_tol=1, foo=2, bar=3)', lambda: math.isclose(1, 2, rel_tol=1, foo=2, bar=3))
check('math.isclose(1, 2, 3, rel_tol=1)', lambda: math.isclose(1, 2, 3, rel_tol=1))
check('math.perm()', lambda: math.perm())
check('math.perm(1, 2, 3)', lambda: math.perm(1, 2, 3))
check('math.perm(n=1)', lambda: math.perm(n=1))
check('math.comb(1)', lambda: math.comb(1))
check('math.comb(n=5, k=2)', lambda: math.comb(n=5, k=2))
check('math.prod()', lambda: math.prod())
check('math.prod([1], 2)', lambda: math.prod([1], 2))
check('math.prod([1], start=2)', lambda: math.prod([1], start=2))
check('math.prod(iterable=[1])', lambda: math.prod(iterable=[1]))
check('math.prod(start=2)', lambda: math.prod(start=2))
check('math.prod([], foo=1)', lambda: math.prod([], foo=1))
check('math.prod([], start=2, foo=1)', lambda: math.prod([], start=2, foo=1))
check('math.prod([1], start=2, iterable=3)', lambda: math.prod([1], start=2, iterable=3))
check('math.fsum()', lambda: math.fsum())
check('math.fsum([], 2)', lambda: math.fsum([], 2))
check('math.hypot(x=1)', lambda: math.hypot(x=1))
check('math.hypot()', lambda: math.hypot())
check('math.dist((1,))', lambda: math.dist((1,)))
check('math.dist()', lambda: math.dist())
check('math.dist(p=1, q=2)', lambda: math.dist(p=1, q=2))
check('math.gcd(x=1)', lambda: math.gcd(x=1))
check('math.lcm(x=1)', lambda: math.lcm(x=1))
check('math.factorial()', lambda: math.factorial())
check('math.factorial(x=1)', lambda: math.factorial(x=1))
check('math.isqrt(n=4)', lambda: math.isqrt(n=4))
check('math.floor(1, 2)', lambda: math.floor(1, 2))
check('math.ceil()', lambda: math.ceil())
check('math.trunc(x=1)', lambda: math.trunc(x=1))
check('math.frexp()', lambda: math.frexp())
check('math.modf(1, 2)', lambda: math.modf(1, 2))
check('math.isnan(1, 2)', lambda: math.isnan(1, 2))
check('math.ulp()', lambda: math.ulp())
check('math.ulp(x=1)', lambda: math.ulp(x=1))
check('math.degrees()', lambda: math.degrees())
check('math.gamma(1, 2)', lambda: math.gamma(1, 2))

# --- argument conversion ---
check("math.sqrt('x')", lambda: math.sqrt('x'))
check('math.sqrt(None)', lambda: math.sqrt(None))
check('math.sqrt(1j)', lambda: math.sqrt(1j))
check('math.sqrt([4])', lambda: math.sqrt([4]))
check('math.sqrt(F())', lambda: math.sqrt(F()))
check('math.sqrt(I())', lambda: math.sqrt(I()))
check('math.sqrt(FI())', lambda: math.sqrt(FI()))
check('math.sqrt(BadFloat())', lambda: math.sqrt(BadFloat()))
check('math.sqrt(BadIndex())', lambda: math.sqrt(BadIndex()))
check('math.sqrt(Raising())', lambda: math.sqrt(Raising()))
check('math.sqrt(MyFloat(6.25))', lambda: math.sqrt(MyFloat(6.25)))
check('math.sqrt(MyInt(16))', lambda: math.sqrt(MyInt(16)))
check('math.sqrt(10**400)', lambda: math.sqrt(10**400))
check('math.sqrt(2**1023)', lambda: math.sqrt(2**1023))
check('math.exp(10**400)', lambda: math.exp(10**400))
check("math.atan2('a', 1)", lambda: math.atan2('a', 1))
check("math.atan2(1, 'b')", lambda: math.atan2(1, 'b'))
check('math.atan2(F(), I())', lambda: math.atan2(F(), I()))
check('math.pow(F(), 2)', lambda: math.pow(F(), 2))
check("math.pow(2, 'x')", lambda: math.pow(2, 'x'))
check('math.fmod(I(), F())', lambda: math.fmod(I(), F()))
check('math.copysign(3, -0.0)', lambda: math.copysign(3, -0.0))
check("math.hypot('a')", lambda: math.hypot('a'))
check("math.hypot(1, 'a')", lambda: math.hypot(1, 'a'))
check('math.hypot(F(), I())', lambda: math.hypot(F(), I()))
check('math.hypot(3, 10**400)', lambda: math.hypot(3, 10**400))
check('math.dist([F()], [I()])', lambda: math.dist([F()], [I()]))
check('math.isclose(F(), 2.5)', lambda: math.isclose(F(), 2.5))
check("math.isclose('a', 2)", lambda: math.isclose('a', 2))
check("math.isclose(1, 2, abs_tol='a')", lambda: math.isclose(1, 2, abs_tol='a'))
check('math.isclose(1, 2, rel_tol=None)', lambda: math.isclose(1, 2, rel_tol=None))
check('math.ldexp(F(), 3)', lambda: math.ldexp(F(), 3))
check('math.ldexp(F(), I())', lambda: math.ldexp(F(), I()))
check("math.ldexp('a', 2)", lambda: math.ldexp('a', 2))
check('math.ldexp(1.0, 2.0)', lambda: math.ldexp(1.0, 2.0))
check('math.ldexp(2.0, MyInt(3))', lambda: math.ldexp(2.0, MyInt(3)))
check('math.frexp(I())', lambda: math.frexp(I()))
check('math.modf(F())', lambda: math.modf(F()))
check('math.isinf(10**400)', lambda: math.isinf(10**400))
check('math.isfinite(10**400)', lambda: math.isfinite(10**400))
check("math.isnan('nan')", lambda: math.isnan('nan'))
check('math.degrees(I())', lambda: math.degrees(I()))
check('math.radians(10**400)', lambda: math.radians(10**400))
check('math.ulp(I())', lambda: math.ulp(I()))
check('math.nextafter(F(), 3)', lambda: math.nextafter(F(), 3))
check('math.gamma(I())', lambda: math.gamma(I()))
check('math.lgamma(F())', lambda: math.lgamma(F()))
check("math.erf('x')", lambda: math.erf('x'))
check('math.log(F())', lambda: math.log(F()))
check('math.log(I())', lambda: math.log(I()))
check('math.log(I(), F())', lambda: math.log(I(), F()))
check("math.log('x')", lambda: math.log('x'))
check("math.log(2, 'x')", lambda: math.log(2, 'x'))
check('math.log2(F())', lambda: math.log2(F()))
check('math.log10(MyInt(1000))', lambda: math.log10(MyInt(1000)))
check('math.log(MyFloat(8.0), 2)', lambda: math.log(MyFloat(8.0), 2))

# --- floor, ceil and trunc protocols ---
check('math.floor(Rounding())', lambda: math.floor(Rounding()))
check('math.ceil(Rounding())', lambda: math.ceil(Rounding()))
check('math.trunc(Rounding())', lambda: math.trunc(Rounding()))
check('math.floor(F())', lambda: math.floor(F()))
check('math.ceil(F())', lambda: math.ceil(F()))
check('math.trunc(F())', lambda: math.trunc(F()))
check('math.floor(I())', lambda: math.floor(I()))
check('math.ceil(I())', lambda: math.ceil(I()))
check('math.trunc(I())', lambda: math.trunc(I()))
check('math.floor(FI())', lambda: math.floor(FI()))
check("math.floor('x')", lambda: math.floor('x'))
check("math.ceil('x')", lambda: math.ceil('x'))
check("math.trunc('x')", lambda: math.trunc('x'))
check('math.ceil(1j)', lambda: math.ceil(1j))
check('math.floor(BadFloat())', lambda: math.floor(BadFloat()))
check('math.floor(MyFloat(2.5))', lambda: math.floor(MyFloat(2.5)))
check('math.ceil(MyFloat(2.5))', lambda: math.ceil(MyFloat(2.5)))
check('math.trunc(MyFloat(-2.5))', lambda: math.trunc(MyFloat(-2.5)))
check('math.floor(MyInt(5))', lambda: math.floor(MyInt(5)))
check('type(math.floor(MyInt(5))).__name__', lambda: type(math.floor(MyInt(5))).__name__)
check('type(math.floor(True)).__name__', lambda: type(math.floor(True)).__name__)
check('math.floor(True)', lambda: math.floor(True))
check('math.ceil(False)', lambda: math.ceil(False))
check('math.trunc(True)', lambda: math.trunc(True))

# --- results are new objects of the exact type ---
check('type(math.sqrt(4)).__name__', lambda: type(math.sqrt(4)).__name__)
check('type(math.floor(2.5)).__name__', lambda: type(math.floor(2.5)).__name__)
check('type(math.frexp(3.0)).__name__', lambda: type(math.frexp(3.0)).__name__)
check('type(math.frexp(3.0)[1]).__name__', lambda: type(math.frexp(3.0)[1]).__name__)
check('type(math.modf(3.5)).__name__', lambda: type(math.modf(3.5)).__name__)
check('type(math.isnan(1.0)).__name__', lambda: type(math.isnan(1.0)).__name__)
check('type(math.gcd(MyInt(4), 6)).__name__', lambda: type(math.gcd(MyInt(4), 6)).__name__)
check('type(math.gcd(MyInt(4))).__name__', lambda: type(math.gcd(MyInt(4))).__name__)
check('type(math.factorial(True)).__name__', lambda: type(math.factorial(True)).__name__)
check('type(math.isqrt(True)).__name__', lambda: type(math.isqrt(True)).__name__)
check('type(math.prod([])).__name__', lambda: type(math.prod([])).__name__)
check('type(math.fsum([])).__name__', lambda: type(math.fsum([])).__name__)
check('type(math.hypot()).__name__', lambda: type(math.hypot()).__name__)
check('math.sqrt.__name__', lambda: math.sqrt.__name__)
check('math.fsum.__name__', lambda: math.fsum.__name__)
check('math.__name__', lambda: math.__name__)
check("sorted(n for n in dir(math) if not n.startswith('_'))", lambda: sorted(n for n in dir(math) if not n.startswith('_')))
