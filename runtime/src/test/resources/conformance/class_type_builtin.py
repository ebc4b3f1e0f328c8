# Checks one-argument type() and three-argument type() creating classes dynamically.
print(type(1).__name__, type("s").__name__, type([]).__name__, type(None).__name__, type(type).__name__)
print(type(1) is int, type(True) is bool, type(int) is type, type(print).__name__)
class Base:
    def hello(self):
        return "hello from " + type(self).__name__
def init(self, v):
    self.v = v
Dyn = type("Dyn", (Base,), {"x": 5, "__init__": init, "double": lambda self: self.v * 2})
d = Dyn(21)
print(Dyn.__name__, d.x, d.double(), d.hello(), isinstance(d, Base), [c.__name__ for c in Dyn.__mro__])
Simple = type("Simple", (), {})
print(Simple.__name__, Simple.__bases__[0].__name__, type(Simple()).__name__)
Counter = type("Counter", (object,), {"count": 0, "inc": lambda self: setattr(self, "count", self.count + 1)})
c = Counter()
c.inc(); c.inc()
print(c.count, Counter.count)
print(type(d) is Dyn, type(Dyn) is type, Dyn.__module__)
try:
    type("X", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(Dyn, type), issubclass(Dyn, object), type(Base()).hello(Base()))
