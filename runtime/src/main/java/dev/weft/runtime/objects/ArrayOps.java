package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.ArrayMethods.def;

import dev.weft.runtime.threads.CriticalSection;
import dev.weft.runtime.threads.ThreadState;

/**
 * {@code array.array}'s subscripts and slices, concatenation and repetition, rich comparison, and
 * its conversions to and from lists, bytes and strings, as {@code Modules/arraymodule.c} has them.
 */
final class ArrayOps {
  private ArrayOps() {}

  static void setup() {
    def("__add__", 1, (PyBuiltin.F1) (ts, s, o) -> concat(ts, (PyArray) s, o));
    def(
        "__iadd__",
        1,
        (PyBuiltin.F1)
            (ts, s, o) -> {
              if (!(o instanceof PyArray b)) {
                throw Exc.typeError(
                    ts, "can only extend array with array (not \"" + o.typeName() + "\")");
              }
              ArrayMethods.extend(ts, (PyArray) s, b);
              return Ops.newRef(ts, s);
            });
    def("__mul__", 1, (PyBuiltin.F1) (ts, s, n) -> repeat(ts, (PyArray) s, n));
    def("__rmul__", 1, (PyBuiltin.F1) (ts, s, n) -> repeat(ts, (PyArray) s, n));
    def(
        "__imul__",
        1,
        (PyBuiltin.F1)
            (ts, s, count) -> {
              PyArray a = (PyArray) s;
              if (!(count instanceof PyInt) && count.type.lookup("__index__") == null) {
                return PySingleton.NOT_IMPLEMENTED;
              }
              long n = Math.max(0, Ops.index(ts, count));
              int len = a.size;
              checkSize(ts, n, len);
              a.ensureCapacity((int) (n * len));
              for (int k = 1; k < n; k++) {
                System.arraycopy(a.data, 0, a.data, k * len, len);
              }
              a.resize((int) (n * len));
              return Ops.newRef(ts, s);
            });
    for (int op = 0; op < 6; op++) {
      int which = op;
      def(Compare.NAMES[op], 1, (PyBuiltin.F1) (ts, s, o) -> compare(ts, (PyArray) s, o, which));
    }
    def(
        "tolist",
        0,
        (PyBuiltin.F0)
            (ts, s) -> {
              PyArray a = (PyArray) s;
              PyList out = new PyList(ts);
              out.grow(ts, a.size);
              for (int i = 0; i < a.size; i++) {
                out.appendSteal(ts, a.item(ts, i));
              }
              return out;
            });
    def(
        "fromlist",
        1,
        (PyBuiltin.F1)
            (ts, s, list) -> {
              if (!(list instanceof PyList l)) {
                throw Exc.typeError(ts, "arg must be list");
              }
              PyArray a = (PyArray) s;
              int old = a.size;
              try {
                for (int i = 0; i < l.size; i++) {
                  a.append(PyArray.encode(ts, a.typecode, l.items[i]));
                }
              } catch (PyException e) {
                a.resize(old);
                throw e;
              }
              return PySingleton.NONE;
            });
    def("tobytes", 0, (PyBuiltin.F0) (ts, s) -> new PyBytes(ts, ((PyArray) s).toBytes()));
    def(
        "frombytes",
        1,
        (PyBuiltin.F1)
            (ts, s, b) -> {
              frombytes(ts, (PyArray) s, bytesLike(ts, b));
              return PySingleton.NONE;
            });
    def(
        "tounicode",
        0,
        (PyBuiltin.F0)
            (ts, s) -> {
              PyArray a = (PyArray) s;
              if (a.typecode != 'u') {
                throw Exc.valueError(ts, "tounicode() may only be called on unicode type arrays");
              }
              return PyStr.of(ts, a.unicode());
            });
    def(
        "fromunicode",
        1,
        (PyBuiltin.F1)
            (ts, s, str) -> {
              PyArray a = (PyArray) s;
              if (!(str instanceof PyStr u)) {
                throw Exc.typeError(
                    ts, "fromunicode() argument must be str, not " + str.typeName());
              }
              if (a.typecode != 'u') {
                throw Exc.valueError(ts, "fromunicode() may only be called on unicode type arrays");
              }
              fromUnicode(a, u.value);
              return PySingleton.NONE;
            });
    def(
        "byteswap",
        0,
        (PyBuiltin.F0)
            (ts, s) -> {
              ((PyArray) s).byteswap();
              return PySingleton.NONE;
            });
  }

