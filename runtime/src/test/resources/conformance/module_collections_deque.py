# collections.deque: construction, both ends, maxlen trimming, rotation, indexing, searching,
# iteration that notices mutation, comparison, operators, repr, subclassing.
from collections import deque
import copy


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


d = deque([1, 2, 3])
print(d, len(d), bool(d), bool(deque()), d.maxlen)
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([10, 20])
print(d)
d.rotate()
print(d)
d.rotate(-2)
print(d)
d.rotate(100)
print(d)
d.reverse()
print(d, d.count(2), d.count("zz"), d.index(3), d.index(3, 1), 3 in d, 99 in d)
print(d[0], d[-1], d[2])
d[0] = "first"
del d[1]
print(d)
d.insert(2, "mid")
d.insert(-1, "neg")
d.insert(100, "end")
d.insert(-100, "start")
print(d)
d.remove("mid")
print(d, d.copy(), copy.copy(d), copy.deepcopy(d))
d.clear()
print(d, len(d))

# maxlen
b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(5)
print(b)
b.appendleft(-1)
print(b)
b.extend([7, 8])
print(b)
b.extendleft("xy")
print(b)
z = deque([1, 2], maxlen=0)
z.append(3)
print(z, len(z))
print(deque("abc", 2), deque(maxlen=None), deque(iterable=[1], maxlen=5))
attempt("full insert", lambda: deque([1], 1).insert(0, 2))
attempt("negative maxlen", lambda: deque([], -1))
attempt("str maxlen", lambda: deque([], "x"))
attempt("float maxlen", lambda: deque([], 1.5))
attempt("too many", lambda: deque(1, 2, 3))
attempt("bad keyword", lambda: deque(foo=1))
attempt("not iterable", lambda: deque(1))

# errors
e = deque()
attempt("pop empty", e.pop)
attempt("popleft empty", e.popleft)
attempt("index out", lambda: deque([1])[5])
attempt("str index", lambda: deque([1])["a"])
attempt("slice", lambda: deque([1])[1:2])
attempt("set out", lambda: deque([1]).__setitem__(3, 0))
attempt("index missing", lambda: deque([1, 2]).index(5))
attempt("remove missing", lambda: deque([1, 2]).remove(5))
attempt("rotate str", lambda: deque().rotate("a"))
attempt("hash", lambda: hash(deque()))
attempt("concat list", lambda: deque([1]) + [1])
attempt("mul float", lambda: deque([1]) * 1.5)
attempt("lt list", lambda: deque([1]) < [1])

# iteration notices mutation
for name, mutate in [
    ("append", lambda q: q.append(9)),
    ("appendleft", lambda q: q.appendleft(9)),
    ("pop", lambda q: q.pop()),
    ("rotate", lambda q: q.rotate(1)),
    ("clear", lambda q: q.clear()),
    ("setitem", lambda q: q.__setitem__(0, 9)),
    ("reverse", lambda q: q.reverse()),
    ("extend empty", lambda q: q.extend([])),
]:
    q = deque([1, 2, 3])
    it = iter(q)
    next(it)
    mutate(q)
    attempt(name, lambda: next(it))
q = deque([1, 2, 3])
out = []
try:
    for x in q:
        out.append(x)
        if x == 2:
            q.append(4)
except RuntimeError as err:
    print("loop:", out, err)
print(list(reversed(deque([1, 2, 3]))), iter(deque([1, 2])).__length_hint__())

# comparisons and operators
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 3]), deque([1]) == [1])
print(deque([1, 2]) < deque([1, 3]), deque([1, 2, 3]) > deque([1, 2]), deque() <= deque())
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 3 * deque([0]), deque([1, 2]) * 0)
print(deque([1, 2], 3) * 2, deque([1, 2, 3], maxlen=4) * 10)
w = deque([1])
w += [2, 3]
w *= 2
print(w)
w += w
print(w, len(w))

# repr of a deque that contains itself
r = deque([1])
r.append(r)
print(r)


# subclassing
class Named(deque):
    def peek(self):
        return self[-1]


n = Named([1, 2], 5)
n.tag = "t"
print(n, n.peek(), n.tag, type(n.copy()).__name__, n.copy(), type(n + n).__name__)
print(isinstance(n, deque), Named.__mro__, deque.__name__, deque.__module__, deque.__qualname__)
print(repr(deque), deque.maxlen.__class__.__name__)


class Stack(deque):
    def __init__(self, items=()):
        super().__init__(items, maxlen=10)


s = Stack("abc")
print(s, s.maxlen)
attempt("subclass copy", s.copy)
