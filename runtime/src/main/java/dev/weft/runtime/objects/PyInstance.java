package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.threads.ThreadState;

/**
 * An instance of a class whose solid base is {@code object}: a namespace created on the first
 * attribute store, and the values of {@code __slots__} the class declares.
 */
public final class PyInstance extends PyObject implements HasDict {
  public PyDict dict;

  /** Values of declared slots (owned, null when unset), or null when the class has none. */
  public PyObject[] slots;

  private boolean finalized;

  public PyInstance(ThreadState ts, PyType type) {
    super(ts.rc, type);
    Ops.incref(ts, type);
    int n = Slots.count(type);
    if (n > 0) {
      slots = new PyObject[n];
    }
  }

  @Override
  public PyDict dict(ThreadState ts) {
    if (dict == null) {
      dict = new PyDict(ts);
    }
    return dict;
  }

  @Override
  protected boolean finalizeOnce() {
    if (finalized) {
      return false;
    }
    finalized = true;
    return true;
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    visitNonNull(visit, dict);
    if (slots != null) {
      for (PyObject v : slots) {
        visitNonNull(visit, v);
      }
    }
    visit.accept(type);
  }

  @Override
  protected void release(RcThread thread) {
    PyDict d = dict;
    dict = null;
    if (d != null) {
      Ops.decref(thread, d);
    }
    PyObject[] s = slots;
    if (s != null) {
      slots = null;
      for (PyObject v : s) {
        if (v != null) {
          Ops.decref(thread, v);
        }
      }
    }
    Ops.decref(thread, type);
  }
}
