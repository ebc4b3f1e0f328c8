# Checks class decorators and classes used as decorators (callable instances).
def add_greeting(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls
@add_greeting
class Person:
    pass
print(Person().greet())
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, value):
        self.value = value
a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *args):
        self.count += 1
        return self.fn(*args)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.count, type(square).__name__)
class Prefix:
    def __init__(self, prefix):
        self.prefix = prefix
    def __call__(self, fn):
        def wrapper(*a):
            return self.prefix + fn(*a)
        return wrapper
@Prefix(">> ")
def message(s):
    return s
print(message("decorated by instance"))
def auto_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@auto_repr
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b
print(Pair(1, "x"), [Pair(2, None)])
