"""Fannkuch-redux: pancake flipping over all permutations.

Exercises list slicing, slice assignment with reversed slices, list
indexing and integer bookkeeping.  Permutations are produced in the
classic counting order (rotate-prefix scheme) so that the checksum is
the well known alternating sum together with the maximum flip count.
"""

import sys

SIZE = 9


def count_flips(perm):
    p = perm[:]
    flips = 0
    first = p[0]
    while first:
        # reverse the prefix p[0..first]
        p[:first + 1] = p[first::-1]
        flips += 1
        first = p[0]
    return flips


def fannkuch(n):
    perm = list(range(n))
    counts = list(range(1, n + 1))
    max_flips = 0
    checksum = 0
    parity = 1
    while True:
        if perm[0]:
            f = count_flips(perm)
            if f > max_flips:
                max_flips = f
            checksum += f * parity
        parity = -parity
        # advance to the next permutation by rotating prefixes
        r = 1
        while True:
            if r == n:
                return checksum, max_flips
            head = perm[0]
            perm[:r] = perm[1:r + 1]
            perm[r] = head
            counts[r] -= 1
            if counts[r] > 0:
                break
            counts[r] = r + 1
            r += 1


def run(n):
    checksum, max_flips = fannkuch(n)
    return f"{checksum}:{max_flips}"


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZE
    print("checksum:", run(n))
