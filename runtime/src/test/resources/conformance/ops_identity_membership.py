# Checks is / is not / in / not in on builtin containers and strings.
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c, b is not a)
e1 = []
print(None is None, True is True, e1 is not [], e1 is e1)
print(2 in a, 4 in a, 4 not in a, not 2 in a)
print("ell" in "hello", "" in "abc", "z" not in "abc", "abc" in "abc")
d = {"k": 1, 2: "v"}
print("k" in d, 1 in d, 2 in d, "v" in d, "v" in d.values(), ("k", 1) in d.items())
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), -1 in range(-5, 0), 10 in range(10))
print(1 in {1, 2}, (1, 2) in {(1, 2)}, frozenset([1]) in {frozenset([1])})
print(1 in (1.0,), 1.0 in [True], b"b" in b"abc", 98 in b"abc")
print([1] in [[1], [2]], (2,) in [(1,), (2,)])
it = iter([1, 2, 3, 4])
print(2 in it, list(it))
try:
    print(1 in 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([] in {1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
x = object()
print(x is x, x == x, x != x, x in [x], [x] == [x])
