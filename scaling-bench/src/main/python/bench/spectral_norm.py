"""Spectral norm of the infinite matrix A(i, j) = 1 / ((i+j)(i+j+1)/2 + i + 1).

Exercises nested loops over ranges, float division, zip() and sum() with
generator expressions, and small helper function calls.  Power iteration
computes sqrt(u.(A^T A)u / v.v) for an n x n truncation.
"""

import math
import sys

SIZE = 340


def eval_a(i, j):
    ij = i + j
    return 1.0 / ((ij * (ij + 1) >> 1) + i + 1)


def times_a(u):
    n = len(u)
    result = []
    for i in range(n):
        acc = 0.0
        for j, uj in enumerate(u):
            acc += eval_a(i, j) * uj
        result.append(acc)
    return result


def times_at(u):
    n = len(u)
    result = []
    for i in range(n):
        acc = 0.0
        for j, uj in enumerate(u):
            acc += eval_a(j, i) * uj
        result.append(acc)
    return result


def times_ata(u):
    return times_at(times_a(u))


def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


def run(n):
    u = [1.0] * max(n, 1)
    v = u
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = dot(u, v)
    vv = dot(v, v)
    return round(math.sqrt(vbv / vv), 6)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZE
    print("checksum:", run(n))
