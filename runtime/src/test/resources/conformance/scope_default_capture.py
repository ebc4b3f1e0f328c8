# Checks that default arguments capture values at definition time.
value = 1
def f(v=value):
    return v
value = 2
print(f(), value)
callbacks = {}
for name in ["alpha", "beta"]:
    def cb(n=name):
        return "called " + n
    callbacks[name] = cb
print(callbacks["alpha"](), callbacks["beta"]())
lst = [1]
def g(x=lst):
    return x
lst.append(2)
lst = "rebound"
print(g())
def make_handlers():
    handlers = []
    for i in range(3):
        handlers.append(lambda x, i=i: x * i)
    return handlers
print([h(10) for h in make_handlers()])
def outer():
    a = "a1"
    def inner(val=a):
        return val, a
    a = "a2"
    return inner()
print(outer())
