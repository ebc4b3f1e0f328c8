# Checks super().name and super(C, obj).name (CPython 3.12's LOAD_SUPER_ATTR) in hot loops:
# methods, attributes, properties, class and static methods, custom descriptors, builtin bases,
# cells, generators, multiple inheritance, a global that shadows super, and the errors.
class Desc:
    def __get__(self, obj, owner):
        return ("Desc", obj is None, owner.__name__)
class A:
    tag = "A.tag"
    d = Desc()
    def m(self, x):
        return "A.m%d" % x
    @property
    def p(self):
        return "A.p"
    @classmethod
    def c(cls):
        return "A.c:" + cls.__name__
    @staticmethod
    def s(k):
        return k * 3
    def gen(self):
        yield "A.gen"
class B(A):
    def m(self, x):
        return "B>" + super().m(x)
    def attrs(self):
        return super().tag, super().p, super().d, super().s(2), super(B, self).tag
    @classmethod
    def c(cls):
        return "B>" + super().c() + "|" + super(B, cls).c()
    def bound(self):
        f = super().m
        return f(7), type(f).__name__
    def gen(self):
        yield from super().gen()
        yield "B.gen"
    def cell(self):
        def inner():
            return self
        return super().m(1), inner() is self
    def unbound(self):
        return super(B, B).m(self, 2), super(B, B).p.__class__.__name__
results = []
b = B()
for i in range(60):
    results.append((b.m(i % 3), b.attrs(), B.c(), b.c(), b.bound(), list(b.gen()), b.cell(), b.unbound()))
print(results[0])
print(results[-1] == results[2], len(set(map(repr, results))))

class Base:
    def who(self):
        return ["Base"]
class Left(Base):
    def who(self):
        return ["Left"] + super().who()
class Right(Base):
    def who(self):
        return ["Right"] + super().who()
class Both(Left, Right):
    def who(self):
        return ["Both"] + super().who()
def after_left(obj):
    return super(Left, obj).who()
for i in range(40):
    r = (Both().who(), Left().who(), after_left(Both()))
print(r)

class Counter(dict):
    def __init__(self, *args):
        super().__init__()
        for a in args:
            self[a] = super().get(a, 0) + 1
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
    def __repr__(self):
        return "Counter" + super().__repr__()
for i in range(30):
    c = Counter("a", "b", "a")
print(c, sorted(c.items()))

class Fake:
    def m(self, x):
        return "fake m%d" % x
    tag = "fake tag"
def fake(*args):
    return ("args", len(args)) and Fake()
seen = []
for i in range(200):
    if i == 80:
        globals()["super"] = fake
    if i == 150:
        del globals()["super"]
    seen.append((b.m(1), b.attrs()[0] if i < 80 or i >= 150 else "skip"))
print(seen[79], seen[80], seen[149], seen[150], seen[199])

def outside(cls, obj):
    return super(cls, obj).m(5)
class NoM(A):
    def missing(self):
        return super().nothing
    def missing_call(self):
        return super().nothing()
for i in range(5):
    for cls, obj in [(B, b), (B, 3), (3, b), (B, A()), (A, b)]:
        try:
            print(outside(cls, obj))
        except (TypeError, AttributeError) as e:
            print(type(e).__name__, e)
    for name in ("missing", "missing_call"):
        try:
            getattr(NoM(), name)()
        except AttributeError as e:
            print(type(e).__name__, e)
