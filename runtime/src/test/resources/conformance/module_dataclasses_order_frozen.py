# dataclasses: order=True comparisons, frozen instances, and the __hash__ rules.
from dataclasses import FrozenInstanceError, dataclass, field
import dataclasses


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


v1, v2, v3 = Version(1, 2), Version(1, 10), Version(2)
print(v1 < v2, v2 < v3, v1 <= Version(1, 2), v3 > v1, v1 >= v2, v1 == Version(1, 2, "x"))
print(sorted([v3, v2, v1, Version(0, 5)]), max(v1, v2, v3), min([v3, v2]))
print(v1.__lt__(5), v1.__le__("a"), v1.__gt__(None), v1.__ge__(v1))
try:
    v1 < 5
except TypeError as e:
    print(e)
try:
    v1 >= "x"
except TypeError as e:
    print(e)
print(Version.__hash__, Version.__lt__.__qualname__)


@dataclass(order=True)
class Sub(Version):
    extra: int = 0


try:
    Sub(1) < Version(2)
except TypeError as e:
    print(e)
print(Sub(1, 1, "", 1) < Sub(1, 1, "", 2), Sub(1) == Version(1))


@dataclass(order=True)
class Empty:
    pass


print(Empty() < Empty(), Empty() <= Empty(), Empty() == Empty())

# Ordering compares field tuples, so mixed types fail like tuples do.
@dataclass(order=True)
class Mixed:
    a: object


print(Mixed(1) < Mixed(2.5), Mixed("a") < Mixed("b"), Mixed((1, 2)) < Mixed((1, 3)))
try:
    Mixed(1) < Mixed("a")
except TypeError as e:
    print(e)


# Frozen instances refuse assignment and deletion.
@dataclass(frozen=True)
class Frozen:
    x: int
    y: list = field(default_factory=list)


f = Frozen(1)
for action in ("set x", "set new", "del x", "del new"):
    try:
        if action == "set x":
            f.x = 2
        elif action == "set new":
            f.z = 3
        elif action == "del x":
            del f.x
        else:
            del f.new
    except FrozenInstanceError as e:
        print(action, type(e).__name__, e, isinstance(e, AttributeError), e.args)
try:
    setattr(f, "x", 5)
except AttributeError as e:
    print("setattr", e)
f.y.append(1)
print(f, hash(f) == hash(Frozen(1, [1])) if False else "list field", f.x)
object.__setattr__(f, "x", 42)
print(f, FrozenInstanceError.__mro__[1].__name__, FrozenInstanceError.__module__)
print(FrozenInstanceError.__name__, FrozenInstanceError.__qualname__, issubclass(FrozenInstanceError, AttributeError))


@dataclass(frozen=True)
class FrozenPoint:
    x: int
    y: int


fp = FrozenPoint(1, 2)
print(hash(fp) == hash((1, 2)), hash(fp) == hash(FrozenPoint(1, 2)), {fp: "a"}[FrozenPoint(1, 2)])
print(len({fp, FrozenPoint(1, 2), FrozenPoint(2, 1)}), FrozenPoint.__hash__.__qualname__)
print(fp.__setattr__.__name__, FrozenPoint.__delattr__.__qualname__)
try:
    fp.__setattr__("x", 1)
except FrozenInstanceError as e:
    print(e)


# A subclass of a frozen dataclass that is not itself a dataclass can set new attributes.
class Loose(FrozenPoint):
    pass


lp = Loose(3, 4)
lp.extra = 5
print(lp, lp.extra)
try:
    lp.x = 9
except FrozenInstanceError as e:
    print("Loose", e)
try:
    del lp.extra
    print("deleted", hasattr(lp, "extra"))
except FrozenInstanceError as e:
    print("Loose del", e)


@dataclass(frozen=True)
class FrozenChild(FrozenPoint):
    z: int = 0


fc = FrozenChild(1, 2, 3)
print(fc, hash(fc) == hash((1, 2, 3)))
try:
    fc.z = 1
except FrozenInstanceError as e:
    print(e)


# __hash__: eq without frozen makes instances unhashable.
@dataclass
class Plain:
    a: int


print(Plain.__hash__)
try:
    hash(Plain(1))
except TypeError as e:
    print(e)


@dataclass(eq=False)
class NoEq:
    a: int


n1 = NoEq(1)
print(NoEq.__hash__ is object.__hash__, hash(n1) == hash(n1), n1 == NoEq(1), n1 == n1)


@dataclass(unsafe_hash=True)
class Unsafe:
    a: int
    b: list = field(default_factory=list, hash=False)
    c: int = field(default=0, compare=False)
    d: int = field(default=0, compare=False, hash=True)


u = Unsafe(1, [1], 2, 3)
print(hash(u) == hash((1, 3)), u == Unsafe(1, [1], 5, 6), Unsafe.__hash__.__name__)
u.a = 7
print(hash(u) == hash((7, 3)))


@dataclass(frozen=True, eq=False)
class FrozenNoEq:
    a: int


print(FrozenNoEq.__hash__ is object.__hash__, FrozenNoEq(1) == FrozenNoEq(1))


@dataclass
class ExplicitHash:
    a: int

    def __hash__(self):
        return 12345


print(hash(ExplicitHash(1)), ExplicitHash(1) == ExplicitHash(1))


@dataclass(frozen=True)
class FrozenExplicit:
    a: int

    def __hash__(self):
        return 7


print(hash(FrozenExplicit(1)))


@dataclass
class EqAndHashNone:
    a: int
    __hash__ = None


print(EqAndHashNone.__hash__)


class WithEq:
    def __eq__(self, other):
        return True


@dataclass
class InheritsEq(WithEq):
    a: int = 0


print(InheritsEq.__hash__, InheritsEq() == InheritsEq(1))


@dataclass(eq=False)
class OwnEq:
    a: int

    def __eq__(self, other):
        return True


print(OwnEq.__hash__, OwnEq(1) == 5)


@dataclass(unsafe_hash=True, frozen=True, order=True)
class All:
    k: str
    v: int = 0


print(sorted({All("b"), All("a", 2), All("a", 1)}), hash(All("x")) == hash(("x", 0)))
print(All.__dataclass_params__, dataclasses.fields(All)[0].hash)


# Instances made, hashed and compared on several threads at once.
import threading


@dataclass(frozen=True, order=True)
class Key:
    a: int
    b: str


counts = []
lock = threading.Lock()


def work(n):
    keys = {Key(i % 10, str(i % 7)) for i in range(n)}
    ordered = sorted(keys)
    with lock:
        counts.append((len(keys), ordered[0], ordered[-1]))


workers = [threading.Thread(target=work, args=(3000,)) for _ in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(counts)
