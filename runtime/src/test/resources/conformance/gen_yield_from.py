# Checks yield from: delegation to iterables and generators, and return values of subgenerators.
def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from [10, 20]
    yield from "ab"
    yield from range(3)
    return "outer done"
print(list(outer()))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), {4: "x"}, "56")))
def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, (3, [4, [5]])], 6, [[[]]]])))
def gen():
    r = yield from outer()
    yield "got " + r
print(list(gen())[-1])
def passthrough():
    received = yield from echo()
    yield "echo returned " + str(received)
def echo():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
p = passthrough()
print(next(p), p.send(5), p.send(10), p.send(None))
def empty():
    return "nothing yielded"
    yield
def wrap():
    v = yield from empty()
    yield v
print(list(wrap()))
