# Program: Conway's Game of Life on a sparse set of cells, with pattern detection and a bounded torus variant.


class Life:
    def __init__(self, cells=()):
        self.cells = set(cells)
        self.generation = 0

    @classmethod
    def from_text(cls, text, origin=(0, 0)):
        r0, c0 = origin
        cells = []
        for r, line in enumerate(text.strip("\n").splitlines()):
            for c, ch in enumerate(line):
                if ch in "#O":
                    cells.append((r0 + r, c0 + c))
        return cls(cells)

    def neighbours(self, cell):
        r, c = cell
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    yield (r + dr, c + dc)

    def step(self):
        counts = {}
        for cell in self.cells:
            for n in self.neighbours(cell):
                counts[n] = counts.get(n, 0) + 1
        self.cells = {cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in self.cells)}
        self.generation += 1
        return self

    def bounds(self):
        if not self.cells:
            return None
        rows = [r for r, _ in self.cells]
        cols = [c for _, c in self.cells]
        return min(rows), min(cols), max(rows), max(cols)

    def normalized(self):
        b = self.bounds()
        if b is None:
            return frozenset()
        r0, c0, _, _ = b
        return frozenset((r - r0, c - c0) for r, c in self.cells)

    def render(self, window=None):
        b = window or self.bounds()
        if b is None:
            return "(empty)"
        r0, c0, r1, c1 = b
        return "\n".join("".join("#" if (r, c) in self.cells else "." for c in range(c0, c1 + 1))
                         for r in range(r0, r1 + 1))

    def __len__(self):
        return len(self.cells)

    def __iter__(self):
        return iter(sorted(self.cells))


class TorusLife(Life):
    def __init__(self, cells, height, width):
        super().__init__((r % height, c % width) for r, c in cells)
        self.height = height
        self.width = width

    def neighbours(self, cell):
        for r, c in super().neighbours(cell):
            yield (r % self.height, c % self.width)

    def render(self, window=None):
        return super().render((0, 0, self.height - 1, self.width - 1))


def find_period(life, limit=50):
    seen = {life.normalized(): 0}
    start_bounds = life.bounds()
    for gen in range(1, limit + 1):
        life.step()
        key = life.normalized()
        if key in seen:
            b = life.bounds()
            moved = (b[0] - start_bounds[0], b[1] - start_bounds[1]) if b and start_bounds else (0, 0)
            return gen - seen[key], moved
        seen[key] = gen
    return None, None


blinker = Life.from_text("###")
print("blinker gen0:\n" + blinker.render())
blinker.step()
print("blinker gen1:\n" + blinker.render())
glider = Life.from_text("""
.#.
..#
###
""")
for _ in range(4):
    print(f"glider gen {glider.generation} cells={len(glider)} bounds={glider.bounds()}")
    print(glider.render((0, 0, 5, 5)))
    glider.step()
print("glider cells sorted:", list(glider))

patterns = {
    "block": "##\n##",
    "blinker": "###",
    "toad": ".###\n###.",
    "beacon": "##..\n##..\n..##\n..##",
    "glider": ".#.\n..#\n###",
    "r-pentomino": ".##\n##.\n.#.",
}
for name in sorted(patterns):
    life = Life.from_text(patterns[name])
    period, moved = find_period(life, 40)
    print(f"{name:<12} period={period} moved={moved} after gen {life.generation} cells={len(life)}")

r = Life.from_text(".##\n##.\n.#.")
history = []
for _ in range(100):
    r.step()
    history.append(len(r))
print("r-pentomino population:", history[:10], "...", history[-3:], "max", max(history))

torus = TorusLife([(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)], 6, 6)
for _ in range(24):
    torus.step()
print("glider on 6x6 torus after 24 generations:")
print(torus.render())
print("back to start:", torus.normalized() == TorusLife([(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)], 6, 6).normalized())
empty = Life()
print(empty.render(), len(empty.step()), empty.generation)
