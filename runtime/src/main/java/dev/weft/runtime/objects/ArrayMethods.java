package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.threads.CriticalSection;
import dev.weft.runtime.threads.ThreadState;

/**
 * The methods of {@code array.array} (CPython's {@code Modules/arraymodule.c}, with its messages):
 * the constructor, the sequence protocol and the list-like methods here, slicing, comparison and
 * the bytes/list/unicode conversions in {@link ArrayOps}. Every method but {@code __len__} and
 * {@code __iter__} runs in a critical section on the array, as list's do.
 */
final class ArrayMethods {
  private ArrayMethods() {}

  public static final PyType ITER = PyType.builtin("array.arrayiterator", null, 0, null);

  /** A method of array; {@code locked}: it runs in a critical section on {@code self}. */
  static void def(String name, int minArgs, Object fn, boolean locked) {
    PyBuiltin b = Bootstrap.def(PyArray.TYPE, name, minArgs, fn);
    b.lockSelf = locked;
  }

  static void def(String name, int minArgs, Object fn) {
    def(name, minArgs, fn, true);
  }

  static void setup() {
    PyType t = PyArray.TYPE;
    t.qualname = "array";
    Bootstrap.constant(t, "__module__", PyStr.intern("array"));
    ITER.qualname = "arrayiterator";
    Bootstrap.constant(ITER, "__module__", PyStr.intern("array"));
    MiscMethods.iteratorProtocol(ITER);
    Bootstrap.newMethod(t, ArrayMethods::create);
    Bootstrap.constant(t, "__hash__", PySingleton.NONE);
    Bootstrap.getset(t, "typecode", (ts, s) -> PyStr.ofChar(ts, ((PyArray) s).typecode), null);
    Bootstrap.getset(t, "itemsize", (ts, s) -> PyInt.of(ts, ((PyArray) s).itemsize), null);
    def("__len__", 0, (PyBuiltin.F0) (ts, s) -> PyInt.of(ts, ((PyArray) s).size), false);
    def("__iter__", 0, (PyBuiltin.F0) (ts, s) -> new Iter(ts, (PyArray) s), false);
    def("__repr__", 0, (PyBuiltin.F0) (ts, s) -> PyStr.of(ts, ((PyArray) s).repr(ts)));
    def("__getitem__", 1, (PyBuiltin.F1) (ts, s, key) -> ArrayOps.get(ts, (PyArray) s, key));
    def(
        "__setitem__",
        2,
        (PyBuiltin.F2)
            (ts, s, key, v) -> {
              ArrayOps.set(ts, (PyArray) s, key, v);
              return PySingleton.NONE;
            });
    def(
        "__delitem__",
        1,
        (PyBuiltin.F1)
            (ts, s, key) -> {
              ArrayOps.set(ts, (PyArray) s, key, null);
              return PySingleton.NONE;
            });
    def("__contains__", 1, (PyBuiltin.F1) (ts, s, x) -> PyBool.of(find(ts, (PyArray) s, x) >= 0));
    def(
        "append",
        1,
        (PyBuiltin.F1)
            (ts, s, x) -> {
              PyArray a = (PyArray) s;
              a.append(PyArray.encode(ts, a.typecode, x));
              return PySingleton.NONE;
            });
    def(
        "extend",
        1,
        (PyBuiltin.F1)
            (ts, s, x) -> {
              extend(ts, (PyArray) s, x);
              return PySingleton.NONE;
            });
    def("insert", 2, (PyBuiltin.F2) ArrayMethods::insert);
    def("pop", 0, (PyBuiltin.F1) ArrayMethods::pop);
    def(
        "remove",
        1,
        (PyBuiltin.F1)
            (ts, s, x) -> {
              PyArray a = (PyArray) s;
              int i = find(ts, a, x);
              if (i < 0) {
                throw Exc.valueError(ts, "array.remove(x): x not in array");
              }
              a.removeRange(i, i + 1);
              return PySingleton.NONE;
            });
    def("index", 1, (PyBuiltin.F3) ArrayMethods::index);
    def(
        "count",
        1,
        (PyBuiltin.F1)
            (ts, s, x) -> {
              PyArray a = (PyArray) s;
              int c = 0;
              for (int i = 0; i < a.size; i++) {
                if (equalsItem(ts, a, i, x)) {
                  c++;
                }
              }
              return PyInt.of(ts, c);
            });
    def(
        "reverse",
        0,
        (PyBuiltin.F0)
            (ts, s) -> {
              PyArray a = (PyArray) s;
              for (int i = 0, j = a.size - 1; i < j; i++, j--) {
                long x = a.raw(i);
                a.store(i, a.raw(j));
                a.store(j, x);
              }
              return PySingleton.NONE;
            });
    def(
        "buffer_info",
        0,
        (PyBuiltin.F0)
            (ts, s) -> {
              PyArray a = (PyArray) s;
              PyInt addr = PyInt.of(ts, 0x7f0000000000L + (System.identityHashCode(a.data) << 4));
              PyInt len = PyInt.of(ts, a.size);
              try {
                return PyTuple.of(ts, addr, len);
              } finally {
                Ops.decref(ts, addr);
                Ops.decref(ts, len);
              }
            });
    PyBuiltin.F0 copy =
        (ts, s) -> {
          PyArray a = (PyArray) s;
          return PyArray.adopt(ts, a.typecode, a.copyRange(0, a.size), a.size);
        };
    def("__copy__", 0, copy);
    def("__deepcopy__", 1, (PyBuiltin.F1) (ts, s, memo) -> copy.call(ts, s));
    def(
        "__sizeof__",
        0,
        (PyBuiltin.F0)
            (ts, s) ->
                PyInt.of(
                    ts, 64 + (long) PyArray.length(((PyArray) s).data) * ((PyArray) s).itemsize));
    ArrayOps.setup();
  }

