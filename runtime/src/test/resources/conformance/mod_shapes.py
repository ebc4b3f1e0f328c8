# Helper module for the import_* and builtin_import_* programs: simple shape functions and state.
print("mod_shapes loading, __name__ =", __name__)
PI_ISH = 3
created = []
def square_area(side):
    return side * side
def circle_area(r):
    return PI_ISH * r * r
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        created.append(self)
    def area(self):
        return self.w * self.h
    def __repr__(self):
        return f"Rect({self.w}, {self.h})"
def count():
    return len(created)
if __name__ == "__main__":
    print("mod_shapes run as a script")