  // --- Subscripts ---

  /** A non-slice subscript as an index into {@code [0, n)}, or -1 when out of range. */
  private static long index(ThreadState ts, PyObject key, int n) {
    if (!(key instanceof PyInt) && key.type.lookup("__index__") == null) {
      throw Exc.typeError(ts, "array indices must be integers");
    }
    long i = Ops.index(ts, key);
    if (i < 0) {
      i += n;
    }
    return i < 0 || i >= n ? -1 : i;
  }

  static PyObject get(ThreadState ts, PyArray a, PyObject key) {
    if (key instanceof PySlice s) {
      long[] r = s.indices(ts, a.size);
      int len = (int) r[3];
      if (r[2] == 1) {
        return PyArray.adopt(ts, a.typecode, a.copyRange((int) r[0], len), len);
      }
      PyArray out = PyArray.adopt(ts, a.typecode, PyArray.alloc(a.kind, len), len);
      for (int i = 0; i < len; i++) {
        out.store(i, a.raw((int) (r[0] + i * r[2])));
      }
      return out;
    }
    long i = index(ts, key, a.size);
    if (i < 0) {
      throw Exc.indexError(ts, "array index out of range");
    }
    return a.item(ts, (int) i);
  }

  /** {@code a[key] = value}, or {@code del a[key]} when {@code value} is null. */
  static void set(ThreadState ts, PyArray a, PyObject key, PyObject value) {
    if (!(key instanceof PySlice s)) {
      long i = index(ts, key, a.size);
      if (i < 0) {
        throw Exc.indexError(ts, "array assignment index out of range");
      }
      if (value == null) {
        a.removeRange((int) i, (int) i + 1);
      } else {
        a.store((int) i, PyArray.encode(ts, a.typecode, value));
      }
      return;
    }
    Object items = null;
    int needed = 0;
    if (value != null) {
      if (!(value instanceof PyArray v)) {
        throw Exc.typeError(
            ts, "can only assign array (not \"" + value.typeName() + "\") to array slice");
      }
      if (v.typecode != a.typecode) {
        throw Exc.typeError(ts, "bad argument type for built-in operation");
      }
      CriticalSection.begin(ts, v);
      try {
        needed = v.size;
        items = v.copyRange(0, needed);
      } finally {
        CriticalSection.end(ts);
      }
    }
    long[] r = s.indices(ts, a.size);
    int start = (int) r[0], step = (int) r[2], len = (int) r[3];
    if (step == 1) {
      int stop = Math.max(start, (int) r[1]);
      int n = a.size;
      int newSize = n - (stop - start) + needed;
      if (needed > stop - start) {
        a.openGap(stop, needed - (stop - start));
      } else {
        System.arraycopy(a.data, stop, a.data, start + needed, n - stop);
        a.resize(newSize);
      }
      if (needed > 0) {
        System.arraycopy(items, 0, a.data, start, needed);
      }
      return;
    }
    if (value == null) {
      deleteExtended(a, start, step, len);
      return;
    }
    if (needed != len) {
      throw Exc.valueError(
          ts, "attempt to assign array of size " + needed + " to extended slice of size " + len);
    }
    for (int i = 0; i < len; i++) {
      a.store(start + i * step, PyArray.rawAt(items, i));
    }
  }

  /** Deletes the items at {@code start + k*step} for {@code k < len}, keeping the others' order. */
  private static void deleteExtended(PyArray a, int start, int step, int len) {
    if (len == 0) {
      return;
    }
    if (step < 0) {
      start = start + (len - 1) * step;
      step = -step;
    }
    int n = a.size;
    int write = start;
    for (int read = start, k = 0; read < n; read++) {
      if (k < len && read == start + k * step) {
        k++;
        continue;
      }
      a.store(write++, a.raw(read));
    }
    a.resize(write);
  }

  // --- Concatenation and repetition ---

