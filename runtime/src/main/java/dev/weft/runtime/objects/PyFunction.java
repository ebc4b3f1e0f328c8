package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.refcount.Refcount;
import dev.weft.runtime.threads.ThreadState;

/**
 * A Python function: code, the globals it runs in, defaults, keyword-only defaults, its closure
 * cells, annotations and a namespace. Top-level functions are deferred (ARCHITECTURE.md §2), so
 * threads calling the same function do not contend on its count; nested ones are counted, as in
 * CPython's free-threaded build, so closures are freed as soon as they are dropped. {@link
 * #version} changes whenever the code or defaults do, for the specializer's guards.
 */
public final class PyFunction extends PyObject implements HasDict {
  public static final PyType TYPE = PyType.builtin("function", null, 0, null);

  private static final java.util.concurrent.atomic.AtomicInteger NEXT_VERSION =
      new java.util.concurrent.atomic.AtomicInteger(1);

  public PyCode code;
  public final PyDict globals;
  public final PyDict builtins;
  public PyStr name;
  public PyStr qualname;
  public PyTuple defaults;
  public PyDict kwdefaults;
  public final PyTuple closure;
  public PyObject annotations;
  public PyObject module;
  public PyObject doc;
  private PyDict dict;
  public int version;

  /** The new function takes ownership of nothing: it increments what it keeps. */
  public PyFunction(ThreadState ts, PyCode code, PyDict globals, PyTuple closure) {
    super(ts.rc, TYPE);
    this.code = code;
    this.globals = globals;
    Ops.incref(ts, globals);
    PyObject b = globals.getString("__builtins__");
    this.builtins =
        b instanceof PyModule m ? m.dict : b instanceof PyDict d ? d : ts.runtime.builtins.dict;
    Ops.incref(ts, builtins);
    this.closure = closure;
    if (closure != null) {
      Ops.incref(ts, closure);
    }
    this.name = code.name;
    this.qualname = code.qualname;
    PyObject m = globals.getString("__name__");
    this.module = m != null ? m : PySingleton.NONE;
    Ops.incref(ts, module);
    // The compiler puts the docstring, or None, first among a function's constants (as 3.11).
    this.doc =
        code.constants.length > 0 && code.constants[0] instanceof PyStr s ? s : PySingleton.NONE;
    this.version = NEXT_VERSION.getAndIncrement();
    // CPython (funcobject.c, 3.13t+) defers top-level functions only: nested ones capture
    // variables, and freeing them promptly frees what they captured.
    if ((code.flags & dev.weft.runtime.bytecode.CodeObject.NESTED) == 0) {
      Refcount.makeDeferred(ts.rc, this);
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
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    visitNonNull(visit, globals);
    visitNonNull(visit, builtins);
    visitNonNull(visit, closure);
    visitNonNull(visit, defaults);
    visitNonNull(visit, kwdefaults);
    visitNonNull(visit, annotations);
    visitNonNull(visit, module);
    visitNonNull(visit, dict);
  }

  @Override
  protected void release(RcThread thread) {
    Ops.decref(thread, globals);
    Ops.decref(thread, builtins);
    Ops.xdecref(thread, closure);
    Ops.xdecref(thread, defaults);
    Ops.xdecref(thread, kwdefaults);
    Ops.xdecref(thread, annotations);
    Ops.xdecref(thread, module);
    Ops.xdecref(thread, dict);
  }
}
