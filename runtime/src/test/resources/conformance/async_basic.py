# Checks async def coroutines driven by send(None), awaiting other coroutines and return values.
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        print("awaiting", self.value)
        got = yield self.value
        print("resumed with", got)
        return self.value * 2
async def add(a, b):
    x = await Ready(a)
    y = await Ready(b)
    return x + y
async def main():
    r1 = await add(1, 2)
    r2 = await add(10, 20)
    return [r1, r2]
coro = main()
print(type(coro).__name__)
step = 0
try:
    value = coro.send(None)
    while True:
        print("yielded", value)
        step += 1
        value = coro.send("step" + str(step))
except StopIteration as e:
    print("result", e.value)
async def nothing_awaited():
    return "immediate"
c = nothing_awaited()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def raiser():
    await Ready(0)
    raise ValueError("inside coroutine")
r = raiser()
r.send(None)
try:
    r.send(None)
except ValueError as e:
    print(type(e).__name__, e)
