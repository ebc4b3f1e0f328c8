# Checks __exit__ returning True to suppress exceptions, and selective suppression.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressing", et.__name__, ev)
            self.caught = ev
            return True
        return False
with Suppress(KeyError) as s:
    {}["missing"]
    print("not reached")
print("after with", repr(s.caught))
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped", e)
def f():
    for i in range(3):
        with Suppress(ZeroDivisionError):
            print("iteration", i, 10 / (i - 1))
    return "done"
print(f())
class Truthy:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return "non-empty string is truthy"
with Truthy():
    raise RuntimeError("swallowed by truthy return")
print("continued")
class Falsy:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return 0
try:
    with Falsy():
        raise RuntimeError("falsy return does not suppress")
except RuntimeError as e:
    print(e)
