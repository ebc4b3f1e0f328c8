package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.refcount.Refcount;
import dev.weft.runtime.threads.ThreadState;

/** A module: a namespace with a name. Deferred, like its dict. */
public final class PyModule extends PyObject implements HasDict {
  public static final PyType TYPE = PyType.builtin("module", null, PyType.BASETYPE, null);

  public final PyDict dict;

  public PyModule(ThreadState ts, String name) {
    super(ts.rc, TYPE);
    this.dict = new PyDict(ts);
    dict.putString(ts, "__name__", PyStr.intern(name));
    dict.putString(ts, "__doc__", PySingleton.NONE);
    Refcount.makeDeferred(ts.rc, this);
    Refcount.makeDeferred(ts.rc, dict);
  }

  public String name() {
    return dict.getString("__name__") instanceof PyStr s ? s.value : "?";
  }

  @Override
  public PyDict dict(ThreadState ts) {
    return dict;
  }

  /** Stores {@code value} under {@code name}; the module keeps a new reference. */
  public void put(ThreadState ts, String name, PyObject value) {
    dict.putString(ts, name, value);
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    visitNonNull(visit, dict);
  }

  @Override
  protected void release(RcThread thread) {
    Ops.decref(thread, dict);
  }
}
