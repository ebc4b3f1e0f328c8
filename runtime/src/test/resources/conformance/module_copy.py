# copy.copy and copy.deepcopy: identities, the memo, cycles, __copy__/__deepcopy__, reductions.
import copy

atoms = [None, 1, 2.5, True, "s", b"b", (1, "a"), frozenset([1]), range(3), len, print]
print([copy.copy(a) is a for a in atoms])
print([copy.deepcopy(a) is a for a in atoms])
t = (1, "a", (2, 3))
print(copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]), copy.deepcopy((1, [2])) is (1, [2]))
print(copy.deepcopy(frozenset([1, 2])) is frozenset([1, 2]), copy.deepcopy(frozenset([1, 2])))

lst = [1, [2, 3], {"k": [4]}]
sh = copy.copy(lst)
dp = copy.deepcopy(lst)
print(sh == lst, sh is lst, sh[1] is lst[1], dp[1] is lst[1], dp[2]["k"] is lst[2]["k"], dp == lst)
d = {"a": [1], "b": {2, 3}}
print(copy.copy(d)["a"] is d["a"], copy.deepcopy(d)["a"] is d["a"], copy.deepcopy(d) == d)
s = {1, 2, (3, 4)}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(s) == s)

# Cycles and shared structure survive.
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a)
shared = [0]
pair = [shared, shared]
c = copy.deepcopy(pair)
print(c[0] is c[1], c[0] is not shared)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


p = Point(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q.y is p.y, r.y is p.y, type(q) is Point)
e = Point.__new__(Point)
print(vars(copy.copy(e)))


class Slotted:
    __slots__ = ("a", "b")


s1 = Slotted()
s1.a = [1]
s2 = copy.copy(s1)
s3 = copy.deepcopy(s1)
print(s2.a is s1.a, s3.a == s1.a, s3.a is s1.a, hasattr(s2, "b"))


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + 1)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called with", type(memo).__name__)
        return Custom(self.v * 10)


print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(2)).v, copy.deepcopy([Custom(3)])[0].v)


class Stateful:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "big"

    def __getstate__(self):
        st = dict(self.__dict__)
        del st["cache"]
        return st

    def __setstate__(self, st):
        print("setstate", sorted(st))
        self.__dict__.update(st)
        self.cache = None


s = copy.deepcopy(Stateful())
print(s.data, s.cache)


class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))


rr = copy.deepcopy(Reduced([1], "x"))
print(type(rr).__name__, rr.a, rr.b)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.tag = "t"
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.tag, ml2[1] is ml[1])


class MyDict(dict):
    pass


md = copy.copy(MyDict(a=1))
print(type(md).__name__, md)

memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo, memo[id(x)] == x, len(memo))
bm = copy.deepcopy(p.__repr__)
print(bm(), bm.__self__ is p)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
try:
    copy.copy((i for i in [1]))
except TypeError as ex:
    print("TypeError", ex)
