package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.threads.ThreadState;

/** A cell: one variable shared between a function and the closures that capture it. */
public final class PyCell extends PyObject {
  public static final PyType TYPE = PyType.builtin("cell", null, 0, null);

  /** The value (owned), or null when the variable is unbound. */
  public PyObject value;

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
