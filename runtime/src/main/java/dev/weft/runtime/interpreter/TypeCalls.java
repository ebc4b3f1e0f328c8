package dev.weft.runtime.interpreter;

import dev.weft.runtime.objects.Abc;
import dev.weft.runtime.objects.Attributes;
import dev.weft.runtime.objects.Bootstrap;
import dev.weft.runtime.objects.ClassBuilder;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyDescriptors;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.ThreadState;

/**
 * Calling a type (CPython's {@code type_call}): {@code type(x)} and {@code type(name, bases, ns)}
 * for the metatype itself; otherwise {@code __new__}, then {@code __init__} when the result is an
 * instance of the type.
 */
public final class TypeCalls {
  private TypeCalls() {}

  public static PyObject call(
      ThreadState ts, PyType t, PyObject[] args, int off, int n, PyTuple kwnames) {
    PyType meta = t.type;
    if (meta != PyType.TYPE) {
      // A metaclass may define __call__ (type.__call__ comes back to construct).
      PyObject metaCall = meta.lookup("__call__");
      if (metaCall != PyType.TYPE.dict.getString("__call__")) {
        PyObject bound = Attributes.bind(ts, metaCall, t, meta);
        try {
          return Calls.call(ts, bound, args, off, n, kwnames);
        } finally {
          Ops.decref(ts, bound);
        }
      }
    }
    return construct(ts, t, args, off, n, kwnames);
  }

  /** {@code type.__call__}: {@code __new__}, then {@code __init__} on an instance of the type. */
  public static PyObject construct(
      ThreadState ts, PyType t, PyObject[] args, int off, int n, PyTuple kwnames) {
    int nkw = kwnames == null ? 0 : kwnames.items.length;
    if (t == PyType.TYPE) {
      if (n == 1 && nkw == 0) {
        return Ops.newRef(ts, args[off].type);
      }
      if (n - nkw != 3) {
        throw Exc.typeError(ts, "type() takes 1 or 3 arguments");
      }
      return newClass(
          ts,
          args[off],
          args[off + 1],
          args[off + 2],
          keywords(ts, args, off + n - nkw, kwnames),
          PyType.TYPE);
    }
    // Counted lookups (CPython's _PyType_LookupRef): another thread may assign C.__new__ or
    // C.__init__ while this call runs them, which would otherwise free them mid-call.
    PyObject newMethod = t.lookupRef(ts, NEW);
    PyObject init = null;
    try {
      init = t.lookupRef(ts, INIT);
      PyObject obj;
      if (newMethod == Bootstrap.objectNew) {
        if (n > 0 && init == Bootstrap.objectInit) {
          throw Exc.typeError(ts, t.name + "() takes no arguments");
        }
        if (t.factory == null) {
          throw Exc.typeError(ts, "cannot create '" + t.name + "' instances");
        }
        if ((t.flags & PyType.ABSTRACT) != 0) {
          throw Abc.cannotInstantiate(ts, t);
        }
        obj = t.factory.create(ts, t);
      } else {
        PyObject callableNew = newMethod;
        if (newMethod instanceof dev.weft.runtime.objects.PyDescriptors.Wrapper w) {
          callableNew = w.callable;
        }
        obj = Calls.callWithSelf(ts, callableNew, t, args, off, n, kwnames);
      }
      if (init != Bootstrap.objectInit && obj.type.isSubtypeOf(t)) {
        if (obj.type != t) {
          PyObject own = obj.type.lookupRef(ts, INIT);
          Ops.xdecref(ts, init);
          init = own;
        }
        init(ts, init, obj, args, off, n, kwnames);
      }
      return obj;
    } finally {
      Ops.xdecref(ts, newMethod);
      Ops.xdecref(ts, init);
    }
  }

  private static final PyStr NEW = PyStr.intern("__new__");
  private static final PyStr INIT = PyStr.intern("__init__");

  /**
   * Runs {@code init} on the new {@code obj}; if it raises or returns anything but None, {@code
   * obj} is released and the error propagates (CPython's message for a non-None result).
   */
  static void init(
      ThreadState ts,
      PyObject init,
      PyObject obj,
      PyObject[] args,
      int off,
      int n,
      PyTuple kwnames) {
    PyObject r;
    try {
      r = Calls.callWithSelf(ts, init, obj, args, off, n, kwnames);
    } catch (RuntimeException e) {
      Ops.decref(ts, obj);
      throw e;
    }
    if (r != PySingleton.NONE) {
      String name = r.typeName();
      Ops.decref(ts, r);
      Ops.decref(ts, obj);
      throw Exc.typeError(ts, "__init__() should return None, not '" + name + "'");
    }
  }

