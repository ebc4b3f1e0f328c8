# randrange in all its argument forms (with random.py's checks and messages) and randint.
import random


def attempt(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


r = random.Random(31337)
print([r.randrange(10) for _ in range(20)])
print([r.randrange(1) for _ in range(3)], [r.randrange(2) for _ in range(10)])
print([r.randrange(5, 10) for _ in range(10)], [r.randrange(-10, -5) for _ in range(5)])
print([r.randrange(0, 100, 7) for _ in range(10)])
print([r.randrange(100, 0, -7) for _ in range(10)])
print([r.randrange(-50, 50, 3) for _ in range(10)], [r.randrange(10, -10, -3) for _ in range(5)])
print([r.randrange(1, 2, 5) for _ in range(3)], [r.randrange(0, 10, 10) for _ in range(3)])
print([r.randrange(2**31) for _ in range(3)], [r.randrange(2**32) for _ in range(3)])
print([r.randrange(2**32 + 1) for _ in range(3)], [r.randrange(2**62) for _ in range(3)])
print([r.randrange(2**63) for _ in range(3)], [r.randrange(2**64 + 1) for _ in range(3)])
print([r.randrange(2**70) for _ in range(3)], r.randrange(10**30, 10**30 + 5))
print(r.randrange(-(2**80), 2**80, 3**20), r.randrange(2**100, -(2**100), -(7**30)))
print(r.randrange(-(2**61), 2**61), r.randrange(-(2**62), 2**62, 2**40))
print([r.randrange(0, 3000000000, 1000000007) for _ in range(5)])
print([r.randrange(start=3, stop=9) for _ in range(3)], r.randrange(3, 30, step=4))
print([r.randrange(10, None) for _ in range(3)], r.randrange(10, step=1))
print(r.randrange(True), r.randrange(False, True), r.randrange(10, 20, True))

print(attempt(r.randrange, 0))
print(attempt(r.randrange, -5))
print(attempt(r.randrange, 5, 5))
print(attempt(r.randrange, 10, 5))
print(attempt(r.randrange, -3, -8))
print(attempt(r.randrange, 0, 10, 0))
print(attempt(r.randrange, 0, 10, -1))
print(attempt(r.randrange, 10, 0, 1))
print(attempt(r.randrange, 0, 2**70, 0))
print(attempt(r.randrange, 2**70, 0))
print(attempt(r.randrange, 10, step=2))
print(attempt(r.randrange, 10, None, 2))
print(attempt(r.randrange, 10.0))
print(attempt(r.randrange, 2.0, 12.0))
print(attempt(r.randrange, 0, 12, 3.0))
print(attempt(r.randrange, 10.5))
print(attempt(r.randrange, 1, 10.5))
print(attempt(r.randrange, 1, 10, 1.5))
print(attempt(r.randrange, "10"))
print(attempt(r.randrange, 1, "x"))
print(attempt(r.randrange, None))
print(attempt(r.randrange, 1, 5, None))
print(attempt(r.randrange))
print(attempt(r.randrange, 1, 2, 3, 4))
print(attempt(r.randrange, 1, start=2))
print(attempt(r.randrange, 1, 2, stepp=2))

r.seed(4)
print([r.randint(1, 6) for _ in range(20)])
print([r.randint(-3, 3) for _ in range(10)], r.randint(5, 5), r.randint(0, 2**80))
print(attempt(r.randint, 6, 5))
print(attempt(r.randint, 1))
print(attempt(r.randint, 1, 2.0))
print(attempt(r.randint, 1, "2"))
print(attempt(r.randint, 1.5, 3))

random.seed(2024)
print(random.randrange(100), random.randint(1, 100), random.randrange(0, 1000, 5))
counts = [0] * 6
for _ in range(600):
    counts[random.randint(1, 6) - 1] += 1
print(counts)
