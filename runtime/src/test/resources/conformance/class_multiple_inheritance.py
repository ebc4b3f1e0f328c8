# Checks multiple inheritance: attribute lookup order, mixins and isinstance with several bases.
class JsonMixin:
    def to_text(self):
        parts = []
        for k in sorted(vars(self)):
            parts.append(f'"{k}": {getattr(self, k)!r}')
        return "{" + ", ".join(parts) + "}"
class CompareMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None
class Named:
    label = "named"
    def __init__(self, name):
        self.name = name
class Item(JsonMixin, CompareMixin, Named):
    def __init__(self, name, qty):
        super().__init__(name)
        self.qty = qty
a = Item("bolt", 3)
b = Item("bolt", 3)
print(a.to_text(), a == b, a != b, a.label)
print([c.__name__ for c in Item.__mro__])
print(isinstance(a, JsonMixin), isinstance(a, Named), Item.__bases__ == (JsonMixin, CompareMixin, Named))
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
class P1:
    x = "P1"
    def f(self):
        return "P1.f"
class P2:
    x = "P2"
    y = "P2y"
    def f(self):
        return "P2.f"
    def g(self):
        return "P2.g"
class Child(P1, P2):
    pass
c = Child()
print(c.x, c.y, c.f(), c.g())
class Child2(P2, P1):
    pass
print(Child2().x, Child2().f())
print(super(P1, c).f() if hasattr(super(P1, c), "f") else "none")
