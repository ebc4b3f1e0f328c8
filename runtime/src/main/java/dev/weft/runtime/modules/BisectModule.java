package dev.weft.runtime.modules;

import dev.weft.runtime.objects.Compare;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.threads.ThreadState;

/**
 * {@code bisect}: binary search of a sorted sequence and insertion keeping it sorted, as CPython's
 * {@code _bisectmodule.c} does it (the same midpoints, so the same comparisons; items read with
 * {@code a[mid]}, lock-free for an exact list; {@code key} applied to the items, not to {@code x};
 * insertion through {@code list.insert}, or the sequence's own {@code insert} method).
 */
final class BisectModule {
  private BisectModule() {}

  private static final String[] PARAMETERS = {"a", "x", "lo", "hi", "key"};

  static PyModule create(ThreadState ts) {
    PyModule m = new PyModule(ts, "bisect");
    for (String name :
        new String[] {"bisect_right", "bisect_left", "insort_right", "insort_left"}) {
      boolean left = name.endsWith("left");
      boolean insort = name.startsWith("insort");
      PyBuiltin f =
          PyBuiltin.function(
              name,
              0,
              (PyBuiltin.FN) (t, s, a, off, n, kw) -> call(t, name, left, insort, a, off, n, kw));
      m.put(ts, name, f);
      if (!left) {
        m.put(ts, insort ? "insort" : "bisect", f);
      }
    }
    return m;
  }

  /** Binds {@code (a, x, lo=0, hi=None, *, key=None)} with Argument Clinic's messages. */
  private static PyObject call(
      ThreadState ts,
      String name,
      boolean left,
      boolean insort,
      PyObject[] args,
      int off,
      int n,
      PyTuple kw) {
    int nkw = kw == null ? 0 : kw.items.length;
    int npos = n - nkw;
    if (npos > 4) {
      throw Exc.typeError(
          ts, name + "() takes at most 4 positional arguments (" + npos + " given)");
    }
    PyObject[] bound = new PyObject[5];
    System.arraycopy(args, off, bound, 0, npos);
    for (int k = 0; k < nkw; k++) {
      String key = ((PyStr) kw.items[k]).value;
      int index = java.util.Arrays.asList(PARAMETERS).indexOf(key);
      if (index < 0) {
        throw Exc.typeError(ts, "'" + key + "' is an invalid keyword argument for " + name + "()");
      }
      if (bound[index] != null) {
        throw Exc.typeError(
            ts,
            "argument for "
                + name
                + "() given by name ('"
                + key
                + "') and position ("
                + (index + 1)
                + ")");
      }
      bound[index] = args[off + npos + k];
    }
    for (int i = 0; i < 2; i++) {
      if (bound[i] == null) {
        throw Exc.typeError(
            ts,
            name + "() missing required argument '" + PARAMETERS[i] + "' (pos " + (i + 1) + ")");
      }
    }
    PyObject a = bound[0];
    PyObject x = bound[1];
    long lo = bound[2] == null ? 0 : Ops.index(ts, bound[2]);
    long hi = -1;
    if (bound[3] != null && bound[3] != PySingleton.NONE) {
      if (!(bound[3] instanceof PyInt) && bound[3].type.lookup("__index__") == null) {
        throw Exc.typeError(
            ts, "argument should be integer or None, not '" + bound[3].typeName() + "'");
      }
      hi = Ops.index(ts, bound[3]);
    }
    PyObject key = bound[4] == null || bound[4] == PySingleton.NONE ? null : bound[4];
    if (!insort) {
      return PyInt.of(ts, search(ts, a, x, lo, hi, key, left));
    }
    PyObject keyOfX = key == null ? Ops.newRef(ts, x) : Ops.call1(ts, key, x);
    long index;
    try {
      index = search(ts, a, keyOfX, lo, hi, key, left);
    } finally {
      Ops.decref(ts, keyOfX);
    }
    PyObject at = PyInt.of(ts, index);
    try {
      Ops.decref(ts, Ops.callMethod(ts, a, "insert", at, x));
    } finally {
      Ops.decref(ts, at);
    }
    return PySingleton.NONE;
  }

  /** CPython's {@code internal_bisect_right}/{@code _left}; {@code hi} -1 means len(a). */
  private static long search(
      ThreadState ts, PyObject a, PyObject x, long lo, long hi, PyObject key, boolean left) {
    if (lo < 0) {
      throw Exc.valueError(ts, "lo must be non-negative");
    }
    if (hi == -1) {
      hi = Ops.length(ts, a);
    }
    while (lo < hi) {
      long mid = (lo + hi) >>> 1;
      PyObject item = itemAt(ts, a, mid);
      if (key != null) {
        PyObject k;
        try {
          k = Ops.call1(ts, key, item);
        } finally {
          Ops.decref(ts, item);
        }
        item = k;
      }
      boolean less;
      try {
        PyObject r =
            left
                ? Compare.richCompare(ts, item, x, Compare.LT)
                : Compare.richCompare(ts, x, item, Compare.LT);
        try {
          less = Ops.isTrue(ts, r);
        } finally {
          Ops.decref(ts, r);
        }
      } finally {
        Ops.decref(ts, item);
      }
      if (left == less) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static PyObject itemAt(ThreadState ts, PyObject a, long i) {
    if (a.type == PyList.TYPE) {
      PyObject item = ((PyList) a).getItemRef(ts, (int) i);
      if (item == null) {
        throw Exc.indexError(ts, "list index out of range");
      }
      return item;
    }
    PyObject index = PyInt.of(ts, i);
    try {
      return Ops.getitem(ts, a, index);
    } finally {
      Ops.decref(ts, index);
    }
  }
}
