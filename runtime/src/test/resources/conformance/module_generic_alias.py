# Builtin generic aliases (types.GenericAlias: list[int], dict[str, int], tuple[int, ...],
# type[int]) and X | Y unions (types.UnionType): reprs, equality, substitution, isinstance rules,
# subclassing, and annotations that evaluate them.
import types
import typing
import collections
import collections.abc
T = typing.TypeVar('T')
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
print(list[int], list[list[int]], dict[str, 'x'], tuple[()], tuple[int, ...], list[T], list[T][int], dict[str, T][int])
attempt("double", lambda: list[int][str])
attempt("too many", lambda: dict[T, T][int, str])
print(list[int] == list[int], list[int] == list, list[int] != list[str], hash(list[int]) == hash(list[int]))
print(list[int].__name__, list[int].append, list[int]([1,2]), list[int].__parameters__, list[T].__parameters__, list[int].__args__, list[int].__origin__)
attempt("isinstance", lambda: isinstance([], list[int]))
attempt("issubclass", lambda: issubclass(list, list[int]))
class X(list[int]): pass
print(X.__mro__, X.__orig_bases__, X.__bases__, X([1]))
print(int | str, int | None, None | int, int | int, (int | str) | float, int | (str | float), int | list[int], (int|str).__args__, (int | str) == (str | int), hash(int|str) == hash(str|int))
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | str), isinstance("s", int | list))
attempt("union generic", lambda: isinstance([], int | list[int]))
attempt("or int", lambda: int | 1)
print(type(int|str), types.UnionType, (list[T] | int)[str], types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)))
print(type[int], type(type[int]), collections.abc.Sequence[int], collections.abc.Callable[[int], str], collections.abc.Callable[..., str], collections.deque[int], collections.defaultdict[str, list[int]])
print(collections.abc.Mapping[str, int], collections.abc.Iterable[T][int], set[frozenset[int]], collections.OrderedDict[str, int], collections.Counter[str])
def f(x: list[int], y: dict[str, int] | None = None) -> tuple[int, ...]: pass
print(f.__annotations__)
print(repr(list[int]), str(dict[str, int]), repr(tuple[int, str]), type[int] == type[int])
class Node:
    children: list["Node"]
    parent: "Node | None" = None
print(Node.__annotations__)
attempt("subscript plain class", lambda: Node[int])
attempt("subscript int", lambda: int[str])
print(list[int]() == [], dict[str, int](a=1), tuple[int, int]((1, 2)))
print({list[int]: 1}[list[int]], list[int] in {list[int]}, int | None in {None | int})
