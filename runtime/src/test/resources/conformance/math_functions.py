# The float functions of math on ordinary, edge and error inputs: results by repr, errors by
# type and message.
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
VALUES = [0.0, -0.0, 0.1, -0.1, 0.5, -0.5, 0.9999999999999999, 1.0, -1.0, 1.0000000000000002,
          1.5, 2.0, -2.0, 2.5, -2.5, 3.0, 7.25, -7.25, 10.0, -10.0, 30.0, 100.5, -100.5,
          171.5, -171.5, 200.0, 710.0, -745.0, 1e-300, -1e-300, 5e-324, -5e-324,
          2.2250738585072014e-308, 1e16, 1e300, -1e300, 1.7976931348625157e308, INF, -INF, NAN,
          3, -3, 0, True, 2**53 + 1, 10**400, -10**400]

UNARY = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "degrees",
         "erf", "erfc", "exp", "exp2", "expm1", "fabs", "gamma", "isfinite", "isinf", "isnan",
         "lgamma", "log", "log10", "log1p", "log2", "radians", "sin", "sinh", "sqrt", "tan",
         "tanh", "ulp", "frexp", "modf"]

for name in UNARY:
    f = getattr(math, name)
    for v in VALUES:
        check(name + "(" + repr(v) + ")", lambda: f(v))

PAIRS = [(0.0, 0.0), (0.0, -0.0), (-0.0, 0.0), (-0.0, -0.0), (1.0, 0.0), (-1.0, 0.0),
         (0.0, 1.0), (0.0, -1.0), (-0.0, -1.0), (2.0, 3.0), (-2.0, 3.0), (-2.0, 0.5), (3.0, -2.0),
         (10.0, 3.0), (-10.0, 3.0), (10.0, -3.0), (5.0, 2.0), (7.0, 2.0), (-7.0, 2.0), (1e300, 1e-300),
         (1e-300, 1e300), (1.5, 1e308), (10.0, 400.0), (2.0, -1075.0), (0.5, 1100.0), (-8.0, 1.0/3.0),
         (INF, 1.0), (-INF, 1.0), (1.0, INF), (1.0, -INF), (INF, INF), (INF, -INF), (-INF, INF),
         (-INF, -INF), (INF, 0.0), (-INF, 3.0), (-INF, -3.0), (-INF, 2.0), (-INF, -2.0), (0.5, INF),
         (2.0, INF), (0.5, -INF), (2.0, -INF), (-1.0, INF), (-1.0, -INF), (NAN, 0.0), (NAN, 1.0),
         (1.0, NAN), (0.0, NAN), (NAN, NAN), (NAN, INF), (3, 4), (True, 2), (10**400, 1.0),
         (1.0, 10**400), (5e-324, 2.0), (-5e-324, -5e-324)]

BINARY = ["atan2", "copysign", "fmod", "remainder", "pow", "nextafter", "hypot", "log"]

for name in BINARY:
    f = getattr(math, name)
    for a, b in PAIRS:
        check(name + "(" + repr(a) + ", " + repr(b) + ")", lambda: f(a, b))

# --- remainder's ties, and fmod signs ---
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, -3.5, 6.0, 7.0, 1e-320, 3e-320]:
    check("remainder(" + repr(x) + ", 1.0)", lambda: math.remainder(x, 1.0))
    check("remainder(" + repr(x) + ", 2e-320)", lambda: math.remainder(x, 2e-320))
    check("fmod(" + repr(x) + ", -1.0)", lambda: math.fmod(x, -1.0))

# --- ldexp ---
for x in [0.0, -0.0, 1.0, -1.0, 0.75, 1e-310, 1.7976931348625157e308, INF, -INF, NAN]:
    for i in [0, 1, -1, 52, -1074, -1075, 1023, 1024, -2000, 2000, 2**40, -2**40, 10**30,
              -10**30, True]:
        check("ldexp(" + repr(x) + ", " + repr(i) + ")", lambda: math.ldexp(x, i))
check("ldexp(1.0, 2.0)", lambda: math.ldexp(1.0, 2.0))
check("ldexp(1.0, None)", lambda: math.ldexp(1.0, None))
check("ldexp('1', 2)", lambda: math.ldexp("1", 2))

# --- gamma and lgamma around the poles and the thresholds ---
for x in [-0.5, -1.5, -2.5, -1e-20, 1e-20, -1e-21, 1e-21, 0.5, 1.5, 5.5, 5.524680040776729,
          6.0, 22.0, 23.0, 23.5, 24.0, 139.9, 140.0, 140.5, 170.5, 171.0, 171.6, 171.7, 180.5,
          -140.5, -170.5, -180.5, -199.5, -200.5, -1e10 - 0.5, 1e-310, -1e-310, 2.0**-1074,
          -(2.0**-1074), 1e305, 2.5e305, 3e305, -3e305, -1e-300, 4.5, -4.5, 0.9, 1.1, 1.9, 2.1]:
    check("gamma(" + repr(x) + ")", lambda: math.gamma(x))
    check("lgamma(" + repr(x) + ")", lambda: math.lgamma(x))

# --- isclose ---
check("isclose(1.0, 1.0 + 1e-10)", lambda: math.isclose(1.0, 1.0 + 1e-10))
check("isclose(1.0, 1.0 + 1e-8)", lambda: math.isclose(1.0, 1.0 + 1e-8))
check("isclose(1.0, 1.1, rel_tol=0.1)", lambda: math.isclose(1.0, 1.1, rel_tol=0.1))
check("isclose(1.0, 1.1, rel_tol=0.05)", lambda: math.isclose(1.0, 1.1, rel_tol=0.05))
check("isclose(0.0, 1e-10)", lambda: math.isclose(0.0, 1e-10))
check("isclose(0.0, 1e-10, abs_tol=1e-9)", lambda: math.isclose(0.0, 1e-10, abs_tol=1e-9))
check("isclose(INF, INF)", lambda: math.isclose(INF, INF))
check("isclose(INF, -INF)", lambda: math.isclose(INF, -INF))
check("isclose(INF, 1e308, rel_tol=1.0)", lambda: math.isclose(INF, 1e308, rel_tol=1.0))
check("isclose(NAN, NAN)", lambda: math.isclose(NAN, NAN))
check("isclose(1, 1)", lambda: math.isclose(1, 1))
check("isclose(a=1.0, b=1.0)", lambda: math.isclose(a=1.0, b=1.0))
check("isclose(1.0, b=2.0, abs_tol=1.0)", lambda: math.isclose(1.0, b=2.0, abs_tol=1.0))
check("isclose(1.0, 2.0, rel_tol=-1.0)", lambda: math.isclose(1.0, 2.0, rel_tol=-1.0))
check("isclose(1.0, 2.0, abs_tol=-0.0)", lambda: math.isclose(1.0, 2.0, abs_tol=-0.0))
check("isclose(1.0, 2.0, abs_tol=-1e-300)", lambda: math.isclose(1.0, 2.0, abs_tol=-1e-300))
check("isclose(1e308, -1e308, rel_tol=2.0)", lambda: math.isclose(1e308, -1e308, rel_tol=2.0))

# --- constants ---
check("pi", lambda: math.pi)
check("e", lambda: math.e)
check("tau", lambda: math.tau)
check("inf", lambda: math.inf)
check("-inf", lambda: -math.inf)
check("nan", lambda: math.nan)
check("isnan(nan)", lambda: math.isnan(math.nan))
check("copysign(1.0, nan)", lambda: math.copysign(1.0, math.nan))
check("tau == 2 * pi", lambda: math.tau == 2 * math.pi)
check("type(pi)", lambda: type(math.pi).__name__)
