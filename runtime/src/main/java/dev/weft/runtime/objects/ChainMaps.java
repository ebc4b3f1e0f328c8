package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;

import dev.weft.runtime.threads.ThreadState;

/**
 * {@code collections.ChainMap}, a {@code MutableMapping} over a list of mappings ({@code maps}):
 * lookups search them in order, writes and deletions go to the first. It follows CPython 3.11's
 * Python class method for method (its instances keep {@code maps} as an ordinary attribute, and
 * each step goes through the mappings' own methods, so any mapping may be chained).
 */
public final class ChainMaps {
  private ChainMaps() {}

  public static final PyType TYPE =
      PyType.builtin("ChainMap", CollectionsAbc.MUTABLE_MAPPING, PyType.BASETYPE, null);

  private static final PyStr MAPS = PyStr.intern("maps");

  /** {@code self.maps} as a list (new reference); TypeError if it is not one. */
  private static PyList maps(ThreadState ts, PyObject self) {
    PyObject m = Ops.getattr(ts, self, MAPS);
    if (!(m instanceof PyList l)) {
      PyList l2 = SequenceOps.toList(ts, m);
      Ops.decref(ts, m);
      return l2;
    }
    return l;
  }

  private static PyObject first(ThreadState ts, PyList maps) {
    if (maps.size == 0) {
      throw Exc.indexError(ts, "list index out of range");
    }
    return maps.items[0];
  }

  /** {@code self.__class__(*args)}. */
  private static PyObject make(ThreadState ts, PyObject self, PyObject[] args) {
    return dev.weft.runtime.interpreter.Calls.call(ts, self.type, args, 0, args.length, null);
  }

