# Checks generator throw() and close(), including handlers and finally blocks inside generators.
def worker():
    try:
        while True:
            try:
                x = yield "ready"
                print("working on", x)
            except ValueError as e:
                print("handled inside:", e)
                yield "recovered"
    finally:
        print("worker cleanup")
w = worker()
print(next(w))
print(w.send("job1"))
print(w.throw(ValueError("bad job")))
print(next(w))
w.close()
print("closed")
w.close()
try:
    next(w)
except StopIteration:
    print("closed generator raises StopIteration")
def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError("thrown"))
except KeyError as e:
    print("propagated", repr(e))
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise
c = catches_exit()
next(c)
c.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "refuses"
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def never_started():
    try:
        yield
    finally:
        print("not printed: never started")
ns = never_started()
ns.close()
print("closing unstarted generator is silent")
t = unhandled()
try:
    t.throw(TypeError("thrown before start"))
except TypeError as e:
    print("throw into unstarted:", e)
