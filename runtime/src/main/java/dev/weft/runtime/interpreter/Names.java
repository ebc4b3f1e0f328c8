package dev.weft.runtime.interpreter;

import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyCell;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyException;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.threads.ThreadState;

/** Uops on namespaces: module and class bodies' locals, globals, attributes. */
final class Names {
  private Names() {}

  /** {@code locals[name]} (new reference) or null; the namespace may be any mapping. */
  private static PyObject localsGet(ThreadState ts, Frame f, PyStr name) {
    PyObject locals = f.locals;
    if (locals instanceof PyDict d && d.type == PyDict.TYPE) {
      return d.getRefStr(ts, name);
    }
    try {
      return Ops.getitem(ts, locals, name);
    } catch (PyException e) {
      if (!e.matches(Exc.KeyError)) {
        throw e;
      }
      Ops.decref(ts, e.value);
      return null;
    }
  }

  static void loadName(ThreadState ts, Frame f, int i) {
    PyStr name = f.code.names[i];
    PyObject v = f.locals == null ? null : localsGet(ts, f, name);
    if (v == null) {
      v = f.globals.getRefStr(ts, name);
      if (v == null) {
        v = f.builtins.getRefStr(ts, name);
      }
      if (v == null) {
        throw Exc.nameError(ts, name.value);
      }
    }
    Stack.push(f, v);
  }

  static void storeName(ThreadState ts, Frame f, int i) {
    PyStr name = f.code.names[i];
    PyObject v = Stack.peek(f, 1);
    if (f.locals == null) {
      throw Exc.raise(ts, Exc.SystemError, "no locals found when storing '" + name.value + "'");
    }
    Ops.setitem(ts, f.locals, name, v);
    Stack.drop(ts, f, 1);
  }

  static void deleteName(ThreadState ts, Frame f, int i) {
    PyStr name = f.code.names[i];
    if (f.locals instanceof PyDict d) {
      PyObject old = d.pop(ts, name);
      if (old == null) {
        throw Exc.nameError(ts, name.value);
      }
      Ops.decref(ts, old);
      return;
    }
    Ops.delitem(ts, f.locals, name);
  }

  static void storeGlobal(ThreadState ts, Frame f, int i) {
    f.globals.put(ts, f.code.names[i], Stack.peek(f, 1));
    Stack.drop(ts, f, 1);
  }

  static void deleteGlobal(ThreadState ts, Frame f, int i) {
    PyStr name = f.code.names[i];
    PyObject old = f.globals.pop(ts, name);
    if (old == null) {
      throw Exc.nameError(ts, name.value);
    }
    Ops.decref(ts, old);
  }

  static void loadClassDeref(ThreadState ts, Frame f, int i) {
    PyStr name = f.code.localsPlusNames[i];
    PyObject v = f.locals == null ? null : localsGet(ts, f, name);
    if (v == null) {
      v = ((PyCell) f.slots[i]).getRef(ts);
      if (v == null) {
        throw Stack.unboundCell(ts, f, i);
      }
    }
    Stack.push(f, v);
  }

  static void deleteAttr(ThreadState ts, Frame f, int i) {
    Ops.delattr(ts, Stack.peek(f, 1), f.code.names[i]);
    Stack.drop(ts, f, 1);
  }

  static void setupAnnotations(ThreadState ts, Frame f) {
    PyStr key = PyStr.intern("__annotations__");
    PyObject existing = localsGet(ts, f, key);
    if (existing != null) {
      Ops.decref(ts, existing);
      return;
    }
    PyDict d = new PyDict(ts);
    try {
      Ops.setitem(ts, f.locals, key, d);
    } finally {
      Ops.decref(ts, d);
    }
  }
}
