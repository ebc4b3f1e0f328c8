# Checks @property with getter, setter and deleter, read-only properties and property() calls.
class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        print("get radius")
        return self._r
    @radius.setter
    def radius(self, value):
        print("set radius", value)
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._r = value
    @radius.deleter
    def radius(self):
        print("delete radius")
        del self._r
    @property
    def area(self):
        return 3 * self._r ** 2
c = Circle(2)
print(c.radius, c.area)
c.radius = 5
print(c.area)
try:
    c.radius = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.area = 10
except AttributeError as e:
    print(type(e).__name__, e)
del c.radius
print(hasattr(c, "_r"))
try:
    del c.area
except AttributeError as e:
    print(type(e).__name__, e)
class Old:
    def _get(self):
        return "old-style value"
    value = property(_get, doc="the value")
print(Old().value, Old.value.__doc__, type(Old.value).__name__)
print(Circle.radius.fget.__name__, Circle.area.fset is None)
class Sub(Circle):
    @property
    def radius(self):
        return "overridden"
print(Sub(1).radius)
