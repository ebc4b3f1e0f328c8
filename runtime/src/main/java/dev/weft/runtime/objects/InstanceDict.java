package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.threads.ThreadState;
import java.util.function.Consumer;

/**
 * The namespace ({@code __dict__}) of an instance of a subclass of a builtin type ({@code class
 * C(list)}), created on first use; each builtin's {@code Sub} class holds one and delegates its
 * {@code dict}, {@code traverse} and {@code release} here.
 */
final class InstanceDict {
  private PyDict dict;

  PyDict get(ThreadState ts) {
    if (dict == null) {
      dict = new PyDict(ts);
    }
    return dict;
  }

  /** The namespace if it exists (borrowed), else null. */
  PyDict peek() {
    return dict;
  }

  void traverse(Consumer<PyObject> visit) {
    if (dict != null) {
      visit.accept(dict);
    }
  }

  void release(RcThread thread) {
    PyDict d = dict;
    dict = null;
    if (d != null) {
      Ops.decref(thread, d);
    }
  }
}
