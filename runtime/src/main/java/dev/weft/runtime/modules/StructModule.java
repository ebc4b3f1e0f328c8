package dev.weft.runtime.modules;

import dev.weft.runtime.objects.ArgParser;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyBytes;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.threads.ThreadState;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code struct}: {@code pack}, {@code unpack}, {@code calcsize}, {@code iter_unpack}, {@code
 * pack_into}, {@code unpack_from}, {@code Struct} and {@code error}. Formats are compiled once
 * ({@link StructFormat}) and kept in a cache of at most 100, as {@code _struct.c}'s.
 */
final class StructModule {
  private StructModule() {}

  private static final int MAX_CACHE = 100;
  private static final ConcurrentHashMap<String, StructFormat> CACHE = new ConcurrentHashMap<>();

  static PyModule create(ThreadState ts) {
    StructType.ready(ts);
    PyModule m = new PyModule(ts, "struct");
    m.put(ts, "error", StructType.ERROR);
    m.put(ts, "Struct", StructType.STRUCT);
    fn(
        m,
        ts,
        "pack",
        (t, s, a, off, n, kw) -> {
          if (n - (kw == null ? 0 : kw.items.length) == 0) {
            throw Exc.typeError(t, "missing format argument");
          }
          return StructType.pack(t, compile(t, a[off]), "pack", a, off + 1, n - 1, kw);
        });
    fn(
        m,
        ts,
        "pack_into",
        (t, s, a, off, n, kw) -> {
          if (n - (kw == null ? 0 : kw.items.length) == 0) {
            throw Exc.typeError(t, "missing format argument");
          }
          return StructType.packInto(t, compile(t, a[off]), a, off + 1, n - 1, kw);
        });
    fn(
        m,
        ts,
        "unpack",
        (t, s, a, off, n, kw) -> {
          noKeywords(t, "unpack", kw);
          ArgParser.checkPositional(t, "unpack", n, 2, 2);
          return StructType.unpack(t, compile(t, a[off]), a[off + 1]);
        });
    fn(
        m,
        ts,
        "unpack_from",
        (t, s, a, off, n, kw) -> {
          int npos = n - (kw == null ? 0 : kw.items.length);
          if (npos == 0) {
            throw Exc.typeError(t, "unpack_from() takes at least 1 positional argument (0 given)");
          }
          PyObject[] p = StructType.unpackFromArgs(t, a, off, n, kw, "unpack_from", 1);
          return StructType.unpackFrom(t, compile(t, a[off]), p[0], p[1]);
        });
    fn(
        m,
        ts,
        "iter_unpack",
        (t, s, a, off, n, kw) -> {
          noKeywords(t, "iter_unpack", kw);
          ArgParser.checkPositional(t, "iter_unpack", n, 2, 2);
          return StructType.iterUnpack(t, compile(t, a[off]), a[off + 1]);
        });
    fn(
        m,
        ts,
        "calcsize",
        (t, s, a, off, n, kw) -> {
          noKeywords(t, "calcsize", kw);
          if (n != 1) {
            throw Exc.typeError(
                t, "_struct.calcsize() takes exactly one argument (" + n + " given)");
          }
          return PyInt.of(t, compile(t, a[off]).size);
        });
    fn(
        m,
        ts,
        "_clearcache",
        (t, s, a, off, n, kw) -> {
          CACHE.clear();
          return PySingleton.NONE;
        });
    return m;
  }

  private static void fn(PyModule m, ThreadState ts, String name, PyBuiltin.FN impl) {
    m.put(ts, name, PyBuiltin.function(name, 0, impl));
  }

  private static void noKeywords(ThreadState ts, String name, PyTuple kw) {
    if (kw != null && kw.items.length > 0) {
      throw Exc.typeError(ts, name + "() takes no keyword arguments");
    }
  }

  /** The compiled format of a str or bytes format argument, from the cache when it is there. */
  static StructFormat compile(ThreadState ts, PyObject format) {
    String text;
    if (format instanceof PyStr s) {
      text = s.value;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) > 0x7F) {
          throw Exc.raise(
              ts,
              Exc.UnicodeEncodeError,
              "'ascii' codec can't encode character "
                  + String.format(
                      text.charAt(i) < 0x100 ? "'\\x%02x'" : "'\\u%04x'", (int) text.charAt(i))
                  + " in position "
                  + i
                  + ": ordinal not in range(128)");
        }
      }
    } else if (format instanceof PyBytes b) {
      text = new String(b.value, StandardCharsets.ISO_8859_1);
    } else {
      throw Exc.typeError(
          ts, "Struct() argument 1 must be a str or bytes object, not " + format.typeName());
    }
    StructFormat f = CACHE.get(text);
    if (f == null) {
      f = StructFormat.compile(ts, text);
      if (CACHE.size() >= MAX_CACHE) {
        CACHE.clear();
      }
      CACHE.put(text, f);
    }
    return f;
  }
}
