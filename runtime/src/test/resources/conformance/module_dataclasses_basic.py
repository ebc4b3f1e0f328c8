# dataclasses: the decorator's generated __init__, __repr__, __eq__, __match_args__, docstring and
# the class's bookkeeping attributes.
import dataclasses
from dataclasses import dataclass, is_dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), str(p))
print(Point(3), Point(x=4), Point(y=5, x=6), Point(7, y=8))
print(p.x, p.y, vars(p), p.__dict__)
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p != Point(1, 3))
print(p == (1, 2), (1, 2) == p, p.__eq__((1, 2)), p.__eq__(Point(1, 2)))
print(Point.__match_args__, Point.__doc__)
print(list(Point.__dataclass_fields__), Point.__dataclass_params__)
print(Point.y, 'x' in Point.__dict__, Point.__hash__)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(1), is_dataclass(int))
print(dataclasses.is_dataclass(dataclass))

# The generated methods are functions of the class: they bind, and can be called unbound.
q = Point.__new__(Point)
Point.__init__(q, 10, 20)
print(q, Point.__repr__(q), Point.__eq__(p, q), Point.__eq__(q, Point(10, 20)))
init = p.__init__
init(30)
print(p, Point.__init__.__name__, Point.__init__.__qualname__, Point.__repr__.__qualname__)
print(callable(Point.__init__), p.__repr__(), p.__init__(1, 2), p)
r = Point.__init__(q, 1)
print(r, q)


# Decorator with parentheses, and with the methods turned off.
@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__match_args__, Empty.__doc__)


@dataclass(init=False, repr=False, eq=False)
class Bare:
    a: int = 1
    b: str = "b"


b = Bare()
print(b.a, b.b, b == Bare(), b == b, Bare.__doc__, Bare.__match_args__)
print('__init__' in Bare.__dict__, '__repr__' in Bare.__dict__, '__eq__' in Bare.__dict__)
print(repr(b).startswith('<__main__.Bare object at 0x'))


# Methods the class defines itself are kept.
@dataclass
class Custom:
    a: int
    b: int = 2

    def __repr__(self):
        return f"Custom<{self.a}, {self.b}>"

    def __eq__(self, other):
        return isinstance(other, Custom) and self.a == other.a

    def total(self):
        return self.a + self.b

    @property
    def double(self):
        return self.a * 2


c = Custom(1, 5)
print(c, c == Custom(1, 9), c.total(), c.double, Custom.__hash__)


@dataclass
class OwnInit:
    a: int

    def __init__(self, value):
        self.a = value * 10


print(OwnInit(4), OwnInit.__doc__)


# Nested classes use their qualified names.
class Outer:
    @dataclass
    class Inner:
        v: int

    def make(self):
        @dataclass
        class Local:
            w: str

        return Local("here")


print(Outer.Inner(1), Outer().make(), Outer.Inner.__init__.__qualname__)
try:
    Outer.Inner()
except TypeError as e:
    print(e)


# repr guards against a dataclass that contains itself.
@dataclass
class Node:
    value: int
    children: list


n = Node(1, [])
n.children.append(n)
n.children.append(Node(2, []))
print(n)
a = Node(1, [])
b2 = Node(2, [a])
a.children.append(b2)
print(a, b2)

# Equality compares field tuples: identity first, as tuples do.
nan = float("nan")
print(Point(nan, 1) == Point(nan, 1), Point(nan) == Point(float("nan")))


@dataclass
class Sub(Point):
    z: int = 3


print(Sub(1, 2, 3), Sub(1, 2, 3) == Point(1, 2), Point(1, 2) == Sub(1, 2, 3), Sub.__match_args__)
print(Sub(1) == Sub(1), Sub.__doc__)


# A field called self.
@dataclass
class Selfish:
    self: int
    other: int = 0


print(Selfish(1), Selfish(self=2, other=3), Selfish.__doc__)


# String annotations (as from __future__ import annotations leaves them).
@dataclass
class Strings:
    a: "int"
    b: "list[int]" = None


print(Strings(1), Strings.__doc__, Strings.__dataclass_fields__['a'].type)

# The instance dict holds the fields in order.
@dataclass
class Many:
    f: int
    e: int
    d: int = 4
    c: int = 3


m = Many(6, 5)
print(m, list(vars(m)), Many.__doc__)
m.extra = 1
print(m, vars(m))
print(Point.__module__, Point.__name__, Point.__qualname__)
print(type(Point(1)).__name__, isinstance(Point(1), Point))
print([Point(i, i * i) for i in range(3)])
print({"k": Point(1)}, (Point(2),))
