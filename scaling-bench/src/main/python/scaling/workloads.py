"""The workloads of `weft scaling`: small functions, each written to expose one source of
contention when many threads run it at once (in the spirit of CPython's ftscalingbench, written
for Weft). Each takes the number of iterations and returns a value that must not depend on how
many threads run it. The first group is the ftscalingbench-style set; the second aims at Weft's
own mechanisms (lock-free reads of shared containers, deferred and biased counts, specialization
and the JIT)."""
import copy
import math
import operator
import sys
import threading
from collections import namedtuple
from dataclasses import dataclass
from typing import NamedTuple

WORKLOADS = []


def workload(weight):
    """Registers a workload; `weight` scales its iteration count so each takes a similar time."""
    def register(fn):
        fn.weight = weight
        WORKLOADS.append(fn)
        return fn
    return register


# --- the ftscalingbench-style set -------------------------------------------------------------

@workload(1.0)
def list_as_queue(n):
    # A private list used as a FIFO: append at the end, pop from the front.
    q = []
    total = 0
    for i in range(n):
        q.append(i)
        if len(q) > 16:
            total += q.pop(0)
    return total


@workload(1.0)
def cmodule_function(n):
    # A function of a native module, looked up on the module each time.
    acc = 0.0
    for i in range(n):
        acc += math.floor(i * 0.5)
    return acc


@workload(2.0)
def mult_constant(n):
    # Float arithmetic against a constant.
    x = 1.0
    for _ in range(n):
        x = x * 1.0000001
    return round(x, 6)


def _numbers(n):
    for i in range(n):
        yield i


@workload(1.0)
def generator(n):
    # A generator created and drained by each thread.
    return sum(_numbers(n))


class _Counter:
    def __init__(self):
        self.value = 0

    def bump(self, k):
        self.value += k
        return self.value


@workload(1.0)
def pymethod(n):
    # Method calls on a private object.
    c = _Counter()
    for i in range(n):
        c.bump(1)
    return c.value


def _add_one(x):
    return x + 1


@workload(1.0)
def pyfunction(n):
    # Calls of a module-level Python function.
    acc = 0
    for _ in range(n):
        acc = _add_one(acc)
    return acc


@workload(0.5)
def module_function(n):
    # A call through sys.modules[__name__]: a shared dict read, then a shared module attribute.
    acc = 0
    for _ in range(n):
        acc = sys.modules[__name__]._add_one(acc)
    return acc


@workload(1.0)
def load_string_const(n):
    # Comparing against a string constant.
    hits = 0
    for i in range(n):
        if "weft" == "we" + "ft":
            hits += 1
    return hits


@workload(1.0)
def load_tuple_const(n):
    # Membership in a tuple constant.
    hits = 0
    for i in range(n):
        if i % 7 in (1, 3, 5):
            hits += 1
    return hits


class _Plain:
    pass


@workload(0.5)
def create_pyobject(n):
    # Instances of a shared class with an attribute each.
    last = None
    for i in range(n):
        last = _Plain()
        last.v = i
    return last.v


@workload(0.5)
def create_closure(n):
    # Nested functions created in a loop.
    acc = 0
    for i in range(n):
        def inner(x=i):
            return x + 1
        acc += inner()
    return acc


@workload(0.5)
def create_dict(n):
    # Small dicts built and read.
    acc = 0
    for i in range(n):
        d = {"a": i, "b": 2, "c": 3}
        acc += d["a"]
    return acc


@workload(1.0)
def thread_local_read(n):
    # Attribute reads of a threading.local the calling thread made (as ftscalingbench's).
    tmp = threading.local()
    tmp.x = 1
    acc = 0
    for _ in range(n):
        acc += tmp.x
    return acc


class _Money:
    def __init__(self, cents):
        self.cents = cents

    def __round__(self, ndigits=None):
        return self.cents // 100


@workload(0.5)
def round_dunder(n):
    # round() dispatching to a class's __round__.
    m = _Money(12345)
    acc = 0
    for _ in range(n):
        acc += round(m)
    return acc


class _Scope:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


@workload(0.5)
def context_manager(n):
    # A with statement over a private context manager.
    s = _Scope()
    acc = 0
    for i in range(n):
        with s:
            acc += 1
    return acc


