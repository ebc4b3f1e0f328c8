# collections.abc and abc: isinstance/issubclass of builtins through registration and the
# one-method ABCs' __subclasshook__, the mixin methods a subclass gets, abstract methods,
# register(), ABCMeta for user classes.
import abc
import collections
import collections.abc
from abc import ABC, ABCMeta, abstractmethod
from collections.abc import (
    Callable, Collection, Container, Generator, Hashable, ItemsView, Iterable, Iterator,
    KeysView, Mapping, MappingView, MutableMapping, MutableSequence, MutableSet, Reversible,
    Sequence, Set, Sized, ValuesView, Awaitable, Coroutine, AsyncIterable, AsyncIterator,
    ByteString,
)


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def gen():
    yield 1


async def coro():
    pass


c = coro()
samples = [
    ("list", [1]), ("tuple", (1,)), ("str", "s"), ("bytes", b"b"), ("dict", {1: 2}),
    ("set", {1}), ("frozenset", frozenset()), ("range", range(3)), ("int", 1),
    ("None", None), ("generator", gen()), ("coroutine", c), ("list_iter", iter([])),
    ("dict_keys", {}.keys()), ("dict_items", {}.items()), ("dict_values", {}.values()),
    ("deque", collections.deque()), ("OrderedDict", collections.OrderedDict()),
    ("Counter", collections.Counter()), ("function", len), ("lambda", lambda: 0),
    ("type", int), ("zip", zip()), ("enumerate", enumerate([])), ("ChainMap", collections.ChainMap()),
]
abcs = [Hashable, Iterable, Iterator, Generator, Reversible, Sized, Container, Collection,
        Callable, Sequence, MutableSequence, Set, MutableSet, Mapping, MutableMapping,
        Awaitable, Coroutine, KeysView, ByteString]
print("".ljust(12), " ".join(a.__name__[:5].ljust(5) for a in abcs))
for name, obj in samples:
    print(name.ljust(12), " ".join(("yes" if isinstance(obj, a) else "-").ljust(5) for a in abcs))
c.close()
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(str, Hashable),
      issubclass(list, Hashable), issubclass(bool, Sequence), issubclass(type(iter(range(3))), Iterator))
print(Sequence.__mro__)
print(MutableMapping.__mro__)
print(type(Sequence), type(Sequence).__mro__, Sequence.__module__, repr(Iterable), Iterable.__qualname__)
for a in [Iterable, Sized, Collection, Sequence, MutableSequence, Mapping, MutableMapping, Set,
          MutableSet, Iterator, Generator, Container, Hashable, Callable]:
    print(a.__name__, sorted(a.__abstractmethods__))
attempt("instantiate Sequence", Sequence)
attempt("instantiate Iterable", Iterable)
attempt("instantiate Mapping", Mapping)


# The one-method ABCs recognize any class with the method; None blocks it.
class HasIter:
    def __iter__(self):
        return iter([])


class HasLen:
    def __len__(self):
        return 0


class All3:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter([])

    def __contains__(self, x):
        return False


class NoHash:
    __hash__ = None


class BlocksIter(HasIter):
    __iter__ = None


print(isinstance(HasIter(), Iterable), isinstance(HasIter(), Iterator), isinstance(HasLen(), Sized),
      isinstance(All3(), Collection), isinstance(HasLen(), Collection), isinstance(NoHash(), Hashable),
      isinstance(BlocksIter(), Iterable), issubclass(All3, Container), isinstance(len, Callable))


# Sequence mixins
class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


sq = Squares(6)
print(list(sq), len(sq), 16 in sq, 3 in sq, sq.index(9), sq.count(4), list(reversed(sq)), sq[1:4])
attempt("index missing", lambda: sq.index(7))
print(sq.index(16, 2), sq.index(25, -3), sq.index(1, 0, 3), isinstance(sq, Reversible), bool(sq), bool(Squares(0)))
print(sorted(sq, reverse=True), max(sq), sum(sq), [x for x in sq if x % 2])


# MutableSequence mixins
class Vec(MutableSequence):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)

    def __repr__(self):
        return f"Vec{tuple(self._items)}"


v = Vec(1, 2, 3)
v.append(4)
v.extend([5, 6])
v.reverse()
print(v, v.pop(), v.pop(0), v)
v.remove(3)
v += [7]
print(v, len(v), 7 in v)
attempt("remove missing", lambda: v.remove(99))
v.clear()
print(v, isinstance(v, MutableSequence), isinstance(v, Sequence))
attempt("Vec abstract", lambda: type("Half", (MutableSequence,), {"__len__": lambda s: 0})())


