package dev.weft.runtime.modules;

import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.objects.Attributes;
import dev.weft.runtime.objects.Compare;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyFunction;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.objects.Repr;
import dev.weft.runtime.threads.ThreadState;
import java.util.Arrays;

/**
 * The methods {@code @dataclass} adds, as CPython 3.11's generated source behaves: {@code __init__}
 * (fields set directly, through {@code object.__setattr__} when frozen, then {@code __post_init__}
 * with the InitVar values), {@code __repr__} (guarded against recursion, as {@code
 * reprlib.recursive_repr}), {@code __eq__} and the order methods (tuples of the fields compared,
 * for instances of exactly the same class, else NotImplemented), {@code __hash__} (the hash of the
 * tuple), the frozen {@code __setattr__}/{@code __delattr__}, and {@code __getstate__}/{@code
 * __setstate__} of a frozen slots class. Each is a method descriptor of the class whose closure is
 * the class's {@link DataclassSpec}, so it binds to instances as a Python function would.
 */
final class DataclassMethods {
  private DataclassMethods() {}

  private static final String[] SELF = {"self"};
  private static final String[] OTHER = {"self", "other"};
  private static final String[] SET = {"self", "name", "value"};
  private static final String[] DELETE = {"self", "name"};
  private static final String[] STATE = {"self", "state"};

  /** The method {@code name} for the spec's class, keeping a reference to the spec. */
  static PyBuiltin make(ThreadState ts, DataclassSpec s, String name) {
    PyBuiltin.FN fn =
        switch (name) {
          case "__init__" -> (t, self, a, off, n, kw) -> init(t, s, self, a, off, n, kw);
          case "__repr__" ->
              (t, self, a, off, n, kw) ->
                  repr(t, s, args(t, s, name, SELF, self, a, off, n, kw)[0]);
          case "__eq__" -> comparison(s, name, Compare.EQ);
          case "__lt__" -> comparison(s, name, Compare.LT);
          case "__le__" -> comparison(s, name, Compare.LE);
          case "__gt__" -> comparison(s, name, Compare.GT);
          case "__ge__" -> comparison(s, name, Compare.GE);
          case "__hash__" ->
              (t, self, a, off, n, kw) ->
                  hash(t, s, args(t, s, name, SELF, self, a, off, n, kw)[0]);
          case "__setattr__" ->
              (t, self, a, off, n, kw) -> {
                PyObject[] b = args(t, s, name, SET, self, a, off, n, kw);
                return frozenSet(t, s, b[0], b[1], b[2]);
              };
          case "__delattr__" ->
              (t, self, a, off, n, kw) -> {
                PyObject[] b = args(t, s, name, DELETE, self, a, off, n, kw);
                return frozenSet(t, s, b[0], b[1], null);
              };
          case "__getstate__" ->
              (t, self, a, off, n, kw) ->
                  getState(t, s, args(t, s, name, SELF, self, a, off, n, kw)[0]);
          case "__setstate__" ->
              (t, self, a, off, n, kw) -> {
                PyObject[] b = args(t, s, name, STATE, self, a, off, n, kw);
                return setState(t, s, b[0], b[1]);
              };
          default -> throw new IllegalArgumentException(name);
        };
    Ops.incref(ts, s);
    return PyBuiltin.heapMethod(ts, s.cls, name, fn, s);
  }

  private static PyBuiltin.FN comparison(DataclassSpec s, String name, int op) {
    return (t, self, a, off, n, kw) -> {
      PyObject[] b = args(t, s, name, OTHER, self, a, off, n, kw);
      return compare(t, s, b[0], b[1], op);
    };
  }

  /**
   * The arguments of a generated method whose parameters are {@code names} (self first), bound as
   * CPython binds the Python function it generates; {@code self} is null when none was given.
   */
  private static PyObject[] args(
      ThreadState ts,
      DataclassSpec s,
      String method,
      String[] names,
      PyObject self,
      PyObject[] a,
      int off,
      int n,
      PyTuple kwnames) {
    PyObject[] all;
    if (self != null) {
      all = new PyObject[n + 1];
      all[0] = self;
      System.arraycopy(a, off, all, 1, n);
      if (n + 1 == names.length && (kwnames == null || kwnames.items.length == 0)) {
        return all;
      }
    } else {
      all = Arrays.copyOfRange(a, off, off + n);
    }
    String qualname = s.cls.qualname + "." + method;
    return new PythonParameters(qualname, 0, names.length, names.length, false, names)
        .bind(ts, all, 0, all.length, kwnames, null);
  }

