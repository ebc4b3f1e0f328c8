# Checks tuple and list unpacking in assignments and for loops, from any iterable.
a, b = 1, 2
a, b = b, a
print(a, b)
[c, d] = "xy"
print(c, d)
(e, f), g = (1, 2), 3
print(e, f, g)
x, y, z = range(3)
print(x, y, z)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
h, = [42]
print(h)
(i,) = (7,)
print(i)
m, n = iter([5, 6])
print(m, n)
for key, value in [("a", 1), ("b", 2)]:
    print(key, value)
for idx, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(idx, p, q)
for ([u, v], w) in [([1, 2], 3), ([4, 5], 6)]:
    print(u, v, w)
def gen():
    yield "g1"
    yield "g2"
s1, s2 = gen()
print(s1, s2)
lst = [0, 0, 0]
lst[0], lst[2] = "first", "last"
print(lst)
class P:
    pass
pt = P()
pt.x, pt.y = 3, 4
print(pt.x, pt.y)
i = 0
arr = [0, 0]
i, arr[i] = 1, 9
print(i, arr)
