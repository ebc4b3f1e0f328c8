# Checks generator send(): priming, values returned by send and errors for sending to a new generator.
def accumulator():
    total = 0
    while True:
        value = yield total
        print("got", value)
        if value is not None:
            total += value
acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
print(next(acc))
print(acc.send(1))
fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print(type(e).__name__, e)
print(fresh.send(None))
def coroutine_pipeline(target):
    while True:
        item = yield
        target.append(item * 2)
sink = []
pipe = coroutine_pipeline(sink)
next(pipe)
for i in range(4):
    pipe.send(i)
print(sink)
def running_max():
    best = None
    while True:
        v = yield best
        if best is None or v > best:
            best = v
rm = running_max()
next(rm)
print([rm.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
def finite():
    x = yield "first"
    yield "second got " + str(x)
f = finite()
print(next(f), f.send("hello"))
try:
    f.send("again")
except StopIteration:
    print("exhausted on send")