  // --- __init__ ---

  private static PyObject init(
      ThreadState ts,
      DataclassSpec s,
      PyObject self,
      PyObject[] args,
      int off,
      int n,
      PyTuple kwnames) {
    if (self == null) {
      return initBySelfKeyword(ts, s, args, off, n, kwnames);
    }
    PyObject[] bound = s.bind(ts, args, off, n, kwnames, false);
    for (DataclassSpec.Assignment a : s.assignments) {
      PyObject value = a.param() >= 0 ? bound[a.param()] : a.value();
      PyObject made = null;
      if (a.factory() != null && (a.param() < 0 || DataclassSpec.isFactoryMarker(value))) {
        made = Ops.call0(ts, a.factory());
        value = made;
      }
      try {
        if (s.frozen) {
          Attributes.genericSet(ts, self, a.name(), value);
        } else {
          Attributes.set(ts, self, a.name(), value);
        }
      } finally {
        Ops.xdecref(ts, made);
      }
    }
    if (s.hasPostInit) {
      postInit(ts, s, self, bound);
    }
    return PySingleton.NONE;
  }

  /**
   * {@code Cls.__init__(...)} with no positional argument: self can only have come by keyword (as
   * {@code self=}, or {@code __dataclass_self__=} when a field is named self); else the binding
   * error names it among the missing arguments.
   */
  private static PyObject initBySelfKeyword(
      ThreadState ts, DataclassSpec s, PyObject[] args, int off, int n, PyTuple kwnames) {
    int nkw = kwnames == null ? 0 : kwnames.items.length;
    int k = nkw - 1;
    while (k >= 0 && !((PyStr) kwnames.items[k]).value.equals(s.selfName)) {
      k--;
    }
    if (k < 0) {
      s.bind(ts, args, off, n, kwnames, true);
      throw new IllegalStateException("a call without self bound");
    }
    int at = n - nkw + k;
    PyObject[] rest = new PyObject[n - 1];
    PyObject[] names = new PyObject[nkw - 1];
    for (int i = 0, j = 0; i < n; i++) {
      if (i != at) {
        rest[j++] = args[off + i];
      }
    }
    for (int i = 0, j = 0; i < nkw; i++) {
      if (i != k) {
        names[j++] = kwnames.items[i];
      }
    }
    PyTuple restNames = PyTuple.of(ts, names);
    try {
      return init(ts, s, args[off + at], rest, 0, n - 1, restNames);
    } finally {
      Ops.decref(ts, restNames);
    }
  }

  /**
   * {@code self.__post_init__(initvar, ...)}. An InitVar with init=False has no parameter: the
   * generated code would look its name up as a global, which fails.
   */
  private static void postInit(ThreadState ts, DataclassSpec s, PyObject self, PyObject[] bound) {
    PyObject[] values = new PyObject[s.initVarParams.length];
    for (int i = 0; i < values.length; i++) {
      int p = s.initVarParams[i];
      if (p < 0) {
        throw Exc.nameError(ts, s.initVarNames[i].value);
      }
      values[i] = bound[p];
    }
    PyType t = self.type;
    PyObject method = t.lookup("__post_init__");
    PyObject r;
    if (method instanceof PyFunction f && !t.customGetattribute) {
      r = Calls.callFunction(ts, f, self, values, 0, values.length, null);
    } else {
      PyObject bm = Ops.getattr(ts, self, "__post_init__");
      try {
        r = Calls.call(ts, bm, values, 0, values.length, null);
      } finally {
        Ops.decref(ts, bm);
      }
    }
    Ops.decref(ts, r);
  }

  // --- __repr__ ---

  private static PyObject repr(ThreadState ts, DataclassSpec s, PyObject self) {
    return PyStr.of(
        ts,
        Repr.guardedBy(
            ts,
            self,
            "...",
            () -> {
              StringBuilder sb = new StringBuilder(self.type.qualname).append('(');
              PyStr[] names = s.reprFields;
              for (int i = 0; i < names.length; i++) {
                PyObject v = Ops.getattr(ts, self, names[i]);
                try {
                  sb.append(i == 0 ? "" : ", ").append(names[i].value).append('=');
                  sb.append(Ops.reprString(ts, v));
                } finally {
                  Ops.decref(ts, v);
                }
              }
              return sb.append(')').toString();
            }));
  }

