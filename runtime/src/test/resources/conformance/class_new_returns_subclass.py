# Calling a class: __new__ may return an instance of a subclass (whose __init__ runs) or of
# another type (no __init__ runs); an __init__ may replace itself while it runs.
class A:
    def __new__(cls, x):
        return super().__new__(B if x else cls)
    def __init__(self, x):
        self.tag = "A.init %s" % x
class B(A):
    def __init__(self, x):
        self.tag = "B.init %s" % x
class C:
    def __new__(cls):
        return 42
print(A(0).tag, type(A(0)).__name__)
print(A(1).tag, type(A(1)).__name__)
print(C())
class D:
    def __init__(self):
        D.__init__ = lambda self: setattr(self, "v", 2)
        self.v = 1
print(D().v, D().v)
