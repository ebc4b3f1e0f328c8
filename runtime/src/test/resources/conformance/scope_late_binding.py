# Checks late binding of closures created in loops versus default-argument capture.
fns = []
for i in range(4):
    fns.append(lambda: i)
print([f() for f in fns])
fns2 = [lambda: j for j in range(4)]
print([f() for f in fns2])
fns3 = [lambda j=j: j for j in range(4)]
print([f() for f in fns3])
def make():
    out = []
    for k in range(3):
        def show():
            return k * 100
        out.append(show)
    k = 42
    return out
print([f() for f in make()])
def factory(n):
    return lambda: n
fns4 = [factory(m) for m in range(3)]
print([f() for f in fns4])
i = "rebound"
print(fns[0]())
def gen_closures():
    for x in "abc":
        yield lambda: x
collected = list(gen_closures())
print([f() for f in collected])
lazy = (lambda: x for x in "xyz")
print([f() for f in lazy])
