# Checks slice assignment on lists: same size, growing, shrinking and extended slices.
a = list(range(10))
a[2:5] = ["x", "y", "z"]
print(a)
a[2:5] = []
print(a)
a[1:1] = [100, 200]
print(a)
a[:] = a[::-1]
print(a)
a[::2] = "ABCDE"[:len(a[::2])]
print(a)
a[-2:] = (9, 9, 9, 9)
print(a)
b = [0, 1, 2, 3, 4, 5]
b[1:5:2] = ["odd1", "odd3"]
print(b)
b[::-2] = [50, 30, 10]
print(b)
c = [1, 2, 3]
c[5:10] = [4]
print(c)
c[-100:1] = ["start"]
print(c)
c[1:3] = range(3)
print(c)
d = [1, 2, 3]
d[0:2] = d
print(d)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[::0] = []
except ValueError as e:
    print(type(e).__name__, e)
