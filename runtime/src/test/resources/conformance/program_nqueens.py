# Program: N-queens solved with a class-based backtracking generator, closures and bitmask variant.


class Board:
    """Incremental board state: queens placed column by column, row by row."""

    def __init__(self, n):
        self.n = n
        self.cols = set()
        self.diag1 = set()
        self.diag2 = set()
        self.placement = []

    def free(self, row, col):
        return col not in self.cols and (row - col) not in self.diag1 and (row + col) not in self.diag2

    def place(self, row, col):
        self.cols.add(col)
        self.diag1.add(row - col)
        self.diag2.add(row + col)
        self.placement.append(col)

    def remove(self, row, col):
        self.cols.discard(col)
        self.diag1.discard(row - col)
        self.diag2.discard(row + col)
        self.placement.pop()

    def solutions(self, row=0):
        if row == self.n:
            yield tuple(self.placement)
            return
        for col in range(self.n):
            if self.free(row, col):
                self.place(row, col)
                yield from self.solutions(row + 1)
                self.remove(row, col)

    def render(self, placement):
        lines = []
        for row, col in enumerate(placement):
            lines.append(" ".join("Q" if c == col else "." for c in range(self.n)))
        return "\n".join(lines)


def count_with_bits(n):
    """Counts solutions with bitmasks, using a nested closure for the recursion."""
    full = (1 << n) - 1
    count = 0

    def go(cols, d1, d2):
        nonlocal count
        if cols == full:
            count += 1
            return
        avail = full & ~(cols | d1 | d2)
        while avail:
            bit = avail & -avail
            avail -= bit
            go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)

    go(0, 0, 0)
    return count


def is_valid(placement):
    n = len(placement)
    for r1 in range(n):
        for r2 in range(r1 + 1, n):
            c1, c2 = placement[r1], placement[r2]
            if c1 == c2 or abs(c1 - c2) == r2 - r1:
                return False
    return True


def canonical(placement):
    """Smallest of the 8 symmetric variants, to count distinct solutions."""
    n = len(placement)
    grid = {(r, c) for r, c in enumerate(placement)}
    variants = []
    transforms = [
        lambda r, c: (r, c),
        lambda r, c: (c, n - 1 - r),
        lambda r, c: (n - 1 - r, n - 1 - c),
        lambda r, c: (n - 1 - c, r),
        lambda r, c: (r, n - 1 - c),
        lambda r, c: (n - 1 - r, c),
        lambda r, c: (c, r),
        lambda r, c: (n - 1 - c, n - 1 - r),
    ]
    for t in transforms:
        cells = sorted(t(r, c) for r, c in grid)
        variants.append(tuple(c for _, c in cells))
    return min(variants)


def main():
    print("n  all  bits  distinct")
    for n in range(1, 9):
        board = Board(n)
        sols = list(board.solutions())
        assert all(is_valid(s) for s in sols)
        distinct = {canonical(s) for s in sols}
        print(f"{n:<2} {len(sols):>4} {count_with_bits(n):>5} {len(distinct):>9}")
    b6 = Board(6)
    first = next(b6.solutions())
    print("first solution for 6:", first)
    print(b6.render(first))
    b8 = Board(8)
    gen = b8.solutions()
    for i, sol in enumerate(gen):
        if i == 91:
            print("last solution for 8:", sol)
    print(b8.render(sol))
    print("count for 10 via bits:", count_with_bits(10))
    lazy = Board(8).solutions()
    print("first three:", [next(lazy) for _ in range(3)])


main()
