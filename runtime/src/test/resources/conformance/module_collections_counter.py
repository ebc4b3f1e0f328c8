# collections.Counter: counting, missing elements, most_common's order, arithmetic, comparisons.
from collections import Counter
import copy


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


c = Counter("abracadabra")
print(c, len(c), c["a"], c["z"], "z" in c, c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(100))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
print(Counter(), Counter({"x": 3, "y": 1}), Counter(x=1, y=2), Counter(["a", "b", "a"]))
print(Counter("aab", b=5), Counter(iterable=3), isinstance(c, dict), type(c).__name__)

words = "the quick brown fox jumps over the lazy dog the fox".split()
wc = Counter(words)
print(wc.most_common(3), wc["the"], wc["cat"])
wc.update(["cat", "the"])
wc.update({"dog": 10})
wc.update(fox=-1)
print(wc.most_common(4))
wc.subtract(["the", "the"])
wc.subtract({"dog": 3}, extra=1)
wc.subtract(Counter(lazy=5))
print(wc["the"], wc["dog"], wc["extra"], wc["lazy"])
del wc["dog"]
del wc["never-there"]
print("dog" in wc, len(wc))

# ties keep first-seen order, counts may be zero or negative
t = Counter()
for ch in "bcabca":
    t[ch] += 1
t["z"] = 0
t["n"] = -2
print(t, t.most_common(), t.most_common(1))

a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4)
print(a + b, a - b, a | b, a & b, +a, -a)
print(b - a, Counter(a=-1) + Counter(a=1), Counter("abc") - Counter("abc"))
x = Counter(a=3, b=1)
x += Counter(b=2, c=-5)
print(x)
x -= Counter(a=1, z=1)
print(x)
x |= Counter(a=5, q=0)
print(x)
x &= Counter(a=4)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1}, Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=1, b=1) < Counter(a=1), Counter(a=2) >= Counter(a=1),
      Counter(a=2) > Counter(a=2))
attempt("add dict", lambda: Counter(a=1) + {"a": 1})
attempt("fromkeys", lambda: Counter.fromkeys("ab"))
attempt("two positional", lambda: Counter("a", "b"))
attempt("update two", lambda: Counter().update("a", "b"))
attempt("elements float", lambda: list(Counter(a=1.5).elements()))

# non-integer counts
f = Counter({"x": 1.5, "y": 0.5})
print(f, f.total(), f + Counter(x=1))
print(Counter({"a": 1, "b": "text"}))

cp = c.copy()
cp["a"] = 0
print(type(cp).__name__, c["a"], cp["a"], copy.deepcopy(c) == c, copy.copy(c))
print(Counter.__module__, repr(Counter), c.__reduce__())


class Tally(Counter):
    def note(self):
        return "tally of " + str(self.total())


tt = Tally("hello")
print(tt, tt.note(), type(tt + tt).__name__, type(tt.copy()).__name__)


class Logged(Counter):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


lg = Logged("aa")
lg.update("b")
print(lg)
inv = Counter({"apple": 3, "pear": 0})
for item, n in inv.items():
    print(item, n)
print(sum(Counter("aabbc").values()), max(Counter("aabbbc"), key=Counter("aabbbc").get))
