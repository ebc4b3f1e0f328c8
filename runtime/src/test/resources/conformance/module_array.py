# array.array: every typecode, the list-like methods, slicing, operators, bytes and conversions.
from array import array, typecodes, ArrayType
import copy

print(typecodes, ArrayType is array, array.__name__, array.__module__, array)
for tc in typecodes:
    a = array(tc)
    print(tc, a.typecode, a.itemsize, repr(a), len(a), type(a).__name__)

# Construction from lists, tuples, ranges, generators, bytes, str and other arrays.
print(array("i", [1, 2, 3]), array("h", (4, 5)), array("l", range(3)), array("q", (x * x for x in range(4))))
print(array("b", b"\x01\xff"), array("B", b"\x01\xff"), array("i", b"\x01\x00\x00\x00\xff\xff\xff\xff"))
print(array("u", "hello"), array("u", "h\u00e9\u20ac\U0001f600"), array("d", array("i", [1, 2])))
print(array("i", array("i", [7, 8])), array("f", [1.5, 2]), array("d", [True, 3]))

# Range limits of every integer typecode, and unsigned wrap when read back.
limits = {"b": (-128, 127), "B": (0, 255), "h": (-32768, 32767), "H": (0, 65535),
          "i": (-2**31, 2**31 - 1), "I": (0, 2**32 - 1), "l": (-2**63, 2**63 - 1),
          "L": (0, 2**64 - 1), "q": (-2**63, 2**63 - 1), "Q": (0, 2**64 - 1)}
for tc, (lo, hi) in limits.items():
    a = array(tc, [lo, hi, 0])
    print(tc, a, a.tolist() == [lo, hi, 0], a[0] == lo, a[1] == hi)

# Float items: 'f' rounds through float32, 'd' keeps doubles.
f = array("f", [0.1, 1 / 3, 1e38, 1e39, -0.0, float("inf")])
print(f)
print(array("d", [0.1, 1 / 3, 1e308, -0.0, float("-inf")]))
print(array("f", [float("nan")]) == array("f", [float("nan")]), array("d", [2.5]) == array("f", [2.5]))

# Indexing and item assignment.
a = array("i", [10, 20, 30, 40, 50])
print(a[0], a[-1], a[2], a[-5])
a[1] = 21
a[-1] = -50
print(a)
class Idx:
    def __index__(self):
        return 2
print(a[Idx()], a[True])
a[Idx()] = 33
print(a)

# Slicing returns arrays; slice assignment and deletion.
a = array("i", range(10))
print(a[2:5], a[::2], a[::-1], a[-3:], a[5:2], a[1:8:3], a[100:], type(a[1:2]).__name__)
a[2:5] = array("i", [7, 7])
print(a)
a[:0] = array("i", [-1, -2])
print(a)
a[len(a):] = array("i", [99])
print(a)
a[::2] = array("i", [0] * len(a[::2]))
print(a)
del a[1]
del a[-2:]
print(a)
del a[::3]
print(a)
del a[::-2]
print(a)
a[1:1] = a
print(a)
b = array("d", [1.0, 2.0, 3.0, 4.0])
b[1:3] = array("d")
print(b)

# The list-like methods.
a = array("h", [3, 1, 4, 1, 5])
a.append(9)
a.extend([2, 6])
a.extend(array("h", [5, 3]))
a.extend(x for x in (5, 8))
print(a, len(a))
a.insert(0, 100)
a.insert(-1, 200)
a.insert(1000, 300)
a.insert(-1000, 400)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(2), a)
print(a.index(1), a.index(1, 2), a.index(5, -6, -1), a.count(1), a.count(5), a.count(77))
a.remove(1)
print(a)
a.reverse()
print(a)
e = array("i")
e.reverse()
a.extend(a)
print(a, 5 in a, 77 in a, 5.0 in a, "x" in a, a.count(5.0))
a.fromlist([7, 8])
print(a.tolist())

# Iteration, len, bool, min/max/sum/sorted over arrays.
a = array("i", [4, 2, 9])
print(list(a), [x * 2 for x in a], len(a), bool(a), bool(array("i")), sum(a), min(a), max(a), sorted(a))
it = iter(a)
print(type(it).__name__, next(it), list(it), list(it))
print(list(reversed(array("b", [1, 2, 3]))), list(enumerate(array("u", "ab"))))

# Operators: +, *, +=, *=, comparisons.
x = array("i", [1, 2])
y = array("i", [3])
print(x + y, x * 3, 3 * x, x * 0, x * -1, y + array("i"))
z = x
z += y
print(z is x, x)
z *= 2
print(z is x, x)
z *= 0
print(x, len(x))
p, q = array("i", [1, 2, 3]), array("i", [1, 2, 4])
print(p == q, p != q, p < q, p <= q, p > q, p >= q)
print(array("i", [1, 2]) < array("i", [1, 2, 0]), array("i", [1, 2]) == array("i", [1, 2]))
print(array("i", [1, 2]) == array("d", [1.0, 2.0]), array("b", [1]) < array("d", [1.5]), array("B", [200]) > array("b", [100]))
print(array("Q", [2**64 - 1]) > array("Q", [1]), array("L", [2**63]) < array("L", [2**63 + 1]))
print(array("i", [1]) == [1], array("i") == array("d"), array("u", "ab") < array("u", "b"))

# Bytes: tobytes, frombytes, byteswap, and round trips.
a = array("H", [1, 258, 65535])
raw = a.tobytes()
print(raw, len(raw) == len(a) * a.itemsize)
b = array("H")
b.frombytes(raw)
print(b == a, b)
b.byteswap()
print(b, b.tobytes())
d = array("d", [1.5, -2.25])
d2 = array("d")
d2.frombytes(d.tobytes())
print(d2, d.tobytes())
q = array("q", [-1, 2**40])
q.byteswap()
print(q)
f = array("f", [1.0])
f.byteswap()
print(f.tobytes())
print(bytes(array("i", [1, 2])), bytes(array("B", [65, 66])))

# Unicode arrays.
u = array("u", "abc")
u.fromunicode("de")
u.append("f")
u[0] = "A"
print(u, u.tounicode(), u.tolist(), u[1], u[1:3], u.itemsize)

# Copies.
a = array("i", [1, 2, 3])
c1, c2 = copy.copy(a), copy.deepcopy(a)
c1.append(4)
print(a, c1, c2, c1 is not a, a.__copy__())
n, size = a.buffer_info()
print(type(n).__name__, size)

# Subclasses.
class MyArray(array):
    def total(self):
        return sum(self)
m = MyArray("i", [1, 2, 3])
m.tag = "t"
print(m, m.total(), m.tag, isinstance(m, array), type(m[0:2]).__name__, type(m + m).__name__)
