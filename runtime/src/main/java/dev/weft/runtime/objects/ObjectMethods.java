package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;
import static dev.weft.runtime.objects.Bootstrap.getset;

import dev.weft.runtime.threads.ThreadState;
import java.util.TreeSet;

/** The methods of {@code object} and {@code type}. */
final class ObjectMethods {
  private ObjectMethods() {}

  static void setup() {
    PyType o = PyType.OBJECT;
    Bootstrap.newMethod(
        o,
        (ts, self, args, off, n, kw) -> {
          PyType cls = (PyType) args[off];
          if (cls.factory == null) {
            throw Exc.typeError(ts, "cannot create '" + cls.name + "' instances");
          }
          if (n > 1 && cls.lookup("__init__") == Bootstrap.objectInit) {
            throw Exc.typeError(ts, cls.name + "() takes no arguments");
          }
          if ((cls.flags & PyType.ABSTRACT) != 0) {
            throw Abc.cannotInstantiate(ts, cls);
          }
          return cls.factory.create(ts, cls);
        });
    Bootstrap.objectNew = o.dict.getString("__new__");
    Bootstrap.objectInit =
        def(
            o,
            "__init__",
            0,
            (PyBuiltin.FN)
                (ts, self, args, off, n, kw) -> {
                  if (n > 0 && self.type.lookup("__new__") == Bootstrap.objectNew) {
                    throw Exc.typeError(
                        ts,
                        self.typeName()
                            + ".__init__() takes exactly one argument (the instance to"
                            + " initialize)");
                  }
                  return PySingleton.NONE;
                });
    Bootstrap.objectGetattribute =
        def(
            o,
            "__getattribute__",
            1,
            (PyBuiltin.F1)
                (ts, self, name) -> {
                  PyStr s = attrName(ts, name);
                  PyObject r =
                      self instanceof PyType t
                          ? Attributes.get(ts, t, s)
                          : Attributes.genericGet(ts, self, s);
                  if (r == null) {
                    throw Exc.attributeError(ts, self, s.value);
                  }
                  return r;
                });
    Bootstrap.objectSetattr =
        def(
            o,
            "__setattr__",
            2,
            (PyBuiltin.F2)
                (ts, self, name, value) -> {
                  Attributes.genericSet(ts, self, attrName(ts, name), value);
                  return PySingleton.NONE;
                });
    Bootstrap.objectDelattr =
        def(
            o,
            "__delattr__",
            1,
            (PyBuiltin.F1)
                (ts, self, name) -> {
                  Attributes.genericSet(ts, self, attrName(ts, name), null);
                  return PySingleton.NONE;
                });
    def(o, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, Repr.builtinRepr(ts, self)));
    Bootstrap.objectStr = def(o, "__str__", 0, (PyBuiltin.F0) (ts, self) -> Repr.repr(ts, self));
    def(o, "__hash__", 0, (PyBuiltin.F0) (ts, self) -> PyInt.of(ts, Ops.identityHash(self)));
    for (int op = 0; op < 6; op++) {
      int which = op;
      def(
          o,
          Compare.NAMES[op],
          1,
          (PyBuiltin.F1)
              (ts, self, other) -> Compare.builtinMethod(ts, PyType.OBJECT, self, other, which));
    }
    def(
        o,
        "__format__",
        1,
        (PyBuiltin.F1)
            (ts, self, spec) -> {
              if (!(spec instanceof PyStr s)) {
                throw Exc.typeError(ts, "format spec must be a str");
              }
              if (!s.value.isEmpty()) {
                throw Exc.typeError(
                    ts, "unsupported format string passed to " + self.typeName() + ".__format__");
              }
              return Ops.str(ts, self);
            });
    def(o, "__dir__", 0, (PyBuiltin.F0) (ts, self) -> dir(ts, self));
    def(
        o,
        "__reduce_ex__",
        1,
        (PyBuiltin.F1)
            (ts, self, p) -> {
              throw Exc.typeError(ts, "cannot pickle '" + self.typeName() + "' object");
            });
    Bootstrap.classMethod(
        o, "__init_subclass__", 1, (PyBuiltin.F1) (ts, unused, cls) -> PySingleton.NONE);
    Bootstrap.classMethod(
        o,
        "__subclasshook__",
        1,
        (PyBuiltin.FN) (ts, self, args, off, n, kw) -> PySingleton.NOT_IMPLEMENTED);
    getset(o, "__class__", (ts, self) -> Ops.newRef(ts, self.type), ObjectMethods::setClass);
    getset(o, "__doc__", (ts, self) -> PySingleton.NONE, null);
    getset(
        o,
        "__dict__",
        (ts, self) -> {
          if (self instanceof PyType t) {
            return Ops.newRef(ts, t.dict);
          }
          if (self instanceof HasDict h
              && (self instanceof PyInstance
                  ? self.type.instancesHaveDict
                  : Attributes.hasInstanceDict(self))) {
            return Ops.newRef(ts, h.dict(ts));
          }
          throw Exc.attributeError(ts, self, "__dict__");
        },
        null);
    typeSetup();
  }

  static PyStr attrName(ThreadState ts, PyObject name) {
    if (!(name instanceof PyStr s)) {
      throw Exc.typeError(ts, "attribute name must be string, not '" + name.typeName() + "'");
    }
    return s;
  }

  private static void setClass(ThreadState ts, PyObject self, PyObject value) {
    if (!(value instanceof PyType t)) {
      throw Exc.typeError(
          ts,
          "__class__ must be set to a class, not '"
              + (value == null ? "NULL" : value.typeName())
              + "' object");
    }
    if (!(self instanceof PyInstance) || !t.isHeap() || t.factory != self.type.factory) {
      throw Exc.typeError(
          ts, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    }
    ((PyInstance) self).dict(ts); // inline values are indexed by the old class's keys
    Ops.incref(ts, t);
    PyType old = self.type;
    PyInstance.setTypeRelease(self, t);
    Ops.decref(ts, old);
  }

  /** {@code dir(o)}: sorted names of the instance namespace and the class hierarchy. */
  static PyObject dir(ThreadState ts, PyObject self) {
    TreeSet<String> names = new TreeSet<>(Compare::compareStrings);
    if (self instanceof PyModule m) {
      collect(m.dict, names);
    } else {
      if (self instanceof HasDict h && !(self instanceof PyType)) {
        PyDict d = self instanceof PyInstance && !self.type.instancesHaveDict ? null : h.dict(ts);
        if (d != null) {
          collect(d, names);
        }
      }
      PyType t = self instanceof PyType type ? type : self.type;
      for (PyType c : t.mro) {
        collect(c.dict, names);
      }
    }
    PyList result = new PyList(ts);
    for (String n : names) {
      result.appendSteal(ts, PyStr.of(ts, n));
    }
    return result;
  }

  private static void collect(PyDict d, TreeSet<String> names) {
    for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
      if (d.keyAt(p) instanceof PyStr s) {
        names.add(s.value);
      }
    }
  }

  /**
   * A type's {@code __name__}: a static type's name may carry its module ({@code array.array}, as
   * error messages print it), which CPython's {@code type_name} leaves out.
   */
  private static void typeSetup() {
    PyType t = PyType.TYPE;
    getset(
        t,
        "__name__",
        (ts, self) -> PyStr.of(ts, ((PyType) self).shortName()),
        (ts, self, v) -> {
          if (!(v instanceof PyStr s)) {
            throw Exc.typeError(
                ts, "can only assign string to " + ((PyType) self).name + ".__name__");
          }
          ((PyType) self).name = s.value;
        });
    getset(
        t,
        "__qualname__",
        (ts, self) -> PyStr.of(ts, ((PyType) self).qualname),
        (ts, self, v) -> {
          if (!(v instanceof PyStr s)) {
            throw Exc.typeError(
                ts, "can only assign string to " + ((PyType) self).name + ".__qualname__");
          }
          ((PyType) self).qualname = s.value;
        });
    getset(
        t,
        "__module__",
        (ts, self) -> {
          PyObject m = ((PyType) self).dict.getString("__module__");
          return m != null ? Ops.newRef(ts, m) : PyStr.intern("builtins");
        },
        (ts, self, v) -> {
          PyType type = (PyType) self;
          type.dict.putString(ts, "__module__", v);
          type.modified();
        });
    getset(
        t,
        "__doc__",
        (ts, self) -> {
          PyObject d = ((PyType) self).dict.getString("__doc__");
          return d != null ? Ops.newRef(ts, d) : PySingleton.NONE;
        },
        null);
    getset(t, "__mro__", (ts, self) -> PyTuple.of(ts, ((PyType) self).mro), null);
    getset(t, "__bases__", (ts, self) -> PyTuple.of(ts, ((PyType) self).bases), null);
    getset(
        t,
        "__base__",
        (ts, self) -> {
          PyType b = ((PyType) self).base;
          return b == null ? PySingleton.NONE : Ops.newRef(ts, b);
        },
        null);
    // A read-only view, as CPython's: a write must go through the class (setattr), which bumps its
    // version tag and clears its lookup cache; writing the dict itself would leave specialized
    // instructions and the cache with stale attributes.
    getset(t, "__dict__", (ts, self) -> MappingProxy.ofDict(ts, ((PyType) self).dict), null);
    getset(
        t,
        "__annotations__",
        (ts, self) -> {
          PyType type = (PyType) self;
          PyObject a = type.dict.getString("__annotations__");
          if (a == null) {
            if (!type.isHeap()) {
              throw Exc.attributeError(ts, type, "__annotations__");
            }
            PyDict d = new PyDict(ts);
            type.dict.putString(ts, "__annotations__", d);
            type.modified();
            return d;
          }
          return Ops.newRef(ts, a);
        },
        null);
    def(
        t,
        "mro",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyType type = (PyType) self;
              PyList l = new PyList(ts);
              for (PyType c : type.mro) {
                l.append(ts, c);
              }
              return l;
            });
    def(
        t,
        "__subclasses__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyList l = new PyList(ts);
              for (PyType c : ((PyType) self).subclasses()) {
                l.append(ts, c);
              }
              return l;
            });
    def(t, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, Repr.builtinRepr(ts, self)));
    def(
        t,
        "__call__",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) ->
                dev.weft.runtime.interpreter.TypeCalls.construct(
                    ts, (PyType) self, args, off, n, kw));
    def(
        t,
        "__instancecheck__",
        1,
        (PyBuiltin.F1) (ts, self, obj) -> PyBool.of(obj.type.isSubtypeOf((PyType) self)));
    def(
        t,
        "__subclasscheck__",
        1,
        (PyBuiltin.F1)
            (ts, self, sub) -> {
              if (!(sub instanceof PyType s)) {
                throw Exc.typeError(ts, "issubclass() arg 1 must be a class");
              }
              return PyBool.of(s.isSubtypeOf((PyType) self));
            });
    Bootstrap.newMethod(
        t,
        (ts, self, args, off, n, kw) -> {
          int nkw = kw == null ? 0 : kw.items.length;
          int npos = n - nkw;
          if (npos == 2 && nkw == 0) {
            return Ops.newRef(ts, args[off + 1].type);
          }
          if (npos != 4) {
            throw Exc.typeError(
                ts, "type.__new__() takes exactly 3 arguments (" + (npos - 1) + " given)");
          }
          if (!(args[off] instanceof PyType meta)) {
            throw Exc.typeError(
                ts, "type.__new__(X): X is not a type object (" + args[off].typeName() + ")");
          }
          if (!meta.isSubtypeOf(PyType.TYPE)) {
            throw Exc.typeError(
                ts, "type.__new__(" + meta.name + "): " + meta.name + " is not a subtype of type");
          }
          PyDict kwargs = null;
          if (nkw > 0) {
            kwargs = new PyDict(ts);
            for (int k = 0; k < nkw; k++) {
              kwargs.put(ts, kw.items[k], args[off + npos + k]);
            }
          }
          return dev.weft.runtime.interpreter.TypeCalls.newClass(
              ts, args[off + 1], args[off + 2], args[off + 3], kwargs, meta);
        });
  }
}
