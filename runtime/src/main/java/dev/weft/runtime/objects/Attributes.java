package dev.weft.runtime.objects;

import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.threads.ThreadState;

/**
 * Attribute access: CPython's {@code PyObject_GenericGetAttr} and {@code type_getattro}.
 *
 * <p>For an instance: a data descriptor on the type wins, then the instance namespace, then a
 * non-data descriptor or plain class attribute, then {@code __getattr__}. For a class: data
 * descriptors of the metatype, then the class's MRO (binding descriptors with no instance), then
 * the metatype's other attributes.
 */
public final class Attributes {
  private Attributes() {}

  public static PyObject get(ThreadState ts, PyObject o, PyStr name) {
    PyType t = o.type;
    if (t.customGetattribute) {
      PyObject ga = t.lookup("__getattribute__");
      try {
        return Calls.callMethod(ts, ga, o, name);
      } catch (PyException e) {
        if (!t.hasGetattr || !e.matches(Exc.AttributeError)) {
          throw e;
        }
        Ops.decref(ts, e.value);
        return Calls.callMethod(ts, t.lookup("__getattr__"), o, name);
      }
    }
    PyObject r;
    try {
      r = o instanceof PyType type ? typeGet(ts, type, name) : genericGet(ts, o, name);
    } catch (PyException e) {
      if (!t.hasGetattr || !e.matches(Exc.AttributeError)) {
        throw e;
      }
      Ops.decref(ts, e.value);
      r = null;
    }
    if (r != null) {
      return r;
    }
    if (t.hasGetattr) {
      return Calls.callMethod(ts, t.lookup("__getattr__"), o, name);
    }
    throw Exc.attributeError(ts, o, name.value);
  }

  /**
   * {@code object.__getattribute__}: the attribute, or null when it does not exist. What the type
   * supplies is held by reference while it is used ({@link PyType#lookupRef}): another thread may
   * assign the class attribute meanwhile and drop the old value.
   */
  public static PyObject genericGet(ThreadState ts, PyObject o, PyStr name) {
    PyType t = o.type;
    PyObject descr = t.lookupRef(ts, name);
    try {
      if (descr != null && isDataDescriptor(descr)) {
        return bind(ts, descr, o, t);
      }
      if (o instanceof PyInstance inst) {
        PyObject v = inst.getAttributeRef(ts, name.value);
        if (v != null) {
          return v;
        }
      } else if (o instanceof HasDict h && hasInstanceDict(o)) {
        PyObject v = h.dict(ts).getStr(name);
        if (v != null) {
          Ops.incref(ts, v);
          return v;
        }
      }
      return descr != null ? bind(ts, descr, o, t) : null;
    } finally {
      Ops.xdecref(ts, descr);
    }
  }

  private static PyObject typeGet(ThreadState ts, PyType type, PyStr name) {
    PyType meta = type.type;
    PyObject metaAttr = meta.lookupRef(ts, name);
    try {
      if (metaAttr != null && isDataDescriptor(metaAttr)) {
        return bind(ts, metaAttr, type, meta);
      }
      PyObject attr = type.lookupRef(ts, name);
      if (attr != null) {
        try {
          return bindToClass(ts, attr, type);
        } finally {
          Ops.decref(ts, attr);
        }
      }
      return metaAttr != null ? bind(ts, metaAttr, type, meta) : null;
    } finally {
      Ops.xdecref(ts, metaAttr);
    }
  }

  /**
   * Whether {@code o}, an object with a namespace, may use it: instances of builtins' subclasses
   * whose class declared {@code __slots__} without {@code __dict__} (a namedtuple's) have none.
   */
  static boolean hasInstanceDict(PyObject o) {
    PyType t = o.type;
    return t.instancesHaveDict || !t.isHeap();
  }

  public static boolean isDataDescriptor(PyObject d) {
    if (d instanceof PyGetSet
        || d instanceof PyDescriptors.Property
        || d instanceof NamedTuples.TupleGetter) {
      return true;
    }
    if (d instanceof PyFunction
        || d instanceof PyBuiltin
        || d instanceof PyStr
        || d instanceof PyInt) {
      return false;
    }
    PyType dt = d.type;
    return dt.dataDescriptor;
  }

  /** {@code descr.__get__(obj, type)} (new reference), or a new reference to a plain value. */
  public static PyObject bind(ThreadState ts, PyObject descr, PyObject obj, PyType type) {
    switch (descr) {
      case PyFunction f -> {
        return PyMethod.of(ts, f, obj);
      }
      case PyBuiltin b when b.isDescriptor() -> {
        return b.bind(ts, obj);
      }
      case PyGetSet g -> {
        return g.getter.get(ts, obj);
      }
      case NamedTuples.TupleGetter g -> {
        return g.get(ts, obj);
      }
      case PyDescriptors.Property p -> {
        if (p.fget == null) {
          throw p.missing(ts, obj, "getter");
        }
        return Ops.call1(ts, p.fget, obj);
      }
      case PyDescriptors.Wrapper w -> {
        if (w.isClassMethod()) {
          return PyMethod.of(ts, w.callable, type);
        }
        Ops.incref(ts, w.callable);
        return w.callable;
      }
      default -> {}
    }
    PyType dt = descr.type;
    PyObject get = dt.descriptorGet;
    if (get != null) {
      return Calls.callMethod(ts, get, descr, obj, type);
    }
    Ops.incref(ts, descr);
    return descr;
  }

