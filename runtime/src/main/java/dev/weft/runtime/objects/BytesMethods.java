package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;

import dev.weft.runtime.threads.ThreadState;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The methods of {@code bytes} (the basic set LANGUAGE.md asks for) and text codecs. */
public final class BytesMethods {
  private BytesMethods() {}

  static Charset charset(ThreadState ts, String encoding) {
    return switch (encoding.toLowerCase(Locale.ROOT).replace('_', '-')) {
      case "utf-8", "utf8" -> StandardCharsets.UTF_8;
      case "ascii", "us-ascii" -> StandardCharsets.US_ASCII;
      case "latin-1", "latin1", "iso-8859-1" -> StandardCharsets.ISO_8859_1;
      case "utf-16" -> StandardCharsets.UTF_16;
      default -> throw Exc.raise(ts, Exc.LookupError, "unknown encoding: " + encoding);
    };
  }

  /** The codec's name as CPython's error messages give it. */
  private static String codecName(Charset cs) {
    return cs == StandardCharsets.US_ASCII
        ? "ascii"
        : cs == StandardCharsets.ISO_8859_1 ? "latin-1" : cs.name().toLowerCase(Locale.ROOT);
  }

  /** The action of an error handler: "strict" (raise), "ignore" or "replace". */
  private static CodingErrorAction action(String errors) {
    return switch (errors) {
      case "ignore" -> CodingErrorAction.IGNORE;
      case "replace" -> CodingErrorAction.REPLACE;
      default -> CodingErrorAction.REPORT;
    };
  }

  static String decode(ThreadState ts, byte[] data, String encoding) {
    return decode(ts, data, encoding, "strict");
  }

  public static String decode(ThreadState ts, byte[] data, String encoding, String errors) {
    Charset cs = charset(ts, encoding);
    try {
      return cs.newDecoder()
          .onMalformedInput(action(errors))
          .onUnmappableCharacter(action(errors))
          .decode(ByteBuffer.wrap(data))
          .toString();
    } catch (CharacterCodingException e) {
      throw decodeError(ts, data, cs);
    }
  }

  /**
   * The UnicodeDecodeError CPython raises: the first undecodable byte (ASCII), or the longest
   * prefix of a UTF-8 sequence that went wrong, with the reason.
   */
  private static PyException decodeError(ThreadState ts, byte[] data, Charset cs) {
    int pos = 0;
    while (pos < data.length && data[pos] >= 0) {
      pos++;
    }
    int last = pos;
    String reason = "ordinal not in range(128)";
    if (cs == StandardCharsets.UTF_8) {
      int[] range = utf8Error(data);
      pos = range[0];
      last = range[1];
      reason =
          range[2] == 0
              ? "invalid start byte"
              : range[2] == 1 ? "invalid continuation byte" : "unexpected end of data";
    } else if (cs != StandardCharsets.US_ASCII || pos >= data.length) {
      return Exc.raise(
          ts, Exc.UnicodeDecodeError, "'" + codecName(cs) + "' codec can't decode bytes");
    }
    String where =
        pos == last
            ? String.format("byte 0x%02x in position %d", data[pos] & 0xFF, pos)
            : "bytes in position " + pos + "-" + last;
    return Exc.raise(
        ts,
        Exc.UnicodeDecodeError,
        "'" + codecName(cs) + "' codec can't decode " + where + ": " + reason);
  }

  /**
   * The first invalid UTF-8 sequence: its first and last byte positions and the kind of error (0
   * invalid start byte, 1 invalid continuation byte, 2 unexpected end of data).
   */
  private static int[] utf8Error(byte[] data) {
    int i = 0;
    while (i < data.length) {
      int b = data[i] & 0xFF;
      int need = b < 0x80 ? 0 : b < 0xC2 ? -1 : b < 0xE0 ? 1 : b < 0xF0 ? 2 : b < 0xF5 ? 3 : -1;
      if (need < 0) {
        return new int[] {i, i, 0};
      }
      for (int k = 1; k <= need; k++) {
        if (i + k >= data.length) {
          return new int[] {i, i + k - 1, 2};
        }
        int c = data[i + k] & 0xFF;
        int lo = 0x80, hi = 0xBF;
        if (k == 1) {
          lo = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
          hi = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
        }
        if (c < lo || c > hi) {
          return new int[] {i, i + k - 1, 1};
        }
      }
      i += need + 1;
    }
    return new int[] {0, 0, 0};
  }

