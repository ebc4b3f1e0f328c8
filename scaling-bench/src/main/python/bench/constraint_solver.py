"""Sudoku constraint solver: propagation plus backtracking search.

Exercises bit-mask candidate domains, recursion, list copying, tuples of
precomputed peers/units, min() with a key function, and exceptions used
for contradiction signalling.  Puzzles are generated in-program from a
shuffled solved grid using a tiny linear congruential generator, then
clues are removed and the solver must complete each grid.
"""

import sys

SIZE = 320

ALL = 0x3FE  # bits 1..9 set
DIGITS = tuple(range(1, 10))


def _build_geometry():
    rows = [[r * 9 + c for c in range(9)] for r in range(9)]
    cols = [[r * 9 + c for r in range(9)] for c in range(9)]
    boxes = [[(br * 3 + r) * 9 + bc * 3 + c for r in range(3) for c in range(3)]
             for br in range(3) for bc in range(3)]
    all_units = rows + cols + boxes
    units = [tuple(tuple(u) for u in all_units if cell in u) for cell in range(81)]
    peers = []
    for cell in range(81):
        ps = sorted({p for u in units[cell] for p in u if p != cell})
        peers.append(tuple(ps))
    return units, peers


UNITS, PEERS = _build_geometry()
POPCOUNT = [bin(m).count("1") for m in range(1 << 10)]


class Contradiction(Exception):
    pass


def eliminate(cands, cell, digit):
    bit = 1 << digit
    mask = cands[cell]
    if not mask & bit:
        return
    mask &= ~bit
    cands[cell] = mask
    if mask == 0:
        raise Contradiction(cell)
    if POPCOUNT[mask] == 1:
        only = mask.bit_length() - 1
        for p in PEERS[cell]:
            eliminate(cands, p, only)
    for unit in UNITS[cell]:
        places = [c for c in unit if cands[c] & bit]
        if not places:
            raise Contradiction(cell)
        if len(places) == 1:
            assign(cands, places[0], digit)


def assign(cands, cell, digit):
    others = cands[cell] & ~(1 << digit)
    for d in DIGITS:
        if others & (1 << d):
            eliminate(cands, cell, d)


class Solver:
    def __init__(self):
        self.nodes = 0

    def solve(self, grid):
        cands = [ALL] * 81
        for cell, value in enumerate(grid):
            if value:
                assign(cands, cell, value)
        return self.search(cands)

    def search(self, cands):
        self.nodes += 1
        open_cells = [c for c in range(81) if POPCOUNT[cands[c]] > 1]
        if not open_cells:
            return cands
        cell = min(open_cells, key=lambda c: (POPCOUNT[cands[c]], c))
        for d in DIGITS:
            if cands[cell] & (1 << d):
                trial = cands[:]
                try:
                    assign(trial, cell, d)
                except Contradiction:
                    continue
                result = self.search(trial)
                if result is not None:
                    return result
        return None


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.next(i + 1)
            items[i], items[j] = items[j], items[i]


def make_puzzle(rng, clues):
    digits = list(DIGITS)
    rng.shuffle(digits)
    bands = [0, 1, 2]
    rng.shuffle(bands)
    row_order = []
    for b in bands:
        inner = [0, 1, 2]
        rng.shuffle(inner)
        row_order.extend(b * 3 + r for r in inner)
    grid = []
    for r in row_order:
        for c in range(9):
            grid.append(digits[(r * 3 + r // 3 + c) % 9])
    cells = list(range(81))
    rng.shuffle(cells)
    for cell in cells[clues:]:
        grid[cell] = 0
    return grid


def valid(solution):
    for units in UNITS:
        for unit in units:
            if sorted(solution[c] for c in unit) != list(DIGITS):
                return False
    return True


def run(n):
    rng = Lcg(20240607)
    solver = Solver()
    digest = 0
    for i in range(n):
        puzzle = make_puzzle(rng, 22 + i % 6)
        cands = solver.solve(puzzle)
        if cands is None:
            raise AssertionError("unsolvable puzzle")
        solution = [m.bit_length() - 1 for m in cands]
        if not valid(solution):
            raise AssertionError("invalid solution")
        for cell, value in enumerate(solution):
            digest = (digest * 10 + value) % 1000000007
    return f"{solver.nodes}:{digest}"


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZE
    print("checksum:", run(n))
