# collections.OrderedDict: order-aware methods, equality, repr, views, copies and subclasses.
from collections import OrderedDict
import copy


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", repr(e) if isinstance(e, KeyError) else e)


od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), len(od), isinstance(od, dict))
print(od.keys(), od.values(), od.items())
print(list(reversed(od)), list(reversed(od.keys())), list(reversed(od.items())))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
od.move_to_end("c", False)
od.move_to_end("a", True)
print(od)
attempt("move missing", lambda: od.move_to_end("zz"))
print(od.popitem(), od.popitem(last=False), od)
attempt("popitem empty", lambda: OrderedDict().popitem())
attempt("popitem empty first", lambda: OrderedDict().popitem(last=False))
attempt("two args", lambda: OrderedDict([1], [2]))

x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x != y, x == dict(y), dict(y) == x, x == {"a": 1, "b": 2})
attempt("ordering", lambda: x < y)
print(OrderedDict(), OrderedDict([("k", [1, 2])]), OrderedDict.fromkeys("abc", 0))
print(OrderedDict(zip("xyz", range(3))), OrderedDict({"p": 1}, q=2))

z = x.copy()
z["c"] = 3
print(z, x, type(z).__name__, copy.copy(z), copy.deepcopy(z))
print(x | {"c": 3}, {"c": 3} | x, type({"c": 3} | x).__name__)
x |= [("d", 4)]
print(x, x.setdefault("a", 9), x.setdefault("e", 5), x.pop("d"), x.get("a"))
del x["b"]
x["b"] = 20
print(x)
x.update({"a": 100}, f=6)
print(x, x.__class__.__name__, OrderedDict.__module__, repr(OrderedDict))

r = OrderedDict()
r["self"] = r
print(r)

# an LRU cache, the usual OrderedDict client
class LRU(OrderedDict):
    def __init__(self, capacity, *args, **kwargs):
        self.capacity = capacity
        super().__init__(*args, **kwargs)

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.capacity:
            oldest = next(iter(self))
            del self[oldest]


cache = LRU(2, [("init", 0)])
cache["a"] = 1
cache["b"] = 2
cache["a"]
cache["c"] = 3
print(cache, list(cache.items()), cache.capacity)
cache.update(d=4)
print(cache)


class Logged(OrderedDict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


lg = Logged([("one", 1)], two=2)
lg2 = lg.copy()
print(lg, lg2, type(lg2).__name__)
print(OrderedDict(a=1) == Logged(a=1), Logged(a=1, b=2) == Logged(b=2, a=1))
for k, v in OrderedDict(b=1, a=2).items():
    print(k, v)
big = OrderedDict((i, i * i) for i in range(10))
for i in range(0, 10, 3):
    big.move_to_end(i, last=False)
print(list(big), big.popitem(False))

# Seeded random operations against a list that models the order.
import random

rng = random.Random(7)
od = OrderedDict()
model = []
for step in range(3000):
    op = rng.randrange(5)
    key = rng.randrange(40)
    if op == 0:
        if key not in od:
            model.append(key)
        od[key] = step
    elif op == 1 and key in od:
        od.move_to_end(key)
        model.remove(key)
        model.append(key)
    elif op == 2 and key in od:
        od.move_to_end(key, last=False)
        model.remove(key)
        model.insert(0, key)
    elif op == 3 and od:
        last = rng.random() < 0.5
        k, v = od.popitem(last=last)
        model.remove(k)
    elif op == 4 and key in od:
        del od[key]
        model.remove(key)
    assert list(od) == model, (step, list(od), model)
print("random operations agree:", len(od), list(od)[:5])

# Iterators: odict_iterator, which notices any change to the keys or their order.
it_od = OrderedDict(a=1, b=2, c=3)
print(type(iter(it_od)).__name__, type(reversed(it_od.items())).__name__, list(reversed(it_od.values())))
for label, change in [
    ("insert", lambda o: o.__setitem__("z", 0)),
    ("delete", lambda o: o.__delitem__("a")),
    ("move last", lambda o: o.move_to_end("a")),
    ("move first", lambda o: o.move_to_end("c", last=False)),
    ("pop", lambda o: o.popitem()),
    ("value", lambda o: o.__setitem__("a", 10)),
]:
    for view in ("keys", "values", "items", "reversed"):
        o = OrderedDict(a=1, b=2, c=3)
        it = reversed(o) if view == "reversed" else iter(getattr(o, view)())
        first = next(it)
        change(o)
        attempt(label + " " + view, lambda: (first, next(it)))
