# Checks return statements: implicit None, multiple values, early returns and returns from loops.
def nothing():
    pass
def bare():
    return
def many():
    return 1, "two", [3]
def first_even(seq):
    for x in seq:
        if x % 2 == 0:
            return x
    return None
def early(n):
    if n < 0:
        return "negative"
    while True:
        n -= 1
        if n < 3:
            return n
print(nothing(), bare(), many(), type(many()).__name__)
a, b, c = many()
print(a, b, c)
print(first_even([1, 3, 6, 8]), first_even([1, 3]))
print(early(-1), early(10), early(1))
def returns_function():
    def inner():
        return "inner result"
    return inner
print(returns_function()())
def nested_loops():
    for i in range(3):
        for j in range(3):
            if i * j == 2:
                return (i, j)
print(nested_loops())
def return_in_with_try():
    try:
        return "from try"
    except Exception:
        return "from except"
print(return_in_with_try())
def multi_paths(x):
    if x:
        return [x]
    return []
print(multi_paths(0), multi_paths("a"))
