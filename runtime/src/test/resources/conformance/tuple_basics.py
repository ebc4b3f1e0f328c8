# Checks tuples: packing, singleton syntax, count/index, comparisons, hashing equality and immutability.
t = 1, 2, 3
single = (5,)
not_tuple = (5)
empty = ()
print(t, single, not_tuple, empty, type(single).__name__, type(not_tuple).__name__, len(empty))
print(t.count(2), (1, 1, 2, 1).count(1), t.index(3), (1, 2, 1).index(1, 1))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, "a") < (1, "b"), (1, 2) == (1, 2))
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1.0, 2.0), hash((1, 2)) == hash((1.0, 2.0)), {(1, 2): "k"}[(1, 2)])
print(t + (4,), t * 2, 2 * single, t[1:], t[::-1], tuple("abc"), tuple([1, [2]]), tuple(range(3)))
print(max((3, 1), (3, 2)), sorted([(2, "b"), (1, "z"), (2, "a")]), min(t), sum(t), 2 in t)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
try:
    hash(nested)
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.append(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print(type(e).__name__, e)
a, b = (1, 2), (1, 2)
print(a == b, (a, b) == ((1, 2), (1, 2)), repr((None,)), repr(((),)), str((1, "a")))
