# Checks augmented assignment falling back to __add__/__radd__ when __iadd__ is missing or NotImplemented.
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        print("add")
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd")
        return V(other + self.x)
    def __sub__(self, other):
        return V(self.x - other)
    def __repr__(self):
        return f"V({self.x})"

v = V(1)
orig = v
v += V(2)
print(v, orig, v is orig)
v -= 1
print(v)
n = 5
n += V(4)
print(n)

class Half:
    def __iadd__(self, other):
        print("iadd declines")
        return NotImplemented
    def __add__(self, other):
        print("add used")
        return 42
h = Half()
h += 1
print(h)

class Nothing:
    pass
x = Nothing()
try:
    x += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    x *= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    x **= 2
except TypeError as e:
    print(type(e).__name__, e)
