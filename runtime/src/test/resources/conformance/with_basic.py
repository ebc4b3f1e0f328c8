# Checks the context manager protocol: __enter__ result binding and __exit__ arguments.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return False
with Resource("a") as value:
    print("body got", value)
with Resource("b"):
    print("body without as")
try:
    with Resource("c") as v:
        raise ValueError("inside with")
except ValueError as e:
    print("propagated", e)
def returns_inside():
    with Resource("d"):
        return "returned"
print(returns_inside())
for i in range(3):
    with Resource("loop" + str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
class SelfReturning:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("exit args", args)
with SelfReturning() as s:
    print(type(s).__name__)
with Resource("t") as (first, *rest):
    print(first, rest)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
