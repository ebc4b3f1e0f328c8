package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.threads.ThreadState;

/** One entry of a traceback: where a frame was when an exception passed through it. */
public final class PyTraceback extends PyObject {
  public static final PyType TYPE = PyType.builtin("traceback", null, 0, null);

  public final PyTraceback next;
  public final PyCode code;
  public final int line;

  /** The instruction the frame was at, whose source span the printed traceback underlines. */
  public final int lasti;

  /** Takes ownership of {@code next}. */
  public PyTraceback(ThreadState ts, PyTraceback next, PyCode code, int lasti) {
    super(ts.rc, TYPE);
    this.next = next;
    this.code = code;
    this.lasti = lasti;
    this.line = code.lineOf(lasti);
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    visitNonNull(visit, next);
  }

  @Override
  protected void release(RcThread thread) {
    if (next != null) {
      Ops.decref(thread, next);
    }
  }
}
