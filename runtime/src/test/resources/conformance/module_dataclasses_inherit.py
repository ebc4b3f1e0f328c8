# dataclasses: inheritance of fields, __post_init__, InitVar, KW_ONLY and kw_only, slots.
from dataclasses import KW_ONLY, InitVar, asdict, dataclass, field, fields, replace
import dataclasses


@dataclass
class Base:
    x: int
    y: int = 1
    z: list = field(default_factory=list)


@dataclass
class Derived(Base):
    y: int = 20  # redefined: keeps its place, takes the new default
    w: str = "w"


d = Derived(5)
print(d, [f.name for f in fields(Derived)], Derived.__doc__)
print(Derived(1, 2, [3], "4"), Derived.__match_args__, Derived.y, Base.y)
print(d == Base(5, 20), isinstance(d, Base), Derived.__dataclass_fields__["x"] is Base.__dataclass_fields__["x"])


class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {len(fields(self))} fields"


@dataclass
class WithMixin(Mixin, Base):
    extra: bool = False


print(WithMixin(1), WithMixin(1).describe())


# A plain (non-dataclass) class in between contributes no fields, but its attributes become
# defaults of a field that names them.
class Plain(Base):
    y = 5
    q: int = 7


@dataclass
class AfterPlain(Plain):
    w: int = 0


print(AfterPlain(1), [f.name for f in fields(AfterPlain)])


@dataclass
class Redeclared(Plain):
    y: int


print(Redeclared(1), Redeclared(1, 2), Redeclared.__doc__)


# Multiple inheritance: fields in reverse MRO order.
@dataclass
class A:
    a: int = 1
    shared: str = "A"


@dataclass
class B:
    b: int = 2
    shared: str = "B"


@dataclass
class C(A, B):
    c: int = 3


print(C(), [f.name for f in fields(C)], C.__mro__[1].__name__)


# __post_init__ runs after the fields are set, and receives the InitVars.
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h


r = Rect(2, 3)
print(r, Rect(2, 3, 2), Rect(2, 3, scale=0.5), "scale" in vars(r), [f.name for f in fields(Rect)])
print(Rect.__dataclass_fields__["scale"]._field_type, Rect.__dataclass_fields__["scale"].type)
print(Rect.scale, Rect.__doc__, Rect.__match_args__)
print(replace(r, w=10), replace(r, w=1, scale=3))


@dataclass
class Tagged:
    name: str
    upper: InitVar[bool]
    suffix: InitVar[str] = "!"

    def __post_init__(self, upper, suffix):
        if upper:
            self.name = self.name.upper()
        self.name += suffix


print(Tagged("a", True), Tagged("b", False, "?"), Tagged(name="c", upper=1, suffix=""))
try:
    replace(Tagged("d", False), name="e")
except ValueError as e:
    print(e)
print(replace(Tagged("d", False), upper=True))
print(InitVar[int], InitVar[str].type, InitVar(list), InitVar("x"), type(InitVar[int]).__name__)
print(dataclasses.InitVar, isinstance(InitVar[int], InitVar))


@dataclass
class PostOnly:
    items: list = field(default_factory=list)
    log = []

    def __post_init__(self):
        PostOnly.log.append(len(self.items))


PostOnly([1, 2])
PostOnly()
print(PostOnly.log, [f.name for f in fields(PostOnly)])


# __post_init__ is inherited and can call super().
@dataclass
class Parent:
    a: int

    def __post_init__(self):
        print("Parent post", self.a)


@dataclass
class Child(Parent):
    b: int = 0

    def __post_init__(self):
        super().__post_init__()
        print("Child post", self.b)


Child(1, 2)


@dataclass
class Grandchild(Child):
    pass


Grandchild(3)


# KW_ONLY makes the fields after it keyword-only.
@dataclass
class Opts:
    path: str
    _: KW_ONLY
    mode: str = "r"
    size: int


o = Opts("f", size=3)
print(o, Opts("g", mode="w", size=1), Opts.__match_args__, Opts.__doc__)
print([(f.name, f.kw_only) for f in fields(Opts)], "_" in Opts.__dataclass_fields__)
try:
    Opts("f", "w", 3)
except TypeError as e:
    print(e)
try:
    Opts("f", "w", size=3)
except TypeError as e:
    print(e)
try:
    Opts("f")
except TypeError as e:
    print(e)


@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = 2
    c: int = field(kw_only=False, default=0)


print(AllKw(a=1), AllKw(5, a=1, b=3), AllKw.__match_args__, AllKw.__doc__)
try:
    AllKw(1, 2)
except TypeError as e:
    print(e)


@dataclass
class FieldKw:
    a: int = field(kw_only=True)
    b: int = 0
    c: int = field(default=9, kw_only=True)
    d: int = 1


print(FieldKw(4, 5, a=6), FieldKw.__doc__, FieldKw.__match_args__)


# Keyword-only fields may have defaults before positional fields without.
@dataclass
class KwBase:
    a: int = field(default=1, kw_only=True)


@dataclass
class KwChild(KwBase):
    b: int


print(KwChild(2), KwChild(2, a=3), KwChild.__doc__)


# Inherited kw_only fields stay keyword-only; the base's KW_ONLY does not apply to children.
@dataclass
class K1:
    _: KW_ONLY
    k: int = 0


@dataclass
class K2(K1):
    p: int = 5


print(K2(1), K2(1, k=2), K2.__doc__, K2.__match_args__)


# slots=True makes a new class with __slots__.
@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 2
    z: list = field(default_factory=list)


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"), Slotted.__doc__, Slotted.y)
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError")
s.x = 10
print(s, s == Slotted(10), replace(s, y=3), asdict(s))


@dataclass(slots=True, frozen=True)
class FrozenSlots:
    a: int
    b: str = "b"


fs = FrozenSlots(1)
print(fs, hash(fs) == hash((1, "b")), fs.__getstate__(), FrozenSlots.__slots__)
try:
    fs.a = 2
except dataclasses.FrozenInstanceError as e:
    print(e)
fs2 = FrozenSlots.__new__(FrozenSlots)
fs2.__setstate__([5, "x"])
print(fs2)


@dataclass(slots=True)
class SlotChild(Slotted):
    w: int = 0


print(SlotChild(1), SlotChild.__slots__)


@dataclass(slots=True)
class SlotInitFalse:
    a: int
    b: int = field(default=5, init=False)


print(SlotInitFalse(1), SlotInitFalse(1).b)


@dataclass(slots=True, weakref_slot=True)
class WeakSlots:
    a: int


print(WeakSlots.__slots__, WeakSlots(1))


class ManualSlots:
    __slots__ = ("a",)


@dataclass
class AfterManualSlots(ManualSlots):
    a: int


print(AfterManualSlots(1), AfterManualSlots.__doc__)


@dataclass
class DefaultBase:
    a: int = 0


try:
    @dataclass
    class RequiredAfterInherited(DefaultBase):
        b: int
except TypeError as e:
    print(e)
