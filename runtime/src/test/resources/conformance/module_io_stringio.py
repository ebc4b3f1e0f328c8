# io.StringIO and io.BytesIO: reading, writing, seeking, newlines, iteration, print(file=), errors.
import io


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))


s = io.StringIO("hello\nworld\nlast")
print(s.tell(), repr(s.read(3)), s.tell(), repr(s.readline()), s.readlines(), repr(s.read()), s.tell())
s.seek(0)
print(repr(s.readline(2)), repr(s.readline(None)), repr(s.readline(-1)), list(s))
s.seek(0)
print(s.readlines(6), s.readlines(1), s.readlines())
print(repr(s.getvalue()), s.readable(), s.writable(), s.seekable(), s.isatty(), s.flush())
print(s.line_buffering, s.newlines, s.encoding, s.errors, s.closed)

# Writing: appending, overwriting, writing past the end, truncating.
w = io.StringIO()
print(w.write("abc"), w.write(""), w.write("\u20ac\U0001f600"), w.tell(), repr(w.getvalue()))
w.seek(1)
w.write("XY")
print(repr(w.getvalue()), w.tell(), repr(w.read()))
w.seek(10)
w.write("z")
print(repr(w.getvalue()), w.tell())
print(w.truncate(4), repr(w.getvalue()), w.tell())
print(w.truncate(), repr(w.getvalue()), w.tell())
print(w.seek(0), w.seek(0, 2), w.seek(0, 1), repr(w.read(0)))
w.writelines(["1", "2", "3"])
print(repr(w.getvalue()))
e = io.StringIO("abc")
e.seek(10)
print(repr(e.read()), repr(e.readline()), e.tell())

# print(..., file=) writes through the stream.
out = io.StringIO()
print("a", 1, [2], sep="-", end="!\n", file=out)
print(file=out)
print("x", "y", file=out, end="")
print(repr(out.getvalue()))

# Context manager and close.
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
c.close()
for name in ["read", "readline", "readlines", "getvalue", "tell", "truncate", "readable",
             "writable", "seekable", "isatty", "__enter__", "__iter__", "__next__"]:
    attempt("closed " + name, getattr(c, name))
attempt("closed write", lambda: c.write("a"))
attempt("closed seek", lambda: c.seek(0))
print(c.flush())

# Newline handling.
for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(t.getvalue()), t.readlines())
t = io.StringIO(newline=None)
print(t.write("x\r\ny\r"), repr(t.getvalue()))
print(repr(io.StringIO(None).getvalue()), repr(io.StringIO(initial_value="kw").read()))

# Errors.
x = io.StringIO("abc")
attempt("write int", lambda: x.write(5))
attempt("read str", lambda: x.read("x"))
attempt("seek negative", lambda: x.seek(-1))
attempt("seek cur", lambda: x.seek(1, 1))
attempt("seek end", lambda: x.seek(1, 2))
attempt("seek whence", lambda: x.seek(0, 3))
attempt("seek str", lambda: x.seek("x"))
attempt("truncate negative", lambda: x.truncate(-1))
attempt("truncate str", lambda: x.truncate("x"))
attempt("readlines str", lambda: x.readlines("x"))
attempt("init int", lambda: io.StringIO(5))
attempt("newline bad", lambda: io.StringIO("a", "x"))
attempt("newline int", lambda: io.StringIO("a", 5))
attempt("three args", lambda: io.StringIO("a", "\n", 3))
attempt("fileno", lambda: x.fileno())
attempt("writelines int", lambda: x.writelines([1]))
attempt("next at end", lambda: next(io.StringIO("")))
try:
    x.fileno()
except ValueError as err:
    print("UnsupportedOperation is a ValueError:", type(err).__name__)
except OSError:
    print("not reached")
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.StringIO.__name__, type(io.StringIO()).__name__, isinstance(io.StringIO(), io.TextIOBase),
      isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.IOBase))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)


class Log(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


g = Log()
print("shout", file=g)
g.note = 1
print(repr(g.getvalue()), g.note)

# BytesIO.
b = io.BytesIO(b"ab\ncd\nef")
print(b.read(1), b.readline(), b.read(), b.tell(), b.getvalue())
b.seek(0)
print(b.readlines(), list(io.BytesIO(b"x\ny")), io.BytesIO(b"a\nb\nc").readlines(3))
print(b.write(b"!!"), b.getvalue(), b.seek(-2, 1), b.seek(-100, 2), b.seek(3, 2), b.tell())
print(b.write(b"?"), b.getvalue(), b.truncate(2), b.getvalue(), b.tell())
print(b.write(array_bytes := bytes([1, 2])), b.getvalue(), b.read1(), io.BytesIO(b"abc").read(-5))
with io.BytesIO() as bb:
    bb.writelines([b"a", b"bc"])
    print(bb.getvalue(), bb.readable(), bb.seekable())
attempt("bytes write str", lambda: b.write("x"))
attempt("bytes init str", lambda: io.BytesIO("x"))
attempt("bytes seek negative", lambda: b.seek(-1))
attempt("bytes seek whence", lambda: b.seek(0, 3))
attempt("bytes truncate negative", lambda: b.truncate(-1))
b.close()
for name in ["read", "getvalue", "tell", "flush", "__next__", "__enter__"]:
    attempt("bytes closed " + name, getattr(b, name))
print(b.closed, repr(iter(b).closed))
