# Checks chained comparisons, their short-circuiting and single evaluation of middle operands.
def val(tag, v):
    print("eval", tag)
    return v

n = 10
for x in (-1, 0, 5, 10, 11):
    print(x, 0 <= x < n, 0 < x <= n, x == x == x, 0 < x != 5)
print(1 < 2 < 3 < 4, 1 < 2 > 0 < 5, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(val("a", 1) < val("b", 2) < val("c", 3))
print(val("a", 3) < val("b", 2) < val("c", 1))
print("abc" < "abd" < "b", [1, 2] < [1, 2, 0] <= [1, 3], (1, "a") < (1, "b"))
print(1 == 1.0 == True, None is None is not False, 2 in [1, 2] in [[1, 2]])
x = 5
print(1 < x < 10 and x != 7, not 1 < x < 3)
try:
    print(1 < "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None > None)
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", [] == (), {} != [], None == 0)
