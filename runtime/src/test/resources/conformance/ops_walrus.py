# Checks assignment expressions in conditions, comprehensions and while loops.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
items = iter(data)
total = 0
while (v := next(items, None)) is not None:
    total += v
print("total", total, "last", v)
squares = [y for x in data if (y := x * x) > 10]
print(squares, "y leaked:", y)
print([(z := i) * 2 for i in range(3)], z)
def f(x):
    return x * 10
print([w for x in range(5) if (w := f(x)) % 20 == 0])
print((a := 5) + a, a)
stack = [1, 2, 3]
out = []
while stack and (top := stack.pop()) != 1:
    out.append(top)
print(out, top, stack)
print(any((hit := c) == "x" for c in "abxcd"), hit)
def counter():
    count = 0
    def inc():
        nonlocal count
        return (count := count + 1)
    return inc
c = counter()
print(c(), c(), c())
