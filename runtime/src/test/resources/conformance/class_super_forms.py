# Checks zero-argument and two-argument super(), super in classmethods and skipping classes in the MRO.
class A:
    def name(self):
        return "A"
    @classmethod
    def create(cls):
        return "A.create for " + cls.__name__
class B(A):
    def name(self):
        return "B>" + super().name()
    @classmethod
    def create(cls):
        return "B.create, " + super().create()
class C(B):
    def name(self):
        return "C>" + super().name()
    def skip(self):
        return super(B, self).name()
c = C()
print(c.name(), c.skip(), super(C, c).name(), super(A, c).__class__.__name__)
print(C.create(), B.create())
class D(C):
    def name(self):
        sup = super()
        return "D>" + sup.name()
print(D().name())
def outside(self):
    return super(C, self).name()
print(outside(D()))
class WithInit(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = True
w = WithInit(a=1)
print(w, w.extra)
try:
    super(int, "str")
except TypeError as e:
    print(type(e).__name__, e)
class E(A):
    def name(self):
        f = lambda: super(E, self).name()
        return "E>" + f()
print(E().name())
