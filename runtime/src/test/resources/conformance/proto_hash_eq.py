# Checks __hash__ with __eq__, unhashable classes defining __eq__ only, and dict/set use of user keys.
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return f"Key({self.name!r})"
d = {Key("Alpha"): 1}
print(d[Key("ALPHA")], Key("alpha") in d, len({Key("a"), Key("A"), Key("b")}))
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, p != Plain(), {p: "identity"}[p])
class ExplicitNone:
    __hash__ = None
try:
    hash(ExplicitNone())
except TypeError as e:
    print(type(e).__name__, e)
class InheritsHash(Key):
    pass
print(hash(InheritsHash("x")) == hash(Key("X")))
class EqSubclass(Key):
    def __eq__(self, other):
        return False
try:
    hash(EqSubclass("x"))
except TypeError as e:
    print(type(e).__name__, e)
class IntHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, o):
        return self.v == o.v
print(hash(IntHash(7)), hash(IntHash(-1)), hash(IntHash(2 ** 70)) == hash(2 ** 70))
class BadHash:
    def __hash__(self):
        return "str"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
