package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.threads.ThreadState;

/**
 * A builtin object that keeps owned references in numbered slots and has an instance namespace
 * ({@code __dict__}, made on first use): the common shape of the library modules' objects ({@code
 * functools.partial}, {@code string.Template}, {@code _thread.RLock}, ...), so that each needs
 * neither its own traverse nor its own release.
 */
abstract class Holder extends PyObject implements HasDict {
  final PyObject[] refs;
  private final InstanceDict namespace = new InstanceDict();

  /** Takes over the references {@code owned} (null slots allowed). */
  Holder(ThreadState ts, PyType type, PyObject... owned) {
    super(ts.rc, type);
    refs = owned;
  }

  @Override
  public PyDict dict(ThreadState ts) {
    return namespace.get(ts);
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    for (PyObject o : refs) {
      visitNonNull(visit, o);
    }
    namespace.traverse(visit);
  }

  @Override
  protected void release(RcThread thread) {
    for (int i = 0; i < refs.length; i++) {
      PyObject o = refs[i];
      refs[i] = null;
      Ops.xdecref(thread, o);
    }
    namespace.release(thread);
  }
}
