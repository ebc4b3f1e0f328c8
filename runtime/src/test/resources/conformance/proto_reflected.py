# Checks reflected operators (__radd__ etc.) and the subclass-first rule for reflected operands.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        print("Money.__add__")
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("Money.__radd__")
        return self.__add__(other)
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __rmul__(self, other):
        return Money(self.cents * other)
    def __rtruediv__(self, other):
        return other / self.cents
    def __rpow__(self, other):
        return other ** self.cents
    def __rlshift__(self, other):
        return other << self.cents
    def __rmatmul__(self, other):
        return "rmatmul with " + repr(other)
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(5)
print(m + 1)
print(1 + m)
print(sum([Money(1), Money(2), Money(3)]))
print(10 - m, 3 * m, 10 / Money(4), 2 ** Money(10), 1 << Money(3), [1] @ m)
class Special(Money):
    def __radd__(self, other):
        print("Special.__radd__ (subclass wins)")
        return Money(other.cents * 100 + self.cents)
print(Money(1) + Special(2))
class Left:
    def __add__(self, other):
        return "Left.__add__"
class Right:
    def __radd__(self, other):
        return "Right.__radd__"
print(Left() + Right(), 5 + Right(), "s" + Right())
try:
    Right() + Left()
except TypeError as e:
    print(type(e).__name__, e)
