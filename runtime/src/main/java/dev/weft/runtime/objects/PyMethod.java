package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.threads.ThreadState;

/** A bound method: a callable and the {@code self} it passes first. Kept on a freelist. */
public final class PyMethod extends PyObject {
  public static final PyType TYPE = PyType.builtin("method", null, 0, null);

  public PyObject function;
  public PyObject self;

  private PyMethod(ThreadState ts, PyObject function, PyObject self) {
    super(ts.rc, TYPE);
    this.function = function;
    this.self = self;
  }

  /** A bound method holding new references to both. */
  public static PyMethod of(ThreadState ts, PyObject function, PyObject self) {
    Ops.incref(ts, function);
    Ops.incref(ts, self);
    PyMethod m = PyFloat.FREELIST ? ts.methods.pop() : null;
    if (m != null) {
      m.reinitialize(ts.rc);
      m.function = function;
      m.self = self;
      return m;
    }
    return new PyMethod(ts, function, self);
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    visitNonNull(visit, function);
    visitNonNull(visit, self);
  }

  @Override
  protected void release(RcThread thread) {
    PyObject f = function, s = self;
    function = null;
    self = null;
    Ops.decref(thread, f);
    Ops.decref(thread, s);
  }

  @Override
  protected void recycle(RcThread thread) {
    ThreadState ts = ThreadState.of(thread);
    if (PyFloat.FREELIST && ts != null) {
      ts.methods.push(this);
    }
  }
}
