# Checks default object behaviour: identity equality, hashability, truthiness, and default str of classes.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is a, bool(a), a in [b], a in [a])
s = {a, b, a}
print(len(s), a in s)
d = {a: "a", b: "b"}
print(d[a], d[b])
print(Plain.__eq__(a, a), Plain.__eq__(a, b), Plain.__ne__(a, b))
print(object.__eq__(1, 1), object.__eq__(1, 2))
print(str(Plain), repr(Plain), str(int), repr(type), Plain.__name__)
print(type(a) == Plain, type(a) is Plain, isinstance(a, object))
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
print(repr(None), repr(...), repr(NotImplemented), repr(print), repr(len), str(object))
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(a, "__dict__"), hasattr(o, "__dict__"), a.__class__.__name__, Plain.__class__.__name__)
