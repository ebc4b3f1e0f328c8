# Checks deeply nested comprehensions and mixing comprehension kinds.
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print([row[::-1] for row in grid[::-1]])
print({r: {c: grid[r][c] for c in range(3) if grid[r][c] % 2 == 0} for r in range(3)})
print([[v for v in row if v % 2] for row in grid])
print(sum(sum(v for v in row) for row in grid))
flat = [v for row in grid for v in row]
print(flat)
print([(a, b) for a in range(4) if a % 2 for b in range(a) if b % 2 == 0])
transposed = [[row[c] for row in grid] for c in range(len(grid[0]))]
print(transposed)
identity = [[1 if r == c else 0 for c in range(4)] for r in range(4)]
print(identity)
print(sorted({frozenset({a, b}) for a in range(3) for b in range(3) if a != b}, key=sorted))
print([{n, -n} == {-n, n} for n in range(2)])
pascal = [[1]]
for _ in range(5):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
print(pascal)
