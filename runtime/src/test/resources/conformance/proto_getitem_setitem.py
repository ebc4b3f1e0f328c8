# Checks __getitem__/__setitem__/__delitem__ with ints, negative indices, slices and tuple keys.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
g = Grid(3, 3)
g[1, 2] = "x"
g[0, 0] = "o"
print(g[1, 2], g[2, 2])
del g[0, 0]
try:
    del g[0, 0]
except KeyError as e:
    print(type(e).__name__, e)
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            print("slice", i.start, i.stop, i.step, i.indices(len(self)))
            return Seq(self.data[i])
        return self.data[i]
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq("abcdef")
print(s[0], s[-1], s[1:4], s[::2], s[::-1], s[:], s[-2:])
print(s[slice(1, None, 2)])
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[1:2, 3], r[...], r[:, None], r["k"], r[::])
