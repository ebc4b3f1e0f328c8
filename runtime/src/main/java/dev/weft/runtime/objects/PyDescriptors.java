package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.threads.ThreadState;

/** {@code property}, {@code classmethod} and {@code staticmethod}: wrappers around callables. */
public final class PyDescriptors {
  private PyDescriptors() {}

  public static final PyType PROPERTY =
      PyType.builtin("property", null, PyType.BASETYPE, (ts, t) -> new Property(ts, t));
  public static final PyType CLASSMETHOD =
      PyType.builtin("classmethod", null, PyType.BASETYPE, (ts, t) -> new Wrapper(ts, t));
  public static final PyType STATICMETHOD =
      PyType.builtin("staticmethod", null, PyType.BASETYPE, (ts, t) -> new Wrapper(ts, t));

  /** A property: getter, setter, deleter and doc, each owned or null. */
  public static final class Property extends PyObject implements HasDict {
    public PyObject fget, fset, fdel, doc;
    private PyDict dict;

    Property(ThreadState ts, PyType type) {
      super(ts.rc, type);
    }

    @Override
    public PyDict dict(ThreadState ts) {
      if (dict == null) {
        dict = new PyDict(ts);
      }
      return dict;
    }

    /** CPython 3.11's AttributeError for a missing getter, setter or deleter. */
    public PyException missing(ThreadState ts, PyObject obj, String what) {
      PyObject name = fget == null ? null : Ops.getattrOrNull(ts, fget, PyStr.intern("__name__"));
      try {
        String owner = "'" + obj.typeName() + "' object";
        return Exc.raise(
            ts,
            Exc.AttributeError,
            name instanceof PyStr s
                ? "property '" + s.value + "' of " + owner + " has no " + what
                : "property of " + owner + " has no " + what);
      } finally {
        Ops.xdecref(ts, name);
      }
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      visitNonNull(visit, fget);
      visitNonNull(visit, fset);
      visitNonNull(visit, fdel);
      visitNonNull(visit, doc);
      visitNonNull(visit, dict);
    }

    @Override
    protected void release(RcThread thread) {
      Ops.xdecref(thread, fget);
      Ops.xdecref(thread, fset);
      Ops.xdecref(thread, fdel);
      Ops.xdecref(thread, doc);
      Ops.xdecref(thread, dict);
    }
  }

  /** classmethod or staticmethod (the type tells which) around one callable. */
  public static final class Wrapper extends PyObject implements HasDict {
    public PyObject callable;
    private PyDict dict;

    Wrapper(ThreadState ts, PyType type) {
      super(ts.rc, type);
    }

    public boolean isClassMethod() {
      return type.isSubtypeOf(CLASSMETHOD);
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
      visitNonNull(visit, callable);
      visitNonNull(visit, dict);
    }

    @Override
    protected void release(RcThread thread) {
      Ops.xdecref(thread, callable);
      Ops.xdecref(thread, dict);
    }
  }
}
