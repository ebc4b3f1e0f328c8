# typing.NamedTuple: the class syntax (fields from annotations, defaults, methods and docstrings
# kept, CPython's errors) and the functional forms; the result is a collections.namedtuple class.
from typing import NamedTuple, List, Optional
import collections


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Point(NamedTuple):
    """A point in the plane."""
    x: int
    y: float = 0.0
    label: Optional[str] = None

    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @property
    def quadrant(self):
        return 1 if self.x >= 0 and self.y >= 0 else 0

    @classmethod
    def origin(cls):
        return cls(0)

    def __str__(self):
        return f"({self.x}, {self.y})"


p = Point(3, 4.0)
print(p, repr(p), p.norm(), p.quadrant, Point.origin(), p.x, p[1], p.label, len(p))
print(Point._fields, Point._field_defaults, Point.__annotations__, Point.__doc__)
print(Point.__mro__, type(Point), Point.__name__, Point.__qualname__, Point.__module__)
print(p._asdict(), p._replace(label="a"), Point._make([1, 2, "z"]), isinstance(p, tuple))
print(p == (3, 4.0, None), tuple(p), Point(1, y=2), Point(x=5, label="l"), sorted([Point(2), Point(1)]))
print(Point.norm.__name__, Point.__match_args__, p.__getnewargs__(), hash(p) == hash((3, 4.0, None)))
attempt("missing x", lambda: Point())
attempt("too many", lambda: Point(1, 2, 3, 4))
attempt("set field", lambda: setattr(p, "x", 1))
attempt("bad kw", lambda: Point(1, z=2))


def bad_order():
    class Bad(NamedTuple):
        x: int = 1
        y: int


def bad_orders():
    class Bad(NamedTuple):
        a: int = 1
        b: int = 2
        c: int


def overwrite():
    class Bad(NamedTuple):
        x: int

        def _asdict(self):
            return {}


def extra_base():
    class Bad(NamedTuple, dict):
        x: int


def underscore():
    class Bad(NamedTuple):
        _x: int


attempt("non-default after default", bad_order)
attempt("after defaults", bad_orders)
attempt("overwrite", overwrite)
attempt("other base", extra_base)
attempt("underscore field", underscore)


class Empty(NamedTuple):
    pass


print(Empty(), Empty._fields, len(Empty()))

Employee = NamedTuple("Employee", [("name", str), ("id", int)])
print(Employee("Guido", 3), Employee._fields, Employee.__annotations__, Employee.__module__)
Pet = NamedTuple("Pet", name=str, age=int)
print(Pet("Rex", 3), Pet._fields, Pet.__annotations__)
attempt("both forms", lambda: NamedTuple("X", [("a", int)], b=str))
attempt("bad type", lambda: NamedTuple("X", [("a", 3)]))


class Point3(Point):
    def describe(self):
        return f"{self!r} + z"


p3 = Point3(1, 2.0)
print(p3, p3.describe(), p3.norm(), type(p3._replace(x=2)).__name__, Point3.__mro__[1].__name__)


class Tree(NamedTuple):
    value: int
    children: List["Tree"] = []

    def total(self):
        return self.value + sum(c.total() for c in self.children)


t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t.total(), t.children[1], Tree.__annotations__)
Classic = collections.namedtuple("Classic", "x y")
print(type(Point).__name__ == type(Classic).__name__, Point._make.__self__ is Point, Point._fields == ("x", "y", "label"))
