# Checks "from __future__ import annotations": annotations stored as strings, never evaluated.
from __future__ import annotations
def f(x: int, y: "str" = "a", *args: float, z: list[int] = None, **kw: dict) -> Undefined:
    return x
print(f.__annotations__)
print(f(1))
class Point:
    x: int
    y: float = 0.0
    label: SomethingNotDefined
    def move(self, dx: int) -> Point:
        return self
print(Point.__annotations__)
print(Point.move.__annotations__)
print(Point.y, hasattr(Point, "x"), "x" in vars(Point))
def no_annotations(a, b):
    pass
print(no_annotations.__annotations__)
count: int = 5
other: tuple[int, ...]
print(__annotations__)
print(count)
def g(a: 1 + 2, b: [x for x in range(3)]) -> lambda: None:
    pass
print(g.__annotations__)
