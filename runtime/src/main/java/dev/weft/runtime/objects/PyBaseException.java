package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.threads.ThreadState;

/**
 * An instance of {@code BaseException} or a subclass: its arguments, traceback, the explicit cause
 * ({@code raise ... from}), the implicit context (the exception being handled when it was raised),
 * and a namespace for attributes that subclasses and handlers add.
 */
public class PyBaseException extends PyObject implements HasDict {
  public PyTuple args;
  public PyTraceback traceback;
  public PyBaseException cause;
  public PyBaseException context;
  public boolean suppressContext;
  private PyDict dict;
  private boolean finalized;

  public PyBaseException(ThreadState ts, PyType type) {
    super(ts.rc, type);
    this.args = PyTuple.EMPTY;
  }

  @Override
  public PyDict dict(ThreadState ts) {
    if (dict == null) {
      dict = new PyDict(ts);
    }
    return dict;
  }

  /** The namespace if one was created, else null. */
  public PyDict dictOrNull() {
    return dict;
  }

  /** Replaces the traceback, dropping the old one; takes ownership of {@code tb}. */
  public void setTraceback(ThreadState ts, PyTraceback tb) {
    PyTraceback old = traceback;
    traceback = tb;
    if (old != null) {
      Ops.decref(ts, old);
    }
  }

  public void setCause(ThreadState ts, PyBaseException newCause) {
    if (newCause != null) {
      Ops.incref(ts, newCause);
    }
    PyBaseException old = cause;
    cause = newCause;
    suppressContext = true;
    if (old != null) {
      Ops.decref(ts, old);
    }
  }

  public void setContext(ThreadState ts, PyBaseException newContext) {
    if (newContext != null) {
      Ops.incref(ts, newContext);
    }
    PyBaseException old = context;
    context = newContext;
    if (old != null) {
      Ops.decref(ts, old);
    }
  }

  /** The message for Java-side diagnostics only (Python code uses {@code str()}). */
  String messageForJava() {
    if (args.items.length == 1 && args.items[0] instanceof PyStr s) {
      return s.value;
    }
    return args.items.length == 0 ? "" : java.util.Arrays.toString(args.items);
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
    visit.accept(args);
    visitNonNull(visit, traceback);
    visitNonNull(visit, cause);
    visitNonNull(visit, context);
    visitNonNull(visit, dict);
  }

  @Override
  protected void release(RcThread thread) {
    Ops.decref(thread, args);
    if (traceback != null) {
      Ops.decref(thread, traceback);
    }
    if (cause != null) {
      Ops.decref(thread, cause);
    }
    if (context != null) {
      Ops.decref(thread, context);
    }
    if (dict != null) {
      Ops.decref(thread, dict);
    }
  }
}
