# Checks closures capturing variables (by cell, not by value) and independent instances.
def make_counter(start=0):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c2(), c1(5), c2(10))
def adders():
    result = []
    for n in (1, 2, 3):
        def add(x, n=n):
            return x + n
        result.append(add)
    return result
print([f(10) for f in adders()])
def capture_later():
    def show():
        return value
    value = "assigned after def"
    return show
print(capture_later()())
def cell_shared():
    data = []
    def push(x):
        data.append(x)
    def peek():
        return list(data)
    return push, peek
push, peek = cell_shared()
push(1); push(2)
print(peek())
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache))
def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(20)(300))
print(make_counter.__closure__, c1.__closure__ is not None, len(c1.__closure__))
