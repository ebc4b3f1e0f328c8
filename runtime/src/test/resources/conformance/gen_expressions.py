# Checks generator expressions: laziness, single use, nested for/if and use in builtins.
squares = (x * x for x in range(5))
print(type(squares).__name__, next(squares), list(squares), list(squares))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(list((x, y) for x in range(3) for y in range(x)))
print(list(c.upper() for c in "hello" if c not in "l"))
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
lazy = (v * 10 for v in noisy(3))
print("generator created")
print(next(lazy))
print(list(lazy))
try:
    gen = (1 / x for x in [1, 0])
    print(next(gen))
    print(next(gen))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(any(x > 3 for x in [1, 5, 2]), all(x > 0 for x in [1, -1]), all(x for x in []))
print(sorted((x % 3, x) for x in range(7)))
print(dict((k, len(k)) for k in ["aa", "b"]), tuple(x for x in "xyz"), "-".join(str(i) for i in range(4)))
matrix = [[1, 2], [3, 4]]
print(list(v for row in matrix for v in row))
outer_iter = iter([1, 2, 3])
g = (x for x in outer_iter)
print(next(outer_iter), list(g))
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
