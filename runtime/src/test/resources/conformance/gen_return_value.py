# Checks return values of generators exposed via StopIteration.value and yield from.
def g():
    yield 1
    return "the value"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def no_return():
    yield 1
it = no_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def returns_tuple():
    yield
    return 1, 2
it = returns_tuple()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value)
def averager():
    total = 0
    count = 0
    while True:
        v = yield
        if v is None:
            break
        total += v
        count += 1
    return total / count
def collect():
    results = []
    while True:
        r = yield from averager()
        results.append(r)
        if len(results) == 2:
            return results
c = collect()
next(c)
for v in [10, 20, 30, None, 1, 2, None]:
    try:
        c.send(v)
    except StopIteration as e:
        print("collected", e.value)
def raises_stopiteration():
    yield 1
    raise StopIteration("inside generator")
try:
    list(raises_stopiteration())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
