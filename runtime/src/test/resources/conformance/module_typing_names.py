# typing: every name a program imports for annotations imports, subscripts and prints as in
# CPython 3.11; annotations with them evaluate at definition time.
import typing
from typing import (
    Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Callable, Iterable, Iterator,
    Generator, Sequence, Mapping, MutableMapping, Type, TypeVar, ClassVar, Final, Literal,
    cast, overload, TYPE_CHECKING, NoReturn, Annotated, Deque, DefaultDict, Counter,
    OrderedDict, ChainMap, Hashable, Sized, AbstractSet, MutableSet, MutableSequence,
    Collection, Container, Reversible, Awaitable, Coroutine, AsyncIterator, AsyncIterable,
    AsyncGenerator, KeysView, ItemsView, ValuesView, Text, AnyStr, Never, Self, LiteralString,
    TypeAlias, TypeGuard, get_origin, get_args, final, no_type_check, ForwardRef,
)


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


T = TypeVar("T")
K = TypeVar("K", bound=int)
S = TypeVar("S", int, str)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)

print(Any, Optional, Union, ClassVar, Final, Literal, NoReturn, Never, Self, TypeAlias, TypeGuard)
print(List, Dict, Set, FrozenSet, Tuple, Callable, Type, Deque, DefaultDict, Counter, OrderedDict, ChainMap)
print(Iterable, Iterator, Generator, Sequence, Mapping, MutableMapping, Hashable, Sized, AbstractSet)
print(MutableSet, MutableSequence, Collection, Container, Reversible, Awaitable, Coroutine, AsyncIterator)
print(AsyncIterable, AsyncGenerator, KeysView, ItemsView, ValuesView, Text, AnyStr, LiteralString)
print(List[int], Dict[str, int], Set[str], FrozenSet[int], Tuple[int, str], Tuple[int, ...], Tuple[()])
print(Optional[int], Optional[List[str]], Union[int, str], Union[int, str, None], Union[None, int])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Type[int], Type[Any])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[float], Mapping[str, Any])
print(ClassVar[int], Final[str], Literal["a", 1, None, True], Annotated[int, "meta", 3])
print(List[T], Dict[K, S], Tuple[Co, Contra], T, K, S, Co, Contra, K.__bound__, S.__constraints__)
print(List[List[Dict[str, Tuple[int, ...]]]], Optional[Callable[[int], List[str]]], Dict[str, "Node"])
print(Union[int], Union[int, int], Union[int, Union[str, float]], Optional[None], Union[int, int | str])
print(Literal[Literal[1, 2], 3], Literal[1, 2, 1], Annotated[Annotated[int, 1], 2], Optional[Union[int, str]])
print(int | None, List[int] | None, None | List[int], Optional[int] | str, T | None, Any | None, str | T)
print(List[int] == List[int], List[int] == list[int], Union[int, str] == Union[str, int], Optional[int] == Union[None, int])
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], hash(Dict[str, int]) == hash(Dict[str, int]))
print(Union[int, str] == int | str, (int | str) == Union[int, str], Annotated[int, 1] == Annotated[int, 1])
print(Dict[T, int][str], Callable[[T], T][int], Union[T, int][str], Optional[T][float], List[Tuple[T, T]][int])
print(Annotated[List[T], "x"][int], Callable[..., T][str], Tuple[T, ...][bytes])
print(get_origin(List[int]), get_origin(Dict), get_origin(Optional[int]), get_origin(int | str), get_origin(int))
print(get_origin(Annotated[int, 1]), get_origin(Callable[[int], str]), get_origin(Literal[1]), get_origin(ClassVar[int]))
print(get_args(Dict[str, int]), get_args(Optional[int]), get_args(Callable[[int], str]), get_args(Callable[..., str]))
print(get_args(Annotated[int, 1, 2]), get_args(int | str), get_args(List), get_args(Tuple[()]), get_args(Literal["x"]))
print(List[int].__origin__, List[int].__args__, List[T].__parameters__, Dict[str, T].__parameters__, List.__name__)
print(Tuple[int, ...].__args__, Callable[[int], str].__args__, Annotated[int, "m"].__metadata__, Union[int, str].__args__)
print(T.__name__, T.__covariant__, Co.__covariant__, Contra.__contravariant__, T.__module__, typing.TYPE_CHECKING)
print(List[ForwardRef("X")], Optional["X"], ForwardRef("X"), ForwardRef("X") == ForwardRef("X"), ForwardRef("X").__forward_arg__)
print(type(List), type(List[int]), type(Union[int, str]), type(Optional), type(Callable[[], int]), type(Tuple))
print(isinstance([], List), isinstance({}, Dict), isinstance(1, Optional[int]), isinstance("s", Union[int, str]))
print(issubclass(list, Sequence), issubclass(dict, Mapping), isinstance(iter([]), Iterator), isinstance(len, Callable))
print(cast(int, "not an int"), cast("List[int]", 3), TYPE_CHECKING, Text is str, List[int]([1, 2]) if False else "List() refused")
print(Deque[int]([1]), DefaultDict[str, int](int), Counter[str]("aab"), OrderedDict[str, int](a=1))