  /** The keyword arguments {@code args[at, at + len(kwnames))} as a dict, or null for none. */
  static PyDict keywords(ThreadState ts, PyObject[] args, int at, PyTuple kwnames) {
    if (kwnames == null || kwnames.items.length == 0) {
      return null;
    }
    PyDict d = new PyDict(ts);
    for (int k = 0; k < kwnames.items.length; k++) {
      d.put(ts, kwnames.items[k], args[at + k]);
    }
    return d;
  }

  /**
   * {@code type.__new__(meta, name, bases, ns, **kwargs)} and the class statement's last step: the
   * class is created with the most derived metaclass of {@code meta} and the bases' metaclasses (if
   * that one has its own {@code __new__}, it creates the class instead, as CPython's {@code
   * type_new} hands over to it). Takes over the reference to {@code kwargs}.
   */
  public static PyObject newClass(
      ThreadState ts, PyObject name, PyObject bases, PyObject ns, PyDict kwargs, PyType meta) {
    try {
      if (!(name instanceof PyStr s)) {
        throw Exc.typeError(ts, "type.__new__() argument 1 must be str, not " + name.typeName());
      }
      if (!(bases instanceof PyTuple bt)) {
        throw Exc.typeError(ts, "type.__new__() argument 2 must be tuple, not " + bases.typeName());
      }
      if (!(ns instanceof PyDict d)) {
        throw Exc.typeError(ts, "type.__new__() argument 3 must be dict, not " + ns.typeName());
      }
      PyType[] types = new PyType[bt.items.length];
      for (int i = 0; i < types.length; i++) {
        if (!(bt.items[i] instanceof PyType b)) {
          PyObject entries = Ops.getattrOrNull(ts, bt.items[i], PyStr.intern("__mro_entries__"));
          if (entries != null) {
            Ops.decref(ts, entries);
            throw Exc.typeError(
                ts, "type() doesn't support MRO entry resolution; use types.new_class()");
          }
          throw Exc.typeError(ts, "bases must be types");
        }
        types[i] = b;
      }
      PyType winner = calculateMetaclass(ts, meta, types);
      if (winner != meta) {
        PyObject winnerNew = winner.lookup("__new__");
        if (winnerNew != PyType.TYPE.dict.getString("__new__")) {
          PyObject callable = winnerNew instanceof PyDescriptors.Wrapper w ? w.callable : winnerNew;
          PyObject[] all = {winner, name, bases, ns};
          PyObject[] withKw = all;
          PyTuple kwnames = null;
          if (kwargs != null && kwargs.size() > 0) {
            withKw = new PyObject[4 + kwargs.size()];
            System.arraycopy(all, 0, withKw, 0, 4);
            PyObject[] names = new PyObject[kwargs.size()];
            int i = 0;
            for (int p = kwargs.next(0); p >= 0; p = kwargs.next(p + 1)) {
              names[i] = kwargs.keyAt(p);
              withKw[4 + i++] = kwargs.valueAt(p);
            }
            kwnames = PyTuple.of(ts, names);
          }
          try {
            return Calls.call(ts, callable, withKw, 0, withKw.length, kwnames);
          } finally {
            Ops.xdecref(ts, kwnames);
          }
        }
        meta = winner;
      }
      if (d.getString("__module__") == null) {
        PyObject module = ts.frame != null ? ts.frame.globals.getString("__name__") : null;
        if (module != null) {
          d.putString(ts, "__module__", module);
        }
      }
      return ClassBuilder.create(ts, s.value, types, d, kwargs, meta);
    } finally {
      Ops.xdecref(ts, kwargs);
    }
  }

  /**
   * CPython's {@code _PyType_CalculateMetaclass}: the metaclass among {@code meta} and the bases'
   * metaclasses that is a subclass of all the others.
   */
  public static PyType calculateMetaclass(ThreadState ts, PyType meta, PyType[] bases) {
    PyType winner = meta;
    for (PyType b : bases) {
      PyType t = b.type;
      if (winner.isSubtypeOf(t)) {
        continue;
      }
      if (t.isSubtypeOf(winner)) {
        winner = t;
        continue;
      }
      throw Exc.typeError(
          ts,
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass"
              + " of the metaclasses of all its bases");
    }
    return winner;
  }
}
