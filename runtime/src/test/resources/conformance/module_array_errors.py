# array.array's errors, with CPython's messages: typecodes, item ranges, types, indexes, operands.
from array import array


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", r)


# The constructor.
attempt("no args", lambda: array())
attempt("three args", lambda: array("i", [], 1))
attempt("keyword", lambda: array("i", initializer=[]))
attempt("bad typecode", lambda: array("x"))
attempt("long typecode", lambda: array("ii"))
attempt("int typecode", lambda: array(1))
attempt("empty typecode", lambda: array(""))
attempt("str init", lambda: array("i", "abc"))
attempt("unicode array init", lambda: array("i", array("u", "a")))
attempt("non-iterable", lambda: array("i", 5))
attempt("bytes length", lambda: array("i", b"abc"))
attempt("u from ints", lambda: array("u", [1]))

# Every integer typecode's range checks, in CPython's order.
values = [2**7, -2**7 - 1, 2**8, -1, 2**15, -2**15 - 1, 2**16, 2**31, -2**31 - 1, 2**32,
          2**63, -2**63 - 1, 2**64, 2**70, -2**70]
for tc in "bBhHiIlLqQ":
    for v in values:
        attempt(tc + " " + str(v), lambda: array(tc, [v]).tolist() == [v])

# Item types.
for tc, v in [("i", 1.5), ("i", "1"), ("b", None), ("Q", 2.0), ("I", []), ("f", "x"),
              ("d", None), ("d", [1]), ("f", 2**1024), ("u", 1), ("u", "ab"), ("u", "")]:
    attempt(tc + " " + repr(v), lambda: array(tc, [v]))


class Floaty:
    def __float__(self):
        return 2.5


class Indexy:
    def __index__(self):
        return 7


attempt("d __float__", lambda: array("d", [Floaty()]))
attempt("i __index__", lambda: array("i", [Indexy()]))
attempt("i __float__", lambda: array("i", [Floaty()]))
attempt("d __index__", lambda: array("d", [Indexy()]))

# Methods on a sample array.
a = array("i", [1, 2, 3])
attempt("pop empty", lambda: array("i").pop())
attempt("pop range", lambda: a.pop(5))
attempt("pop type", lambda: a.pop("x"))
attempt("remove", lambda: a.remove(9))
attempt("index", lambda: a.index(9))
attempt("index window", lambda: a.index(1, 1))
attempt("index bad start", lambda: a.index(1, "x"))
attempt("getitem range", lambda: a[3])
attempt("getitem type", lambda: a["x"])
attempt("getitem float", lambda: a[1.0])
attempt("setitem range", lambda: a.__setitem__(-4, 1))
attempt("setitem type", lambda: a.__setitem__("x", 1))
attempt("setitem value", lambda: a.__setitem__(0, "x"))
attempt("setitem overflow", lambda: a.__setitem__(0, 2**40))
attempt("delitem range", lambda: a.__delitem__(7))
attempt("slice list", lambda: a.__setitem__(slice(0, 2), [1, 2]))
attempt("slice kind", lambda: a.__setitem__(slice(0, 2), array("d", [1.0])))
attempt("extended slice size", lambda: a.__setitem__(slice(0, 3, 2), array("i", [1, 2, 3])))
attempt("slice step zero", lambda: a[::0])
attempt("append none", lambda: a.append())
attempt("append two", lambda: a.append(1, 2))
attempt("insert one", lambda: a.insert(1))
attempt("insert type", lambda: a.insert("x", 1))
attempt("extend kind", lambda: a.extend(array("d")))
attempt("extend int", lambda: a.extend(5))
attempt("extend partial", lambda: a.extend([4, "x", 5]))
print(a)
attempt("fromlist tuple", lambda: a.fromlist((1,)))
attempt("fromlist atomic", lambda: a.fromlist([6, "x"]))
print(a)
attempt("frombytes str", lambda: a.frombytes("abc"))
attempt("frombytes length", lambda: a.frombytes(b"abcde"))
attempt("tounicode", lambda: a.tounicode())
attempt("fromunicode", lambda: a.fromunicode("x"))
attempt("fromunicode int", lambda: array("u").fromunicode(1))
attempt("byteswap arg", lambda: a.byteswap(1))
attempt("tobytes arg", lambda: a.tobytes(1))
attempt("count none", lambda: a.count())
attempt("descriptor", lambda: array.append([], 1))
attempt("typecode readonly", lambda: setattr(a, "typecode", "d"))
attempt("no attribute", lambda: a.nope)
attempt("no instance dict", lambda: setattr(a, "x", 1))

# Operators.
attempt("hash", lambda: hash(a))
attempt("add list", lambda: a + [1])
attempt("radd list", lambda: [1] + a)
attempt("add kind", lambda: a + array("d"))
attempt("iadd list", lambda: a.__iadd__([1]))
attempt("iadd kind", lambda: a.__iadd__(array("I")))
attempt("mul str", lambda: a * "x")
attempt("mul float", lambda: a * 1.5)
attempt("rmul float", lambda: 2.0 * a)
attempt("lt list", lambda: a < [1])
attempt("lt str", lambda: a <= "x")
attempt("eq list", lambda: a == [1, 2, 3])
attempt("sub", lambda: a - a)
print(a)
