# Checks callable() on many objects and type() names of builtin objects and functions.
class C:
    def m(self):
        pass
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        pass
objs = [len, print, C, C(), C().m, C.s, C.c, lambda: 0, int, "s", 5, None, [].append, str.upper, type]
print([callable(o) for o in objs])
def gen():
    yield
print(type(len).__name__, type(C().m).__name__, type(C.m).__name__, type(gen()).__name__, type(lambda: 0).__name__)
print(type(range(1)).__name__, type(...).__name__, type(NotImplemented).__name__, type(slice(1)).__name__)
print(type([].append).__name__, type(iter([])).__name__, type(zip()).__name__, type(map(abs, [])).__name__)
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
print(type(frozenset()).__name__, type(b"").__name__, type(1.0).__name__, type(type).__name__)
print(type(C.__dict__["s"]).__name__, type(C.__dict__["c"]).__name__, type(property()).__name__)
