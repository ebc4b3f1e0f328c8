# Checks class definition, __init__, instance attributes, methods and bound methods.
class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, 2)
q = p.moved(3, 4)
print(p, q, p.dist2(q), Point.dist2(p, q))
print(Point.__name__, Point.__doc__, Point.dims, p.dims, type(p) is Point, type(p).__name__)
m = p.moved
print(m(1, 1), m.__self__ is p, m.__func__ is Point.moved, m.__name__)
print(p.__dict__, sorted(Point.__dict__.keys() & {"dims", "moved", "__init__"}))
p.z = 3
print(p.__dict__)
print(isinstance(p, Point), isinstance(p, object), issubclass(Point, object))
class Empty:
    pass
e = Empty()
print(type(e).__name__, e.__dict__, Empty.__bases__ == (object,))
print(Point.__module__, Point.__qualname__)
class WithInitReturn:
    def __init__(self):
        return None
print(type(WithInitReturn()).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Empty(1)
except TypeError as e:
    print(type(e).__name__, e)
