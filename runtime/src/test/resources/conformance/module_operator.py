# The operator module: operators as functions, and itemgetter / attrgetter / methodcaller.
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2.5, 1), operator.mul("ab", 3), operator.truediv(7, 2))
print(operator.floordiv(-7, 2), operator.mod(-7, 2), operator.pow(2, 100), operator.matmul.__name__)
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 70))
print(operator.rshift(-256, 3), operator.neg(5), operator.pos(-5), operator.invert(5), operator.inv(0))
print(operator.abs(-3.5), operator.not_([]), operator.truth([0]), operator.is_(None, None))
print(operator.is_not(1, None), operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"))
print(operator.ne(1, 1.0), operator.gt(3, 2), operator.ge(1, 2), operator.__add__(1, 1))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1, 1], 1), operator.indexOf("abc", "c"))
print(operator.index(7), operator.concat([1], [2]), operator.concat("a", "b"))
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(10))), operator.length_hint(5, 42))
x = [1, 2]
y = operator.iadd(x, [3])
print(y is x, x, operator.iconcat(x, [4]), operator.isub(10, 3), operator.ipow(2, 5))
d = {}
operator.setitem(d, "k", 1)
print(d, operator.getitem(d, "k"))
operator.delitem(d, "k")
print(d, operator.__lt__(1, 2), operator.__not__(1), operator.__getitem__("xyz", 1))
print(operator.call(max, 3, 9, 4), operator.call(sorted, [3, 1, 2], reverse=True))

rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 4.25)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(2, 0)))
print(itemgetter(1)("abc"), itemgetter(slice(1, None))([1, 2, 3]), itemgetter("k", "j")({"k": 1, "j": 2}))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), type(itemgetter(0)))


class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, greeting, punct="!"):
        return greeting + ", " + self.name + punct


p = P("root", P("kid", P("grandkid")))
print(attrgetter("name")(p), attrgetter("child.child.name")(p), attrgetter("name", "child.name")(p))
print(repr(attrgetter("a.b")), repr(attrgetter("x", "y")))
print(methodcaller("greet", "hi")(p), methodcaller("greet", "yo", punct="?")(p.child))
print(repr(methodcaller("greet", "hi", punct="?")), methodcaller("upper")("abc"))
print(list(map(methodcaller("split", ","), ["a,b", "c"])))

for bad in [
    lambda: operator.add(1, "a"),
    lambda: operator.concat(1, 2),
    lambda: itemgetter(),
    lambda: attrgetter(1),
    lambda: methodcaller(),
    lambda: methodcaller(5),
    lambda: attrgetter("nope")(p),
    lambda: itemgetter(5)([1]),
    lambda: operator.indexOf([1], 2),
    lambda: operator.abs("x"),
    lambda: itemgetter(1)(),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
