# struct: formats, byte orders, sizes and native alignment, every code, Struct, and the errors.
import struct
from array import array


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", r)


# Sizes, with native alignment for '@' (and none for the standard orders).
for fmt in ["", "x", "c", "b", "B", "?", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N",
            "e", "f", "d", "P", "s", "p", "5s", "5p", "bi", "ib", "bq", "@bd0l", "hd", "c?e",
            "<bi", "=bi", ">bi", "!bi", "<l", ">L", "b0i", "@3si", "@5pi", "xxi", "4x",
            " i ", "i i", "3i2h", "0i", "bP"]:
    attempt("calcsize %r" % fmt, lambda: struct.calcsize(fmt))

# Packing and unpacking every code in every byte order.
values = {"b": -5, "B": 250, "h": -300, "H": 60000, "i": -70000, "I": 4000000000,
          "l": -123456, "L": 3000000000, "q": -2**40, "Q": 2**63, "?": True,
          "e": 1.5, "f": 0.1, "d": 1 / 3}
for order in "@=<>!":
    for code, v in values.items():
        data = struct.pack(order + code, v)
        print(order + code, data, struct.unpack(order + code, data))
for code, v in [("n", -7), ("N", 2**64 - 1), ("P", 4096)]:
    data = struct.pack(code, v)
    print(code, data, struct.unpack(code, data))

# Several values, repeat counts, strings, pad bytes, chars and bools.
packed = struct.pack("<3h2sxc?", 1, -2, 3, b"hello", b"Z", 0)
print(packed, struct.unpack("<3h2sxc?", packed))
print(struct.pack(">I4s", 1, b"ab"), struct.pack("5s", b"toolongvalue"), struct.pack("0s", b"x"))
print(struct.pack("5p", b"abc"), struct.pack("3p", b"abcdef"), struct.pack("p", b"abc"), struct.pack("0p", b"abc"))
print(struct.unpack("5p", b"\x03abcd"), struct.unpack("3p", b"\x09abc"[:3]), struct.unpack("0s", b""))
long_p = struct.pack("300p", b"a" * 299)
print(long_p[:3], len(long_p), struct.unpack("300p", long_p)[0][:5])
print(struct.pack("2c", b"a", b"b"), struct.pack("?", []), struct.pack("?", "x"), struct.unpack("<?", b"\x02"))
print(struct.pack("@bi", 1, 2), struct.pack("<bi", 1, 2), struct.pack(">bi", 1, 2))
print(struct.unpack("@bi", bytes(8)), struct.pack(b"<i", 1), struct.pack("i" * 3, *range(3)))

# Floats: rounding through float32 and float16, specials.
for v in [0.1, 65504.0, 65519.99, 5.960464477539063e-08, 2.9802322387695312e-08, 1 / 3, -0.0,
          float("inf"), float("-inf"), float("nan")]:
    print(v, struct.pack("<e", v), struct.unpack("<e", struct.pack("<e", v)),
          struct.pack(">f", v), struct.unpack(">f", struct.pack(">f", v)))
print(struct.unpack("<e", b"\x01\x00"), struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x00\xfe"))
print(struct.pack("@f", 1e300), struct.pack("d", 1), struct.pack(">d", -0.0))


class Indexy:
    def __index__(self):
        return 7


class Floaty:
    def __float__(self):
        return 2.5


print(struct.pack("i", Indexy()), struct.pack("d", Indexy()), struct.pack("d", Floaty()), struct.pack("i", True))

# unpack_from, pack_into (arrays are writable buffers), iter_unpack.
data = struct.pack("<4h", 1, 2, 3, 4)
print(struct.unpack_from("<h", data), struct.unpack_from("<h", data, 2), struct.unpack_from("<2h", data, offset=4))
print(struct.unpack_from("<h", data, -2), struct.unpack_from("<h", buffer=data), struct.unpack("<2i", array("i", [5, 6])))
buf = array("b", [0] * 8)
struct.pack_into("<i", buf, 0, 1)
struct.pack_into("<h", buf, -2, -1)
print(buf)
it = struct.iter_unpack("<h", data)
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), list(it))

# Struct objects.
s = struct.Struct("<hi")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x01\x00\x02\x00\x00\x00"), type(s).__name__)
print(s.unpack_from(b"xx\x01\x00\x02\x00\x00\x00", 2), list(s.iter_unpack(bytes(12))))
s.pack_into(buf, 1, -1, -1)
print(buf)
print(struct.Struct(b">h").format, struct.Struct(format="b").size)
s.__init__("2h")
print(s.format, s.size, s.pack(3, 4))


class Sub(struct.Struct):
    pass


