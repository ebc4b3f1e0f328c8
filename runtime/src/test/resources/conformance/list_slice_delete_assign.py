# Checks del and assignment on extended list slices, negative steps and size-changing slices.
a = list(range(12))
del a[1:10:3]
print(a)
del a[::-2]
print(a)
del a[5:100]
print(a)
del a[-100:1]
print(a)
b = list("abcdefgh")
b[::3] = "XYZ"
print(b)
b[::-3] = [1, 2, 3]
print(b)
b[2:6] = []
print(b)
b[1:2] = "multiple"
print(b)
b[:0] = [0, 0]
print(b)
b[len(b):] = ["tail"]
print(b)
c = [1, 2, 3, 4]
c[1:3] = c
print(c)
c[::2] = c[1::2]
print(c)
d = list(range(5))
d[3:1] = ["inserted"]
print(d)
d[-1:-3:-1] = ("p", "q")
print(d)
try:
    d[::2] = []
except ValueError as e:
    print(type(e).__name__, e)
e = [1, 2, 3]
e[:] = []
print(e)
e[:] = range(3)
e[1:1] = e
print(e)
