package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.modules.Builtins;
import dev.weft.runtime.threads.ThreadState;

/**
 * {@code collections.defaultdict}: a dict whose {@code __missing__} calls {@code default_factory}
 * and stores the result, as CPython's {@code defdict_missing}. Its instances are dicts (this class
 * extends {@link PyDict}), so every dict method and fast path applies; a subclass's instances get a
 * namespace as {@link PyDict.Sub}'s do.
 */
public final class PyDefaultDict extends PyDict implements HasDict {
  public static final PyType TYPE =
      PyType.builtin("collections.defaultdict", PyDict.TYPE, PyType.BASETYPE, PyDefaultDict::new);

  /** Owned, or null for None. */
  PyObject factory;

  private final InstanceDict namespace = new InstanceDict();

  PyDefaultDict(ThreadState ts, PyType type) {
    super(ts, type);
  }

  @Override
  public PyDict dict(ThreadState ts) {
    return namespace.get(ts);
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    super.traverse(visit);
    visitNonNull(visit, factory);
    namespace.traverse(visit);
  }

  @Override
  protected void release(RcThread thread) {
    PyObject f = factory;
    factory = null;
    Ops.xdecref(thread, f);
    super.release(thread);
    namespace.release(thread);
  }

  private PyObject factoryOrNone() {
    return factory == null ? PySingleton.NONE : factory;
  }

  static void setup() {
    PyType t = TYPE;
    Bootstrap.constant(t, "__module__", PyStr.intern("collections"));
    def(
        t,
        "__init__",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> {
              PyDefaultDict d = (PyDefaultDict) self;
              int npos = n - (kw == null ? 0 : kw.items.length);
              PyObject f = null;
              if (npos > 0) {
                f = args[off];
                if (f != PySingleton.NONE && !Builtins.isCallable(f)) {
                  throw Exc.typeError(ts, "first argument must be callable or None");
                }
                off++;
                n--;
              }
              PyObject old = d.factory;
              d.factory = f == null || f == PySingleton.NONE ? null : Ops.newRef(ts, f);
              Ops.xdecref(ts, old);
              return DictOps.updateFromArguments(ts, "defaultdict", self, args, off, n, kw);
            });
    Bootstrap.getset(
        t,
        "default_factory",
        (ts, self) -> Ops.newRef(ts, ((PyDefaultDict) self).factoryOrNone()),
        (ts, self, v) -> {
          PyDefaultDict d = (PyDefaultDict) self;
          PyObject old = d.factory;
          d.factory = v == null || v == PySingleton.NONE ? null : Ops.newRef(ts, v);
          Ops.xdecref(ts, old);
        });
    def(
        t,
        "__missing__",
        1,
        (PyBuiltin.F1)
            (ts, self, key) -> {
              PyObject f = ((PyDefaultDict) self).factory;
              if (f == null) {
                throw Exc.keyError(ts, key);
              }
              PyObject value = Ops.call0(ts, f);
              try {
                Ops.setitem(ts, self, key, value);
              } catch (RuntimeException e) {
                Ops.decref(ts, value);
                throw e;
              }
              return value;
            });
    def(t, "copy", 0, (PyBuiltin.F0) (ts, self) -> copyWith(ts, (PyDefaultDict) self, self));
    def(t, "__copy__", 0, (PyBuiltin.F0) (ts, self) -> copyWith(ts, (PyDefaultDict) self, self));
    def(
        t,
        "__repr__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyDefaultDict d = (PyDefaultDict) self;
              PyObject f = d.factoryOrNone();
              String factory = Repr.guarded(ts, f, "...", () -> Ops.reprString(ts, f));
              return PyStr.of(
                  ts, d.type.shortName() + "(" + factory + ", " + Repr.plainDict(ts, d) + ")");
            });
    def(
        t,
        "__reduce__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyDefaultDict d = (PyDefaultDict) self;
              PyObject args = d.factory == null ? PyTuple.EMPTY : PyTuple.of(ts, d.factory);
              PyObject items = new DictOps.View(ts, d, 2);
              PyObject it;
              try {
                it = Ops.iter(ts, items);
              } finally {
                Ops.decref(ts, items);
              }
              return PyTuple.steal(
                  ts,
                  new PyObject[] {
                    Ops.newRef(ts, d.type), args, PySingleton.NONE, PySingleton.NONE, it
                  });
            });
    def(t, "__or__", 1, (PyBuiltin.F1) (ts, self, other) -> or(ts, self, other, self, other));
    def(t, "__ror__", 1, (PyBuiltin.F1) (ts, self, other) -> or(ts, self, other, other, self));
  }

  /** {@code type(d)(d.default_factory, arg)}, as CPython's {@code new_defdict}. */
  private static PyObject copyWith(ThreadState ts, PyDefaultDict d, PyObject arg) {
    return Ops.call2(ts, d.type, d.factoryOrNone(), arg);
  }

  /** {@code left | right} where {@code self} is the defaultdict operand. */
  private static PyObject or(
      ThreadState ts, PyObject self, PyObject other, PyObject left, PyObject right) {
    if (!(other instanceof PyDict)) {
      return PySingleton.NOT_IMPLEMENTED;
    }
    PyObject r = copyWith(ts, (PyDefaultDict) self, left);
    try {
      if (r instanceof PyDict rd) {
        DictOps.update(ts, rd, right);
      } else {
        Ops.decref(ts, Ops.callMethod(ts, r, "update", right));
      }
    } catch (RuntimeException e) {
      Ops.decref(ts, r);
      throw e;
    }
    return r;
  }
}
