package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.threads.ThreadState;

/** {@code slice(start, stop, step)}, and CPython's index arithmetic for applying one. */
public final class PySlice extends PyObject {
  public static final PyType TYPE = PyType.builtin("slice", null, 0, null);

  public final PyObject start, stop, step;

  /** Takes new references to the three bounds (None for absent). */
  public PySlice(ThreadState ts, PyObject start, PyObject stop, PyObject step) {
    super(ts.rc, TYPE);
    Ops.incref(ts, start);
    Ops.incref(ts, stop);
    Ops.incref(ts, step);
    this.start = start;
    this.stop = stop;
    this.step = step;
  }

  /** The resolved {@code start, stop, step, length} for a sequence of {@code length}. */
  public long[] indices(ThreadState ts, long length) {
    long st = step == PySingleton.NONE ? 1 : Ops.indexClamped(ts, step);
    if (st == 0) {
      throw Exc.valueError(ts, "slice step cannot be zero");
    }
    long lower = st < 0 ? -1 : 0;
    long upper = st < 0 ? length - 1 : length;
    long b = bound(ts, start, st < 0 ? upper : lower, length, lower, upper);
    long e = bound(ts, stop, st < 0 ? lower : upper, length, lower, upper);
    long n;
    if (st < 0) {
      n = e < b ? (b - e - 1) / (-st) + 1 : 0;
    } else {
      n = b < e ? (e - b - 1) / st + 1 : 0;
    }
    return new long[] {b, e, st, n};
  }

  private static long bound(
      ThreadState ts, PyObject v, long dflt, long length, long lower, long upper) {
    if (v == PySingleton.NONE) {
      return dflt;
    }
    if (!(v instanceof PyInt) && v.type.lookup("__index__") == null) {
      throw Exc.typeError(ts, "slice indices must be integers or None or have an __index__ method");
    }
    long x = Ops.indexClamped(ts, v);
    if (x < 0) {
      x += length;
      return x < lower ? lower : x;
    }
    return x > upper ? upper : x;
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    visitNonNull(visit, start);
    visitNonNull(visit, stop);
    visitNonNull(visit, step);
  }

  @Override
  protected void release(RcThread thread) {
    Ops.decref(thread, start);
    Ops.decref(thread, stop);
    Ops.decref(thread, step);
  }
}
