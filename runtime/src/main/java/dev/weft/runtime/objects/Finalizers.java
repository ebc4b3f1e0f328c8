package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.interpreter.Tracebacks;
import dev.weft.runtime.threads.ThreadState;

/**
 * Runs {@code __del__} for a deallocator. An exception it raises cannot propagate (the deallocation
 * happened inside some unrelated operation), so it is printed as CPython prints an "unraisable"
 * exception and dropped.
 */
final class Finalizers {
  private Finalizers() {}

  static void run(RcThread thread, PyObject o) {
    ThreadState ts = ThreadState.of(thread);
    if (ts == null) {
      return;
    }
    PyObject del = o.type.finalizer;
    try {
      Ops.decref(ts, Calls.callMethod(ts, del, o));
    } catch (PyException e) {
      ts.runtime.stdout.flush();
      ts.runtime.stderr.println("Exception ignored in: " + Repr.builtinRepr(ts, del));
      ts.runtime.stderr.print(Tracebacks.format(ts, e.value));
      Ops.decref(ts, e.value);
    }
  }
}
