# Checks __repr__ and __str__ use by print, str(), repr(), f-strings and containers.
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "just str"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r), str(s))
print([b, r], (b,), {"k": b}, {1: r})
print(f"{b} {b!r} {b!s} {r}")
print("concat: " + str(b))
print(repr("quote's"), repr('dq"'), repr("both'\""), repr("tab\tnl\n"), repr("\\"))
print(str("plain"), repr([1, "a", None, 2.5, True]))
nested = [[Both()], {"x": (ReprOnly(), "s")}]
print(nested)
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Child(Both):
    pass
print(Child(), [Child()])
print(repr(1.0), str(1.0), repr(10 ** 20), repr(-0.0), repr(b"x"), repr(()), repr((1,)))