for label, fn in [
    ("List[int, str]", lambda: List[int, str]),
    ("Dict[str]", lambda: Dict[str]),
    ("Union[()]", lambda: Union[()]),
    ("Optional[int, str]", lambda: Optional[int, str]),
    ("ClassVar[int, str]", lambda: ClassVar[int, str]),
    ("Any[int]", lambda: Any[int]),
    ("NoReturn[int]", lambda: NoReturn[int]),
    ("List[Optional]", lambda: List[Optional]),
    ("List[ClassVar[int]]", lambda: List[ClassVar[int]]),
    ("Annotated[int]", lambda: Annotated[int]),
    ("Callable[int]", lambda: Callable[int]),
    ("Hashable[int]", lambda: Hashable[int]),
    ("Tuple[int, ...][str]", lambda: Tuple[int, ...][str]),
    ("List[int][str]", lambda: List[int][str]),
    ("List[T][int, str]", lambda: List[T][int, str]),
    ("Union[int, str][int]", lambda: Union[int, str][int]),
    ("Any()", lambda: Any()),
    ("List()", lambda: List()),
    ("Optional()", lambda: Optional()),
    ("isinstance(1, Any)", lambda: isinstance(1, Any)),
    ("isinstance(1, List[int])", lambda: isinstance(1, List[int])),
    ("isinstance(1, Union[str, List[int]])", lambda: isinstance(1, Union[str, List[int]])),
    ("issubclass(int, Optional)", lambda: issubclass(int, Optional)),
    ("Iterable[int]()", lambda: Iterable[int]()),
    ("TypeVar single constraint", lambda: TypeVar("X", int)),
    ("TypeVar bound and constraints", lambda: TypeVar("X", int, str, bound=int)),
    ("TypeVar bivariant", lambda: TypeVar("X", covariant=True, contravariant=True)),
    ("class C(Union)", lambda: type("C", (Union,), {})),
    ("Literal unhashable", lambda: Literal[[1], [1]]),
    ("ForwardRef(1)", lambda: ForwardRef(1)),
    ("Callable bad args", lambda: Callable[int, str]),
]:
    attempt(label, fn)


# Annotations evaluate when the function and class are defined.
def process(items: List[int], mapping: Dict[str, Optional[int]] = None, *args: Any,
            callback: Callable[[int], str] = str, **kwargs: Union[int, str]) -> Tuple[int, ...]:
    return tuple(items)


print(process.__annotations__)
print(process([3, 1]))


class Config:
    name: str
    retries: ClassVar[int] = 3
    timeout: Final[float] = 1.5
    tags: List[str]
    mode: Literal["fast", "slow"] = "fast"
    extra: Annotated[int, "doc"] = 0


print(Config.__annotations__)
print(Config.retries, Config.mode)

x: Optional[int] = None
y: "ForwardOnly"
print(__annotations__)


@overload
def double(x: int) -> int:
    ...


@overload
def double(x: str) -> str:
    ...


def double(x):
    return x * 2


print(double(2), double("ab"), len(typing.get_overloads(double)))
attempt("call overload stub", lambda: typing.overload(lambda v: v)(1))


@final
class Leaf:
    @final
    def method(self):
        return 1


@no_type_check
def untyped(a: "nonsense expression"):
    return a


print(Leaf.__final__, Leaf.method.__final__, Leaf().method(), untyped.__no_type_check__, untyped(1))
attempt("assert_never", lambda: typing.assert_never(5))
print(typing.assert_type(3, int), typing.is_typeddict(dict))
Vector = List[float]
Matrix = List[Vector]


def scale(scalar: float, vector: Vector) -> Vector:
    return [scalar * num for num in vector]


print(scale(2.0, [1.0, 2.5]), Vector, Matrix, scale.__annotations__)
Pair = Tuple[T, T]
print(Pair[int], Pair.__parameters__, Dict[str, Pair[T]][bytes])
print(typing.IO, typing.IO[str], typing.TextIO, typing.BinaryIO, typing.TextIO.__mro__, typing.IO.__parameters__)


def write(out: typing.TextIO, data: typing.IO[bytes]) -> None:
    pass


print(write.__annotations__)
attempt("TextIO[str]", lambda: typing.TextIO[str])