  private static PyObject concat(ThreadState ts, PyArray a, PyObject o) {
    if (!(o instanceof PyArray b)) {
      throw Exc.typeError(ts, "can only append array (not \"" + o.typeName() + "\") to array");
    }
    if (b.typecode != a.typecode) {
      throw Exc.typeError(ts, "bad argument type for built-in operation");
    }
    PyArray out = PyArray.adopt(ts, a.typecode, a.copyRange(0, a.size), a.size);
    ArrayMethods.appendArray(ts, out, b);
    return out;
  }

  private static void checkSize(ThreadState ts, long n, int len) {
    if (len > 0 && n > (Integer.MAX_VALUE - 16) / len) {
      throw Exc.raise(ts, Exc.MemoryError, "");
    }
  }

  private static PyObject repeat(ThreadState ts, PyArray a, PyObject count) {
    if (!(count instanceof PyInt) && count.type.lookup("__index__") == null) {
      return PySingleton.NOT_IMPLEMENTED;
    }
    long n = Math.max(0, Ops.index(ts, count));
    int len = a.size;
    checkSize(ts, n, len);
    Object out = PyArray.alloc(a.kind, (int) (n * len));
    for (int k = 0; k < n; k++) {
      System.arraycopy(a.data, 0, out, k * len, len);
    }
    return PyArray.adopt(ts, a.typecode, out, (int) (n * len));
  }

  // --- Comparison ---

  /**
   * CPython's {@code array_richcompare}: lengths first for == and !=, then the first pair of items
   * that differ decides, else the lengths do.
   */
  private static PyObject compare(ThreadState ts, PyArray a, PyObject o, int op) {
    if (!(o instanceof PyArray b)) {
      return PySingleton.NOT_IMPLEMENTED;
    }
    if (b != a) {
      CriticalSection.begin(ts, b);
    }
    try {
      int na = a.size, nb = b.size;
      if (na != nb && (op == Compare.EQ || op == Compare.NE)) {
        return PyBool.of(op == Compare.NE);
      }
      int n = Math.min(na, nb);
      boolean same = a.typecode == b.typecode;
      for (int i = 0; i < n; i++) {
        long x = a.raw(i), y = b.raw(i);
        if (same) {
          boolean eq =
              a.isFloat() ? Double.longBitsToDouble(x) == Double.longBitsToDouble(y) : x == y;
          if (eq) {
            continue;
          }
        }
        PyObject vx = a.box(ts, x), vy = b.box(ts, y);
        try {
          if (!same && Ops.richEq(ts, vx, vy)) {
            continue;
          }
          if (op == Compare.EQ) {
            return PyBool.FALSE;
          }
          if (op == Compare.NE) {
            return PyBool.TRUE;
          }
          return Compare.richCompare(ts, vx, vy, op);
        } finally {
          Ops.decref(ts, vx);
          Ops.decref(ts, vy);
        }
      }
      int c = Integer.compare(na, nb);
      boolean r =
          switch (op) {
            case Compare.LT -> c < 0;
            case Compare.LE -> c <= 0;
            case Compare.EQ -> c == 0;
            case Compare.NE -> c != 0;
            case Compare.GT -> c > 0;
            default -> c >= 0;
          };
      return PyBool.of(r);
    } finally {
      if (b != a) {
        CriticalSection.end(ts);
      }
    }
  }

  // --- Conversions ---

  /** The bytes of a bytes-like argument: bytes, or an array's items. */
  static byte[] bytesLike(ThreadState ts, PyObject b) {
    if (b instanceof PyBytes bytes) {
      return bytes.value;
    }
    if (b instanceof PyArray arr) {
      return arr.toBytes();
    }
    throw Exc.typeError(ts, "a bytes-like object is required, not '" + b.typeName() + "'");
  }

  static void frombytes(ThreadState ts, PyArray a, byte[] b) {
    if (b.length % a.itemsize != 0) {
      throw Exc.valueError(ts, "bytes length not a multiple of item size");
    }
    a.appendBytes(b, 0, b.length);
  }

  static void fromUnicode(PyArray a, String s) {
    s.codePoints().forEach(cp -> a.append(cp));
  }
}
