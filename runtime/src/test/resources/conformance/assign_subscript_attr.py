# Checks assignment to attributes and subscripts on lists, dicts and user objects.
lst = [0] * 5
lst[0] = "a"
lst[-1] = "z"
lst[2] = [1, 2]
lst[2][1] = "inner"
print(lst)
d = {}
d["x"] = 1
d[(1, 2)] = "tuple key"
d[3.5] = None
d["x"] = 2
print(d)
class Obj:
    cls_attr = "class"
o = Obj()
o.a = 1
o.b = o.a + 1
o.cls_attr = "instance"
print(o.a, o.b, o.cls_attr, Obj.cls_attr, sorted(vars(o)))
Obj.new_attr = "added later"
print(o.new_attr)
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    grid[i][i] = 1
print(grid)
try:
    lst[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 0
except TypeError as e:
    print(type(e).__name__, e)