  // --- The constructor ---

  private static PyObject create(
      ThreadState ts, PyObject unused, PyObject[] args, int off, int n, PyTuple kw) {
    PyType cls = (PyType) args[off];
    int nkw = kw == null ? 0 : kw.items.length;
    if (nkw > 0 && cls == PyArray.TYPE) {
      throw Exc.typeError(ts, "array.array() takes no keyword arguments");
    }
    int npos = n - 1 - nkw;
    if (npos < 1) {
      throw Exc.typeError(ts, "array() takes at least 1 argument (" + npos + " given)");
    }
    if (npos > 2) {
      throw Exc.typeError(ts, "array() takes at most 2 arguments (" + npos + " given)");
    }
    PyObject code = args[off + 1];
    if (!(code instanceof PyStr s) || s.length() != 1) {
      throw Exc.typeError(
          ts, "array() argument 1 must be a unicode character, not " + code.typeName());
    }
    int c = s.codePointAt(0);
    if (c > 0x7F || PyArray.TYPECODES.indexOf(c) < 0) {
      throw Exc.valueError(ts, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    }
    char tc = (char) c;
    PyObject init = npos == 2 ? args[off + 2] : null;
    if (init instanceof PyStr && tc != 'u') {
      throw Exc.typeError(ts, "cannot use a str to initialize an array with typecode '" + tc + "'");
    }
    if (init instanceof PyArray ia && ia.typecode == 'u' && tc != 'u') {
      throw Exc.typeError(
          ts, "cannot use a unicode array to initialize an array with typecode '" + tc + "'");
    }
    PyArray a = (PyArray) cls.factory.create(ts, cls);
    a.setTypecode(tc);
    try {
      if (init instanceof PyStr str) {
        ArrayOps.fromUnicode(a, str.value);
      } else if (init instanceof PyBytes b) {
        ArrayOps.frombytes(ts, a, b.value);
      } else if (init instanceof PyArray ia && ia.typecode != tc) {
        for (int i = 0; i < ia.size; i++) {
          PyObject item = ia.item(ts, i);
          try {
            a.append(PyArray.encode(ts, tc, item));
          } finally {
            Ops.decref(ts, item);
          }
        }
      } else if (init != null) {
        extend(ts, a, init);
      }
    } catch (PyException e) {
      Ops.decref(ts, a);
      throw e;
    }
    return a;
  }

  // --- Growing ---

  /** {@code a.extend(x)}: an array of the same kind, or any iterable's items one by one. */
  static void extend(ThreadState ts, PyArray a, PyObject x) {
    if (x instanceof PyArray b) {
      if (b.typecode != a.typecode) {
        throw Exc.typeError(ts, "can only extend with array of same kind");
      }
      appendArray(ts, a, b);
      return;
    }
    PyObject it = Ops.iter(ts, x);
    try {
      PyObject item;
      while ((item = Ops.next(ts, it)) != null) {
        try {
          a.append(PyArray.encode(ts, a.typecode, item));
        } finally {
          Ops.decref(ts, item);
        }
      }
    } finally {
      Ops.decref(ts, it);
    }
  }

  /** Appends {@code b}'s items (same typecode) to {@code a}, {@code b} read under its lock. */
  static void appendArray(ThreadState ts, PyArray a, PyArray b) {
    Object items;
    int n;
    CriticalSection.begin(ts, b);
    try {
      n = b.size;
      items = b.copyRange(0, n);
    } finally {
      CriticalSection.end(ts);
    }
    int at = a.size;
    a.ensureCapacity(at + n);
    System.arraycopy(items, 0, a.data, at, n);
    a.size = at + n;
  }

  private static PyObject insert(ThreadState ts, PyObject s, PyObject index, PyObject x) {
    PyArray a = (PyArray) s;
    long i = Ops.index(ts, index);
    long bits = PyArray.encode(ts, a.typecode, x);
    int n = a.size;
    if (i < 0) {
      i = Math.max(0, i + n);
    }
    i = Math.min(i, n);
    a.openGap((int) i, 1);
    a.store((int) i, bits);
    return PySingleton.NONE;
  }

  private static PyObject pop(ThreadState ts, PyObject s, PyObject index) {
    PyArray a = (PyArray) s;
    long i = index == null ? -1 : Ops.index(ts, index);
    int n = a.size;
    if (n == 0) {
      throw Exc.indexError(ts, "pop from empty array");
    }
    if (i < 0) {
      i += n;
    }
    if (i < 0 || i >= n) {
      throw Exc.indexError(ts, "pop index out of range");
    }
    PyObject v = a.item(ts, (int) i);
    a.removeRange((int) i, (int) i + 1);
    return v;
  }

  // --- Searching ---

  /** Whether item {@code i} equals {@code x}, comparing in Java where the types allow. */
  static boolean equalsItem(ThreadState ts, PyArray a, int i, PyObject x) {
    long bits = a.raw(i);
    if (x.type == PyInt.TYPE && !a.isFloat() && a.typecode != 'u') {
      PyInt v = (PyInt) x;
      if (v.isBig()) {
        return a.unsigned64()
            && bits < 0
            && v.big.equals(
                java.math.BigInteger.valueOf(bits).add(java.math.BigInteger.ONE.shiftLeft(64)));
      }
      return a.unsigned64() ? bits >= 0 && bits == v.value : a.masked(bits) == v.value;
    }
    if (x.type == PyFloat.TYPE && a.isFloat()) {
      return Double.longBitsToDouble(bits) == ((PyFloat) x).value;
    }
    PyObject item = a.box(ts, bits);
    try {
      return Ops.richEq(ts, item, x);
    } finally {
      Ops.decref(ts, item);
    }
  }

  /** The first index of {@code x} in {@code a[from, to)}, or -1. */
  static int find(ThreadState ts, PyArray a, PyObject x, int from, int to) {
    for (int i = from; i < Math.min(to, a.size); i++) {
      if (equalsItem(ts, a, i, x)) {
        return i;
      }
    }
    return -1;
  }

  static int find(ThreadState ts, PyArray a, PyObject x) {
    return find(ts, a, x, 0, a.size);
  }

  private static PyObject index(
      ThreadState ts, PyObject s, PyObject x, PyObject start, PyObject stop) {
    PyArray a = (PyArray) s;
    int n = a.size;
    long from = start == null ? 0 : sliceIndex(ts, start, n);
    long to = stop == null ? n : sliceIndex(ts, stop, n);
    int i = find(ts, a, x, (int) from, (int) to);
    if (i < 0) {
      throw Exc.valueError(ts, "array.index(x): x not in array");
    }
    return PyInt.of(ts, i);
  }

  /** A start or stop argument clamped into {@code [0, n]}, as {@code list.index} takes them. */
  private static long sliceIndex(ThreadState ts, PyObject v, int n) {
    if (!(v instanceof PyInt) && v.type.lookup("__index__") == null) {
      throw Exc.typeError(ts, "slice indices must be integers or have an __index__ method");
    }
    long i = Ops.indexClamped(ts, v);
    if (i < 0) {
      i = Math.max(0, i + n);
    }
    return Math.min(i, n);
  }

  /** The iterator over an array: reads items without the lock (see {@link PyArray}). */
  static final class Iter extends PyIter {
    private PyArray array;
    private int index;

    Iter(ThreadState ts, PyArray array) {
      super(ts, ITER);
      Ops.incref(ts, array);
      this.array = array;
    }

    @Override
    public PyObject next(ThreadState ts) {
      PyArray a = array;
      if (a == null) {
        return null;
      }
      PyObject item = a.itemLockFree(ts, index);
      if (item == null) {
        array = null;
        Ops.decref(ts, a);
        return null;
      }
      index++;
      return item;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      visitNonNull(visit, array);
    }

    @Override
    protected void release(RcThread thread) {
      Ops.xdecref(thread, array);
    }
  }
}
