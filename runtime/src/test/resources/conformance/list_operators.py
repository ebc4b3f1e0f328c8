# Checks list operators: + * comparisons, equality, repetition aliasing, and in-place variants.
a = [1, 2]
b = [3]
print(a + b, a * 3, 3 * b, a * 0, a * -1, [] * 5, b + [])
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] < [0])
print([1, [2, 3]] == [1, [2, 3]], [1, 2] == (1, 2), [1.0] == [1], [[]] < [[0]])
grid = [[0] * 2] * 3
grid[0][0] = 9
print(grid)
grid2 = [[0] * 2 for _ in range(3)]
grid2[0][0] = 9
print(grid2)
c = a
c += [9]
print(a, c is a)
c = c + [10]
print(a, c, c is a)
d = [1]
d *= 3
print(d)
print(max([[1, 2], [1, 3]]), min([[0, 9], [1]]), sorted([[2], [1, 5], [1]]))
print(len([None] * 1000), [1, 2, 3][::-1] + [0])
try:
    [1] * "3"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] + None
except TypeError as e:
    print(type(e).__name__, e)