  static void setup() {
    PyType t = TYPE;
    Bootstrap.ready(t);
    t.type = Abc.ABCMETA;
    Bootstrap.constant(t, "__module__", PyStr.intern("collections"));
    t.instancesHaveDict = true;
    def(
        t,
        "__init__",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> {
              if (kw != null && kw.items.length > 0) {
                throw Exc.typeError(
                    ts,
                    "ChainMap.__init__() got an unexpected keyword argument '"
                        + ((PyStr) kw.items[0]).value
                        + "'");
              }
              PyList l = new PyList(ts);
              try {
                for (int i = 0; i < n; i++) {
                  l.append(ts, args[off + i]);
                }
                if (n == 0) {
                  PyDict d = new PyDict(ts);
                  l.append(ts, d);
                  Ops.decref(ts, d);
                }
                Ops.setattr(ts, self, MAPS, l);
              } finally {
                Ops.decref(ts, l);
              }
              return PySingleton.NONE;
            });
    def(
        t,
        "__missing__",
        1,
        (PyBuiltin.F1)
            (ts, self, key) -> {
              throw Exc.keyError(ts, key);
            });
    def(t, "__getitem__", 1, (PyBuiltin.F1) ChainMaps::getItem);
    def(
        t,
        "get",
        1,
        (PyBuiltin.F2)
            (ts, self, key, dflt) ->
                Ops.contains(ts, self, key)
                    ? Ops.getitem(ts, self, key)
                    : Ops.newRef(ts, dflt == null ? PySingleton.NONE : dflt));
    def(
        t,
        "__len__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyDict keys = keys(ts, self);
              try {
                return PyInt.of(ts, keys.size());
              } finally {
                Ops.decref(ts, keys);
              }
            });
    def(
        t,
        "__iter__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyDict keys = keys(ts, self);
              try {
                return Ops.iter(ts, keys);
              } finally {
                Ops.decref(ts, keys);
              }
            });
    def(
        t,
        "__contains__",
        1,
        (PyBuiltin.F1)
            (ts, self, key) -> {
              PyList maps = maps(ts, self);
              try {
                for (int i = 0; i < maps.size; i++) {
                  if (Ops.contains(ts, maps.items[i], key)) {
                    return PyBool.TRUE;
                  }
                }
                return PyBool.FALSE;
              } finally {
                Ops.decref(ts, maps);
              }
            });
    def(
        t,
        "__bool__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyList maps = maps(ts, self);
              try {
                for (int i = 0; i < maps.size; i++) {
                  if (Ops.isTrue(ts, maps.items[i])) {
                    return PyBool.TRUE;
                  }
                }
                return PyBool.FALSE;
              } finally {
                Ops.decref(ts, maps);
              }
            });
    def(
        t,
        "__repr__",
        0,
        (PyBuiltin.F0)
            (ts, self) ->
                PyStr.of(
                    ts,
                    Repr.guarded(
                        ts,
                        self,
                        "...",
                        () -> {
                          PyList maps = maps(ts, self);
                          try {
                            StringBuilder sb = new StringBuilder(self.type.shortName()).append('(');
                            for (int i = 0; i < maps.size; i++) {
                              if (i > 0) {
                                sb.append(", ");
                              }
                              sb.append(Ops.reprString(ts, maps.items[i]));
                            }
                            return sb.append(')').toString();
                          } finally {
                            Ops.decref(ts, maps);
                          }
                        })));
    Bootstrap.classMethod(
        t,
        "fromkeys",
        2,
        (PyBuiltin.FN)
            (ts, unused, args, off, n, kw) -> {
              PyObject fromkeys = Ops.getattr(ts, PyDict.TYPE, "fromkeys");
              PyObject d;
              try {
                d = dev.weft.runtime.interpreter.Calls.call(ts, fromkeys, args, off + 1, n - 1, kw);
              } finally {
                Ops.decref(ts, fromkeys);
              }
              try {
                return Ops.call1(ts, args[off], d);
              } finally {
                Ops.decref(ts, d);
              }
            });
    def(t, "copy", 0, (PyBuiltin.F0) ChainMaps::copy);
    def(t, "__copy__", 0, (PyBuiltin.F0) ChainMaps::copy);
    def(
        t,
        "new_child",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> {
              int nkw = kw == null ? 0 : kw.items.length;
              int npos = n - nkw;
              if (npos > 1) {
                throw Exc.typeError(
                    ts,
                    "ChainMap.new_child() takes from 1 to 2 positional arguments but "
                        + (npos + 1)
                        + " were given");
              }
              PyObject m = npos == 1 ? args[off] : PySingleton.NONE;
              PyObject child;
              if (m == PySingleton.NONE) {
                PyDict d = new PyDict(ts);
                for (int k = 0; k < nkw; k++) {
                  d.put(ts, kw.items[k], args[off + npos + k]);
                }
                child = d;
              } else {
                child = Ops.newRef(ts, m);
                if (nkw > 0) {
                  PyDict d = new PyDict(ts);
                  try {
                    for (int k = 0; k < nkw; k++) {
                      d.put(ts, kw.items[k], args[off + npos + k]);
                    }
                    Ops.decref(ts, Ops.callMethod(ts, child, "update", d));
                  } finally {
                    Ops.decref(ts, d);
                  }
                }
              }
              PyList maps = maps(ts, self);
              try {
                PyObject[] all = new PyObject[maps.size + 1];
                all[0] = child;
                System.arraycopy(maps.items, 0, all, 1, maps.size);
                return make(ts, self, all);
              } finally {
                Ops.decref(ts, maps);
                Ops.decref(ts, child);
              }
            });
    PyDescriptors.Property parents =
        (PyDescriptors.Property)
            PyDescriptors.PROPERTY.factory.create(Bootstrap.BOOT, PyDescriptors.PROPERTY);
    parents.fget =
        PyBuiltin.function(
            "parents",
            1,
            (PyBuiltin.F1)
                (ts, s, self) -> {
                  PyList maps = maps(ts, self);
                  try {
                    PyObject[] rest =
                        java.util.Arrays.copyOfRange(maps.items, Math.min(1, maps.size), maps.size);
                    return make(ts, self, rest);
                  } finally {
                    Ops.decref(ts, maps);
                  }
                });
    dev.weft.refcount.Refcount.makeImmortal(parents);
    Bootstrap.constant(t, "parents", parents);
    def(
        t,
        "__setitem__",
        2,
        (PyBuiltin.F2)
            (ts, self, key, value) -> {
              PyList maps = maps(ts, self);
              try {
                Ops.setitem(ts, first(ts, maps), key, value);
              } finally {
                Ops.decref(ts, maps);
              }
              return PySingleton.NONE;
            });
    def(
        t,
        "__delitem__",
        1,
        (PyBuiltin.F1)
            (ts, self, key) -> {
              PyList maps = maps(ts, self);
              try {
                Ops.delitem(ts, first(ts, maps), key);
              } catch (PyException e) {
                if (!e.matches(Exc.KeyError)) {
                  throw e;
                }
                Ops.decref(ts, e.value);
                throw keyError(
                    ts, "Key not found in the first mapping: " + Ops.reprString(ts, key));
              } finally {
                Ops.decref(ts, maps);
              }
              return PySingleton.NONE;
            });
    def(
        t,
        "popitem",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyList maps = maps(ts, self);
              try {
                return Ops.callMethod(ts, first(ts, maps), "popitem");
              } catch (PyException e) {
                if (!e.matches(Exc.KeyError)) {
                  throw e;
                }
                Ops.decref(ts, e.value);
                throw keyError(ts, "No keys found in the first mapping.");
              } finally {
                Ops.decref(ts, maps);
              }
            });
    def(
        t,
        "pop",
        1,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> {
              if (n < 1) {
                throw Exc.typeError(
                    ts, "ChainMap.pop() missing 1 required positional argument: 'key'");
              }
              PyList maps = maps(ts, self);
              try {
                PyObject pop = Ops.getattr(ts, first(ts, maps), "pop");
                try {
                  return dev.weft.runtime.interpreter.Calls.call(ts, pop, args, off, n, kw);
                } finally {
                  Ops.decref(ts, pop);
                }
              } catch (PyException e) {
                if (!e.matches(Exc.KeyError)) {
                  throw e;
                }
                Ops.decref(ts, e.value);
                throw keyError(
                    ts, "Key not found in the first mapping: " + Ops.reprString(ts, args[off]));
              } finally {
                Ops.decref(ts, maps);
              }
            });
    def(
        t,
        "clear",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyList maps = maps(ts, self);
              try {
                return Ops.callMethod(ts, first(ts, maps), "clear");
              } finally {
                Ops.decref(ts, maps);
              }
            });
    def(
        t,
        "__ior__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              PyList maps = maps(ts, self);
              try {
                Ops.decref(ts, Ops.callMethod(ts, first(ts, maps), "update", other));
              } finally {
                Ops.decref(ts, maps);
              }
              return Ops.newRef(ts, self);
            });
    def(
        t,
        "__or__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              if (!CollectionsAbc.isInstance(ts, other, CollectionsAbc.MAPPING)) {
                return PySingleton.NOT_IMPLEMENTED;
              }
              PyObject m = Ops.callMethod(ts, self, "copy");
              try {
                PyList maps = maps(ts, m);
                try {
                  Ops.decref(ts, Ops.callMethod(ts, first(ts, maps), "update", other));
                } finally {
                  Ops.decref(ts, maps);
                }
              } catch (RuntimeException e) {
                Ops.decref(ts, m);
                throw e;
              }
              return m;
            });
    def(
        t,
        "__ror__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              if (!CollectionsAbc.isInstance(ts, other, CollectionsAbc.MAPPING)) {
                return PySingleton.NOT_IMPLEMENTED;
              }
              PyDict m = new PyDict(ts);
              try {
                DictOps.update(ts, m, other);
                PyList maps = maps(ts, self);
                try {
                  for (int i = maps.size - 1; i >= 0; i--) {
                    DictOps.update(ts, m, maps.items[i]);
                  }
                } finally {
                  Ops.decref(ts, maps);
                }
                return make(ts, self, new PyObject[] {m});
              } finally {
                Ops.decref(ts, m);
              }
            });
    Abc.sealStatic(Bootstrap.BOOT, t);
  }

  private static PyException keyError(ThreadState ts, String message) {
    return Exc.raise(ts, Exc.KeyError, message);
  }

  private static PyObject getItem(ThreadState ts, PyObject self, PyObject key) {
    PyList maps = maps(ts, self);
    try {
      for (int i = 0; i < maps.size; i++) {
        try {
          return Ops.getitem(ts, maps.items[i], key);
        } catch (PyException e) {
          if (!e.matches(Exc.KeyError)) {
            throw e;
          }
          Ops.decref(ts, e.value);
        }
      }
    } finally {
      Ops.decref(ts, maps);
    }
    return Ops.callMethod(ts, self, "__missing__", key);
  }

  /** The keys of every map, later maps first, so the first map's order wins ties. */
  private static PyDict keys(ThreadState ts, PyObject self) {
    PyList maps = maps(ts, self);
    PyDict d = new PyDict(ts);
    try {
      for (int i = maps.size - 1; i >= 0; i--) {
        PyObject it = Ops.iter(ts, maps.items[i]);
        try {
          PyObject k;
          while ((k = Ops.next(ts, it)) != null) {
            try {
              d.put(ts, k, PySingleton.NONE);
            } finally {
              Ops.decref(ts, k);
            }
          }
        } finally {
          Ops.decref(ts, it);
        }
      }
    } catch (RuntimeException e) {
      Ops.decref(ts, d);
      throw e;
    } finally {
      Ops.decref(ts, maps);
    }
    return d;
  }

  /** {@code self.__class__(self.maps[0].copy(), *self.maps[1:])}. */
  private static PyObject copy(ThreadState ts, PyObject self) {
    PyList maps = maps(ts, self);
    try {
      PyObject head = Ops.callMethod(ts, first(ts, maps), "copy");
      try {
        PyObject[] all = new PyObject[maps.size];
        all[0] = head;
        System.arraycopy(maps.items, 1, all, 1, maps.size - 1);
        return make(ts, self, all);
      } finally {
        Ops.decref(ts, head);
      }
    } finally {
      Ops.decref(ts, maps);
    }
  }
}
