# Checks NotImplemented fallback order for arithmetic and comparisons between unrelated classes.
class A:
    def __add__(self, other):
        print("A.__add__ ->", "NotImplemented")
        return NotImplemented
    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented
    def __lt__(self, other):
        print("A.__lt__")
        return NotImplemented
class B:
    def __radd__(self, other):
        print("B.__radd__")
        return "B handled"
    def __eq__(self, other):
        print("B.__eq__")
        return NotImplemented
    def __gt__(self, other):
        print("B.__gt__")
        return "B says gt"
a, b = A(), B()
print(a + b)
print(a == b)
print(a != b)
print(a < b)
try:
    print(b < a)
except TypeError as e:
    print(type(e).__name__, e)
class C:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return NotImplemented
try:
    C() + C()
except TypeError as e:
    print(type(e).__name__, e)
print(C() == C(), C() != C())
print(repr(NotImplemented), type(NotImplemented).__name__)
print((1).__add__("x"), (1.5).__eq__("x"), "s".__lt__(3))