  static byte[] encode(ThreadState ts, String s, String encoding, String errors) {
    Charset cs = charset(ts, encoding);
    CharsetEncoder encoder = cs.newEncoder();
    if (encoder.canEncode(s)) {
      return s.getBytes(cs);
    }
    if (!errors.equals("strict")) {
      encoder.onMalformedInput(action(errors)).onUnmappableCharacter(action(errors));
      if (errors.equals("replace")) {
        encoder.replaceWith(new byte[] {'?'});
      }
      try {
        ByteBuffer out = encoder.encode(CharBuffer.wrap(s));
        byte[] r = new byte[out.remaining()];
        out.get(r);
        return r;
      } catch (CharacterCodingException e) {
        throw Exc.raise(ts, Exc.UnicodeEncodeError, "'" + codecName(cs) + "' codec can't encode");
      }
    }
    int[] cps = s.codePoints().toArray();
    int first = 0;
    while (encoder.canEncode(Character.toString(cps[first]))) {
      first++;
    }
    int last = first;
    while (last + 1 < cps.length && !encoder.canEncode(Character.toString(cps[last + 1]))) {
      last++;
    }
    String reason =
        cs != StandardCharsets.US_ASCII && cs != StandardCharsets.ISO_8859_1
            ? "surrogates not allowed"
            : "ordinal not in range(" + (cs == StandardCharsets.US_ASCII ? 128 : 256) + ")";
    String where =
        first == last
            ? "character '"
                + Formatting.ascii(Character.toString(cps[first]))
                + "' in position "
                + first
            : "characters in position " + first + "-" + last;
    throw Exc.raise(
        ts,
        Exc.UnicodeEncodeError,
        "'" + codecName(cs) + "' codec can't encode " + where + ": " + reason);
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
              String errors =
                  p.has(1) ? StrMethods.arg(ts, p.get(1), "encode() argument 'errors'") : "strict";
              return new PyBytes(ts, encode(ts, StrMethods.value(self), enc, errors));
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
              String errors =
                  p.has(1) ? StrMethods.arg(ts, p.get(1), "decode() argument 'errors'") : "strict";
              return PyStr.of(ts, decode(ts, ((PyBytes) self).value, enc, errors));
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
            String errors = p.has(2) ? StrMethods.arg(ts, p.get(2), "errors") : "strict";
            return new PyBytes(
                ts, encode(ts, s.value, StrMethods.arg(ts, p.get(1), "encoding"), errors));
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
          if (src instanceof PyArray a) {
            return new PyBytes(ts, a.toBytes());
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
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> {
              ArgParser p = new ArgParser(ts, "hex", args, off, n, kw, "sep", "bytes_per_sep");
              return PyStr.of(
                  ts,
                  hex(
                      ts,
                      ((PyBytes) self).value,
                      p.get(0),
                      p.has(1) ? Ops.index(ts, p.get(1)) : 1));
            });
    BytesText.setup(t);
  }

  /**
   * {@code bytes.hex(sep, bytes_per_sep)}: groups counted from the right, or the left if negative.
   */
  private static String hex(ThreadState ts, byte[] v, PyObject sepArg, long perSep) {
    String sep = null;
    if (sepArg != null && sepArg != PySingleton.NONE) {
      sep =
          sepArg instanceof PyBytes b ? BytesText.text(b.value) : StrMethods.arg(ts, sepArg, "sep");
      if (sep.length() != 1) {
        throw Exc.valueError(ts, "sep must be length 1.");
      }
    }
    StringBuilder sb = new StringBuilder(v.length * 3);
    long group = Math.abs(perSep);
    for (int i = 0; i < v.length; i++) {
      long fromEdge = perSep < 0 ? i : v.length - i;
      if (sep != null && i > 0 && group > 0 && fromEdge % group == 0) {
        sb.append(sep);
      }
      sb.append(Character.forDigit((v[i] >> 4) & 0xF, 16))
          .append(Character.forDigit(v[i] & 0xF, 16));
    }
    return sb.toString();
  }
}