# Mapping and MutableMapping mixins
class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


f = Frozen(a=1, b=2)
print(f["a"], f.get("z"), f.get("z", 0), "a" in f, "z" in f, list(f.keys()), list(f.items()), list(f.values()))
print(f == {"a": 1, "b": 2}, f == {"a": 1}, f != {"a": 1}, dict(f), len(f), isinstance(f.keys(), KeysView))
print(isinstance(f.items(), ItemsView), isinstance(f.values(), ValuesView), ("a", 1) in f.items(), 2 in f.values())
print(f.keys() & {"a", "q"}, sorted(f.keys() | {"c"}), f.keys() - {"a"}, type(f.keys()).__name__)
attempt("hash mapping", lambda: hash(f))
attempt("reversed mapping", lambda: reversed(f))


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


s = Store()
s["A"] = 1
s.update({"B": 2}, C=3)
s.update([("D", 4)])
print(dict(s), s.setdefault("a", 9), s.setdefault("E", 5), s.pop("b"), s.pop("zz", "none"), s.popitem(), dict(s))
attempt("pop missing", lambda: s.pop("zz"))
s.clear()
print(len(s), dict(s))
attempt("popitem empty", lambda: s.popitem())


# Set and MutableSet mixins
class ListSet(MutableSet):
    def __init__(self, items=()):
        self._items = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def add(self, x):
        if x not in self._items:
            self._items.append(x)

    def discard(self, x):
        if x in self._items:
            self._items.remove(x)

    def __repr__(self):
        return f"ListSet({self._items})"


a = ListSet([1, 2, 3])
b = ListSet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, ListSet([2]) < a, a == ListSet([3, 2, 1]), a.isdisjoint([5]))
print(a & [3], [9] | a if False else "ror skipped", a == {1, 2, 3}, {1, 2} <= a)
a |= [5]
a -= [1]
print(a, a.pop(), a)
a ^= [2, 7]
print(a)
a &= [7, 8]
print(a)
a.remove(7)
attempt("remove missing", lambda: a.remove(7))
print(a, ListSet([1, 2])._hash() == ListSet([2, 1])._hash(), ListSet([1, 2])._hash() == hash(frozenset([1, 2])))


# abc: ABC, ABCMeta, abstractmethod, register
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


attempt("abstract Shape", Shape)
attempt("half done", lambda: type("Half", (Shape,), {"area": lambda s: 1})())
print(Square(3).describe(), isinstance(Square(1), Shape), type(Shape), sorted(Shape.__abstractmethods__))
print(Square.__abstractmethods__, Shape.area.__isabstractmethod__)


class WithProps(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(WithProps.__abstractmethods__))


class Plugin(metaclass=ABCMeta):
    pass


@Plugin.register
class Registered:
    pass


Plugin.register(int)
print(isinstance(Registered(), Plugin), issubclass(bool, Plugin), isinstance("x", Plugin), issubclass(Registered, Plugin))
print(Plugin.register(str) is str, isinstance("x", Plugin), abc.get_cache_token() > 0)
attempt("register non-class", lambda: Plugin.register(3))


class Sub(Plugin):
    pass


attempt("cycle", lambda: Sub.register(Plugin))
Sequence.register(Frozen)
print(isinstance(f, Sequence), issubclass(Frozen, Reversible))


class Custom(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Custom:
            return hasattr(C, "quack")
        return NotImplemented


class Duck:
    def quack(self):
        pass


print(isinstance(Duck(), Custom), isinstance(1, Custom), issubclass(Duck, Custom))


class Gen(Generator):
    def __init__(self):
        self.n = 0

    def send(self, value):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n

    def throw(self, typ, val=None, tb=None):
        raise StopIteration


g = Gen()
print(list(g), next(Gen()), Gen().close(), isinstance(Gen(), Iterator))


class It(Iterator):
    def __init__(self):
        self.i = 0

    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i


it = It()
print(iter(it) is it, list(It()))
print(collections.abc.__name__, collections.abc.Set is Set, abc.ABCMeta is ABCMeta, ABC.__module__)


# The deprecated abstract decorators still mark abstract methods.
class Legacy(abc.ABC):
    @abc.abstractclassmethod
    def make(cls):
        ...

    @abc.abstractstaticmethod
    def helper():
        ...

    @abc.abstractproperty
    def name(self):
        ...


class Modern(Legacy):
    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def helper():
        return 1

    @property
    def name(self):
        return "modern"


print(sorted(Legacy.__abstractmethods__), Modern().name, Modern.make(), Modern.helper())
attempt("legacy abstract", Legacy)
