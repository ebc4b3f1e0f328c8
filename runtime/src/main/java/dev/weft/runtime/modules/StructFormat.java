package dev.weft.runtime.modules;

import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyArray;
import dev.weft.runtime.objects.PyBool;
import dev.weft.runtime.objects.PyBytes;
import dev.weft.runtime.objects.PyException;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.threads.ThreadState;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled {@code struct} format (CPython's {@code Modules/_struct.c}, {@code prepare_s}): the
 * byte order, each item's code, offset and size, and the total size; and packing and unpacking by
 * it, with {@code _struct.c}'s checks and messages. Sizes and alignments are those of x86-64 Linux
 * for {@code @} (native), the standard ones otherwise. Immutable, so one compiled format is shared
 * by every thread.
 *
 * <p>Which checks an integer code makes follows CPython's tables: native packers for {@code @}; for
 * {@code <} and {@code =} (little-endian, like the machine) the native packers of the codes whose
 * standard size equals the native one, as {@code _struct.c}'s start-up swaps them in; the
 * big-endian packers for {@code >} and {@code !}.
 */
final class StructFormat {
  /** '@' native, '<' little-endian standard ('=' too), '>' big-endian standard ('!' too). */
  final char order;

  final String text;
  final long size;

  /** One per packed value: code, offset and, for s and p, the byte count. */
  final char[] codes;

  final int[] offsets;
  final int[] sizes;

  private StructFormat(String text, char order, long size, List<int[]> items) {
    this.text = text;
    this.order = order;
    this.size = size;
    int n = items.size();
    codes = new char[n];
    offsets = new int[n];
    sizes = new int[n];
    for (int i = 0; i < n; i++) {
      codes[i] = (char) items.get(i)[0];
      offsets[i] = items.get(i)[1];
      sizes[i] = items.get(i)[2];
    }
  }

  int count() {
    return codes.length;
  }

  // --- Compiling ---

  private static final String NATIVE_CODES = "xcbB?hHiIlLqQnNefdspP";
  private static final String STANDARD_CODES = "xcbB?hHiIlLqQefdsp";

  static int nativeSize(char c) {
    return switch (c) {
      case 'h', 'H', 'e' -> 2;
      case 'i', 'I', 'f' -> 4;
      case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P' -> 8;
      default -> 1;
    };
  }

  static int standardSize(char c) {
    return switch (c) {
      case 'h', 'H', 'e' -> 2;
      case 'i', 'I', 'l', 'L', 'f' -> 4;
      case 'q', 'Q', 'd' -> 8;
      default -> 1;
    };
  }

  static StructFormat compile(ThreadState ts, String text) {
    int i = 0;
    char order = '@';
    if (!text.isEmpty()) {
      char first = text.charAt(0);
      if (first == '@' || first == '=' || first == '<' || first == '>' || first == '!') {
        order = first == '=' ? '<' : first == '!' ? '>' : first;
        i = 1;
      }
    }
    boolean nativeMode = order == '@';
    String known = nativeMode ? NATIVE_CODES : STANDARD_CODES;
    List<int[]> items = new ArrayList<>();
    long size = 0;
    while (i < text.length()) {
      char c = text.charAt(i++);
      if (Character.isWhitespace(c) && c < 128) {
        continue;
      }
      long num = 1;
      if (c >= '0' && c <= '9') {
        num = c - '0';
        while (i < text.length() && (c = text.charAt(i)) >= '0' && c <= '9') {
          i++;
          if (num >= Long.MAX_VALUE / 10
              && (num > Long.MAX_VALUE / 10 || (c - '0') > Long.MAX_VALUE % 10)) {
            throw StructType.error(ts, "total struct size too long");
          }
          num = num * 10 + (c - '0');
        }
        if (i >= text.length()) {
          throw StructType.error(ts, "repeat count given without format specifier");
        }
        c = text.charAt(i++);
      }
      if (known.indexOf(c) < 0) {
        throw StructType.error(ts, "bad char in struct format");
      }
      int itemsize = nativeMode ? nativeSize(c) : standardSize(c);
      if (nativeMode && size > 0) {
        int align = c == 's' || c == 'p' ? 1 : itemsize;
        size = (size + align - 1) / align * align;
      }
      if (num > (Long.MAX_VALUE - size) / itemsize) {
        throw StructType.error(ts, "total struct size too long");
      }
      if (c == 's' || c == 'p') {
        items.add(new int[] {c, (int) Math.min(size, Integer.MAX_VALUE), (int) num});
      } else if (c != 'x') {
        for (long k = 0; k < num; k++) {
          if (items.size() > 1 << 24) {
            throw Exc.raise(ts, Exc.MemoryError, "");
          }
          items.add(new int[] {c, (int) (size + k * itemsize), itemsize});
        }
      }
      size += num * itemsize;
    }
    return new StructFormat(text, order, size, items);
  }

  // --- Packing ---

  /** Packs {@code n} values from {@code args[off]} into {@code out} at {@code base}. */
  void pack(ThreadState ts, PyObject[] args, int off, byte[] out, int base) {
    for (int k = 0; k < codes.length; k++) {
      packOne(ts, codes[k], args[off + k], out, base + offsets[k], sizes[k]);
    }
  }

  private void packOne(ThreadState ts, char c, PyObject v, byte[] out, int at, int size) {
    switch (c) {
      case 's', 'p' -> {
        if (!(v instanceof PyBytes b)) {
          throw StructType.error(ts, "argument for '" + c + "' must be a bytes object");
        }
        if (c == 's') {
          System.arraycopy(b.value, 0, out, at, Math.min(size, b.value.length));
        } else if (size > 0) {
          int n = Math.min(b.value.length, size - 1);
          System.arraycopy(b.value, 0, out, at + 1, n);
          out[at] = (byte) Math.min(n, 255);
        }
      }
      case 'c' -> {
        if (!(v instanceof PyBytes b) || b.value.length != 1) {
          throw StructType.error(ts, "char format requires a bytes object of length 1");
        }
        out[at] = b.value[0];
      }
      case '?' -> out[at] = (byte) (Ops.isTrue(ts, v) ? 1 : 0);
      case 'e' -> put(out, at, 2, Half.pack(ts, floatArg(ts, v)));
      case 'f' -> {
        double x = floatArg(ts, v);
        float y = (float) x;
        if (order != '@' && Float.isInfinite(y) && !Double.isInfinite(x)) {
          throw Exc.overflowError(ts, "float too large to pack with f format");
        }
        put(out, at, 4, Float.floatToRawIntBits(y));
      }
      case 'd' -> put(out, at, 8, Double.doubleToRawLongBits(floatArg(ts, v)));
      default -> put(out, at, size, integer(ts, c, size, v));
    }
  }

  /** Writes the low {@code size} bytes of {@code bits} in this format's byte order. */
  private void put(byte[] out, int at, int size, long bits) {
    for (int i = 0; i < size; i++) {
      int shift = 8 * (order == '>' ? size - 1 - i : i);
      out[at + i] = (byte) (bits >>> shift);
    }
  }

  /** {@code PyFloat_AsDouble}, any failure reported as struct's "not a float". */
  private static double floatArg(ThreadState ts, PyObject v) {
    try {
      return PyArray.asDouble(ts, v);
    } catch (PyException e) {
      Ops.decref(ts, e.value);
      throw StructType.error(ts, "required argument is not a float");
    }
  }

  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

  /** The raw bits for an integer code, or the error its packer raises. */
  private long integer(ThreadState ts, char c, int size, PyObject v) {
    BigInteger x;
    if (v instanceof PyInt i) {
      x = i.bigValue();
    } else if (v.type.lookup("__index__") != null) {
      PyInt i = Ops.indexInt(ts, v);
      x = i.bigValue();
      Ops.decref(ts, i);
    } else {
      throw StructType.error(ts, "required argument is not an integer");
    }
    boolean unsigned = "BHILQNP".indexOf(c) >= 0;
    boolean fitsLong = x.bitLength() < 64;
    boolean fitsULong = x.signum() >= 0 && x.bitLength() <= 64;
    if (c == 'P') {
      if (!fitsLong && !fitsULong) {
        throw StructType.error(ts, "int too large to convert");
      }
      return x.longValue();
    }
    if (order == '>' && (c == 'q' || c == 'Q')) {
      if (c == 'q' ? !fitsLong : !fitsULong) {
        throw StructType.error(ts, "int too large to convert");
      }
      return x.longValue();
    }
    if (unsigned && c != 'B' && c != 'H' || order == '>' && c == 'H') {
      if (!fitsULong) {
        throw StructType.error(ts, "argument out of range");
      }
    } else if (!fitsLong) {
      throw StructType.error(ts, "argument out of range");
    }
    long value = x.longValue();
    boolean nativeChecks =
        c == 'b' || c == 'B' || order == '@' || order == '<' && size == nativeSize(c);
    if (nativeChecks) {
      switch (c) {
        case 'b' -> range(ts, value, -128, 127, "byte format requires -128 <= number <= 127");
        case 'B' -> range(ts, value, 0, 255, "ubyte format requires 0 <= number <= 255");
        case 'h' ->
            range(ts, value, -32768, 32767, "short format requires -32768 <= number <= 32767");
        case 'H' -> range(ts, value, 0, 65535, "ushort format requires 0 <= number <= 65535");
        default -> {}
      }
    }
    if (size < 8 && !(nativeChecks && (c == 'b' || c == 'B' || c == 'h' || c == 'H'))) {
      if (unsigned) {
        long max = (1L << (8 * size)) - 1;
        if (Long.compareUnsigned(value, max) > 0) {
          throw StructType.error(ts, "'" + c + "' format requires 0 <= number <= " + max);
        }
      } else {
        long max = (1L << (8 * size - 1)) - 1;
        if (value < -max - 1 || value > max) {
          throw StructType.error(
              ts, "'" + c + "' format requires " + (-max - 1) + " <= number <= " + max);
        }
      }
    }
    return value;
  }

  private static void range(ThreadState ts, long v, long min, long max, String message) {
    if (v < min || v > max) {
      throw StructType.error(ts, message);
    }
  }

  // --- Unpacking ---

  /** The values packed in {@code data} at {@code base}, as a tuple. */
  PyTuple unpack(ThreadState ts, byte[] data, int base) {
    PyObject[] out = new PyObject[codes.length];
    try {
      for (int k = 0; k < codes.length; k++) {
        out[k] = unpackOne(ts, codes[k], data, base + offsets[k], sizes[k]);
      }
    } catch (RuntimeException e) {
      for (PyObject o : out) {
        Ops.xdecref(ts, o);
      }
      throw e;
    }
    return PyTuple.steal(ts, out);
  }

  private PyObject unpackOne(ThreadState ts, char c, byte[] data, int at, int size) {
    return switch (c) {
      case 's' -> new PyBytes(ts, java.util.Arrays.copyOfRange(data, at, at + size));
      case 'p' -> {
        if (size == 0) {
          yield PyBytes.EMPTY;
        }
        int n = Math.min(data[at] & 0xFF, size - 1);
        yield new PyBytes(ts, java.util.Arrays.copyOfRange(data, at + 1, at + 1 + n));
      }
      case 'c' -> new PyBytes(ts, new byte[] {data[at]});
      case '?' -> PyBool.of(data[at] != 0);
      case 'e' -> PyFloat.of(ts, Half.unpack((int) get(data, at, 2)));
      case 'f' -> PyFloat.of(ts, Float.intBitsToFloat((int) get(data, at, 4)));
      case 'd' -> PyFloat.of(ts, Double.longBitsToDouble(get(data, at, 8)));
      default -> {
        long bits = get(data, at, size);
        if ("BHILQNP".indexOf(c) >= 0) {
          if (size < 8) {
            yield PyInt.of(ts, bits & ((1L << (8 * size)) - 1));
          }
          yield bits >= 0 ? PyInt.of(ts, bits) : PyInt.of(ts, BigInteger.valueOf(bits).add(TWO_64));
        }
        yield PyInt.of(ts, size < 8 ? bits << (64 - 8 * size) >> (64 - 8 * size) : bits);
      }
    };
  }

  private long get(byte[] data, int at, int size) {
    long bits = 0;
    for (int i = 0; i < size; i++) {
      int shift = 8 * (order == '>' ? size - 1 - i : i);
      bits |= (data[at + i] & 0xFFL) << shift;
    }
    return bits;
  }

  /** IEEE 754 half precision, rounded as CPython's {@code PyFloat_Pack2}/{@code Unpack2}. */
  static final class Half {
    private Half() {}

    static int pack(ThreadState ts, double x) {
      int sign, e, bits;
      if (x == 0.0) {
        sign = (Double.doubleToRawLongBits(x) < 0) ? 1 : 0;
        e = 0;
        bits = 0;
      } else if (Double.isInfinite(x)) {
        sign = x < 0 ? 1 : 0;
        e = 0x1f;
        bits = 0;
      } else if (Double.isNaN(x)) {
        sign = (Double.doubleToRawLongBits(x) < 0) ? 1 : 0;
        e = 0x1f;
        bits = 512;
      } else {
        sign = x < 0 ? 1 : 0;
        x = Math.abs(x);
        e = Math.getExponent(x);
        double f = Math.scalb(x, -e);
        if (e >= 16) {
          throw overflow(ts);
        } else if (e < -25) {
          f = 0.0;
          e = 0;
        } else if (e < -14) {
          f = Math.scalb(f, 14 + e);
          e = 0;
        } else {
          e += 15;
          f -= 1.0;
        }
        f *= 1024.0;
        bits = (int) f;
        if (f - bits > 0.5 || (f - bits == 0.5 && bits % 2 == 1)) {
          bits++;
          if (bits == 1024) {
            bits = 0;
            e++;
            if (e == 31) {
              throw overflow(ts);
            }
          }
        }
      }
      return bits | (e << 10) | (sign << 15);
    }

    private static PyException overflow(ThreadState ts) {
      return Exc.overflowError(ts, "float too large to pack with e format");
    }

    static double unpack(int h) {
      int sign = (h >> 15) & 1;
      int e = (h >> 10) & 0x1f;
      int f = h & 0x3ff;
      if (e == 0x1f) {
        return f == 0
            ? (sign == 1 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY)
            : (sign == 1 ? -Double.NaN : Double.NaN);
      }
      double x = f / 1024.0;
      if (e == 0) {
        e = -14;
      } else {
        x += 1.0;
        e -= 15;
      }
      x = Math.scalb(x, e);
      return sign == 1 ? -x : x;
    }
  }
}
