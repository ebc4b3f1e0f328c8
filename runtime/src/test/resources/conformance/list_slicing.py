# Checks list slicing with positive, negative and out-of-range bounds and steps.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[-5:-2], a[::3], a[1::3], a[::-1], a[::-3], a[8:2:-2])
print(a[100:], a[-100:2], a[5:2], a[2:5:-1], a[:], a[::1] is a, a[:] == a)
print(a[-1:-11:-1], a[-1::-4], a[3:-3:2], a[10:0:-1], a[::-100])
print(a[1:9][::2][1:], a[True:3])
t = tuple(a)
print(t[2:5], t[::-2], t[5:1:-1], type(t[1:2]).__name__)
s = "abcdefgh"
print(s[1:4], s[::-1], s[::2], s[-3:], s[:-3], s[100:], s[1:-1:3])
b = b"abcdef"
print(b[1:3], b[::-1], b[::2], b[-2:], b[0], b[-1], type(b[0]).__name__)
r = range(20)
print(r[::5], r[3:7], r[::-4], r[-3:], r[5:0:-2])
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a["1":]
except TypeError as e:
    print(type(e).__name__, e)
print(a[None:None:None], a[slice(2, None)], a[-2:None])
