# Checks del on attributes, subscripts, slices and extended slices.
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
m = list(range(12))
del m[::-3]
print(m)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class O:
    pass
o = O()
o.x = 1
o.y = 2
del o.x
print(vars(o), hasattr(o, "x"))
nested = {"k": [1, 2, 3]}
del nested["k"][1]
print(nested)
a, b = [1, 2, 3], {"q": 1}
del a[0], b["q"]
print(a, b)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del lst[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del o.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t = (1, 2)
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "abc"
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
