package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;
import static dev.weft.runtime.objects.CollectionsAbc.*;

import dev.weft.runtime.threads.ThreadState;

/**
 * The mixin methods of {@code collections.abc.Mapping}, {@code MutableMapping} and the mapping
 * views, as {@code _collections_abc.py} defines them: everything through {@code __getitem__},
 * {@code __setitem__}, {@code __delitem__} and iteration, so that a subclass's own methods are the
 * ones used.
 */
final class AbcMappingMixins {
  private AbcMappingMixins() {}

  // --- Mapping, MutableMapping and the views ---

  static void setup() {
    PyType m = MAPPING;
    def(
        m,
        "__getitem__",
        1,
        (PyBuiltin.F1)
            (ts, self, key) -> {
              throw new PyException(Exc.create(ts, Exc.KeyError));
            });
    def(
        m,
        "get",
        1,
        (PyBuiltin.F2)
            (ts, self, key, dflt) -> {
              PyObject v = getOrNull(ts, self, key);
              return v != null ? v : Ops.newRef(ts, dflt == null ? PySingleton.NONE : dflt);
            });
    def(
        m,
        "__contains__",
        1,
        (PyBuiltin.F1)
            (ts, self, key) -> {
              PyObject v = getOrNull(ts, self, key);
              Ops.xdecref(ts, v);
              return PyBool.of(v != null);
            });
    def(m, "keys", 0, (PyBuiltin.F0) (ts, self) -> Ops.call1(ts, KEYS_VIEW, self));
    def(m, "items", 0, (PyBuiltin.F0) (ts, self) -> Ops.call1(ts, ITEMS_VIEW, self));
    def(m, "values", 0, (PyBuiltin.F0) (ts, self) -> Ops.call1(ts, VALUES_VIEW, self));
    def(
        m,
        "__eq__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              if (!isInstance(ts, other, MAPPING)) {
                return PySingleton.NOT_IMPLEMENTED;
              }
              PyDict a = itemsDict(ts, self);
              try {
                PyDict b = itemsDict(ts, other);
                try {
                  return Compare.richCompare(ts, a, b, Compare.EQ);
                } finally {
                  Ops.decref(ts, b);
                }
              } finally {
                Ops.decref(ts, a);
              }
            });
    Bootstrap.constant(m, "__hash__", PySingleton.NONE);
    Bootstrap.constant(m, "__reversed__", PySingleton.NONE);
    Abc.makeAbc(MAPPING, MODULE, null, "__getitem__");

    PyType mm = MUTABLE_MAPPING;
    def(
        mm,
        "__setitem__",
        2,
        (PyBuiltin.F2)
            (ts, self, k, v) -> {
              throw new PyException(Exc.create(ts, Exc.KeyError));
            });
    def(
        mm,
        "__delitem__",
        1,
        (PyBuiltin.F1)
            (ts, self, k) -> {
              throw new PyException(Exc.create(ts, Exc.KeyError));
            });
    def(
        mm,
        "pop",
        1,
        (PyBuiltin.F2)
            (ts, self, key, dflt) -> {
              PyObject v;
              try {
                v = Ops.getitem(ts, self, key);
              } catch (PyException e) {
                if (dflt == null || !e.matches(Exc.KeyError)) {
                  throw e;
                }
                Ops.decref(ts, e.value);
                return Ops.newRef(ts, dflt);
              }
              try {
                Ops.delitem(ts, self, key);
              } catch (RuntimeException e) {
                Ops.decref(ts, v);
                throw e;
              }
              return v;
            });
    def(
        mm,
        "popitem",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyObject it = Ops.iter(ts, self);
              PyObject key;
              try {
                key = Ops.next(ts, it);
              } finally {
                Ops.decref(ts, it);
              }
              if (key == null) {
                throw new PyException(Exc.create(ts, Exc.KeyError));
              }
              try {
                PyObject value = Ops.getitem(ts, self, key);
                try {
                  Ops.delitem(ts, self, key);
                  return PyTuple.of(ts, key, value);
                } finally {
                  Ops.decref(ts, value);
                }
              } finally {
                Ops.decref(ts, key);
              }
            });
    def(
        mm,
        "clear",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              while (true) {
                try {
                  Ops.decref(ts, Ops.callMethod(ts, self, "popitem"));
                } catch (PyException e) {
                  if (!e.matches(Exc.KeyError)) {
                    throw e;
                  }
                  Ops.decref(ts, e.value);
                  return PySingleton.NONE;
                }
              }
            });
    def(mm, "update", 0, (PyBuiltin.FN) AbcMappingMixins::update);
    def(
        mm,
        "setdefault",
        1,
        (PyBuiltin.F2)
            (ts, self, key, dflt) -> {
              PyObject v = getOrNull(ts, self, key);
              if (v != null) {
                return v;
              }
              PyObject d = dflt == null ? PySingleton.NONE : dflt;
              Ops.setitem(ts, self, key, d);
              return Ops.newRef(ts, d);
            });
    Abc.makeAbc(MUTABLE_MAPPING, MODULE, null, "__setitem__", "__delitem__");

    PyType v = MAPPING_VIEW;
    def(
        v,
        "__init__",
        1,
        (PyBuiltin.F1)
            (ts, self, mapping) -> {
              Ops.setattr(ts, self, PyStr.intern("_mapping"), mapping);
              return PySingleton.NONE;
            });
    def(
        v,
        "__len__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyObject m2 = attr(ts, self, "_mapping");
              try {
                return PyInt.of(ts, Ops.length(ts, m2));
              } finally {
                Ops.decref(ts, m2);
              }
            });
    def(
        v,
        "__repr__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyObject m2 = attr(ts, self, "_mapping");
              try {
                return PyStr.of(ts, self.type.shortName() + "(" + Ops.reprString(ts, m2) + ")");
              } finally {
                Ops.decref(ts, m2);
              }
            });
    Abc.makeAbc(MAPPING_VIEW, MODULE, null);
    for (PyType t : new PyType[] {MAPPING_VIEW, KEYS_VIEW, ITEMS_VIEW, VALUES_VIEW}) {
      t.instancesHaveDict = true;
    }
    for (PyType t : new PyType[] {KEYS_VIEW, ITEMS_VIEW}) {
      Bootstrap.classMethod(
          t,
          "_from_iterable",
          2,
          (PyBuiltin.F2) (ts, unused, cls, it) -> SetOps.fromIterable(ts, PySet.SET_TYPE, it));
    }
    def(
        KEYS_VIEW,
        "__contains__",
        1,
        (PyBuiltin.F1)
            (ts, self, key) -> {
              PyObject m2 = attr(ts, self, "_mapping");
              try {
                return PyBool.of(Ops.contains(ts, m2, key));
              } finally {
                Ops.decref(ts, m2);
              }
            });
    def(
        KEYS_VIEW,
        "__iter__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyObject m2 = attr(ts, self, "_mapping");
              try {
                return Ops.iter(ts, m2);
              } finally {
                Ops.decref(ts, m2);
              }
            });
    def(
        ITEMS_VIEW,
        "__contains__",
        1,
        (PyBuiltin.F1)
            (ts, self, item) -> {
              PyObject[] kv = SequenceOps.unpack(ts, item, 2, -1);
              PyObject m2 = attr(ts, self, "_mapping");
              try {
                PyObject v2 = getOrNull(ts, m2, kv[0]);
                if (v2 == null) {
                  return PyBool.FALSE;
                }
                try {
                  return PyBool.of(same(ts, v2, kv[1]));
                } finally {
                  Ops.decref(ts, v2);
                }
              } finally {
                Ops.decref(ts, m2);
                Ops.decref(ts, kv[0]);
                Ops.decref(ts, kv[1]);
              }
            });
    def(ITEMS_VIEW, "__iter__", 0, (PyBuiltin.F0) (ts, self) -> viewIter(ts, self, true));
    def(
        VALUES_VIEW,
        "__contains__",
        1,
        (PyBuiltin.F1)
            (ts, self, value) -> {
              PyObject it = viewIter(ts, self, false);
              try {
                PyObject x;
                while ((x = Ops.next(ts, it)) != null) {
                  try {
                    if (same(ts, x, value)) {
                      return PyBool.TRUE;
                    }
                  } finally {
                    Ops.decref(ts, x);
                  }
                }
                return PyBool.FALSE;
              } finally {
                Ops.decref(ts, it);
              }
            });
    def(VALUES_VIEW, "__iter__", 0, (PyBuiltin.F0) (ts, self) -> viewIter(ts, self, false));
    Abc.makeAbc(KEYS_VIEW, MODULE, null);
    Abc.makeAbc(ITEMS_VIEW, MODULE, null);
    Abc.makeAbc(VALUES_VIEW, MODULE, null);
  }

  /** {@code (key, mapping[key])} or {@code mapping[key]} for each key of the view's mapping. */
  private static PyObject viewIter(ThreadState ts, PyObject self, boolean pairs) {
    PyObject m = attr(ts, self, "_mapping");
    try {
      PyObject keys = Ops.iter(ts, m);
      try {
        return new MixinIter(
            ts,
            t -> {
              PyObject k = Ops.next(t, keys);
              if (k == null) {
                return null;
              }
              try {
                PyObject v = Ops.getitem(t, m, k);
                if (!pairs) {
                  return v;
                }
                PyTuple r = PyTuple.of(t, k, v);
                Ops.decref(t, v);
                return r;
              } finally {
                Ops.decref(t, k);
              }
            },
            m,
            keys);
      } finally {
        Ops.decref(ts, keys);
      }
    } finally {
      Ops.decref(ts, m);
    }
  }

  /** {@code dict(m.items())}. */
  private static PyDict itemsDict(ThreadState ts, PyObject m) {
    PyObject items = Ops.callMethod(ts, m, "items");
    PyDict d = new PyDict(ts);
    try {
      DictOps.update(ts, d, items);
    } catch (RuntimeException e) {
      Ops.decref(ts, d);
      throw e;
    } finally {
      Ops.decref(ts, items);
    }
    return d;
  }

  /**
   * MutableMapping's {@code update(other=(), /, **kwds)}: everything through {@code self[k] = v}.
   */
  private static PyObject update(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    int nkw = kw == null ? 0 : kw.items.length;
    int npos = n - nkw;
    if (npos > 1) {
      throw Exc.typeError(
          ts,
          "MutableMapping.update() takes from 1 to 2 positional arguments but "
              + (npos + 1)
              + " were given");
    }
    if (npos == 1) {
      PyObject other = args[off];
      if (isInstance(ts, other, MAPPING)) {
        forEach(
            ts,
            other,
            key -> {
              PyObject v = Ops.getitem(ts, other, key);
              try {
                Ops.setitem(ts, self, key, v);
              } finally {
                Ops.decref(ts, v);
              }
            });
      } else if (Ops.getattrOrNull(ts, other, PyStr.intern("keys")) instanceof PyObject keys) {
        PyObject ks;
        try {
          ks = Ops.call0(ts, keys);
        } finally {
          Ops.decref(ts, keys);
        }
        try {
          forEach(
              ts,
              ks,
              key -> {
                PyObject v = Ops.getitem(ts, other, key);
                try {
                  Ops.setitem(ts, self, key, v);
                } finally {
                  Ops.decref(ts, v);
                }
              });
        } finally {
          Ops.decref(ts, ks);
        }
      } else {
        forEach(
            ts,
            other,
            pair -> {
              PyObject[] kv = SequenceOps.unpack(ts, pair, 2, -1);
              try {
                Ops.setitem(ts, self, kv[0], kv[1]);
              } finally {
                Ops.decref(ts, kv[0]);
                Ops.decref(ts, kv[1]);
              }
            });
      }
    }
    for (int k = 0; k < nkw; k++) {
      Ops.setitem(ts, self, kw.items[k], args[off + npos + k]);
    }
    return PySingleton.NONE;
  }
}
