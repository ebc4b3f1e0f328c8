# Checks a hand-written round-robin scheduler running several coroutines with an awaitable sleep.
class Yield:
    def __await__(self):
        yield "switch"
async def worker(name, steps, log):
    for i in range(steps):
        log.append(f"{name}{i}")
        await Yield()
    return name + " done"
async def parent(log):
    a = await worker("p", 2, log)
    return "parent saw " + a
def run(coros):
    queue = list(coros)
    results = {}
    order = 0
    while queue:
        name, coro = queue.pop(0)
        try:
            coro.send(None)
            queue.append((name, coro))
        except StopIteration as e:
            results[name] = (order, e.value)
            order += 1
    return results
log = []
results = run([("A", worker("a", 3, log)), ("B", worker("b", 1, log)), ("C", parent(log))])
print(log)
for k in sorted(results):
    print(k, results[k])
async def thrower():
    try:
        await Yield()
    except KeyError as e:
        return "caught " + repr(e)
t = thrower()
t.send(None)
try:
    t.throw(KeyError("injected"))
except StopIteration as e:
    print(e.value)
c = worker("x", 5, [])
c.send(None)
c.close()
print("closed coroutine")
