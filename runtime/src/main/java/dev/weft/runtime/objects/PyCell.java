package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.threads.ThreadState;

/** A cell: one variable shared between a function and the closures that capture it. */
public final class PyCell extends PyObject {
  public static final PyType TYPE = PyType.builtin("cell", null, 0, null);

  /** The value (owned), or null when the variable is unbound; other threads read it lock-free. */
  public volatile PyObject value;

  private static final java.lang.invoke.VarHandle VALUE;

  static {
    try {
      VALUE =
          java.lang.invoke.MethodHandles.lookup()
              .findVarHandle(PyCell.class, "value", PyObject.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * The value as a new reference, or null: a closure read while another thread may store (the
   * reference is kept only if the cell still holds the value after the increment).
   */
  public PyObject getRef(ThreadState ts) {
    while (true) {
      PyObject v = value;
      if (v == null) {
        return null;
      }
      if (dev.weft.refcount.Refcount.tryIncref(ts.rc, v)) {
        if (value == v) {
          return v;
        }
        Ops.decref(ts, v);
      } else if (value == v) {
        // Not yet marked for other threads' try-increfs: mark it; the store that replaces it
        // cannot free it before this thread's next look, which retries.
        dev.weft.refcount.Refcount.setMaybeWeakref(v);
      }
      Thread.onSpinWait();
    }
  }

  /** Stores {@code v} (a reference taken over) and returns the old value, owned by the caller. */
  public PyObject swap(PyObject v) {
    return (PyObject) VALUE.getAndSet(this, v);
  }

  /** Takes ownership of {@code value} (which may be null). */
  public PyCell(ThreadState ts, PyObject value) {
    super(ts.rc, TYPE);
    this.value = value;
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    visitNonNull(visit, value);
  }

  @Override
  protected void release(RcThread thread) {
    PyObject v = value;
    value = null;
    if (v != null) {
      Ops.decref(thread, v);
    }
  }
}
