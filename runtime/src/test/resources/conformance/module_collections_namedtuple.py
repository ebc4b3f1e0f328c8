# collections.namedtuple: field specs, validation errors, the generated class's methods and
# attributes, defaults, tuple behaviour, subclassing.
from collections import namedtuple
import copy


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(Point._fields, Point._field_defaults, Point.__name__, Point.__qualname__, Point.__module__)
print(Point.__doc__, Point.x.__doc__, Point.__bases__, Point.__mro__, Point.__slots__)
print(Point.__match_args__, repr(Point.x), type(Point.x).__name__)
print(p._asdict(), type(p._asdict()).__name__, p._replace(y=5), p, Point._make([3, 4]), Point._make(range(2)))
print(p.__getnewargs__(), p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)), p < (1, 3), isinstance(p, tuple))
print(p + (3,), p * 2, p[:1], p.count(1), p.index(2), 2 in p)
x, y = p
print(x, y, max(p), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({p: "pt"}[Point(1, 2)], set([Point(0, 0), Point(0, 0)]))

# field specs
print(namedtuple("A", "a b c")._fields, namedtuple("B", "a, b,c")._fields, namedtuple("C", ("p", "q"))._fields)
print(namedtuple("E", "")(), namedtuple("E", [])._fields, namedtuple("R", "a _b def a", rename=True)._fields)
print(namedtuple("Q", "a", module="mymod"), namedtuple("Q", "a").__module__)

attempt("keyword field", lambda: namedtuple("Q", "a def"))
attempt("underscore", lambda: namedtuple("Q", "a _b"))
attempt("duplicate", lambda: namedtuple("Q", "a a"))
attempt("bad typename", lambda: namedtuple("1Q", "a"))
attempt("bad field", lambda: namedtuple("Q", "a 1b"))
attempt("int field", lambda: namedtuple("Q", ["a", 3]))
attempt("int typename", lambda: namedtuple(1, "a"))
attempt("class typename", lambda: namedtuple("class", "a"))
attempt("too many defaults", lambda: namedtuple("Q", "a b", defaults=[1, 2, 3]))

attempt("missing arg", lambda: Point(1))
attempt("missing both", lambda: Point())
attempt("too many", lambda: Point(1, 2, 3))
attempt("unknown keyword", lambda: Point(1, y=2, z=3))
attempt("twice", lambda: Point(1, x=2))
attempt("make short", lambda: Point._make([1]))
attempt("replace unknown", lambda: p._replace(z=1, w=2))
attempt("replace positional", lambda: p._replace(1))
attempt("set field", lambda: setattr(p, "x", 5))
attempt("set other", lambda: setattr(p, "z", 5))
attempt("del field", lambda: delattr(p, "x"))
attempt("dict", lambda: p.__dict__)

# defaults
Config = namedtuple("Config", "host port debug", defaults=[8080, False])
print(Config("h"), Config("h", 1), Config("h", debug=True), Config._field_defaults)
attempt("missing host", lambda: Config())
print(namedtuple("D", "a b", defaults=iter([9]))(1), namedtuple("N", "a", defaults=None)._field_defaults)

# copying
print(copy.copy(p), copy.deepcopy(Config("h")), copy.deepcopy([p, p])[1] == p)


# subclassing
class Vector(namedtuple("Vector", "x y")):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"<{self.x}, {self.y}>"


v = Vector(3, 4)
print(v, v.norm2, v + Vector(1, 1), v._replace(x=0), Vector._make([5, 6]), v._asdict())
print(Vector.__mro__[1].__name__, type(v._replace(y=1)).__name__)
attempt("slots", lambda: setattr(v, "z", 1))


class Loose(namedtuple("Loose", "a")):
    def describe(self):
        return "Loose " + repr(self)


lo = Loose(1)
lo.extra = "ok"
print(lo, lo.describe(), lo.extra, lo.__dict__)


class WithNew(namedtuple("WithNew", "a b")):
    def __new__(cls, a, b=0):
        return super().__new__(cls, a * 10, b)


print(WithNew(1), WithNew(2, 3), WithNew._make([7, 8]))
attempt("subclass missing", lambda: Loose())
Pair = namedtuple("Pair", "left right")
print(Pair(left=[1], right={"k": Point(0, 0)}))
print([Point(i, i * i) for i in range(3)])
