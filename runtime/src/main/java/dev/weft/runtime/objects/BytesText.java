package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;

import dev.weft.runtime.threads.ThreadState;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The text methods of {@code bytes}: searching, splitting, stripping, replacing, ASCII case and
 * predicates, {@code join} and {@code fromhex}. Each byte is read as the Latin-1 character of the
 * same value, so that the algorithms of {@link StrText} serve with ASCII whitespace.
 */
final class BytesText {
  private BytesText() {}

  static String text(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  static String text(PyObject self) {
    return text(((PyBytes) self).value);
  }

  static PyBytes bytes(ThreadState ts, String latin1) {
    return new PyBytes(ts, latin1.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** A bytes argument, or TypeError. */
  static String arg(ThreadState ts, PyObject o) {
    if (o instanceof PyBytes b) {
      return text(b.value);
    }
    throw Exc.typeError(ts, "a bytes-like object is required, not '" + o.typeName() + "'");
  }

  /** The sub-sequence argument of {@code find} and {@code count}: bytes, or one byte as an int. */
  private static String sub(ThreadState ts, PyObject o) {
    if (o instanceof PyBytes b) {
      return text(b.value);
    }
    if (!(o instanceof PyInt) && o.type.lookup("__index__") == null) {
      throw Exc.typeError(
          ts, "argument should be integer or bytes-like object, not '" + o.typeName() + "'");
    }
    long v = Ops.index(ts, o);
    if (v < 0 || v > 255) {
      throw Exc.valueError(ts, "byte must be in range(0, 256)");
    }
    return String.valueOf((char) v);
  }

  private static PyList bytesList(ThreadState ts, List<String> parts) {
    PyList out = new PyList(ts);
    for (String part : parts) {
      out.appendSteal(ts, bytes(ts, part));
    }
    return out;
  }

  static void setup(PyType t) {
    StrText.defineSearch(t, BytesText::find, "subsection not found");
    def(
        t,
        "count",
        1,
        (PyBuiltin.F3)
            (ts, self, sub, start, end) -> {
              String f = sub(ts, sub);
              String s = text(self);
              StrText.Window w = StrText.window(ts, s, true, s.length(), start, end);
              return PyInt.of(ts, StrText.count(s, w, f, f.length()));
            });
    def(
        t,
        "startswith",
        1,
        (PyBuiltin.F3) (ts, self, fix, a, b) -> affix(ts, self, fix, a, b, true));
    def(
        t,
        "endswith",
        1,
        (PyBuiltin.F3) (ts, self, fix, a, b) -> affix(ts, self, fix, a, b, false));
    def(
        t,
        "split",
        0,
        (PyBuiltin.FN) (ts, self, a, off, n, kw) -> split(ts, self, a, off, n, kw, false));
    def(
        t,
        "rsplit",
        0,
        (PyBuiltin.FN) (ts, self, a, off, n, kw) -> split(ts, self, a, off, n, kw, true));
    def(
        t,
        "splitlines",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> {
              ArgParser p = new ArgParser(ts, "splitlines", args, off, n, kw, "keepends");
              boolean keep = p.has(0) && Ops.index(ts, p.get(0)) != 0;
              return bytesList(ts, StrText.splitlines(text(self), keep, true));
            });
    def(t, "strip", 0, (PyBuiltin.F1) (ts, self, chars) -> strip(ts, self, chars, true, true));
    def(t, "lstrip", 0, (PyBuiltin.F1) (ts, self, chars) -> strip(ts, self, chars, true, false));
    def(t, "rstrip", 0, (PyBuiltin.F1) (ts, self, chars) -> strip(ts, self, chars, false, true));
    def(t, "partition", 1, (PyBuiltin.F1) (ts, self, sep) -> partition(ts, self, sep, false));
    def(t, "rpartition", 1, (PyBuiltin.F1) (ts, self, sep) -> partition(ts, self, sep, true));
    def(
        t,
        "replace",
        2,
        (PyBuiltin.F3)
            (ts, self, old, replacement, count) -> {
              String o = arg(ts, old);
              String r = arg(ts, replacement);
              long max = count == null ? -1 : Ops.index(ts, count);
              return bytes(ts, StrText.replace(text(self), o, r, max));
            });
    def(t, "removeprefix", 1, (PyBuiltin.F1) (ts, self, fix) -> remove(ts, self, fix, true));
    def(t, "removesuffix", 1, (PyBuiltin.F1) (ts, self, fix) -> remove(ts, self, fix, false));
    def(t, "lower", 0, (PyBuiltin.F0) (ts, self) -> mapBytes(ts, self, false));
    def(t, "upper", 0, (PyBuiltin.F0) (ts, self) -> mapBytes(ts, self, true));
    all(t, "isdigit", c -> c >= '0' && c <= '9');
    all(t, "isalpha", BytesText::isAlpha);
    all(t, "isalnum", c -> isAlpha(c) || (c >= '0' && c <= '9'));
    all(t, "isspace", c -> StrText.isSpace(c, true));
    def(t, "islower", 0, (PyBuiltin.F0) (ts, self) -> isCase(self, 'a', 'A'));
    def(t, "isupper", 0, (PyBuiltin.F0) (ts, self) -> isCase(self, 'A', 'a'));
    def(t, "join", 1, (PyBuiltin.F1) BytesText::join);
    Bootstrap.classMethod(
        t,
        "fromhex",
        2,
        (PyBuiltin.F2)
            (ts, self, cls, hex) -> {
              if (!(hex instanceof PyStr s)) {
                throw Exc.typeError(ts, "fromhex() argument must be str, not " + hex.typeName());
              }
              return new PyBytes(ts, fromhex(ts, s.value));
            });
  }

  private static long find(
      ThreadState ts, PyObject self, PyObject sub, PyObject start, PyObject end, boolean last) {
    String f = sub(ts, sub);
    String s = text(self);
    StrText.Window w = StrText.window(ts, s, true, s.length(), start, end);
    return StrText.find(s, true, w, f, f.length(), last);
  }

  private static PyObject affix(
      ThreadState ts, PyObject self, PyObject fix, PyObject start, PyObject end, boolean prefix) {
    String s = text(self);
    StrText.Window w = StrText.window(ts, s, true, s.length(), start, end);
    if (fix instanceof PyTuple tuple) {
      for (PyObject item : tuple.items) {
        String f = arg(ts, item);
        if (StrText.tailMatch(s, w, f, f.length(), prefix)) {
          return PyBool.TRUE;
        }
      }
      return PyBool.FALSE;
    }
    if (!(fix instanceof PyBytes b)) {
      throw Exc.typeError(
          ts,
          (prefix ? "startswith" : "endswith")
              + " first arg must be bytes or a tuple of bytes, not "
              + fix.typeName());
    }
    String f = text(b.value);
    return PyBool.of(StrText.tailMatch(s, w, f, f.length(), prefix));
  }

  private static PyObject split(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw, boolean right) {
    ArgParser p =
        new ArgParser(ts, right ? "rsplit" : "split", args, off, n, kw, "sep", "maxsplit");
    PyObject sep = p.get(0, PySingleton.NONE);
    long max = p.has(1) ? Ops.index(ts, p.get(1)) : -1;
    String s = text(self);
    if (sep == PySingleton.NONE) {
      return bytesList(
          ts, right ? StrText.rsplitSpace(s, max, true) : StrText.splitSpace(s, max, true));
    }
    String f = arg(ts, sep);
    if (f.isEmpty()) {
      throw Exc.valueError(ts, "empty separator");
    }
    return bytesList(ts, right ? StrText.rsplit(s, f, max) : StrText.split(s, f, max));
  }

  private static PyObject strip(
      ThreadState ts, PyObject self, PyObject chars, boolean left, boolean right) {
    String set = chars == null || chars == PySingleton.NONE ? null : arg(ts, chars);
    String s = text(self);
    String r = StrText.strip(s, set, left, right, true);
    return r.length() == s.length() ? Ops.newRef(ts, self) : bytes(ts, r);
  }

  private static PyObject partition(ThreadState ts, PyObject self, PyObject sep, boolean last) {
    String f = arg(ts, sep);
    if (f.isEmpty()) {
      throw Exc.valueError(ts, "empty separator");
    }
    String[] parts = StrText.partition(text(self), f, last);
    return PyTuple.steal(
        ts, new PyObject[] {bytes(ts, parts[0]), bytes(ts, parts[1]), bytes(ts, parts[2])});
  }

  private static PyObject remove(ThreadState ts, PyObject self, PyObject fix, boolean prefix) {
    String f = arg(ts, fix);
    String s = text(self);
    if (prefix ? s.startsWith(f) : s.endsWith(f)) {
      return bytes(ts, prefix ? s.substring(f.length()) : s.substring(0, s.length() - f.length()));
    }
    return Ops.newRef(ts, self);
  }

  private static boolean isAlpha(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** ASCII-only case mapping; other bytes are kept. */
  private static PyObject mapBytes(ThreadState ts, PyObject self, boolean upper) {
    byte[] v = ((PyBytes) self).value;
    byte[] out = new byte[v.length];
    for (int i = 0; i < v.length; i++) {
      byte b = v[i];
      if (upper ? b >= 'a' && b <= 'z' : b >= 'A' && b <= 'Z') {
        b ^= 0x20;
      }
      out[i] = b;
    }
    return new PyBytes(ts, out);
  }

  private static void all(PyType t, String name, IntPredicate test) {
    def(
        t,
        name,
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              byte[] v = ((PyBytes) self).value;
              for (byte b : v) {
                if (!test.test(b & 0xFF)) {
                  return PyBool.FALSE;
                }
              }
              return PyBool.of(v.length > 0);
            });
  }

  /** {@code islower}/{@code isupper}: some byte of the case {@code want}, none of {@code other}. */
  private static PyObject isCase(PyObject self, char want, char other) {
    boolean cased = false;
    for (byte b : ((PyBytes) self).value) {
      if (b >= other && b <= other + 25) {
        return PyBool.FALSE;
      }
      cased |= b >= want && b <= want + 25;
    }
    return PyBool.of(cased);
  }

  private static PyObject join(ThreadState ts, PyObject self, PyObject iterable) {
    byte[] sep = ((PyBytes) self).value;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PyObject it = Ops.iter(ts, iterable);
    try {
      PyObject x;
      int i = 0;
      while ((x = Ops.next(ts, it)) != null) {
        try {
          if (!(x instanceof PyBytes b)) {
            throw Exc.typeError(
                ts,
                "sequence item "
                    + i
                    + ": expected a bytes-like object, "
                    + x.typeName()
                    + " found");
          }
          if (i > 0) {
            out.writeBytes(sep);
          }
          out.writeBytes(b.value);
        } finally {
          Ops.decref(ts, x);
        }
        i++;
      }
    } finally {
      Ops.decref(ts, it);
    }
    return new PyBytes(ts, out.toByteArray());
  }

  /** Pairs of hexadecimal digits, with ASCII whitespace allowed between pairs. */
  static byte[] fromhex(ThreadState ts, String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0, n = s.length();
    while (true) {
      while (i < n && StrText.isSpace(s.charAt(i), true)) {
        i++;
      }
      if (i >= n) {
        return out.toByteArray();
      }
      int hi = Character.digit(s.charAt(i), 16);
      if (hi < 0 || s.charAt(i) > 0x7f) {
        throw hexError(ts, i);
      }
      int lo = i + 1 < n && s.charAt(i + 1) <= 0x7f ? Character.digit(s.charAt(i + 1), 16) : -1;
      if (lo < 0) {
        throw hexError(ts, i + 1);
      }
      out.write(hi * 16 + lo);
      i += 2;
    }
  }

  private static PyException hexError(ThreadState ts, int position) {
    return Exc.valueError(
        ts, "non-hexadecimal number found in fromhex() arg at position " + position);
  }
}
