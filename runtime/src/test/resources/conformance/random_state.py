# getstate/setstate, independent Random instances, subclasses (own seed, overridden random or
# getrandbits), the module-level functions' hidden instance, and SystemRandom.
import random


def attempt(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


r = random.Random(42)
state = r.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2])
print(state[1][:4], state[1][620:])
first = [r.random() for _ in range(1000)]
r.setstate(state)
print(first == [r.random() for _ in range(1000)])
mid = r.getstate()
print(mid[1][-1], mid[1][:2])
a = [r.getrandbits(50), r.randrange(1000), r.gauss(), r.random()]
r.setstate(mid)
print(a == [r.getrandbits(50), r.randrange(1000), r.gauss(), r.random()])
g = r.getstate()
print(g[2], r.gauss() == r.getstate()[2] or "ok")
r.setstate(g)
print(r.gauss(), r.gauss())

other = random.Random()
other.setstate(state)
print(other.random() == first[0], other.getstate()[1][-1])
words = list(state[1])
print(attempt(other.setstate, (3, tuple(words[:-1]), None)))
print(attempt(other.setstate, (3, tuple(words[:-1] + [625]), None)))
print(attempt(other.setstate, (3, tuple(words[:-1] + [-1]), None)))
print(attempt(other.setstate, (3, tuple(["a"] + words[1:]), None)))
print(attempt(other.setstate, (3, tuple([-1] + words[1:]), None)))
print(attempt(other.setstate, (3, tuple([2**64] + words[1:]), None)))
print(attempt(other.setstate, (3, tuple(words[:-1] + [1.0]), None)))
print(attempt(other.setstate, (3, tuple(words[:-1] + [2**70]), None)))
print(attempt(other.setstate, (3, words, None)))
print(attempt(other.setstate, (4, (), None)), attempt(other.setstate, ("x", (), None)))
print(attempt(other.setstate, (3, ())), attempt(other.setstate, (3, (), None, 1)))
print(attempt(other.setstate, 5), attempt(other.setstate))
other.setstate((3, tuple([2**40 + 5] + words[1:]), 0.5))
print(other.getstate()[1][0], other.gauss_next, other.random())
other.setstate([3.0, tuple(words[:-1] + [624]), None])
print(other.random(), other.getstate()[1][-1])
signed = tuple(w - 2**32 if w >= 2**31 else w for w in words[:-1]) + (words[-1],)
other.setstate((2, signed, None))
print(other.getstate() == state)
other.setstate(state)

x, y = random.Random(5), random.Random(5)
x.random()
print(x.random() == y.random(), y.random() == x.random() or "independent")
print(x.__reduce__()[0] is random.Random, x.__reduce__()[1], x.__reduce__()[2] == x.getstate())
z = random.Random()
z.__setstate__(x.__getstate__())
print(z.random() == x.random())
print(vars(random.Random(1)), random.Random.VERSION, random.Random(1).VERSION)
print(repr(random.Random), repr(random.SystemRandom), issubclass(random.SystemRandom, random.Random))

random.seed(10)
s = random.getstate()
v = [random.random() for _ in range(3)]
random.setstate(s)
print(v == [random.random() for _ in range(3)], random._inst.getstate() == random.getstate())
inst = random.Random(10)
print(inst.random() == v[0])


class Seeded(random.Random):
    def __init__(self, name):
        self.name = name
        super().__init__(len(name))

    def seed(self, a=None, version=2):
        print("seeding", self.name, a)
        super().seed(a * 1000 if a is not None else a, version)


s = Seeded("abc")
print(s.random() == random.Random(3000).random(), s.name, isinstance(s, random.Random))
s.seed(7)
print(s.randrange(100), s.choice("xyz"), s.getstate()[0])


class Half(random.Random):
    def random(self):
        return 0.5


h = Half(1)
print(h.random(), h.uniform(0, 10), h.randrange(100), h.choice("abcd"), h.randint(1, 6))
print(h.choices("abc", k=3), h.sample(range(10), 3), h.expovariate(1), h.triangular())
l = list(range(6))
h.shuffle(l)
print(l)


class Counting(random.Random):
    calls = 0

    def getrandbits(self, k):
        Counting.calls += 1
        return super().getrandbits(k)


c = Counting(9)
print(c.randrange(1000), c.choice(range(50)), c.randbytes(3), Counting.calls)
print(c.sample(range(100), 3), Counting.calls, c.random() == random.Random(9).random() or "drawn")


class Fixed(random.Random):
    def _randbelow(self, n):
        return n - 1


f = Fixed(0)
print(f.randrange(10), f.choice("abc"), f.sample(range(5), 3), f.randint(1, 6))
inst = random.Random(3)
inst.random = lambda: 0.25
print(inst.uniform(0, 4), inst.random(), random.Random(3).uniform(0, 4))

sr = random.SystemRandom()
vals = [sr.random() for _ in range(100)]
print(all(0.0 <= v < 1.0 for v in vals), len(set(vals)) > 90)
print(0 <= sr.randrange(10) < 10, sr.getrandbits(0), 0 <= sr.getrandbits(20) < 2**20)
print(len(sr.randbytes(10)), sr.seed(5), sr.choice([7]), sorted(sr.sample(range(5), 5)))
print(attempt(sr.getstate), attempt(sr.setstate, None), attempt(sr.getrandbits, -1))
print(attempt(sr.randbytes, -1), attempt(sr.getrandbits, 2.5))
print(type(sr.gauss()).__name__, 1 <= sr.randint(1, 3) <= 3)
