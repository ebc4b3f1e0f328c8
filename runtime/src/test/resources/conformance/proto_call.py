# Checks __call__ on instances: stateful callables, callable(), and call with varied arguments.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more, scale=1):
        return (self.n + x + sum(more)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5))
print(list(map(add5, [1, 2, 3])))
class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self):
        self.count += 1
        return self.count
c = Counter()
c(); c()
print(c(), c.count)
class Compose:
    def __init__(self, *fns):
        self.fns = fns
    def __call__(self, v):
        for f in reversed(self.fns):
            v = f(v)
        return v
pipeline = Compose(str, abs, Adder(-10))
print(repr(pipeline(3)))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
class CallViaInstanceAttr:
    pass
o = CallViaInstanceAttr()
o.__call__ = lambda: "instance attribute is ignored"
try:
    o()
except TypeError as e:
    print(type(e).__name__, e)
class Late:
    pass
Late.__call__ = lambda self: "added to class later"
print(Late()())
print(callable(print), callable(lambda: 0), callable("s"), callable(str.upper))
