"""N-queens: count every placement of n non-attacking queens.

Two independent solvers are run and cross-checked:
  * a set-based backtracking solver (set add/remove/membership, recursion),
  * a generator-based solver that yields complete boards (tuples), using
    any()/all() style predicates and tuple concatenation.
The checksum combines the solution counts for sizes 1..n and a positional digest of the
boards produced by the generator solver (generation order is deterministic).
"""

import sys

SIZE = 10


def count_with_sets(n):
    cols = set()
    diag1 = set()
    diag2 = set()

    def place(row):
        if row == n:
            return 1
        total = 0
        for col in range(n):
            d1 = row - col
            d2 = row + col
            if col in cols or d1 in diag1 or d2 in diag2:
                continue
            cols.add(col)
            diag1.add(d1)
            diag2.add(d2)
            total += place(row + 1)
            cols.remove(col)
            diag1.remove(d1)
            diag2.remove(d2)
        return total

    return place(0)


def safe(board, col):
    row = len(board)
    return not any(c == col or abs(c - col) == row - r
                   for r, c in enumerate(board))


def solutions(n, board=()):
    if len(board) == n:
        yield board
        return
    for col in range(n):
        if safe(board, col):
            yield from solutions(n, board + (col,))


def solve(n):
    expected = count_with_sets(n)
    count = 0
    digest = 0
    for board in solutions(n):
        count += 1
        value = 0
        for c in board:
            value = value * n + c
        digest = (digest * 31 + value) % 1000000007
    if count != expected:
        raise AssertionError(f"solver mismatch: {count} != {expected}")
    return count, digest


def run(n):
    """Solve every board size from 1 to n; report the per-size counts."""
    counts = []
    total_digest = 0
    for size in range(1, n + 1):
        count, digest = solve(size)
        counts.append(str(count))
        total_digest = (total_digest + digest) % 1000000007
    return ",".join(counts) + f":{total_digest}"


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZE
    print("checksum:", run(n))
