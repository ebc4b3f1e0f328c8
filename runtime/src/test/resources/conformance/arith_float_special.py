# Checks inf, nan and negative zero behaviour.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("Infinity"), float("-nan"))
print(inf + 1, inf * 2, inf - inf, inf * 0, -inf * -1)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308)
print(inf == inf, inf == -inf)
print(1 / inf, -1 / inf, 1e308 * 10, -1e308 * 10)
z = -0.0
print(z, -z, z == 0.0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(z))
print(str(-0.0), repr(-0.0), round(-0.4), round(-0.4, 1))
print(inf // 1, inf % 2 if False else "skip", 5 % inf, -5 % inf)
print(max(1.0, inf), min(-inf, 0))
print(int(2.9), int(-2.9), int(1e20))
for v in (inf, nan):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(nan in [nan], [nan] == [nan])
x = nan
print(x in [x], [x] == [x], (x,) == (x,))
print(1e308 + 1e308, -(1e308 + 1e308))
print(float("nan") is float("nan"))
