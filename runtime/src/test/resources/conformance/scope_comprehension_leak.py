# Checks that comprehension variables do not leak and comprehensions have their own scope.
x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)
total = sum(y for y in range(5))
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
d = {k: v for k, v in [("a", 1)]}
try:
    print(k)
except NameError as e:
    print(type(e).__name__, e)
s = {z for z in "aa"}
print(s, "z" in globals())
n = 3
print([n * i for i in range(n)])
def f():
    v = 10
    return [v + i for i in range(3)]
print(f())
i = "still outer"
pairs = [(i, j) for i in range(2) for j in range(i, 2)]
print(pairs, i)
fns = [lambda: i for i in range(3)]
print([g() for g in fns], i)
def g():
    result = [w for w in range(3)]
    try:
        return w
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(g())
