# Checks augmented assignment calling __iadd__ and friends, which may return self or another object.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        print("iadd", other)
        self.v += other
        return self
    def __isub__(self, other):
        print("isub", other)
        return Acc(self.v - other)
    def __imul__(self, other):
        print("imul", other)
        self.v *= other
        return self
    def __ior__(self, other):
        self.v |= other
        return self
    def __ilshift__(self, n):
        self.v <<= n
        return self
    def __ipow__(self, n):
        self.v **= n
        return self
    def __imod__(self, n):
        self.v %= n
        return self
    def __repr__(self):
        return f"Acc({self.v})"

a = Acc(1)
keep = a
a += 10
print(a, keep, a is keep)
a -= 3
print(a, keep, a is keep)
a *= 2
a |= 1
a <<= 2
a **= 2
a %= 1000
print(a)

class Returns:
    def __iadd__(self, other):
        return "replaced"
r = Returns()
r += 1
print(r)

class NoneReturner:
    def __iadd__(self, other):
        pass
n = NoneReturner()
n += 5
print(n)
