# Checks simple str.format calls and f-strings with conversions, nested fields and expressions.
print("{} {}".format("a", "b"), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{}".format([1, 2]))
print("{0}{0}{1}".format("ab", "c"), "{{}}".format(), "{!r}".format("q"), "{:>4}".format(7))
p = {"name": "Ann", "age": 30}
print(f"{p['name']} is {p['age']}", f"{len(p)} keys", f"{'yes' if p else 'no'}")
items = [1, 2, 3]
print(f"sum={sum(items)} max={max(items)} first={items[0]} last={items[-1]}")
x = 3.14159
print(f"{x:.2f} {x:8.3f}| {x:<8.1f}| {x:+.1f} {-x:.0f} {x * 2:.4f}")
n = 1234567
print(f"{n:,} {n:>12,} {n:x} {n:#o} {n:012d} {n:b}")
name = "weft"
print(f"{name!r:>10}|{name:<8}|{name.upper()}|{name[::-1]}")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
    def __format__(self, spec):
        return "formatted:" + spec
obj = P()
print(f"{obj} {obj!r} {obj!s} {obj:custom}", format(obj, "x"), "{}".format(obj))
nested = [[1, 2], [3, 4]]
print(f"{nested[1][0]} {nested!r} {[v * 2 for v in items]}")
print(f"{'a' + 'b'}{1 + 1}{'c' * 2}")
