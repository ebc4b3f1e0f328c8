package dev.weft.runtime.objects;

import dev.weft.refcount.Refcount;
import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates heap types ({@code type(name, bases, ns)} and {@code class} statements): the MRO, the
 * implicit wrappers CPython applies ({@code __new__} a staticmethod, {@code __init_subclass__} and
 * {@code __class_getitem__} classmethods), {@code __hash__ = None} for a class that defines {@code
 * __eq__} alone, {@code __slots__}, the {@code __class__} cell, {@code __set_name__} and the
 * parent's {@code __init_subclass__}.
 */
public final class ClassBuilder {
  private ClassBuilder() {}

  public static PyType create(
      ThreadState ts, String name, PyType[] bases, PyDict ns, PyDict kwargs) {
    return create(ts, name, bases, ns, kwargs, PyType.TYPE);
  }

  /** Creates a heap type whose metaclass is {@code meta} ({@code type} or a subclass of it). */
  public static PyType create(
      ThreadState ts, String name, PyType[] bases, PyDict ns, PyDict kwargs, PyType meta) {
    if (bases.length == 0) {
      bases = new PyType[] {PyType.OBJECT};
    }
    for (PyType b : bases) {
      if ((b.flags & PyType.BASETYPE) == 0) {
        throw Exc.typeError(ts, "type '" + b.name + "' is not an acceptable base type");
      }
    }
    for (int i = 0; i < bases.length; i++) {
      for (int j = 0; j < i; j++) {
        if (bases[i] == bases[j]) {
          throw Exc.typeError(ts, "duplicate base class " + bases[i].name);
        }
      }
    }
    checkLayout(ts, bases);
    PyDict dict = new PyDict(ts);
    for (int p = ns.next(0); p >= 0; p = ns.next(p + 1)) {
      dict.put(ts, ns.keyAt(p), ns.hashAt(p), ns.valueAt(p));
    }
    PyType type = new PyType(ts, name, bases, dict);
    try {
      type.setMetaclass(ts, meta);
      type.linearize(ts);
      fill(ts, type, dict, kwargs);
    } catch (RuntimeException e) {
      Ops.decref(ts, type);
      throw e;
    }
    type.registerWithBases();
    Refcount.makeDeferred(ts.rc, type);
    return type;
  }

  private static void fill(ThreadState ts, PyType type, PyDict dict, PyDict kwargs) {
    PyObject qualname = dict.getString("__qualname__");
    if (qualname instanceof PyStr q) {
      type.qualname = q.value;
      Ops.decref(ts, dict.pop(ts, PyStr.intern("__qualname__")));
    }
    wrap(ts, dict, "__new__", PyDescriptors.STATICMETHOD);
    wrap(ts, dict, "__init_subclass__", PyDescriptors.CLASSMETHOD);
    wrap(ts, dict, "__class_getitem__", PyDescriptors.CLASSMETHOD);
    if (dict.getString("__eq__") != null && dict.getString("__hash__") == null) {
      dict.putString(ts, "__hash__", PySingleton.NONE);
    }
    if (dict.getString("__doc__") == null) {
      dict.putString(ts, "__doc__", PySingleton.NONE);
    }
    slots(ts, type, dict);
    type.refreshSpecialFlags();
    PyObject cell = dict.getString("__classcell__");
    if (cell instanceof PyCell c) {
      Ops.incref(ts, type);
      PyObject old = c.value;
      c.value = type;
      Ops.xdecref(ts, old);
      Ops.decref(ts, dict.pop(ts, PyStr.intern("__classcell__")));
    }
    setNames(ts, type, dict);
    initSubclass(ts, type, kwargs);
  }

  private static void checkLayout(ThreadState ts, PyType[] bases) {
    PyType solid = null;
    for (PyType b : bases) {
      PyType s = b.solid;
      if (solid == null || s.isSubtypeOf(solid)) {
        solid = s;
      } else if (!solid.isSubtypeOf(s)) {
        throw Exc.typeError(ts, "multiple bases have instance lay-out conflict");
      }
    }
  }

