# Checks builtin type constructors: bool int float str list tuple dict set frozenset object, with and without args.
print(bool(), int(), float(), repr(str()), list(), tuple(), dict(), set(), frozenset(), type(object()).__name__)
print(bool(3), bool([]), int(-3.9), int("  12  "), float(" -1.5 "), float(3), str(3.0), str([1, "a"]))
print(list("abc"), list((1, 2)), list({"k": 1, "j": 2}), list(range(3)), list(x * 2 for x in range(3)))
print(tuple([1, 2]), tuple("ab"), tuple({3: 0}), tuple(reversed([1, 2, 3])))
print(dict([("a", 1), ("b", 2)]), dict(a=1), dict({"x": 1}, y=2), dict(zip(range(3), "abc")), dict([]))
print(sorted(set("banana")), sorted(set([3, 1, 3])), sorted(frozenset(range(4))), set(range(0)))
orig = [1, 2]
print(list(orig) is orig, tuple((1, 2)) == (1, 2), str("s") == "s")
print(int(True), float(True), str(True), str(None), list(b"hi"), bytes("hi", "ascii"))
print(type(bool(1)).__name__, type(int("5")).__name__, type(float("5")).__name__, isinstance(object(), object))
print(int(float("1e3")), float(int("12" * 5)), int(-0.0), float("-0"))
for ctor, arg in [(list, 5), (tuple, 1.5), (dict, "ab"), (set, None), (int, "1e3"), (float, "1,5"), (object, 1)]:
    try:
        ctor(arg)
    except (TypeError, ValueError) as e:
        print(ctor.__name__, type(e).__name__, e)
class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
print(Point(), Point(1), Point(y=2), list(map(Point, [1, 2])), dict.fromkeys("ab", Point()))
