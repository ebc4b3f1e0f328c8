# Checks plain function decorators: wrapping, stacking order and attribute preservation by hand.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("enter", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("exit", fn.__name__, result)
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.wrapped = fn
    return wrapper
@trace
def add(a, b=0):
    """Adds."""
    return a + b
print(add(1, b=2), add.__name__, add.__doc__, add.wrapped(5))
def bold(fn):
    print("decorating with bold:", fn.__name__)
    return lambda: "<b>" + fn() + "</b>"
def italic(fn):
    print("decorating with italic:", fn.__name__)
    return lambda: "<i>" + fn() + "</i>"
@bold
@italic
def text():
    return "hi"
print(text())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one():
    return 1
@register
def two():
    return 2
print(registry, one(), two())
def replace_with_value(fn):
    return fn()
@replace_with_value
def computed():
    return [1, 2, 3]
print(computed)
def count_calls(fn):
    def inner(*a):
        inner.calls += 1
        return fn(*a)
    inner.calls = 0
    return inner
@count_calls
def noop(x):
    return x
noop(1); noop(2); noop(3)
print(noop.calls)
