# Checks __await__ objects, awaiting in loops, try/finally in coroutines and await errors.
class Future:
    def __init__(self):
        self.result = None
        self.done = False
    def set(self, v):
        self.result = v
        self.done = True
    def __await__(self):
        while not self.done:
            yield self
        return self.result
async def consumer(fut):
    try:
        v = await fut
        return "consumer got " + str(v)
    finally:
        print("consumer finally")
f = Future()
c = consumer(f)
print(c.send(None) is f)
print(c.send(None) is f)
f.set(42)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def total(futs):
    s = 0
    for fu in futs:
        s += await fu
    return s
futs = [Future() for _ in range(3)]
for i, fu in enumerate(futs):
    fu.set(i + 1)
try:
    total(futs).send(None)
except StopIteration as e:
    print("total", e.value)
class NotAwaitable:
    pass
async def bad():
    await NotAwaitable()
try:
    bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def bad_int():
    await 5
try:
    bad_int().send(None)
except TypeError as e:
    print(type(e).__name__, e)
class BadAwait:
    def __await__(self):
        return 3
async def bad_await():
    await BadAwait()
try:
    bad_await().send(None)
except TypeError as e:
    print(type(e).__name__, e)
