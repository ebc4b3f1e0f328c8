# Checks isinstance and issubclass with classes, builtin types and tuples of types.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, ()))
print(isinstance(b, (C, (int, (A,)))), issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, A))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(1, float))
print(isinstance("s", str), isinstance(b"s", bytes), isinstance([], list), isinstance((), tuple))
print(isinstance({}, dict), isinstance(set(), set), isinstance(frozenset(), set), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(A, type), isinstance(A, object), isinstance(type, type), isinstance(object, type))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), issubclass(KeyError, LookupError))
print(isinstance(print, object), isinstance(len, type), isinstance(lambda: 0, object))
try:
    isinstance(b, "A")
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
def describe(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, (int, float)):
        return "number"
    if isinstance(v, (str, bytes)):
        return "text"
    if isinstance(v, (list, tuple, set)):
        return "collection"
    return "other"
print([describe(v) for v in [True, 1, 2.0, "a", b"b", [1], (), {1}, {}]])
