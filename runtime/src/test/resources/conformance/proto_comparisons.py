# Checks rich comparison dunders, reflection (__lt__ <-> __gt__) and sorting user objects.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        print(f"  {self.text} < {other.text}?")
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "V" + self.text
a, b = Version("1.2.10"), Version("1.10.0")
print(a < b)
print(b > a)
print(a <= b, b >= a, a == Version("1.2.10"), a != b)
print(a == "1.2.10", a != "1.2.10")
vs = [Version(t) for t in ["2.0", "1.0.1", "1.0", "10.1"]]
print(sorted(vs))
print(max(vs, key=lambda v: v.parts), min(vs, key=lambda v: v.parts))
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
class Only_eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print(Only_eq(1) == Only_eq(1), Only_eq(1) != Only_eq(1), Only_eq(1) != Only_eq(2))
class Weird:
    def __eq__(self, other):
        return "truthy string"
    def __lt__(self, other):
        return 0
print(Weird() == 1, Weird() < 1, [Weird()] == [1], bool([Weird()] < [Weird()]))
print((1, 2) < (1, 2, 0), [3] > [2, 9], "Z" < "a", (1, "a") < (1, "b"))
