# Checks chained assignment: evaluation order, shared objects and mixed targets.
a = b = c = 0
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
class O:
    pass
o = O()
d = {}
lst = [0, 0]
o.attr = d["k"] = lst[1] = n = "v"
print(o.attr, d, lst, n)
p, q = r = (1, 2)
print(p, q, r)
i = 0
items = [10, 20, 30]
i = items[i] = 2
print(i, items)
def trace(tag, v):
    print("eval", tag)
    return v
class T:
    def __setitem__(self, k, v):
        print("set", k, v)
t = T()
t[trace("k1", 1)] = t[trace("k2", 2)] = trace("value", 99)
u = v = w = 5
u += 1
print(u, v, w)
