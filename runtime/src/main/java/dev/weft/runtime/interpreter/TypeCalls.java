package dev.weft.runtime.interpreter;

import dev.weft.runtime.objects.Bootstrap;
import dev.weft.runtime.objects.ClassBuilder;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
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
    int nkw = kwnames == null ? 0 : kwnames.items.length;
    if (t == PyType.TYPE) {
      if (n == 1 && nkw == 0) {
        return Ops.newRef(ts, args[off].type);
      }
      if (n - nkw != 3) {
        throw Exc.typeError(ts, "type() takes 1 or 3 arguments");
      }
      return newClass(ts, args[off], args[off + 1], args[off + 2], null);
    }
    PyObject newMethod = t.lookup("__new__");
    PyObject init = t.lookup("__init__");
    PyObject obj;
    if (newMethod == Bootstrap.objectNew) {
      if (n > 0 && init == Bootstrap.objectInit) {
        throw Exc.typeError(ts, t.name + "() takes no arguments");
      }
      if (t.factory == null || (t.flags & PyType.ABSTRACT) != 0) {
        throw Exc.typeError(ts, "cannot create '" + t.name + "' instances");
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
      PyObject objInit = obj.type.lookup("__init__");
      PyObject r;
      try {
        r = Calls.callWithSelf(ts, objInit, obj, args, off, n, kwnames);
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
    return obj;
  }

  /** {@code type(name, bases, ns)} and the class statement's last step. */
  static PyObject newClass(
      ThreadState ts, PyObject name, PyObject bases, PyObject ns, PyDict kwargs) {
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
        throw Exc.typeError(ts, "bases must be types");
      }
      types[i] = b;
    }
    if (d.getString("__module__") == null) {
      PyObject module = ts.frame != null ? ts.frame.globals.getString("__name__") : null;
      if (module != null) {
        d.putString(ts, "__module__", module);
      }
    }
    return ClassBuilder.create(ts, s.value, types, d, kwargs);
  }
}
