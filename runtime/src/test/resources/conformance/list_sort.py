# Checks list.sort with key, reverse, stability, in-place semantics and errors.
nums = [5, 2, 9, 1, 5, 6]
r = nums.sort()
print(nums, r)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
people = [("ann", 31), ("bob", 25), ("cat", 31), ("dan", 25), ("eve", 40)]
people.sort(key=lambda p: p[1])
print(people)
people.sort(key=lambda p: p[0], reverse=True)
people.sort(key=lambda p: p[1], reverse=True)
print(people)
floats = [2.5, -1.0, float("inf"), 0.0, -0.0, 1e-9]
floats.sort()
print(floats)
mixed = [3, 1.5, True, 0, -2]
mixed.sort()
print(mixed)
matrix = [[3, 1], [1, 2], [1, 1], [2]]
matrix.sort()
print(matrix)
calls = []
def key(v):
    calls.append(v)
    return -v
data = [3, 1, 2]
data.sort(key=key)
print(data, sorted(calls))
try:
    [1, "a"].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 2].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
