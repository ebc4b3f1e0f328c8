# Checks generator functions: laziness, state between yields, exhaustion and StopIteration.
def countdown(n):
    print("starting")
    while n > 0:
        yield n
        n -= 1
    print("finished")
g = countdown(3)
print("created", type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(countdown(0)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i
print(sum(evens(10)), max(evens(10)), list(evens(7)))
g1 = evens(4)
print(iter(g1) is g1, next(g1), next(g1), next(g1, "default"))
def yields_expressions():
    x = yield
    print("received", x)
    yield [1, 2]
    yield (3, 4)
print(list(yields_expressions()))
def gen_with_local_state():
    total = 0
    for v in [5, 10, 15]:
        total += v
        yield total
print(list(gen_with_local_state()))
two = countdown(2)
one = countdown(1)
print(next(two), next(one), next(two))
