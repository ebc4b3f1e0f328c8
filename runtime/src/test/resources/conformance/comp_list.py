# Checks list comprehensions with conditions, nested loops, nested comprehensions and expressions.
print([x * 2 for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in "ab"])
print([x + y for x in "ab" for y in "xy" if not (x == "a" and y == "y")])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print([x if x > 0 else -x for x in [-2, -1, 0, 1]])
print([len(w) for w in "the quick brown fox".split()])
print([(i, c) for i, c in enumerate("abc")])
print([a * b for a, b in zip([1, 2, 3], [4, 5, 6])])
print([[0] * 2 for _ in range(3)])
print([f(3) for f in (abs, str, float)])
print([x for x in []], [[]for _ in range(2)])
words = ["apple", "Bob", "civic", "dad", "egg"]
print([w for w in words if w.lower() == w.lower()[::-1]])
primes = [n for n in range(2, 40) if all(n % d for d in range(2, n))]
print(primes)
print([[x for x in range(y)] for y in range(4)])
print([(x, y, z) for x in range(1, 20) for y in range(x, 20) for z in range(y, 20) if x * x + y * y == z * z])
