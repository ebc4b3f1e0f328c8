"""Sequence unpacking in hot loops.

Exercises tuple/list packing and unpacking: parallel assignment swaps,
nested unpacking targets, starred targets (`first, *rest = ...`),
unpacking in for-loop headers, in comprehensions, `*args` call spreading
and returning multiple values from functions.
"""

import sys

SIZE = 800000


def fib_pair(k):
    a, b = 0, 1
    for _ in range(k):
        a, b = b, (a + b) % 1000003
    return a, b


def rotate3(a, b, c):
    return b, c, a


def min_max_sum(*values):
    lo = hi = values[0]
    total = 0
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
        total += v
    return lo, hi, total


def bubble_pass(items):
    swapped = 0
    for i in range(len(items) - 1):
        if items[i] > items[i + 1]:
            items[i], items[i + 1] = items[i + 1], items[i]
            swapped += 1
    return swapped


def run(n):
    acc = 0
    # parallel assignment and multiple return values
    a, b = fib_pair(n)
    acc += a + b

    # three-way rotation through a function returning a tuple
    x, y, z = 1, 2, 3
    for i in range(n // 4):
        x, y, z = rotate3(x, y, z)
        x, y = y + i % 3, x
    acc += x * 3 + y * 5 + z * 7

    # nested unpacking of records in for-loop headers
    records = [((i, i * 2), [i % 7, (i % 11, i % 13)]) for i in range(n // 8)]
    for (p, q), [r, (s, t)] in records:
        acc += p - q + r * s - t

    # starred targets
    rows = [list(range(i % 9 + 3)) for i in range(n // 8)]
    for row in rows:
        first, *middle, last = row
        head, second, *_ = row
        acc += first + last * len(middle) + second - head

    # spreading arguments with *
    window = [0, 0, 0, 0]
    for i in range(n // 8):
        window[i % 4] = (i * 7919) % 1009
        lo, hi, total = min_max_sum(*window)
        acc += hi - lo + (total & 15)

    # swaps inside a sort kernel
    for rep in range(n // 10000 + 1):
        data = [(i * 2654435761 + rep) % 977 for i in range(120)]
        while bubble_pass(data):
            pass
        acc += sum(i * v for i, v in enumerate(data)) % 100003

    # dict items unpacking and zip-based transposition
    table = {k: (k * k, -k) for k in range(n // 20)}
    for k, (sq, neg) in table.items():
        acc += (sq + neg) % 17 - k % 3
    matrix = [(i, i + 1, i + 2) for i in range(n // 20)]
    c0, c1, c2 = zip(*matrix) if matrix else ((), (), ())
    acc += sum(c0) - sum(c1) + sum(c2)
    return acc


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZE
    print("checksum:", run(n))
