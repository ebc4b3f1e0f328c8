# Checks decorator factories (decorators with arguments) and decorators on methods.
def repeat(times):
    def decorator(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorator
@repeat(3)
def shout(word):
    return word.upper()
print(shout("hey"))
def tag(name, **attrs):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            extra = "".join(f' {k}="{v}"' for k, v in attrs.items())
            return f"<{name}{extra}>{fn(*args, **kwargs)}</{name}>"
        return wrapper
    return decorator
@tag("div", cls="box", id="main")
@tag("span")
def content(x):
    return str(x)
print(content(42))
def validate(*types):
    def decorator(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return fn(*args)
        return wrapper
    return decorator
@validate(int, str)
def label(n, s):
    return s * n
print(label(2, "ab"))
try:
    label("2", "ab")
except TypeError as e:
    print(type(e).__name__, e)
def method_logger(prefix):
    def deco(fn):
        def wrapper(self, *args):
            return prefix + ":" + str(fn(self, *args))
        return wrapper
    return deco
class Calc:
    def __init__(self, base):
        self.base = base
    @method_logger("add")
    def add(self, x):
        return self.base + x
    @staticmethod
    @repeat(2)
    def twice():
        return "s"
print(Calc(10).add(5), Calc.twice())
decorator_list = [repeat(2), tag("p")]
@decorator_list[1]
def picked():
    return "chosen by subscript"
print(picked())