print(Sub("<h").pack(3), isinstance(Sub("h"), struct.Struct), issubclass(struct.error, Exception))
print(struct.Struct.__name__, struct.error.__name__, struct.error.__module__, struct.error)

# Errors.
attempt("bad char", lambda: struct.calcsize("z"))
attempt("bad char standard n", lambda: struct.calcsize("<n"))
attempt("bad char standard P", lambda: struct.calcsize("=P"))
attempt("count without code", lambda: struct.calcsize("3"))
attempt("count then space", lambda: struct.calcsize("2 i"))
attempt("too long", lambda: struct.calcsize("99999999999999999999i"))
attempt("too long 2", lambda: struct.calcsize("9223372036854775807i"))
attempt("non-ascii", lambda: struct.calcsize("\u00e9"))
attempt("format type", lambda: struct.calcsize(5))
attempt("calcsize none", lambda: struct.calcsize())
attempt("pack none", lambda: struct.pack())
attempt("pack fewer", lambda: struct.pack("ii", 1))
attempt("pack more", lambda: struct.pack("i", 1, 2))
attempt("pack 0s", lambda: struct.pack("0s"))
attempt("s str", lambda: struct.pack("3s", "abc"))
attempt("p int", lambda: struct.pack("p", 1))
attempt("c long", lambda: struct.pack("c", b"ab"))
attempt("c str", lambda: struct.pack("c", "a"))
attempt("not int", lambda: struct.pack("i", "x"))
attempt("float for int", lambda: struct.pack("i", 1.5))
attempt("__float__ for int", lambda: struct.pack("i", Floaty()))
attempt("not float", lambda: struct.pack("d", "x"))
attempt("none float", lambda: struct.pack("f", None))
attempt("huge float", lambda: struct.pack("f", 2**1024))
attempt("f overflow", lambda: struct.pack("<f", 1e300))
attempt("e overflow", lambda: struct.pack("e", 1e300))
attempt("e overflow 2", lambda: struct.pack("e", 65520.0))
for order in "@<>":
    for code in "bBhHiIlLqQ":
        for v in [-1, 2**15, 2**31, 2**32, 2**63, 2**64, -2**63 - 1]:
            attempt("%s%s %d" % (order, code, v), lambda: struct.pack(order + code, v))
for code in "nNP":
    for v in [-1, 2**63, 2**64, -2**63 - 1]:
        attempt("%s %d" % (code, v), lambda: struct.pack(code, v))
attempt("unpack short", lambda: struct.unpack("i", b"abc"))
attempt("unpack long", lambda: struct.unpack("i", b"abcde"))
attempt("unpack str", lambda: struct.unpack("i", "abcd"))
attempt("unpack one arg", lambda: struct.unpack("i"))
attempt("unpack_from short", lambda: struct.unpack_from("i", b"abc"))
attempt("unpack_from offset", lambda: struct.unpack_from("i", b"abcdefg", 4))
attempt("unpack_from negative", lambda: struct.unpack_from("i", b"abcdefg", -2))
attempt("unpack_from out of range", lambda: struct.unpack_from("i", b"abcdefg", -10))
attempt("unpack_from keyword", lambda: struct.unpack_from("i", b"abcd", bad=1))
attempt("unpack_from no buffer", lambda: struct.unpack_from("i"))
attempt("unpack_from nothing", lambda: struct.unpack_from())
attempt("unpack_from offset type", lambda: struct.unpack_from("i", b"abcd", "x"))
attempt("iter_unpack size", lambda: struct.iter_unpack("h", b"abc"))
attempt("iter_unpack zero", lambda: struct.iter_unpack("", b""))
attempt("pack_into bytes", lambda: struct.pack_into("i", b"abcd", 0, 1))
attempt("pack_into no buffer", lambda: struct.pack_into("i"))
attempt("pack_into no offset", lambda: struct.pack_into("i", buf))
attempt("pack_into no items", lambda: struct.pack_into("i", buf, 0))
attempt("pack_into past end", lambda: struct.pack_into("i", buf, 6, 1))
attempt("pack_into negative", lambda: struct.pack_into("i", buf, -2, 1))
attempt("pack_into out of range", lambda: struct.pack_into("i", buf, -20, 1))
attempt("Struct type", lambda: struct.Struct(5))
attempt("Struct none", lambda: struct.Struct())
attempt("Struct bad", lambda: struct.Struct("bad"))
attempt("Struct unpack arity", lambda: struct.Struct("i").unpack())
attempt("Struct pack count", lambda: struct.Struct("i").pack(1, 2))
try:
    struct.unpack("i", b"")
except struct.error as e:
    print(type(e).__name__, e.args, str(e))
