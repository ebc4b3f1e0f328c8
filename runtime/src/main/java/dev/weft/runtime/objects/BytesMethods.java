package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;

import dev.weft.runtime.threads.ThreadState;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The methods of {@code bytes} (the basic set LANGUAGE.md asks for) and text codecs. */
final class BytesMethods {
  private BytesMethods() {}

  static Charset charset(ThreadState ts, String encoding) {
    return switch (encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-')) {
      case "utf-8", "utf8" -> StandardCharsets.UTF_8;
      case "ascii", "us-ascii" -> StandardCharsets.US_ASCII;
      case "latin-1", "latin1", "iso-8859-1" -> StandardCharsets.ISO_8859_1;
      case "utf-16" -> StandardCharsets.UTF_16;
      default -> throw Exc.raise(ts, Exc.LookupError, "unknown encoding: " + encoding);
    };
  }

  static String decode(ThreadState ts, byte[] data, String encoding) {
    Charset cs = charset(ts, encoding);
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(data))
          .toString();
    } catch (CharacterCodingException e) {
      throw Exc.raise(ts, Exc.UnicodeDecodeError, "'" + encoding + "' codec can't decode bytes");
    }
  }

  static byte[] encode(ThreadState ts, String s, String encoding) {
    Charset cs = charset(ts, encoding);
    if (!cs.newEncoder().canEncode(s)) {
      for (int i = 0; i < s.length(); i++) {
        if (!cs.newEncoder().canEncode(s.charAt(i))) {
          throw Exc.raise(
              ts,
              Exc.UnicodeEncodeError,
              "'"
                  + encoding
                  + "' codec can't encode character '\\u"
                  + String.format("%04x", (int) s.charAt(i))
                  + "' in position "
                  + i
                  + ": ordinal not in range("
                  + (cs == StandardCharsets.US_ASCII ? 128 : 256)
                  + ")");
        }
      }
    }
    return s.getBytes(cs);
  }

  static void setup() {
    PyType t = PyBytes.TYPE;
    def(
        PyStr.TYPE,
        "encode",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> {
              ArgParser p = new ArgParser(ts, "encode", args, off, n, kw, "encoding", "errors");
              String enc =
                  p.has(0) ? StrMethods.arg(ts, p.get(0), "encode() argument 'encoding'") : "utf-8";
              return new PyBytes(ts, encode(ts, StrMethods.value(self), enc));
            });
    def(
        t,
        "decode",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> {
              ArgParser p = new ArgParser(ts, "decode", args, off, n, kw, "encoding", "errors");
              String enc =
                  p.has(0) ? StrMethods.arg(ts, p.get(0), "decode() argument 'encoding'") : "utf-8";
              return PyStr.of(ts, decode(ts, ((PyBytes) self).value, enc));
            });
    Bootstrap.newMethod(
        t,
        (ts, self, args, off, n, kw) -> {
          ArgParser p =
              new ArgParser(ts, "bytes", args, off + 1, n - 1, kw, "source", "encoding", "errors");
          if (!p.has(0)) {
            return PyBytes.EMPTY;
          }
          PyObject src = p.get(0);
          if (src instanceof PyStr s) {
            if (!p.has(1)) {
              throw Exc.typeError(ts, "string argument without an encoding");
            }
            return new PyBytes(ts, encode(ts, s.value, StrMethods.arg(ts, p.get(1), "encoding")));
          }
          if (src instanceof PyInt) {
            long size = Ops.index(ts, src);
            if (size < 0) {
              throw Exc.valueError(ts, "negative count");
            }
            return new PyBytes(ts, new byte[(int) size]);
          }
          if (src instanceof PyBytes) {
            return Ops.newRef(ts, src);
          }
          PyList items = SequenceOps.toList(ts, src);
          try {
            byte[] out = new byte[items.size];
            for (int i = 0; i < items.size; i++) {
              long v = Ops.index(ts, items.items[i]);
              if (v < 0 || v > 255) {
                throw Exc.valueError(ts, "bytes must be in range(0, 256)");
              }
              out[i] = (byte) v;
            }
            return new PyBytes(ts, out);
          } finally {
            Ops.decref(ts, items);
          }
        });
    def(t, "__len__", 0, (PyBuiltin.F0) (ts, self) -> PyInt.of(ts, ((PyBytes) self).value.length));
    def(t, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, self.toString()));
    def(
        t,
        "__hash__",
        0,
        (PyBuiltin.F0)
            (ts, self) ->
                PyInt.of(
                    ts,
                    PyStr.hashOf(new String(((PyBytes) self).value, StandardCharsets.ISO_8859_1))));
    def(t, "__iter__", 0, (PyBuiltin.F0) (ts, self) -> new Iterators.BytesIter(ts, (PyBytes) self));
    def(
        t,
        "__getitem__",
        1,
        (PyBuiltin.F1)
            (ts, self, key) -> {
              byte[] v = ((PyBytes) self).value;
              if (key instanceof PySlice s) {
                long[] r = s.indices(ts, v.length);
                byte[] out = new byte[(int) r[3]];
                for (int i = 0; i < out.length; i++) {
                  out[i] = v[(int) (r[0] + i * r[2])];
                }
                return new PyBytes(ts, out);
              }
              long i = SequenceOps.normalize(Ops.index(ts, key), v.length);
              if (i < 0) {
                throw Exc.indexError(ts, "index out of range");
              }
              return PyInt.of(ts, v[(int) i] & 0xFF);
            });
    def(
        t,
        "__add__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              if (!(other instanceof PyBytes o)) {
                throw Exc.typeError(ts, "can't concat " + other.typeName() + " to bytes");
              }
              byte[] a = ((PyBytes) self).value;
              byte[] r = java.util.Arrays.copyOf(a, a.length + o.value.length);
              System.arraycopy(o.value, 0, r, a.length, o.value.length);
              return new PyBytes(ts, r);
            });
    PyBuiltin.F1 mul =
        (ts, self, count) -> {
          byte[] a = ((PyBytes) self).value;
          int n = (int) Math.max(0, Ops.index(ts, count));
          byte[] r = new byte[a.length * n];
          for (int i = 0; i < n; i++) {
            System.arraycopy(a, 0, r, i * a.length, a.length);
          }
          return new PyBytes(ts, r);
        };
    def(t, "__mul__", 1, mul);
    def(t, "__rmul__", 1, mul);
    def(
        t,
        "__contains__",
        1,
        (PyBuiltin.F1)
            (ts, self, x) -> {
              byte[] v = ((PyBytes) self).value;
              if (x instanceof PyInt) {
                long b = Ops.index(ts, x);
                for (byte c : v) {
                  if ((c & 0xFF) == b) {
                    return PyBool.TRUE;
                  }
                }
                return PyBool.FALSE;
              }
              if (!(x instanceof PyBytes sub)) {
                throw Exc.typeError(
                    ts, "a bytes-like object is required, not '" + x.typeName() + "'");
              }
              String hay = new String(v, StandardCharsets.ISO_8859_1);
              return PyBool.of(hay.contains(new String(sub.value, StandardCharsets.ISO_8859_1)));
            });
    for (int op = 0; op < 6; op++) {
      int which = op;
      def(
          t,
          Compare.NAMES[op],
          1,
          (PyBuiltin.F1) (ts, self, other) -> Compare.builtin(ts, self, other, which));
    }
    def(
        t,
        "hex",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              StringBuilder sb = new StringBuilder();
              for (byte b : ((PyBytes) self).value) {
                sb.append(String.format("%02x", b & 0xFF));
              }
              return PyStr.of(ts, sb.toString());
            });
  }
}
