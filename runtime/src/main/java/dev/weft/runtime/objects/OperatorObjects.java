package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.threads.ThreadState;

/**
 * The callables of the {@code operator} module: {@code itemgetter(*items)}, {@code
 * attrgetter(*names)} (dotted names walk attributes) and {@code methodcaller(name, *args,
 * **kwargs)}. Each keeps owned references to what it was made with; calling it fetches from (or
 * calls a method of) its one argument. Not subclassable, as in CPython.
 */
public final class OperatorObjects {
  private OperatorObjects() {}

  public static final PyType ITEMGETTER = PyType.builtin("itemgetter", null, 0, null);
  public static final PyType ATTRGETTER = PyType.builtin("attrgetter", null, 0, null);
  public static final PyType METHODCALLER = PyType.builtin("methodcaller", null, 0, null);

  /** One of the three: its arguments (owned) and, for methodcaller, the keyword names. */
  static final class Getter extends PyObject {
    final PyObject[] args;
    final PyTuple kwnames;

    Getter(ThreadState ts, PyType type, PyObject[] args, PyTuple kwnames) {
      super(ts.rc, type);
      this.args = args;
      this.kwnames = kwnames;
      for (PyObject a : args) {
        Ops.incref(ts, a);
      }
      if (kwnames != null) {
        Ops.incref(ts, kwnames);
      }
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      for (PyObject a : args) {
        visit.accept(a);
      }
      visitNonNull(visit, kwnames);
    }

    @Override
    protected void release(RcThread thread) {
      for (PyObject a : args) {
        Ops.decref(thread, a);
      }
      if (kwnames != null) {
        Ops.decref(thread, kwnames);
      }
    }
  }

  static void setup() {
    for (PyType t : new PyType[] {ITEMGETTER, ATTRGETTER, METHODCALLER}) {
      Bootstrap.constant(t, "__module__", PyStr.intern("operator"));
      Bootstrap.def(t, "__repr__", 0, (PyBuiltin.F0) OperatorObjects::repr);
    }
    Bootstrap.newMethod(ITEMGETTER, OperatorObjects::newItemgetter);
    Bootstrap.newMethod(ATTRGETTER, OperatorObjects::newAttrgetter);
    Bootstrap.newMethod(METHODCALLER, OperatorObjects::newMethodcaller);
    Bootstrap.def(ITEMGETTER, "__call__", 1, (PyBuiltin.FN) OperatorObjects::callItemgetter);
    Bootstrap.def(ATTRGETTER, "__call__", 1, (PyBuiltin.FN) OperatorObjects::callAttrgetter);
    Bootstrap.def(METHODCALLER, "__call__", 1, (PyBuiltin.FN) OperatorObjects::callMethodcaller);
  }

  private static PyObject newItemgetter(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    noKeywords(ts, "itemgetter", kw);
    if (n < 2) {
      throw Exc.typeError(ts, "itemgetter expected 1 argument, got 0");
    }
    return new Getter(ts, ITEMGETTER, java.util.Arrays.copyOfRange(args, off + 1, off + n), null);
  }

  private static PyObject newAttrgetter(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    noKeywords(ts, "attrgetter", kw);
    if (n < 2) {
      throw Exc.typeError(ts, "attrgetter expected 1 argument, got 0");
    }
    PyObject[] names = java.util.Arrays.copyOfRange(args, off + 1, off + n);
    for (PyObject name : names) {
      if (!(name instanceof PyStr)) {
        throw Exc.typeError(ts, "attribute name must be a string");
      }
    }
    return new Getter(ts, ATTRGETTER, names, null);
  }

  private static PyObject newMethodcaller(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    int nkw = kw == null ? 0 : kw.items.length;
    if (n - nkw < 2) {
      throw Exc.typeError(ts, "methodcaller needs at least one argument, the method name");
    }
    if (!(args[off + 1] instanceof PyStr)) {
      throw Exc.typeError(ts, "method name must be a string");
    }
    // Name, positional arguments, then the keyword values in kwnames' order.
    return new Getter(
        ts,
        METHODCALLER,
        java.util.Arrays.copyOfRange(args, off + 1, off + n),
        nkw > 0 ? kw : null);
  }

  private static void noKeywords(ThreadState ts, String who, PyTuple kw) {
    if (kw != null && kw.items.length > 0) {
      throw Exc.typeError(ts, who + "() takes no keyword arguments");
    }
  }

  private static PyObject onlyArgument(
      ThreadState ts, String who, PyObject[] args, int off, int n, PyTuple kw) {
    noKeywords(ts, who, kw);
    if (n != 1) {
      throw Exc.typeError(ts, who + " expected 1 argument, got " + n);
    }
    return args[off];
  }

  private static PyObject callItemgetter(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    PyObject obj = onlyArgument(ts, "itemgetter", args, off, n, kw);
    PyObject[] items = ((Getter) self).args;
    if (items.length == 1) {
      return Ops.getitem(ts, obj, items[0]);
    }
    PyObject[] out = new PyObject[items.length];
    try {
      for (int i = 0; i < items.length; i++) {
        out[i] = Ops.getitem(ts, obj, items[i]);
      }
    } catch (PyException e) {
      for (PyObject o : out) {
        Ops.xdecref(ts, o);
      }
      throw e;
    }
    return PyTuple.steal(ts, out);
  }

  private static PyObject callAttrgetter(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    PyObject obj = onlyArgument(ts, "attrgetter", args, off, n, kw);
    PyObject[] names = ((Getter) self).args;
    if (names.length == 1) {
      return dotted(ts, obj, (PyStr) names[0]);
    }
    PyObject[] out = new PyObject[names.length];
    try {
      for (int i = 0; i < names.length; i++) {
        out[i] = dotted(ts, obj, (PyStr) names[i]);
      }
    } catch (PyException e) {
      for (PyObject o : out) {
        Ops.xdecref(ts, o);
      }
      throw e;
    }
    return PyTuple.steal(ts, out);
  }

  /** {@code obj.a.b.c} for the name {@code "a.b.c"}. */
  private static PyObject dotted(ThreadState ts, PyObject obj, PyStr name) {
    String[] parts = name.value.split("\\.", -1);
    PyObject current = Ops.newRef(ts, obj);
    for (String part : parts) {
      PyObject next;
      try {
        next = Ops.getattr(ts, current, PyStr.intern(part));
      } finally {
        Ops.decref(ts, current);
      }
      current = next;
    }
    return current;
  }

  private static PyObject callMethodcaller(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    PyObject obj = onlyArgument(ts, "methodcaller", args, off, n, kw);
    Getter g = (Getter) self;
    PyObject method = Ops.getattr(ts, obj, (PyStr) g.args[0]);
    try {
      return Calls.call(ts, method, g.args, 1, g.args.length - 1, g.kwnames);
    } finally {
      Ops.decref(ts, method);
    }
  }

  private static PyObject repr(ThreadState ts, PyObject self) {
    Getter g = (Getter) self;
    StringBuilder sb = new StringBuilder("operator.").append(g.type.name).append('(');
    int nkw = g.kwnames == null ? 0 : g.kwnames.items.length;
    int positional = g.args.length - nkw;
    for (int i = 0; i < g.args.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      if (i >= positional) {
        sb.append(((PyStr) g.kwnames.items[i - positional]).value).append('=');
      }
      sb.append(Ops.reprString(ts, g.args[i]));
    }
    return PyStr.of(ts, sb.append(')').toString());
  }
}
