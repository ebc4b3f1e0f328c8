# random.seed for every kind of seed: ints (sign ignored, all 32-bit words used), str and bytes
# (sha512, version 2; the old hash, version 1), floats (their hash), bool, None (OS entropy).
import random


def first(seed, *args, **kwargs):
    random.seed(seed, *args, **kwargs)
    return [random.random(), random.getrandbits(32), random.randrange(1000)]


def label(seed):
    if isinstance(seed, int) and seed.bit_length() > 200:
        return "int of %d bits" % seed.bit_length()
    return repr(seed)[:60]


def show(seed, *args, **kwargs):
    try:
        print(label(seed), args, kwargs, first(seed, *args, **kwargs))
    except Exception as e:
        print(label(seed), type(e).__name__, e)


for n in [0, 1, -1, 2, 42, 12345, 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 1, 2**63, 2**64 - 1,
          2**64, -(2**64), 10**50, -(10**40), 2**19937 - 1, 3**20000]:
    show(n)

print(first(5) == first(-5), first(2**40) == first(-(2**40)))
print(first(0) == first(False), first(1) == first(True))

for s in ["", "a", "hello", "Hello", "ünïcödé", "日本語", "\U0001F600 emoji", "x" * 1000]:
    show(s)
    show(s, version=1)
    show(s, 2)

for b in [b"", b"\x00", b"hello", bytes(range(256)), b"abc" * 100]:
    show(b)
    show(b, version=1)

print(first("hello") == first(b"hello"), first("héllo") == first("héllo".encode()))
print(first("abc", version=1) == first(b"abc", version=1))

for f in [0.0, -0.0, 1.0, 1.5, -1.5, 3.25, -3.25, 0.1, 1e300, -1e-300, 2.0**70,
          float("inf"), float("-inf")]:
    show(f)
print(first(2.0) == first(2), first(1.5) == first(hash(1.5)))
print(first(-1.5) == first(2**64 + hash(-1.5)))

for bad in [(1, 2), [1], {1: 2}, {1}, 1j, object]:
    show(bad)

show(5, version=2)
random.seed(a=17)
print(random.random())
try:
    random.seed(1, 2, 3)
except TypeError as e:
    print(e)
try:
    random.seed(b=1)
except TypeError as e:
    print(e)

random.seed()
print(type(random.random()).__name__, 0.0 <= random.random() < 1.0)
random.seed(None)
a = [random.random() for _ in range(3)]
random.seed(None)
print(a != [random.random() for _ in range(3)])

r1 = random.Random(99)
r2 = random.Random()
r2.seed(99)
print(r1.random() == r2.random(), r1.getstate() == r2.getstate())
print(random.Random(x=8).random() == random.Random(8).random())
try:
    random.Random(1, 2)
except TypeError as e:
    print(e)
r3 = random.Random("seed me")
print(r3.random(), r3.getrandbits(70))
