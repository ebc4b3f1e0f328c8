# Program: a sudoku solver using constraint sets, most-constrained-cell backtracking and a generator of solutions.

PUZZLES = [
    "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
    "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
    "11.......................................................................................",
]


class Sudoku:
    DIGITS = "123456789"

    def __init__(self, text):
        text = text[:81]
        if len(text) != 81:
            raise ValueError(f"need 81 cells, got {len(text)}")
        self.grid = [[0] * 9 for _ in range(9)]
        self.rows = [set() for _ in range(9)]
        self.cols = [set() for _ in range(9)]
        self.boxes = [set() for _ in range(9)]
        self.steps = 0
        for i, ch in enumerate(text):
            if ch in self.DIGITS:
                r, c = divmod(i, 9)
                if not self.can_place(r, c, int(ch)):
                    raise ValueError(f"conflict at row {r + 1} col {c + 1} digit {ch}")
                self.place(r, c, int(ch))

    @staticmethod
    def box(r, c):
        return (r // 3) * 3 + c // 3

    def can_place(self, r, c, d):
        return d not in self.rows[r] and d not in self.cols[c] and d not in self.boxes[self.box(r, c)]

    def place(self, r, c, d):
        self.grid[r][c] = d
        self.rows[r].add(d)
        self.cols[c].add(d)
        self.boxes[self.box(r, c)].add(d)

    def clear(self, r, c):
        d = self.grid[r][c]
        self.grid[r][c] = 0
        self.rows[r].discard(d)
        self.cols[c].discard(d)
        self.boxes[self.box(r, c)].discard(d)

    def candidates(self, r, c):
        used = self.rows[r] | self.cols[c] | self.boxes[self.box(r, c)]
        return [d for d in range(1, 10) if d not in used]

    def best_cell(self):
        best = None
        best_cands = None
        for r in range(9):
            for c in range(9):
                if self.grid[r][c] == 0:
                    cands = self.candidates(r, c)
                    if best is None or len(cands) < len(best_cands):
                        best, best_cands = (r, c), cands
                        if len(cands) <= 1:
                            return best, best_cands
        return best, best_cands

    def solutions(self):
        cell, cands = self.best_cell()
        if cell is None:
            yield [row[:] for row in self.grid]
            return
        r, c = cell
        for d in cands:
            self.steps += 1
            self.place(r, c, d)
            yield from self.solutions()
            self.clear(r, c)

    def is_complete_and_valid(self, grid):
        full = set(range(1, 10))
        for i in range(9):
            if set(grid[i]) != full or {grid[r][i] for r in range(9)} != full:
                return False
        for br in range(0, 9, 3):
            for bc in range(0, 9, 3):
                if {grid[br + r][bc + c] for r in range(3) for c in range(3)} != full:
                    return False
        return True

    @staticmethod
    def render(grid):
        out = []
        for r, row in enumerate(grid):
            if r and r % 3 == 0:
                out.append("------+-------+------")
            cells = [str(v) if v else "." for v in row]
            out.append(" | ".join(" ".join(cells[i:i + 3]) for i in range(0, 9, 3)))
        return "\n".join(out)


for n, text in enumerate(PUZZLES, 1):
    print(f"puzzle {n}:")
    try:
        s = Sudoku(text)
    except ValueError as e:
        print("  rejected:", e)
        continue
    print(Sudoku.render(s.grid))
    gen = s.solutions()
    first = next(gen, None)
    if first is None:
        print("  no solution")
        continue
    print("solution (valid: {}):".format(s.is_complete_and_valid(first)))
    print(Sudoku.render(first))
    print("unique:", next(gen, None) is None, "search steps:", s.steps)
    print("row sums:", [sum(row) for row in first], "diagonal:", "".join(str(first[i][i]) for i in range(9)))

empty = Sudoku("." * 81)
first_two = []
for sol in empty.solutions():
    first_two.append("".join(str(v) for v in sol[0]))
    if len(first_two) == 2:
        break
print("empty grid first rows:", first_two)
try:
    Sudoku("123")
except ValueError as e:
    print(type(e).__name__, e)
