# typing's classes: Generic (subscription, __parameters__, __orig_bases__), Protocol and
# runtime_checkable, TypedDict, NewType, TypeVar, and get_type_hints with forward references.
from typing import (
    Any, Dict, Generic, Iterator, List, Optional, Protocol, TypedDict, TypeVar, NewType, Tuple,
    Union, get_type_hints, runtime_checkable, SupportsInt, SupportsFloat, SupportsAbs, Sized,
    Iterable, Callable, ClassVar, Annotated,
)
import typing


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), list(s), Stack[int], Stack[str].__origin__, Stack[str].__args__, Stack.__parameters__)
print(Stack.__orig_bases__, Stack.__mro__, s.__orig_class__, type(Stack[int]).__name__, Stack[T])
print(Stack[int] == Stack[int], Stack[int] == Stack[str], Stack[int].__parameters__, Stack[T].__parameters__)


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v


class IntPair(Pair[int, V]):
    pass


class Concrete(IntPair[str]):
    pass


print(Pair.__parameters__, IntPair.__parameters__, Concrete.__parameters__, IntPair.__orig_bases__)
print(IntPair[bytes], Pair[str, int], Concrete(1, "x").v, Concrete.__mro__)
attempt("too many args", lambda: Stack[int, str])
attempt("Generic[int]", lambda: Generic[int])
attempt("Generic[T, T]", lambda: Generic[T, T])
attempt("Generic[()]", lambda: Generic[()])
attempt("plain Generic base", lambda: type("G", (Generic,), {}))
attempt("not generic", lambda: Concrete[int])
attempt("re-subscript", lambda: Generic[T][int])


class Mixed(Dict[str, T]):
    pass


m = Mixed[int]()
m["a"] = 1
print(m, Mixed.__mro__, Mixed.__parameters__, isinstance(m, dict))


class LinkedList(Generic[T], Iterable[T]):
    pass


print(LinkedList.__mro__, LinkedList.__parameters__)


class Base:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.registered = True


class Both(Base, Generic[T]):
    pass


print(Both.registered, Both.__parameters__, Both[int])


# Protocols
@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self):
        return "closed"


class NotResource:
    pass


print(isinstance(Resource(), Closeable), isinstance(NotResource(), Closeable), issubclass(Resource, Closeable))
print(Closeable.__mro__, type(Closeable).__name__, Closeable._is_protocol, Closeable._is_runtime_protocol)


class Drawable(Protocol):
    color: str

    def draw(self) -> str:
        ...


class Circle(Drawable):
    color = "red"

    def draw(self):
        return "circle"


print(Circle().draw(), Circle._is_protocol, Drawable._is_protocol, isinstance(Circle(), Circle))
attempt("instantiate protocol", Drawable)
attempt("not runtime", lambda: isinstance(Resource(), Drawable))
attempt("issubclass data protocol", lambda: issubclass(Circle, runtime_checkable(type("P2", (Protocol,), {"x": 1}))))
attempt("runtime_checkable on class", lambda: runtime_checkable(Resource))
attempt("protocol bad base", lambda: type("BadProto", (Protocol, Resource), {}))


class SizedIterable(Protocol[T]):
    def __len__(self) -> int:
        ...

    def __iter__(self) -> Iterator[T]:
        ...


print(SizedIterable.__parameters__, SizedIterable[int], runtime_checkable(SizedIterable) is SizedIterable)
print(isinstance([1], SizedIterable), isinstance(3, SizedIterable), isinstance((), SizedIterable))
print(isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(2.5, SupportsFloat), isinstance(-1, SupportsAbs))


class WithInit(Protocol):
    def go(self) -> int:
        ...


class Impl(WithInit):
    def __init__(self, n):
        self.n = n

    def go(self):
        return self.n


class NoInitImpl(WithInit):
    def go(self):
        return 0


print(Impl(5).go(), NoInitImpl().go(), NoInitImpl().go())


# TypedDict
class Movie(TypedDict):
    title: str
    year: int


class Rated(Movie, total=False):
    rating: float


mv = Movie(title="Alien", year=1979)
r = Rated(title="Up", year=2009)
print(mv, type(mv), r, Movie.__annotations__, Rated.__annotations__, Movie.__total__, Rated.__total__)
print(sorted(Movie.__required_keys__), sorted(Rated.__required_keys__), sorted(Rated.__optional_keys__))
print(Movie.__mro__, type(Movie).__name__, typing.is_typeddict(Movie), typing.is_typeddict(dict))
attempt("isinstance TypedDict", lambda: isinstance({}, Movie))
Point2D = TypedDict("Point2D", {"x": int, "y": int})
print(Point2D(x=1, y=2), Point2D.__annotations__, Point2D.__total__)
Opt = TypedDict("Opt", {"a": int}, total=False)
print(sorted(Opt.__optional_keys__), Opt.__total__)
attempt("mixed bases", lambda: type(Movie)("X", (Movie, dict), {}))


# NewType
UserId = NewType("UserId", int)
uid = UserId(42)
print(UserId, uid, type(uid), UserId.__supertype__, UserId.__name__, UserId.__qualname__, UserId.__module__)
print(UserId | None, List[UserId], type(UserId).__name__)
attempt("subclass NewType", lambda: type("X", (UserId,), {}))


def defined_later():
    class X(UserId):
        pass


attempt("class from NewType", defined_later)


# get_type_hints, with forward references
class Node:
    value: int
    next: "Optional[Node]"
    children: List["Node"]
    limit: ClassVar[int] = 3
    meta: Annotated[str, "info"] = ""


def link(a: "Node", b: Optional["Node"] = None, *, weight: "float" = 1.0) -> "List[Node]":
    return [a]


print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True)["meta"])
print(get_type_hints(link))
print(get_type_hints(Stack.push), get_type_hints(len) if False else "builtin skipped")
print(link.__annotations__)


class Child(Node):
    extra: "Dict[str, Node]"


print(list(get_type_hints(Child)), get_type_hints(Child)["extra"])
attempt("bad forward ref", lambda: get_type_hints(type("Q", (), {"__annotations__": {"a": "Undefined"}})))
attempt("not annotatable", lambda: get_type_hints(3))
print(get_type_hints(lambda x: x), get_type_hints(typing.no_type_check(link)))


# Generic aliases of ABCs as bases; protocols with data members.
class IntSeq(typing.Sequence[int]):
    def __init__(self, *v):
        self.v = list(v)

    def __getitem__(self, i):
        return self.v[i]

    def __len__(self):
        return len(self.v)


seq = IntSeq(3, 1, 2)
print(IntSeq.__mro__, list(seq), sorted(seq), seq.index(2), IntSeq.__orig_bases__)


@runtime_checkable
class HasName(Protocol):
    name: str


class Named:
    def __init__(self):
        self.name = "n"


print(isinstance(Named(), HasName), isinstance(object(), HasName))
attempt("issubclass data protocol", lambda: issubclass(Named, HasName))
