# dataclasses: the errors the decorator, the generated methods and the functions raise.
from dataclasses import (KW_ONLY, FrozenInstanceError, InitVar, asdict, astuple, dataclass,
                         field, fields, make_dataclass, replace)


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: ok {result!r}")


def decorate(body, **kwargs):
    """Defines a class from body (a dict of annotations and values) and decorates it."""
    annotations = body.pop("__annotations__", {})
    ns = dict(body, __annotations__=annotations)
    cls = type("K", (), ns)
    return dataclass(**kwargs)(cls)


# Field order and defaults.
attempt("non-default after default", lambda: decorate({"__annotations__": {"x": int, "y": int}, "x": 0}))
attempt("non-default after factory", lambda: decorate(
    {"__annotations__": {"x": list, "y": int}, "x": field(default_factory=list)}))
attempt("kw_only field may follow", lambda: decorate(
    {"__annotations__": {"x": int, "y": int}, "x": 0, "y": field(kw_only=True)}))
attempt("init=False field may follow", lambda: decorate(
    {"__annotations__": {"x": int, "y": int}, "x": 0, "y": field(init=False)}))
for value in ([], {}, set(), [1, 2]):
    attempt(f"mutable default {type(value).__name__}", lambda: decorate(
        {"__annotations__": {"x": type(value)}, "x": value}))


class Unhashable:
    def __eq__(self, other):
        return True


attempt("unhashable default", lambda: decorate({"__annotations__": {"u": object}, "u": Unhashable()}))
attempt("mutable default via field", lambda: decorate(
    {"__annotations__": {"x": list}, "x": field(default=[])}))
attempt("tuple default is fine", lambda: decorate({"__annotations__": {"x": tuple}, "x": ()})().x)
attempt("both defaults", lambda: field(default=1, default_factory=list))
attempt("no annotation", lambda: decorate({"x": field(default=1)}))
attempt("no annotation among fields", lambda: decorate(
    {"__annotations__": {"a": int}, "a": 1, "b": field()}))
attempt("initvar factory", lambda: decorate(
    {"__annotations__": {"x": InitVar[list]}, "x": field(default_factory=list)}))
attempt("two KW_ONLY", lambda: decorate(
    {"__annotations__": {"a": KW_ONLY, "b": int, "c": KW_ONLY}}))

# Decorator arguments.
attempt("order without eq", lambda: decorate({}, order=True, eq=False))
attempt("order over own __lt__", lambda: decorate({"__lt__": lambda s, o: True}, order=True))
attempt("order over own __ge__", lambda: decorate({"__ge__": lambda s, o: True}, order=True))
attempt("frozen over own __setattr__", lambda: decorate(
    {"__setattr__": lambda s, n, v: None}, frozen=True))
attempt("frozen over own __delattr__", lambda: decorate(
    {"__delattr__": lambda s, n: None}, frozen=True))
attempt("unsafe_hash over own __hash__", lambda: decorate({"__hash__": lambda s: 1}, unsafe_hash=True))
attempt("slots over own __slots__", lambda: decorate({"__slots__": ("a",)}, slots=True))
attempt("weakref_slot without slots", lambda: decorate({}, weakref_slot=True))
attempt("unknown keyword", lambda: dataclass(nope=True))
attempt("cls by keyword", lambda: dataclass(cls=int))
attempt("two positionals", lambda: dataclass(int, 2))
attempt("field positional", lambda: field(1))
attempt("field unknown keyword", lambda: field(defaults=1))
attempt("not a class", lambda: dataclass(5))

# Frozen inheritance.
@dataclass
class Thawed:
    a: int = 0


@dataclass(frozen=True)
class Frozen:
    a: int = 0


attempt("non-frozen from frozen", lambda: dataclass(type("N", (Frozen,), {})))
attempt("frozen from non-frozen", lambda: dataclass(frozen=True)(type("M", (Thawed,), {})))


class PlainBase:
    pass


attempt("frozen from plain class", lambda: dataclass(frozen=True)(type("P", (PlainBase,), {})).__name__)

# The generated __init__ binds arguments as a Python function does.
@dataclass
class Three:
    a: int
    b: int
    c: int
    d: int = 4
    _: KW_ONLY
    e: int
    f: int = 6


attempt("missing three", lambda: Three())
attempt("missing two", lambda: Three(1))
attempt("missing one", lambda: Three(1, 2))
attempt("missing a by keyword", lambda: Three(b=1, c=2, e=3))
attempt("missing keyword-only", lambda: Three(1, 2, 3))
attempt("too many", lambda: Three(1, 2, 3, 4, 5))
attempt("too many with keyword-only", lambda: Three(1, 2, 3, 4, 5, e=1, f=2))
attempt("unexpected", lambda: Three(1, 2, 3, e=4, g=5))
attempt("multiple values", lambda: Three(1, 2, 3, a=1, e=5))
attempt("self by keyword", lambda: Three(1, 2, 3, e=4, self=5))
attempt("fine", lambda: Three(1, 2, 3, e=5))


@dataclass
class NoFields:
    pass


attempt("no fields, one argument", lambda: NoFields(1))
attempt("no fields, keyword", lambda: NoFields(x=1))


@dataclass
class One:
    only: int


