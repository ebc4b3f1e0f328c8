package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;
import static dev.weft.runtime.objects.Bootstrap.getset;

import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.interpreter.Exceptions;
import dev.weft.runtime.interpreter.Generators;
import dev.weft.runtime.threads.ThreadState;

/**
 * The methods of the remaining builtin types: functions and methods, modules, cells, slices,
 * generators and coroutines, descriptors, super, None and the iterators.
 */
final class MiscMethods {
  private MiscMethods() {}

  static void setup() {
    functions();
    descriptors();
    generators();
    iterators();
    PyType none = PySingleton.NONE_TYPE;
    def(none, "__bool__", 0, (PyBuiltin.F0) (ts, self) -> PyBool.FALSE);
    def(none, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> PyStr.intern("None"));
    def(
        PySingleton.NOT_IMPLEMENTED_TYPE,
        "__repr__",
        0,
        (PyBuiltin.F0) (ts, self) -> PyStr.intern("NotImplemented"));
    def(
        PySingleton.ELLIPSIS_TYPE,
        "__repr__",
        0,
        (PyBuiltin.F0) (ts, self) -> PyStr.intern("Ellipsis"));
    PyType module = PyModule.TYPE;
    def(
        module,
        "__repr__",
        0,
        (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, Repr.builtinRepr(ts, self)));
    getset(module, "__dict__", (ts, self) -> Ops.newRef(ts, ((PyModule) self).dict), null);
    Bootstrap.newMethod(
        module,
        (ts, self, args, off, n, kw) -> {
          if (n < 2 || !(args[off + 1] instanceof PyStr s)) {
            throw Exc.typeError(ts, "module() argument 'name' must be str");
          }
          return new PyModule(ts, s.value);
        });
    getset(
        PyCell.TYPE,
        "cell_contents",
        (ts, self) -> {
          PyObject v = ((PyCell) self).value;
          if (v == null) {
            throw Exc.valueError(ts, "Cell is empty");
          }
          return Ops.newRef(ts, v);
        },
        null);
    PyType slice = PySlice.TYPE;
    Bootstrap.newMethod(
        slice,
        (ts, self, args, off, n, kw) -> {
          PyObject none2 = PySingleton.NONE;
          return switch (n - 1) {
            case 1 -> new PySlice(ts, none2, args[off + 1], none2);
            case 2 -> new PySlice(ts, args[off + 1], args[off + 2], none2);
            case 3 -> new PySlice(ts, args[off + 1], args[off + 2], args[off + 3]);
            default ->
                throw Exc.typeError(ts, "slice expected at least 1 argument, got " + (n - 1));
          };
        });
    getset(slice, "start", (ts, self) -> Ops.newRef(ts, ((PySlice) self).start), null);
    getset(slice, "stop", (ts, self) -> Ops.newRef(ts, ((PySlice) self).stop), null);
    getset(slice, "step", (ts, self) -> Ops.newRef(ts, ((PySlice) self).step), null);
    def(
        slice,
        "indices",
        1,
        (PyBuiltin.F1)
            (ts, self, length) -> {
              long[] r = ((PySlice) self).indices(ts, Ops.index(ts, length));
              PyObject a = PyInt.of(ts, r[0]), b = PyInt.of(ts, r[1]), c = PyInt.of(ts, r[2]);
              PyTuple t = PyTuple.of(ts, a, b, c);
              Ops.decref(ts, a);
              Ops.decref(ts, b);
              Ops.decref(ts, c);
              return t;
            });
    def(
        slice,
        "__repr__",
        0,
        (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, Repr.builtinRepr(ts, self)));
    def(
        slice,
        "__eq__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              if (!(other instanceof PySlice o)) {
                return PySingleton.NOT_IMPLEMENTED;
              }
              PySlice s = (PySlice) self;
              return PyBool.of(
                  Ops.richEq(ts, s.start, o.start)
                      && Ops.richEq(ts, s.stop, o.stop)
                      && Ops.richEq(ts, s.step, o.step));
            });
    PyType tb = PyTraceback.TYPE;
    getset(tb, "tb_lineno", (ts, self) -> PyInt.of(ts, ((PyTraceback) self).line), null);
    getset(
        tb,
        "tb_next",
        (ts, self) -> {
          PyTraceback next = ((PyTraceback) self).next;
          return next == null ? PySingleton.NONE : Ops.newRef(ts, next);
        },
        null);
    PyType sup = PySuper.TYPE;
    Bootstrap.newMethod(sup, MiscMethods::newSuper);
    def(
        sup,
        "__getattribute__",
        1,
        (PyBuiltin.F1)
            (ts, self, name) -> {
              PySuper s = (PySuper) self;
              PyStr n = ObjectMethods.attrName(ts, name);
              if (!n.value.equals("__class__")) {
                PyObject r = s.get(ts, n);
                if (r != null) {
                  return r;
                }
              }
              PyObject r = Attributes.genericGet(ts, self, n);
              if (r == null) {
                throw Exc.raise(
                    ts, Exc.AttributeError, "'super' object has no attribute '" + n.value + "'");
              }
              return r;
            });
    def(
        sup,
        "__repr__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PySuper s = (PySuper) self;
              return PyStr.of(
                  ts,
                  "<super: <class '" + s.thisType.name + "'>, <" + s.objType.name + " object>>");
            });
  }

  /**
   * {@code super()} with no arguments reads {@code __class__} and the first argument of the caller.
   */
  private static PyObject newSuper(
      ThreadState ts, PyObject unused, PyObject[] args, int off, int n, PyTuple kw) {
    if (n == 3) {
      if (!(args[off + 1] instanceof PyType t)) {
        throw Exc.typeError(
            ts, "super() argument 1 must be a type, not " + args[off + 1].typeName());
      }
      return PySuper.of(ts, t, args[off + 2]);
    }
    if (n != 1) {
      throw Exc.typeError(ts, "super() takes 0 or 2 arguments");
    }
    dev.weft.runtime.interpreter.Frame f = ts.frame;
    if (f == null || f.code.argCount == 0 && (f.code.flags & 0x04) == 0) {
      throw Exc.runtimeError(ts, "super(): no arguments");
    }
    PyObject first = f.slots[0];
    if (first instanceof PyCell c
        && (f.code.localsPlusKinds[0] & dev.weft.runtime.bytecode.CodeObject.CELL) != 0) {
      first = c.value;
    }
    if (first == null) {
      throw Exc.runtimeError(ts, "super(): arg[0] deleted");
    }
    PyType cls = null;
    for (int i = 0; i < f.code.localsPlusCount; i++) {
      if (f.code.localsPlusNames[i].value.equals("__class__")
          && (f.code.localsPlusKinds[i] & dev.weft.runtime.bytecode.CodeObject.FREE) != 0) {
        PyObject cell = f.slots[i];
        if (cell instanceof PyCell c && c.value instanceof PyType t) {
          cls = t;
        }
      }
    }
    if (cls == null) {
      throw Exc.runtimeError(ts, "super(): __class__ cell not found");
    }
    return PySuper.of(ts, cls, first);
  }

  private static void functions() {
    PyType f = PyFunction.TYPE;
    getset(
        f,
        "__name__",
        (ts, self) -> Ops.newRef(ts, ((PyFunction) self).name),
        (ts, self, v) -> {
          if (!(v instanceof PyStr s)) {
            throw Exc.typeError(ts, "__name__ must be set to a string object");
          }
          ((PyFunction) self).name = PyStr.intern(s.value);
        });
    getset(
        f,
        "__qualname__",
        (ts, self) -> Ops.newRef(ts, ((PyFunction) self).qualname),
        (ts, self, v) -> {
          if (!(v instanceof PyStr s)) {
            throw Exc.typeError(ts, "__qualname__ must be set to a string object");
          }
          ((PyFunction) self).qualname = PyStr.intern(s.value);
        });
    getset(
        f,
        "__doc__",
        (ts, self) -> Ops.newRef(ts, ((PyFunction) self).doc),
        (ts, self, v) -> {
          PyFunction fn = (PyFunction) self;
          PyObject old = fn.doc;
          fn.doc = Ops.newRef(ts, v == null ? PySingleton.NONE : v);
          Ops.decref(ts, old);
        });
    getset(
        f,
        "__module__",
        (ts, self) -> Ops.newRef(ts, ((PyFunction) self).module),
        (ts, self, v) -> {
          PyFunction fn = (PyFunction) self;
          PyObject old = fn.module;
          fn.module = Ops.newRef(ts, v == null ? PySingleton.NONE : v);
          Ops.decref(ts, old);
        });
    getset(
        f,
        "__defaults__",
        (ts, self) -> {
          PyTuple d = ((PyFunction) self).defaults;
          return d == null ? PySingleton.NONE : Ops.newRef(ts, d);
        },
        (ts, self, v) -> {
          PyFunction fn = (PyFunction) self;
          PyTuple old = fn.defaults;
          fn.defaults = v == null || v == PySingleton.NONE ? null : Ops.newRef(ts, (PyTuple) v);
          Ops.xdecref(ts, old);
          fn.version++;
        });
    getset(
        f,
        "__kwdefaults__",
        (ts, self) -> {
          PyDict d = ((PyFunction) self).kwdefaults;
          return d == null ? PySingleton.NONE : Ops.newRef(ts, d);
        },
        null);
    getset(f, "__code__", (ts, self) -> Ops.newRef(ts, ((PyFunction) self).code), null);
    getset(f, "__globals__", (ts, self) -> Ops.newRef(ts, ((PyFunction) self).globals), null);
    getset(
        f,
        "__closure__",
        (ts, self) -> {
          PyTuple c = ((PyFunction) self).closure;
          return c == null ? PySingleton.NONE : Ops.newRef(ts, c);
        },
        null);
    getset(
        f,
        "__annotations__",
        (ts, self) -> {
          PyFunction fn = (PyFunction) self;
          if (fn.annotations == null) {
            fn.annotations = new PyDict(ts);
          }
          return Ops.newRef(ts, fn.annotations);
        },
        (ts, self, v) -> {
          PyFunction fn = (PyFunction) self;
          PyObject old = fn.annotations;
          fn.annotations = v == null ? null : Ops.newRef(ts, v);
          Ops.xdecref(ts, old);
        });
    getset(f, "__dict__", (ts, self) -> Ops.newRef(ts, ((PyFunction) self).dict(ts)), null);
    def(
        f,
        "__get__",
        1,
        (PyBuiltin.F2)
            (ts, self, obj, type) ->
                obj == PySingleton.NONE ? Ops.newRef(ts, self) : PyMethod.of(ts, self, obj));
    def(f, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, Repr.builtinRepr(ts, self)));
    def(
        f,
        "__call__",
        0,
        (PyBuiltin.FN) (ts, self, args, off, n, kw) -> Calls.call(ts, self, args, off, n, kw));

    PyType m = PyMethod.TYPE;
    getset(m, "__self__", (ts, self) -> Ops.newRef(ts, ((PyMethod) self).self), null);
    getset(m, "__func__", (ts, self) -> Ops.newRef(ts, ((PyMethod) self).function), null);
    getset(
        m, "__name__", (ts, self) -> Ops.getattr(ts, ((PyMethod) self).function, "__name__"), null);
    getset(
        m,
        "__qualname__",
        (ts, self) -> Ops.getattr(ts, ((PyMethod) self).function, "__qualname__"),
        null);
    getset(
        m, "__doc__", (ts, self) -> Ops.getattr(ts, ((PyMethod) self).function, "__doc__"), null);
    def(m, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, Repr.builtinRepr(ts, self)));
    def(
        m,
        "__call__",
        0,
        (PyBuiltin.FN) (ts, self, args, off, n, kw) -> Calls.call(ts, self, args, off, n, kw));
    for (int op : new int[] {Compare.EQ, Compare.NE}) {
      def(
          m,
          Compare.NAMES[op],
          1,
          (PyBuiltin.F1)
              (ts, self, other) -> {
                if (!(other instanceof PyMethod o)) {
                  return PySingleton.NOT_IMPLEMENTED;
                }
                PyMethod s = (PyMethod) self;
                boolean eq = s.self == o.self && Ops.richEq(ts, s.function, o.function);
                return PyBool.of(eq == (op == Compare.EQ));
              });
    }
    def(
        m,
        "__hash__",
        0,
        (PyBuiltin.F0)
            (ts, self) ->
                PyInt.of(
                    ts,
                    Ops.identityHash(((PyMethod) self).self)
                        ^ Ops.hash(ts, ((PyMethod) self).function)));

    PyType b = PyBuiltin.FUNCTION_TYPE;
    getset(b, "__name__", (ts, self) -> PyStr.of(ts, ((PyBuiltin) self).name), null);
    getset(
        b,
        "__qualname__",
        (ts, self) -> {
          PyBuiltin fn = (PyBuiltin) self;
          return PyStr.of(ts, fn.owner != null ? fn.owner.qualname + "." + fn.name : fn.name);
        },
        null);
    getset(
        b,
        "__self__",
        (ts, self) -> {
          PyBuiltin fn = (PyBuiltin) self;
          return Ops.newRef(ts, fn.self != null ? fn.self : PySingleton.NONE);
        },
        null);
    def(b, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, Repr.builtinRepr(ts, self)));
    def(
        b,
        "__call__",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> ((PyBuiltin) self).call(ts, args, off, n, kw));
    PyType md = PyBuiltin.METHOD_DESCRIPTOR_TYPE;
    getset(md, "__name__", (ts, self) -> PyStr.of(ts, ((PyBuiltin) self).name), null);
    getset(
        md,
        "__qualname__",
        (ts, self) ->
            PyStr.of(ts, ((PyBuiltin) self).owner.qualname + "." + ((PyBuiltin) self).name),
        null);
    def(
        md,
        "__get__",
        1,
        (PyBuiltin.F2)
            (ts, self, obj, type) ->
                obj == PySingleton.NONE ? Ops.newRef(ts, self) : ((PyBuiltin) self).bind(ts, obj));
    def(md, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, Repr.builtinRepr(ts, self)));
    def(
        md,
        "__call__",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> ((PyBuiltin) self).call(ts, args, off, n, kw));
    PyType gs = PyGetSet.TYPE;
    def(
        gs,
        "__get__",
        1,
        (PyBuiltin.F2)
            (ts, self, obj, type) ->
                obj == PySingleton.NONE
                    ? Ops.newRef(ts, self)
                    : ((PyGetSet) self).getter.get(ts, obj));
    def(
        gs,
        "__set__",
        2,
        (PyBuiltin.F2)
            (ts, self, obj, value) -> {
              ((PyGetSet) self).setter.set(ts, obj, value);
              return PySingleton.NONE;
            });
  }

  private static void descriptors() {
    PyType p = PyDescriptors.PROPERTY;
    Bootstrap.allocatingNew(p);
    def(
        p,
        "__init__",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> {
              ArgParser a =
                  new ArgParser(ts, "property", args, off, n, kw, "fget", "fset", "fdel", "doc");
              PyDescriptors.Property prop = (PyDescriptors.Property) self;
              prop.fget = orNull(ts, a.get(0));
              prop.fset = orNull(ts, a.get(1));
              prop.fdel = orNull(ts, a.get(2));
              PyObject doc = orNull(ts, a.get(3));
              if (doc == null && prop.fget != null) {
                doc = Ops.getattrOrNull(ts, prop.fget, PyStr.intern("__doc__"));
                if (doc == PySingleton.NONE) {
                  Ops.decref(ts, doc);
                  doc = null;
                }
              }
              prop.doc = doc;
              return PySingleton.NONE;
            });
    def(
        p,
        "__get__",
        1,
        (PyBuiltin.F2)
            (ts, self, obj, type) -> {
              PyDescriptors.Property prop = (PyDescriptors.Property) self;
              if (obj == null || obj == PySingleton.NONE) {
                return Ops.newRef(ts, self);
              }
              if (prop.fget == null) {
                throw Exc.raise(ts, Exc.AttributeError, "property has no getter");
              }
              return Ops.call1(ts, prop.fget, obj);
            });
    def(
        p,
        "__set__",
        2,
        (PyBuiltin.F2)
            (ts, self, obj, value) -> {
              PyDescriptors.Property prop = (PyDescriptors.Property) self;
              if (prop.fset == null) {
                throw Exc.raise(ts, Exc.AttributeError, "can't set attribute");
              }
              return Ops.call2(ts, prop.fset, obj, value);
            });
    for (String which : new String[] {"getter", "setter", "deleter"}) {
      def(
          p,
          which,
          1,
          (PyBuiltin.F1)
              (ts, self, fn) -> {
                PyDescriptors.Property old = (PyDescriptors.Property) self;
                PyDescriptors.Property copy =
                    (PyDescriptors.Property) old.type.factory.create(ts, old.type);
                copy.fget = orNull(ts, which.equals("getter") ? fn : old.fget);
                copy.fset = orNull(ts, which.equals("setter") ? fn : old.fset);
                copy.fdel = orNull(ts, which.equals("deleter") ? fn : old.fdel);
                copy.doc = orNull(ts, old.doc);
                return copy;
              });
    }
    getset(
        p,
        "fget",
        (ts, self) -> Ops.newRef(ts, orNone(((PyDescriptors.Property) self).fget)),
        null);
    getset(
        p,
        "fset",
        (ts, self) -> Ops.newRef(ts, orNone(((PyDescriptors.Property) self).fset)),
        null);
    getset(
        p,
        "fdel",
        (ts, self) -> Ops.newRef(ts, orNone(((PyDescriptors.Property) self).fdel)),
        null);
    getset(
        p,
        "__doc__",
        (ts, self) -> Ops.newRef(ts, orNone(((PyDescriptors.Property) self).doc)),
        null);
    for (PyType w : new PyType[] {PyDescriptors.CLASSMETHOD, PyDescriptors.STATICMETHOD}) {
      Bootstrap.allocatingNew(w);
      def(
          w,
          "__init__",
          1,
          (PyBuiltin.F1)
              (ts, self, fn) -> {
                PyDescriptors.Wrapper wr = (PyDescriptors.Wrapper) self;
                PyObject old = wr.callable;
                wr.callable = Ops.newRef(ts, fn);
                Ops.xdecref(ts, old);
                return PySingleton.NONE;
              });
      getset(
          w,
          "__func__",
          (ts, self) -> Ops.newRef(ts, ((PyDescriptors.Wrapper) self).callable),
          null);
      getset(
          w,
          "__wrapped__",
          (ts, self) -> Ops.newRef(ts, ((PyDescriptors.Wrapper) self).callable),
          null);
      def(
          w,
          "__get__",
          1,
          (PyBuiltin.F2)
              (ts, self, obj, type) -> {
                PyDescriptors.Wrapper wr = (PyDescriptors.Wrapper) self;
                if (wr.isClassMethod()) {
                  PyObject cls = type != null && type != PySingleton.NONE ? type : obj.type;
                  return PyMethod.of(ts, wr.callable, cls);
                }
                return Ops.newRef(ts, wr.callable);
              });
    }
    def(
        PyDescriptors.STATICMETHOD,
        "__call__",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) ->
                Calls.call(ts, ((PyDescriptors.Wrapper) self).callable, args, off, n, kw));
  }

  private static PyObject orNull(ThreadState ts, PyObject v) {
    return v == null || v == PySingleton.NONE ? null : Ops.newRef(ts, v);
  }

  private static PyObject orNone(PyObject v) {
    return v == null ? PySingleton.NONE : v;
  }

  private static void generators() {
    for (PyType g : new PyType[] {PyGenerator.GENERATOR_TYPE, PyGenerator.COROUTINE_TYPE}) {
      boolean coroutine = g == PyGenerator.COROUTINE_TYPE;
      if (!coroutine) {
        def(g, "__iter__", 0, (PyBuiltin.F0) (ts, self) -> Ops.newRef(ts, self));
        def(
            g,
            "__next__",
            0,
            (PyBuiltin.F0)
                (ts, self) -> {
                  PyGenerator gen = (PyGenerator) self;
                  PyObject v = Generators.resume(ts, gen, PySingleton.NONE, null);
                  return v != null ? v : stop(ts, gen);
                });
      } else {
        def(g, "__await__", 0, (PyBuiltin.F0) (ts, self) -> Ops.newRef(ts, self));
      }
      def(
          g,
          "send",
          1,
          (PyBuiltin.F1)
              (ts, self, value) -> {
                PyGenerator gen = (PyGenerator) self;
                PyObject v = Generators.resume(ts, gen, value, null);
                return v != null ? v : stop(ts, gen);
              });
      def(
          g,
          "throw",
          1,
          (PyBuiltin.F3)
              (ts, self, type, value, tb) -> {
                PyGenerator gen = (PyGenerator) self;
                PyBaseException exc;
                if (value != null && value != PySingleton.NONE && type instanceof PyType t) {
                  exc =
                      value instanceof PyBaseException be && be.type.isSubtypeOf(t)
                          ? Ops.newRef(ts, be)
                          : Exceptions.instantiate(ts, Ops.call1(ts, t, value));
                } else {
                  exc = Exceptions.instantiate(ts, type);
                }
                PyObject v = Generators.resume(ts, gen, PySingleton.NONE, new PyException(exc));
                return v != null ? v : stop(ts, gen);
              });
      def(
          g,
          "close",
          0,
          (PyBuiltin.F0)
              (ts, self) -> {
                Generators.close(ts, (PyGenerator) self);
                return PySingleton.NONE;
              });
      getset(g, "__name__", (ts, self) -> Ops.newRef(ts, ((PyGenerator) self).name), null);
      getset(g, "__qualname__", (ts, self) -> Ops.newRef(ts, ((PyGenerator) self).qualname), null);
      getset(
          g,
          coroutine ? "cr_running" : "gi_running",
          (ts, self) -> PyBool.of(((PyGenerator) self).running),
          null);
      getset(g, coroutine ? "cr_frame" : "gi_frame", (ts, self) -> PySingleton.NONE, null);
      def(
          g,
          "__repr__",
          0,
          (PyBuiltin.F0)
              (ts, self) ->
                  PyStr.of(
                      ts,
                      "<"
                          + (coroutine ? "coroutine" : "generator")
                          + " object "
                          + ((PyGenerator) self).qualname.value
                          + " at "
                          + Repr.address(self)
                          + ">"));
    }
  }

  /** The StopIteration a finished generator's {@code __next__}/{@code send} raises. */
  private static PyObject stop(ThreadState ts, PyGenerator gen) {
    PyObject r = gen.returnValue;
    gen.returnValue = null;
    PyException e = Exc.stopIteration(ts, r == null ? PySingleton.NONE : r);
    Ops.xdecref(ts, r);
    throw e;
  }

  /** {@code __iter__} (itself) and {@code __next__} for a type whose instances are PyIters. */
  static void iteratorProtocol(PyType t) {
    def(t, "__iter__", 0, (PyBuiltin.F0) (ts, self) -> Ops.newRef(ts, self));
    def(
        t,
        "__next__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyObject v = ((PyIter) self).next(ts);
              if (v == null) {
                throw Exc.stopIteration(ts, PySingleton.NONE);
              }
              return v;
            });
  }

  private static void iterators() {
    PyType[] types = {
      Iterators.SEQ_ITER,
      Iterators.LIST_ITER,
      Iterators.LIST_REVERSE_ITER,
      Iterators.TUPLE_ITER,
      Iterators.RANGE_ITER,
      Iterators.STR_ITER,
      Iterators.BYTES_ITER,
      Iterators.DICT_KEY_ITER,
      Iterators.DICT_VALUE_ITER,
      Iterators.DICT_ITEM_ITER,
      Iterators.SET_ITER,
      Iterators.CALLABLE_ITER,
      BuiltinIterators.ENUMERATE,
      BuiltinIterators.ZIP,
      BuiltinIterators.MAP,
      BuiltinIterators.FILTER,
      BuiltinIterators.REVERSED
    };
    for (PyType t : types) {
      iteratorProtocol(t);
    }
    def(
        Iterators.LIST_ITER,
        "__length_hint__",
        0,
        (PyBuiltin.F0) (ts, self) -> PyInt.of(ts, ((Iterators.SeqIter) self).remaining()));
    def(
        Iterators.RANGE_ITER,
        "__length_hint__",
        0,
        (PyBuiltin.F0) (ts, self) -> PyInt.of(ts, ((Iterators.RangeIter) self).remaining()));
  }
}
