# Checks for loops over many kinds of iterables.
for c in "hé!":
    print(c, end=" ")
print()
for b in b"AZ":
    print(b, end=" ")
print()
for t in (1, (2, 3), [4]):
    print(t, end=" ")
print()
for k in {"z": 1, "a": 2, "m": 3}:
    print(k, end=" ")
print()
for k, v in {"z": 1, "a": 2}.items():
    print(k, v, end=" | ")
print()
for n in sorted({5, 3, 9, 1}):
    print(n, end=" ")
print()
for n in range(10, 0, -3):
    print(n, end=" ")
print()
for i, line in enumerate(["a", "b"], 1):
    print(i, line, end=" ")
print()
def squares(n):
    for i in range(n):
        yield i * i
for s in squares(5):
    print(s, end=" ")
print()
for a, b in zip("abc", range(100)):
    print(a + str(b), end=" ")
print()
for x in reversed([1, 2, 3]):
    print(x, end=" ")
print()
for x in map(str.upper, ["x", "y"]):
    print(x, end=" ")
print()
for x in iter([1, 2, 3].pop, 1):
    print("popped", x)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
    print("mutating loop sees", x)
try:
    for x in 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
