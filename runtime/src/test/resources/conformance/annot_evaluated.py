# Checks annotations without the __future__ import: evaluated at definition time.
def f(x: int, y: str = "a") -> bool:
    return True
print(f.__annotations__)
print(f.__annotations__["x"] is int, f.__annotations__["return"].__name__)
class C:
    a: int = 1
    b: list
    def m(self, v: "C") -> None:
        pass
print(C.__annotations__)
print(C.m.__annotations__)
def side_effect():
    print("annotation evaluated")
    return "ann"
def g(p: side_effect()):
    pass
print(g.__annotations__)
x: int = 10
y: str
print(__annotations__, x)
def h():
    local: int = 5
    unassigned: str
    return local
print(h(), h.__annotations__)
try:
    def bad(a: undefined_name):
        pass
except NameError as e:
    print(type(e).__name__, e)
