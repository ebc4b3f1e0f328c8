package dev.weft.runtime.objects;

import dev.weft.refcount.Refcount;
import dev.weft.runtime.threads.ThreadState;

/**
 * {@code mappingproxy} (CPython's {@code types.MappingProxyType}): a read-only view of a mapping.
 * Every read is passed to the mapping; there is no way to write through it. A class's {@code
 * __dict__} and a dataclass field's {@code metadata} are ones.
 */
public final class MappingProxy extends Holder {
  public static final PyType TYPE = PyType.builtin("mappingproxy", null, 0, null);

  private MappingProxy(ThreadState ts, PyObject mapping) {
    super(ts, TYPE, mapping);
  }

  private MappingProxy(PyDict mapping) {
    super(Bootstrap.BOOT, TYPE, mapping);
    Refcount.makeImmortal(this);
  }

  /** An immortal proxy of an immortal dict, for a shared constant. */
  static MappingProxy immortal(PyDict mapping) {
    return new MappingProxy(mapping);
  }

  /** A new proxy of {@code dict}: a class's {@code __dict__}. */
  public static MappingProxy ofDict(ThreadState ts, PyDict dict) {
    return new MappingProxy(ts, Ops.newRef(ts, dict));
  }

  /** {@code mappingproxy(mapping)}: TypeError unless it is a mapping (not a list or tuple). */
  public static MappingProxy of(ThreadState ts, PyObject mapping) {
    if (mapping.type.lookup("__getitem__") == null
        || mapping instanceof PyList
        || mapping instanceof PyTuple) {
      throw Exc.typeError(
          ts, "mappingproxy() argument must be a mapping, not " + mapping.typeName());
    }
    return new MappingProxy(ts, Ops.newRef(ts, mapping));
  }

  private static PyObject mapping(PyObject self) {
    return ((MappingProxy) self).refs[0];
  }

  static void setup() {
    PyType t = TYPE;
    Bootstrap.newMethod(
        t,
        (ts, self, a, off, n, kw) -> {
          ArgParser p = new ArgParser(ts, "mappingproxy", a, off + 1, n - 1, kw, "mapping");
          if (!p.has(0)) {
            throw Exc.typeError(ts, "mappingproxy() missing required argument 'mapping' (pos 1)");
          }
          return of(ts, p.get(0));
        });
    Bootstrap.def(
        t, "__getitem__", 1, (PyBuiltin.F1) (ts, self, key) -> Ops.getitem(ts, mapping(self), key));
    Bootstrap.def(
        t, "__len__", 0, (PyBuiltin.F0) (ts, self) -> PyInt.of(ts, Ops.length(ts, mapping(self))));
    Bootstrap.def(t, "__iter__", 0, (PyBuiltin.F0) (ts, self) -> Ops.iter(ts, mapping(self)));
    Bootstrap.def(
        t,
        "__contains__",
        1,
        (PyBuiltin.F1) (ts, self, key) -> PyBool.of(Ops.contains(ts, mapping(self), key)));
    Bootstrap.def(
        t,
        "get",
        1,
        (PyBuiltin.F2)
            (ts, self, key, dflt) ->
                Ops.callMethod(
                    ts, mapping(self), "get", key, dflt == null ? PySingleton.NONE : dflt));
    for (String name : new String[] {"keys", "values", "items", "copy"}) {
      Bootstrap.def(
          t, name, 0, (PyBuiltin.F0) (ts, self) -> Ops.callMethod(ts, mapping(self), name));
    }
    Bootstrap.def(
        t,
        "__repr__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> PyStr.of(ts, "mappingproxy(" + Ops.reprString(ts, mapping(self)) + ")"));
    Bootstrap.def(t, "__str__", 0, (PyBuiltin.F0) (ts, self) -> Ops.str(ts, mapping(self)));
    for (int op = 0; op < Compare.NAMES.length; op++) {
      int which = op;
      Bootstrap.def(
          t,
          Compare.NAMES[op],
          1,
          (PyBuiltin.F1) (ts, self, other) -> Compare.richCompare(ts, mapping(self), other, which));
    }
    Bootstrap.constant(t, "__hash__", PySingleton.NONE);
  }
}