  private static void wrap(ThreadState ts, PyDict dict, String name, PyType wrapper) {
    PyObject f = dict.getString(name);
    if (f instanceof PyFunction) {
      PyDescriptors.Wrapper w = (PyDescriptors.Wrapper) wrapper.factory.create(ts, wrapper);
      Ops.incref(ts, f);
      w.callable = f;
      dict.putString(ts, name, w);
      Ops.decref(ts, w);
    }
  }

  private static void slots(ThreadState ts, PyType type, PyDict dict) {
    PyObject spec = dict.getString("__slots__");
    boolean baseHasDict = false;
    for (PyType b : type.bases) {
      baseHasDict |= b.instancesHaveDict || (b.isHeap() && b.slotNames == null);
    }
    if (spec == null) {
      type.instancesHaveDict = true;
      return;
    }
    List<String> names = new ArrayList<>();
    if (spec instanceof PyStr s) {
      names.add(s.value);
    } else {
      PyObject it = Ops.iter(ts, spec);
      try {
        PyObject x;
        while ((x = Ops.next(ts, it)) != null) {
          if (!(x instanceof PyStr s)) {
            String n = x.typeName();
            Ops.decref(ts, x);
            throw Exc.typeError(ts, "__slots__ items must be strings, not '" + n + "'");
          }
          names.add(s.value);
          Ops.decref(ts, x);
        }
      } finally {
        Ops.decref(ts, it);
      }
    }
    boolean wantsDict = names.remove("__dict__");
    names.remove("__weakref__");
    type.instancesHaveDict = baseHasDict || wantsDict;
    type.slotNames = names.toArray(String[]::new);
    if (!type.base.isSubtypeOf(PyType.OBJECT)
        || (type.factory != PyType.OBJECT.factory && !names.isEmpty())) {
      if (!names.isEmpty() && type.factory != PyType.OBJECT.factory) {
        throw Exc.typeError(
            ts, "nonempty __slots__ not supported for subtype of '" + type.base.name + "'");
      }
    }
    Slots.declare(ts, type, type.slotNames);
    if (type.slotNames.length > 0) {
      type.solid = type;
    }
  }

  private static void setNames(ThreadState ts, PyType type, PyDict dict) {
    List<PyObject[]> pending = new ArrayList<>();
    for (int p = dict.next(0); p >= 0; p = dict.next(p + 1)) {
      PyObject v = dict.valueAt(p);
      if (v.type.lookup("__set_name__") != null) {
        pending.add(new PyObject[] {v, dict.keyAt(p)});
      }
    }
    for (PyObject[] e : pending) {
      Ops.decref(ts, Calls.callMethod(ts, e[0].type.lookup("__set_name__"), e[0], type, e[1]));
    }
  }

  private static void initSubclass(ThreadState ts, PyType type, PyDict kwargs) {
    PyObject init = null;
    for (int i = 1; i < type.mro.length; i++) {
      init = type.mro[i].dict.getString("__init_subclass__");
      if (init != null) {
        break;
      }
    }
    if (init == null || init == PyType.OBJECT.dict.getString("__init_subclass__")) {
      if (kwargs != null && kwargs.size() > 0) {
        throw Exc.typeError(ts, type.name + ".__init_subclass__() takes no keyword arguments");
      }
      return;
    }
    PyObject bound = Attributes.bindToClass(ts, init, type);
    try {
      int n = kwargs == null ? 0 : kwargs.size();
      PyObject[] args = new PyObject[n];
      PyObject[] names = new PyObject[n];
      int i = 0;
      if (kwargs != null) {
        for (int p = kwargs.next(0); p >= 0; p = kwargs.next(p + 1)) {
          names[i] = kwargs.keyAt(p);
          args[i++] = kwargs.valueAt(p);
        }
      }
      PyTuple kwnames = n == 0 ? null : PyTuple.of(ts, names);
      try {
        Ops.decref(ts, Calls.call(ts, bound, args, 0, n, kwnames));
      } finally {
        Ops.xdecref(ts, kwnames);
      }
    } finally {
      Ops.decref(ts, bound);
    }
  }
}