_UPPER = operator.methodcaller("upper")


@workload(0.5)
def method_caller(n):
    # operator.methodcaller shared by every thread.
    acc = 0
    for _ in range(n):
        acc += len(_UPPER("weft"))
    return acc


@dataclass
class _Point:
    x: int
    y: int


@workload(0.25)
def instantiate_dataclass(n):
    acc = 0
    for i in range(n):
        acc += _Point(i, 1).y
    return acc


_Pair = namedtuple("_Pair", "x y")


@workload(0.25)
def instantiate_namedtuple(n):
    acc = 0
    for i in range(n):
        acc += _Pair(i, 1).y
    return acc


class _TypedPair(NamedTuple):
    x: int
    y: int


@workload(0.25)
def instantiate_typing_namedtuple(n):
    acc = 0
    for i in range(n):
        acc += _TypedPair(i, 1).y
    return acc


_TEMPLATE = {"name": "weft", "tags": ["a", "b"], "dims": (1, 2, 3), "nested": {"k": [1.5]}}


@workload(0.02)
def deepcopy(n):
    acc = 0
    for _ in range(n):
        acc += len(copy.deepcopy(_TEMPLATE)["tags"])
    return acc


# --- Weft's own mechanisms ----------------------------------------------------------------------

# Built by the main thread, so every other thread reads them as shared objects. The items are
# immortal (small ints, interned strings): the reads write nothing shared.
SHARED_LIST = [i % 256 for i in range(1000)]
SHARED_DICT = {sys.intern("k%d" % i): i % 256 for i in range(1000)}
SHARED_KEYS = list(SHARED_DICT)


def _read_list(data, n, acc):
    for i in range(n):
        acc += data[i % 1000]
    return acc


def _read_dict(d, keys, n):
    acc = 0
    for i in range(n):
        acc += d[keys[i % 1000]]
    return acc


@workload(1.0)
def shared_list_read(n):
    # Lock-free reads of one list every thread shares (try-incref, QSBR-retired storage).
    return _read_list(SHARED_LIST, n, 0)


@workload(0.5)
def shared_dict_read(n):
    # Lock-free lookups in one dict every thread shares.
    return _read_dict(SHARED_DICT, SHARED_KEYS, n)


# The same reads where the items are counted objects (floats, non-interned keys, large ints): each
# read increments and decrements the item's shared count, a cache line the threads pass back and
# forth (CPython's free-threaded build counts such reads the same way).
COUNTED_LIST = [i * 0.25 for i in range(1000)]
COUNTED_DICT = {"k%d" % i: 1000 + i for i in range(1000)}
COUNTED_KEYS = list(COUNTED_DICT)


@workload(1.0)
def shared_list_read_counted(n):
    return _read_list(COUNTED_LIST, n, 0.0)


@workload(0.5)
def shared_dict_read_counted(n):
    return _read_dict(COUNTED_DICT, COUNTED_KEYS, n)


def _shared_target(x):
    return x + 1


@workload(1.0)
def shared_function(n):
    # One function object called by every thread (a deferred object: no shared count traffic).
    f = _shared_target
    acc = 0
    for _ in range(n):
        acc = f(acc)
    return acc


class _Config:
    def __init__(self):
        self.width = 3
        self.height = 4


SHARED_OBJECT = _Config()


@workload(1.0)
def shared_object_attrs(n):
    # Attribute reads of one object every thread shares (inline values read lock-free).
    o = SHARED_OBJECT
    acc = 0
    for _ in range(n):
        acc += o.width + o.height
    return acc


@workload(0.5)
def specializing_loop(n):
    # Attribute loads, int and float arithmetic, calls and comparisons in one hot loop: the
    # instruction mix a specializing interpreter rewrites (per thread, with thread-local bytecode).
    p = _Point(1, 2)
    acc = 0
    total = 0.0
    for i in range(n):
        if i < p.x + 10_000_000:
            acc += p.y * i
        total += 0.5
        acc = acc % 1_000_003
    return acc + int(total)


@workload(1.0)
def jit_loop(n):
    # A tight counted loop of int arithmetic: what a tracing JIT compiles first.
    acc = 0
    for i in range(n):
        acc = (acc + i * 3) & 0xFFFFFF
    return acc
