# Checks generator finally blocks run on exhaustion, close(), break from loops and garbage collection.
def resource(name):
    print("open", name)
    try:
        for i in range(3):
            yield f"{name}-{i}"
    finally:
        print("close", name)
for item in resource("a"):
    print(item)
for item in resource("b"):
    print(item)
    if item.endswith("1"):
        break
print("after break")
g = resource("c")
print(next(g))
del g
print("after del")
def consume_first():
    gen = resource("d")
    return next(gen)
print(consume_first())
print("after function return")
def nested():
    try:
        yield from resource("inner")
    finally:
        print("outer finally")
n = nested()
print(next(n))
n.close()
def with_in_generator():
    class CM:
        def __enter__(self):
            print("cm enter")
        def __exit__(self, *a):
            print("cm exit", a[0])
    with CM():
        yield 1
        yield 2
w = with_in_generator()
print(next(w))
w.close()
print("done")