attempt("one field, two arguments", lambda: One(1, 2))
attempt("one field, none", lambda: One())


@dataclass
class Defaults:
    a: int = 1
    b: int = 2


attempt("defaults, three", lambda: Defaults(1, 2, 3))
attempt("unbound __init__ without self", lambda: Defaults.__init__())
attempt("unbound __init__, fields missing too", lambda: Three.__init__())
attempt("unbound __init__, self by keyword", lambda: Defaults.__init__(a=5, self=Defaults()))
attempt("__init__ returns None", lambda: Defaults().__init__(7))
attempt("__eq__ without other", lambda: Defaults.__eq__(Defaults()))
attempt("__eq__ without arguments", lambda: Defaults.__eq__())
attempt("bound __eq__ with two", lambda: Defaults().__eq__(1, 2))
attempt("__eq__ by keyword", lambda: Defaults.__eq__(other=Defaults(), self=Defaults()))
attempt("__repr__ of another type", lambda: Defaults.__repr__(1))
attempt("__repr__ of a lookalike", lambda: Defaults.__repr__(Three(1, 2, 3, e=0)))
attempt("__repr__ with extra", lambda: Defaults().__repr__(1))
attempt("__hash__ without self", lambda: Frozen.__hash__())
attempt("__setattr__ without value", lambda: Frozen.__setattr__(Frozen(), "a"))
attempt("__delattr__ by keyword", lambda: Frozen().__delattr__(name="a"))

# Frozen instances.
ff = Frozen(1)
attempt("assign field", lambda: setattr(ff, "a", 2))
attempt("assign other", lambda: setattr(ff, "b", 2))
attempt("delete field", lambda: delattr(ff, "a"))
attempt("frozen error is AttributeError", lambda: issubclass(FrozenInstanceError, AttributeError))
try:
    ff.a = 3
except AttributeError as e:
    print("caught as AttributeError:", type(e).__name__, e)


@dataclass(frozen=True)
class FrozenList:
    items: list


attempt("hash of unhashable field", lambda: hash(FrozenList([1])))
attempt("unhashable instance", lambda: hash(Thawed()))

# Module functions on non-dataclasses.
attempt("fields of int", lambda: fields(int))
attempt("fields of instance", lambda: fields(3))
attempt("fields without argument", lambda: fields())
attempt("asdict of class", lambda: asdict(Thawed))
attempt("asdict of int", lambda: asdict(1))
attempt("astuple of str", lambda: astuple("s"))
attempt("asdict without argument", lambda: asdict())
attempt("asdict extra positional", lambda: asdict(Thawed(), dict))
attempt("replace of class", lambda: replace(Thawed, a=1))
attempt("replace without argument", lambda: replace())
attempt("replace extra positional", lambda: replace(Thawed(), 1))
attempt("replace unknown field", lambda: replace(Thawed(), b=1))


@dataclass
class WithInitVar:
    a: int
    scale: InitVar[int]

    def __post_init__(self, scale):
        self.a *= scale


attempt("replace initvar missing", lambda: replace(WithInitVar(1, 2), a=3))
attempt("replace initvar given", lambda: replace(WithInitVar(1, 2), scale=5))
attempt("initvar not stored", lambda: WithInitVar(1, 2).scale)


@dataclass
class BadPost:
    a: InitVar[int]

    def __post_init__(self):
        pass


attempt("__post_init__ without the InitVar", lambda: BadPost(1))


@dataclass
class RaisingFactory:
    a: list = field(default_factory=lambda: 1 / 0)


attempt("factory raises", lambda: RaisingFactory())
attempt("factory not needed", lambda: RaisingFactory([]))

# Comparisons between different dataclasses.
@dataclass(order=True)
class P:
    x: int


@dataclass(order=True)
class Q:
    x: int


attempt("order across classes", lambda: P(1) < Q(2))
attempt("eq across classes", lambda: P(1) == Q(1))

# make_dataclass.
attempt("make_dataclass", lambda: make_dataclass("M", ["a", ("b", int), ("c", int, field(default=3))])(1, 2))
attempt("make_dataclass module", lambda: make_dataclass("M", ["a"]).__module__)
attempt("make_dataclass doc", lambda: make_dataclass("M", ["a", ("b", list)]).__doc__)
attempt("make_dataclass options", lambda: make_dataclass("M", [("a", int)], frozen=True, order=True)(1) < make_dataclass("M", [("a", int)])(2))
attempt("make_dataclass bases", lambda: make_dataclass("M", [("b", int, 0)], bases=(Thawed,))())
attempt("make_dataclass namespace", lambda: make_dataclass("M", ["a"], namespace={"twice": lambda s: s.a * 2})(4).twice())
attempt("bad item", lambda: make_dataclass("M", [("a",)]))
attempt("bad item type", lambda: make_dataclass("M", [1]))
attempt("not identifier", lambda: make_dataclass("M", ["a b"]))
attempt("not a string", lambda: make_dataclass("M", [(1, int)]))
attempt("keyword", lambda: make_dataclass("M", ["class"]))
attempt("duplicate", lambda: make_dataclass("M", ["a", ("a", int)]))
attempt("make_dataclass extra positional", lambda: make_dataclass("M", [], ()))
attempt("make_dataclass missing", lambda: make_dataclass("M"))
