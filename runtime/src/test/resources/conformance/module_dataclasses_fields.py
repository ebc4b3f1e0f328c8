# dataclasses: field() and its options, Field objects, fields(), asdict(), astuple(), replace().
from dataclasses import (MISSING, Field, asdict, astuple, dataclass, field, fields,
                         replace)
import dataclasses


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    notes: dict = field(default_factory=dict, repr=False)
    count: int = field(default=1, compare=False)
    secret: str = field(default="hidden", repr=False, compare=False)
    cache: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    derived: int = field(default=99, init=False)


a = Item("apple")
b = Item("apple")
print(a, a == b, a.tags is b.tags, a.notes is b.notes, a.cache is b.cache)
a.tags.append("red")
print(a, b, a == b)
print(Item("x", 1.5, ["t"], {"n": 1}, 5, "s"))
print(Item("x", count=2) == Item("x", count=3), Item("x", secret="a") == Item("x"))
print(Item.price, Item.count, Item.secret, Item.derived)
print(hasattr(Item, "tags"), hasattr(Item, "notes"), hasattr(Item, "cache"), 'name' in Item.__dict__)
print(a.derived, a.cache, Item.__doc__)
print(Item.__match_args__)
try:
    Item("y", derived=1)
except TypeError as e:
    print(e)

# Each factory call makes a new value; any callable works.
counter = [0]


def next_id():
    counter[0] += 1
    return counter[0]


@dataclass
class Ticket:
    id: int = field(default_factory=next_id)
    label: str = field(default_factory=lambda: "T")
    seen: set = field(default_factory=set)


print(Ticket(), Ticket(), Ticket(id=100), Ticket(), counter)
print(Ticket.__doc__)

# fields(): the real fields in order, from a class or an instance.
fs = fields(Item)
print(type(fs).__name__, len(fs), [f.name for f in fs])
print(fields(a) == fs, all(isinstance(f, Field) for f in fs))
for f in fs:
    print(f.name, f.type, f.default is MISSING, f.default_factory is MISSING, f.init, f.repr,
          f.hash, f.compare, f.kw_only, f._field_type, len(f.metadata))
print(fs[1].default, fs[2].default_factory, fs[4].default)

# metadata is a read-only mapping.
@dataclass
class Meta:
    x: int = field(default=0, metadata={"unit": "cm", "min": 0})
    y: int = field(default=0, metadata={})


mx, my = fields(Meta)
print(mx.metadata["unit"], mx.metadata.get("min"), mx.metadata.get("max", "none"), len(mx.metadata))
print(list(mx.metadata), list(mx.metadata.items()), "unit" in mx.metadata, mx.metadata)
print(repr(mx.metadata), type(mx.metadata).__name__, my.metadata, mx.metadata == {"unit": "cm", "min": 0})
try:
    mx.metadata["unit"] = "m"
except TypeError as e:
    print(e)
try:
    mx.metadata["nope"]
except KeyError as e:
    print("KeyError", e)

# A Field object made by field(), before a class uses it.
f = field(default=5, repr=False, metadata={"a": 1})
print(type(f).__name__, f.name, f.type, f.default, f.repr, f.kw_only is MISSING, f._field_type)
print(f.metadata["a"], field().default is MISSING, field(default_factory=list).default_factory)

# Defaults that are immutable objects, and a class attribute used as default.
@dataclass
class Defaults:
    t: tuple = (1, 2)
    fs: frozenset = frozenset()
    s: str = "s"
    n: None = None
    fn: object = len


d = Defaults()
print(d, d.t is Defaults.t, Defaults.fn)

# asdict and astuple recurse into dataclasses, lists, tuples and dicts, copying the rest.
@dataclass
class Inner:
    v: int
    items: list


@dataclass
class Outer:
    name: str
    inner: Inner
    pairs: tuple
    mapping: dict
    children: list = field(default_factory=list)


inner = Inner(1, [1, [2, 3]])
o = Outer("o", inner, (Inner(2, []), 3), {"k": Inner(3, [4]), Inner(4, []).v: [5]}, [inner])
dd = asdict(o)
print(dd)
print(dd["inner"]["items"] is inner.items, dd["inner"]["items"][1] is inner.items[1])
print(type(dd["pairs"]).__name__, type(dd["mapping"]).__name__, type(dd["children"]).__name__)
tt = astuple(o)
print(tt)
print(tt[1][1] is inner.items, type(tt[2]).__name__)
print(asdict(Inner(1, [])), astuple(Inner(1, [])), astuple(Empty := dataclass(type("E", (), {})) ()))
print(asdict(o, dict_factory=list))
print(asdict(Inner(7, [8]), dict_factory=lambda kv: dict(reversed(kv))))
print(astuple(Inner(7, [8]), tuple_factory=list))


class MyList(list):
    pass


class MyDict(dict):
    pass


@dataclass
class Holder:
    data: object


h = asdict(Holder(MyList([Inner(1, [])])))
print(h, type(h["data"]).__name__)
h = asdict(Holder(MyDict(a=Inner(2, []))))
print(h, type(h["data"]).__name__)
shared = [1]
h = asdict(Holder([shared, shared]))
print(h, h["data"][0] is h["data"][1], h["data"][0] is shared)
print(asdict(Holder({1: 2, (1, 2): "t"})), asdict(Holder(None)), asdict(Holder("s")))

# replace() makes a new instance through __init__.
@dataclass
class Config:
    host: str
    port: int = 80
    opts: list = field(default_factory=list)
    cache: dict = field(default_factory=dict, init=False)


c1 = Config("a", opts=["x"])
c1.cache["k"] = 1
c2 = replace(c1, port=8080)
print(c1, c2, c2.opts is c1.opts, c2.cache, c1 is c2)
print(replace(c1), replace(c1, host="b", opts=[]), replace(c1) == c1)
try:
    replace(c1, cache={})
except ValueError as e:
    print(e)
try:
    replace(c1, nope=1)
except TypeError as e:
    print(e)
try:
    replace(Config)
except TypeError as e:
    print(e)
print(dataclasses.replace(c1, port=1).port)


# __init__ assigns through a class's own __setattr__ (when not frozen).
@dataclass
class Logged:
    a: int
    b: int = 2

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


Logged(1)


# A descriptor as default: Field passes __set_name__ on, and __init__ assigns through __set__.
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, typ=None):
        if obj is None:
            return 7
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        print("desc set", type(value).__name__)
        setattr(obj, self.name, value)


@dataclass
class UsesDesc:
    d: int = field(default=Desc())


print(UsesDesc(5).d, type(UsesDesc().d).__name__)


@dataclass
class UsesDesc2:
    d: Desc = Desc()


print(UsesDesc2().d, UsesDesc2(3).d, UsesDesc2.__doc__)


# Docstrings show each default's repr.
@dataclass
class DefaultsDoc:
    a: float = 1.5
    b: str = "q'x"
    c: tuple = (1,)
    d: type = int
    e: object = None
    f: "float" = float("inf")


print(DefaultsDoc.__doc__)


@dataclass
class HasDoc:
    "my doc"
    a: int


@dataclass
class MatchArgs:
    a: int
    __match_args__ = ("z",)


print(HasDoc.__doc__, MatchArgs.__match_args__)
