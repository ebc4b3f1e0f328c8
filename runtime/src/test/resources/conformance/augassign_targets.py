# Checks augmented assignment on subscripts and attributes evaluates the target expression once.
class Box:
    def __init__(self):
        self.items = {"a": 1}
        self.n = 0

def get(box, tag):
    print("get", tag)
    return box

def key(k):
    print("key", k)
    return k

b = Box()
get(b, 1).n += 5
get(b, 2).items[key("a")] += 10
get(b, 3).items[key("b")] = 7
get(b, 4).items[key("b")] *= 3
print(b.n, b.items)

lst = [1, 2, 3]
i = 0
lst[i] += 100
lst[-1] -= 1
print(lst)
m = [[1, 2], [3, 4]]
m[1][0] **= 2
m[0][1] //= 2
print(m)

class Tracked:
    def __init__(self):
        self.data = [0, 0]
    def __getitem__(self, i):
        print("getitem", i)
        return self.data[i]
    def __setitem__(self, i, v):
        print("setitem", i, v)
        self.data[i] = v

t = Tracked()
t[1] += 9
print(t.data)
try:
    undefined_d = {}
    undefined_d["missing"] += 1
except KeyError as e:
    print(type(e).__name__, e)
