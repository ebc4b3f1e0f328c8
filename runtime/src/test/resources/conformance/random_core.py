# random() and getrandbits(k) sequences, across the Mersenne Twister's 624-word block boundary.
import random

r = random.Random(20240601)
print([r.random() for _ in range(10)])
xs = [r.random() for _ in range(700)]
print(xs[300], xs[311], xs[312], xs[313], xs[699])
print(min(xs) >= 0.0, max(xs) < 1.0, sum(xs))

r.seed(7)
for k in range(0, 101):
    print(k, r.getrandbits(k))
for k in [127, 128, 129, 160, 255, 256, 1000, 19937]:
    v = r.getrandbits(k)
    print(k, v.bit_length() <= k, v % 1000003, v >> (k - 20) if k > 20 else v)

r.seed(3)
print([r.getrandbits(31) for _ in range(5)], [r.getrandbits(33) for _ in range(5)])
print([r.getrandbits(64) for _ in range(3)], [r.getrandbits(65) for _ in range(3)])
print(r.getrandbits(True), r.getrandbits(False))


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(r.getrandbits, -1)
attempt(r.getrandbits, 2.0)
attempt(r.getrandbits, "8")
attempt(r.getrandbits, 2**40)
attempt(r.getrandbits, -(2**40))
attempt(r.getrandbits)
attempt(r.getrandbits, 1, 2)
attempt(r.getrandbits, k=3)
attempt(r.random, 1)
attempt(r.random, x=1)

r.seed(11)
for n in [0, 1, 2, 3, 4, 5, 7, 8, 9, 31, 32, 33]:
    print(n, r.randbytes(n))
attempt(r.randbytes, -1)
attempt(r.randbytes, 2.0)
attempt(r.randbytes, "2")
attempt(r.randbytes, None)

random.seed(12)
print(random.random(), random.getrandbits(40), random.randbytes(6))
print(random.random.__name__, random.getrandbits.__name__)
print(random.BPF, random.RECIP_BPF, random.TWOPI, random.LOG4)
print(random.NV_MAGICCONST, random.SG_MAGICCONST)
print(sorted(random.__all__))