  /** A class attribute as seen through the class: functions stay plain, classmethods bind. */
  public static PyObject bindToClass(ThreadState ts, PyObject attr, PyType type) {
    switch (attr) {
      case PyFunction f -> {
        Ops.incref(ts, f);
        return f;
      }
      case PyBuiltin b -> {
        Ops.incref(ts, b);
        return b;
      }
      case PyDescriptors.Wrapper w -> {
        if (w.isClassMethod()) {
          return PyMethod.of(ts, w.callable, type);
        }
        Ops.incref(ts, w.callable);
        return w.callable;
      }
      case PyGetSet g -> {
        Ops.incref(ts, g);
        return g;
      }
      case PyDescriptors.Property p -> {
        Ops.incref(ts, p);
        return p;
      }
      case NamedTuples.TupleGetter g -> {
        Ops.incref(ts, g);
        return g;
      }
      default -> {}
    }
    PyType dt = attr.type;
    PyObject get = dt.descriptorGet;
    if (get != null) {
      return Calls.callMethod(ts, get, attr, PySingleton.NONE, type);
    }
    Ops.incref(ts, attr);
    return attr;
  }

  /** {@code setattr(o, name, value)}, or {@code delattr} when value is null. */
  public static void set(ThreadState ts, PyObject o, PyStr name, PyObject value) {
    PyType t = o.type;
    if (t.customSetattr) {
      if (value == null) {
        Ops.decref(ts, Calls.callMethod(ts, t.lookup("__delattr__"), o, name));
      } else {
        Ops.decref(ts, Calls.callMethod(ts, t.lookup("__setattr__"), o, name, value));
      }
      return;
    }
    genericSet(ts, o, name, value);
  }

  /** {@code object.__setattr__} / {@code object.__delattr__}. */
  public static void genericSet(ThreadState ts, PyObject o, PyStr name, PyObject value) {
    if (o instanceof PyType type) {
      setTypeAttribute(ts, type, name, value);
      return;
    }
    PyType t = o.type;
    PyObject descr = t.lookup(name.value);
    if (descr != null) {
      switch (descr) {
        case PyGetSet g -> {
          if (g.setter == null) {
            throw Exc.raise(
                ts,
                Exc.AttributeError,
                "attribute '" + name.value + "' of '" + t.name + "' objects is not writable");
          }
          g.setter.set(ts, o, value);
          return;
        }
        case NamedTuples.TupleGetter g -> {
          throw Exc.raise(
              ts,
              Exc.AttributeError,
              value == null ? "can't delete attribute" : "can't set attribute");
        }
        case PyDescriptors.Property p -> {
          PyObject f = value == null ? p.fdel : p.fset;
          if (f == null) {
            throw p.missing(ts, o, value == null ? "deleter" : "setter");
          }
          if (value == null) {
            Ops.decref(ts, Ops.call1(ts, f, o));
          } else {
            Ops.decref(ts, Ops.call2(ts, f, o, value));
          }
          return;
        }
        default -> {
          PyType dt = descr.type;
          if (dt.isHeap() || dt.dataDescriptor) {
            PyObject m = dt.lookup(value == null ? "__delete__" : "__set__");
            if (m != null) {
              if (value == null) {
                Ops.decref(ts, Calls.callMethod(ts, m, descr, o));
              } else {
                Ops.decref(ts, Calls.callMethod(ts, m, descr, o, value));
              }
              return;
            }
          }
        }
      }
    }
    if (o instanceof PyInstance inst && t.instancesHaveDict) {
      if (!inst.setAttribute(ts, name, value)) {
        throw Exc.attributeError(ts, o, name.value);
      }
      return;
    }
    if (o instanceof HasDict h && !(o instanceof PyInstance) && hasInstanceDict(o)) {
      PyDict d = h.dict(ts);
      if (value != null) {
        d.put(ts, name, name.hash(), value);
      } else {
        PyObject old = d.pop(ts, name);
        if (old == null) {
          throw Exc.attributeError(ts, o, name.value);
        }
        Ops.decref(ts, old);
      }
      return;
    }
    if (descr == null) {
      throw Exc.attributeError(ts, o, name.value);
    }
    throw Exc.raise(
        ts,
        Exc.AttributeError,
        "'" + t.name + "' object attribute '" + name.value + "' is read-only");
  }

  private static void setTypeAttribute(ThreadState ts, PyType type, PyStr name, PyObject value) {
    PyObject metaAttr = type.type.lookup(name.value);
    if (metaAttr instanceof PyGetSet g && g.setter != null) {
      g.setter.set(ts, type, value);
      return;
    }
    if (!type.isHeap()) {
      throw Exc.typeError(
          ts, "cannot set '" + name.value + "' attribute of immutable type '" + type.name + "'");
    }
    if (value != null) {
      type.dict.put(ts, name, name.hash(), value);
    } else {
      PyObject old = type.dict.pop(ts, name);
      if (old == null) {
        throw Exc.attributeError(ts, type, name.value);
      }
      Ops.decref(ts, old);
    }
    type.modified();
  }
}