  // --- comparisons and hash ---

  /** {@code (self.a, self.b, ...)} over {@code names}. */
  static PyTuple fieldTuple(ThreadState ts, PyObject self, PyStr[] names) {
    PyObject[] items = new PyObject[names.length];
    try {
      for (int i = 0; i < names.length; i++) {
        items[i] = Ops.getattr(ts, self, names[i]);
      }
    } catch (RuntimeException e) {
      for (PyObject o : items) {
        Ops.xdecref(ts, o);
      }
      throw e;
    }
    return PyTuple.steal(ts, items);
  }

  private static PyObject compare(
      ThreadState ts, DataclassSpec s, PyObject self, PyObject other, int op) {
    if (other.type != self.type) {
      return PySingleton.NOT_IMPLEMENTED;
    }
    PyTuple mine = fieldTuple(ts, self, s.compareFields);
    try {
      PyTuple theirs = fieldTuple(ts, other, s.compareFields);
      try {
        return Compare.richCompare(ts, mine, theirs, op);
      } finally {
        Ops.decref(ts, theirs);
      }
    } finally {
      Ops.decref(ts, mine);
    }
  }

  private static PyObject hash(ThreadState ts, DataclassSpec s, PyObject self) {
    PyTuple t = fieldTuple(ts, self, s.hashFields);
    try {
      return PyInt.of(ts, Ops.hash(ts, t));
    } finally {
      Ops.decref(ts, t);
    }
  }

  // --- frozen ---

  /**
   * The frozen class's {@code __setattr__} (value non-null) and {@code __delattr__}: a field, or
   * any name on an instance of exactly the class, raises FrozenInstanceError; otherwise {@code
   * super(cls, self)}'s method runs.
   */
  private static PyObject frozenSet(
      ThreadState ts, DataclassSpec s, PyObject self, PyObject name, PyObject value) {
    if (self.type == s.cls || isField(ts, s, name)) {
      throw Exc.raise(
          ts,
          s.frozenError,
          (value == null ? "cannot delete field " : "cannot assign to field ")
              + Ops.reprString(ts, name));
    }
    String method = value == null ? "__delattr__" : "__setattr__";
    PyObject next = superLookup(ts, s.cls, self, method);
    PyObject r =
        value == null
            ? Calls.callMethod(ts, next, self, name)
            : Calls.callMethod(ts, next, self, name, value);
    Ops.decref(ts, r);
    return PySingleton.NONE;
  }

  private static boolean isField(ThreadState ts, DataclassSpec s, PyObject name) {
    for (PyStr f : s.fieldNames) {
      if (f == name || Ops.richEq(ts, name, f)) {
        return true;
      }
    }
    return false;
  }

  /** What {@code super(cls, self).name} finds: the MRO of self's type after {@code cls}. */
  private static PyObject superLookup(ThreadState ts, PyType cls, PyObject self, String name) {
    PyType[] mro = self.type.mro;
    int i = 0;
    while (i < mro.length && mro[i] != cls) {
      i++;
    }
    if (i == mro.length) {
      throw Exc.typeError(ts, "super(type, obj): obj must be an instance or subtype of type");
    }
    for (int j = i + 1; j < mro.length; j++) {
      PyObject v = mro[j].dict.getString(name);
      if (v != null) {
        return v;
      }
    }
    throw Exc.attributeError(ts, self, name);
  }

  // --- pickling support of frozen slots classes ---

  private static PyObject getState(ThreadState ts, DataclassSpec s, PyObject self) {
    PyList out = new PyList(ts);
    try {
      for (PyStr name : s.fieldNames) {
        out.appendSteal(ts, Ops.getattr(ts, self, name));
      }
    } catch (RuntimeException e) {
      Ops.decref(ts, out);
      throw e;
    }
    return out;
  }

  private static PyObject setState(ThreadState ts, DataclassSpec s, PyObject self, PyObject state) {
    PyObject it = Ops.iter(ts, state);
    try {
      for (PyStr name : s.fieldNames) {
        PyObject v = Ops.next(ts, it);
        if (v == null) {
          break;
        }
        try {
          Attributes.genericSet(ts, self, name, v);
        } finally {
          Ops.decref(ts, v);
        }
      }
    } finally {
      Ops.decref(ts, it);
    }
    return PySingleton.NONE;
  }
}
