package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;

import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.threads.ThreadState;

/** The methods of {@code dict} and its views. */
public final class DictOps {
  private DictOps() {}

  public static final PyType KEYS_VIEW = PyType.builtin("dict_keys", null, 0, null);
  public static final PyType VALUES_VIEW = PyType.builtin("dict_values", null, 0, null);
  public static final PyType ITEMS_VIEW = PyType.builtin("dict_items", null, 0, null);

  /** {@code d.keys()}, {@code d.values()}, {@code d.items()}: live views. */
  public static final class View extends PyObject {
    public final PyDict dict;
    public final int kind;

    View(ThreadState ts, PyDict dict, int kind) {
      this(ts, dict, kind, kind == 0 ? KEYS_VIEW : kind == 1 ? VALUES_VIEW : ITEMS_VIEW);
    }

    /** A view of type {@code type}, a subtype of the kind's view type ({@code odict_keys}). */
    View(ThreadState ts, PyDict dict, int kind, PyType type) {
      super(ts.rc, type);
      this.dict = Ops.newRef(ts, dict);
      this.kind = kind;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      visitNonNull(visit, dict);
    }

    @Override
    protected void release(dev.weft.refcount.RcThread thread) {
      Ops.decref(thread, dict);
    }
  }

  /** {@code d.update(other)}: a mapping (by its keys) or an iterable of pairs. */
  public static void update(ThreadState ts, PyDict d, PyObject other) {
    if (other instanceof PyDict o && o.type.lookup("keys") == PyDict.TYPE.dict.getString("keys")) {
      for (int p = o.next(0); p >= 0; p = o.next(p + 1)) {
        d.put(ts, o.keyAt(p), o.hashAt(p), o.valueAt(p));
      }
      return;
    }
    updateFrom(ts, other, (k, v) -> d.put(ts, k, v), true);
  }

  /** Where {@link #updateFrom} puts each (key, value): borrowed references. */
  interface Store {
    void put(PyObject key, PyObject value);
  }

  /**
   * The general half of {@code update}: {@code other} by its {@code keys()} when it has them, else
   * as an iterable of pairs. {@code dictMessages}: a bad pair gets dict's "dictionary update
   * sequence element #i" errors rather than unpacking's own (as MutableMapping.update gives).
   */
  static void updateFrom(ThreadState ts, PyObject other, Store store, boolean dictMessages) {
    if (other.type.lookup("keys") != null) {
      PyObject keys = Ops.callMethod(ts, other, "keys");
      PyObject it = Ops.iter(ts, keys);
      Ops.decref(ts, keys);
      try {
        PyObject k;
        while ((k = Ops.next(ts, it)) != null) {
          try {
            PyObject v = Ops.getitem(ts, other, k);
            try {
              store.put(k, v);
            } finally {
              Ops.decref(ts, v);
            }
          } finally {
            Ops.decref(ts, k);
          }
        }
      } finally {
        Ops.decref(ts, it);
      }
      return;
    }
    PyObject it = Ops.iter(ts, other);
    try {
      PyObject pair;
      int index = 0;
      while ((pair = Ops.next(ts, it)) != null) {
        try {
          PyObject[] kv =
              dictMessages ? pairOf(ts, pair, index) : SequenceOps.unpack(ts, pair, 2, -1);
          try {
            store.put(kv[0], kv[1]);
          } finally {
            Ops.decref(ts, kv[0]);
            Ops.decref(ts, kv[1]);
          }
        } finally {
          Ops.decref(ts, pair);
        }
        index++;
      }
    } finally {
      Ops.decref(ts, it);
    }
  }

  /** Update sequence element {@code index} as a (key, value) pair, with dict's messages. */
  private static PyObject[] pairOf(ThreadState ts, PyObject pair, int index) {
    try {
      return SequenceOps.unpack(ts, pair, 2, -1);
    } catch (PyException e) {
      if (!e.matches(Exc.ValueError) && !e.matches(Exc.TypeError)) {
        throw e;
      }
      Ops.decref(ts, e.value);
      if (pair.type.lookup("__iter__") == null) {
        throw Exc.typeError(
            ts, "cannot convert dictionary update sequence element #" + index + " to a sequence");
      }
      throw Exc.valueError(
          ts,
          "dictionary update sequence element #"
              + index
              + " has length "
              + Ops.length(ts, pair)
              + "; 2 is required");
    }
  }

  /** {@code f(**mapping)}: keys must be strings and new. */
  public static void mergeKeywords(ThreadState ts, PyDict d, PyObject other, String callee) {
    if (other.type.lookup("keys") == null) {
      throw Exc.typeError(
          ts, callee + " argument after ** must be a mapping, not " + other.typeName());
    }
    PyDict source = other instanceof PyDict o ? o : null;
    PyDict tmp = null;
    if (source == null) {
      tmp = new PyDict(ts);
      update(ts, tmp, other);
      source = tmp;
    }
    try {
      for (int p = source.next(0); p >= 0; p = source.next(p + 1)) {
        PyObject k = source.keyAt(p);
        if (!(k instanceof PyStr)) {
          throw Exc.typeError(ts, "keywords must be strings");
        }
        if (d.get(ts, k) != null) {
          throw Exc.typeError(
              ts, callee + " got multiple values for keyword argument '" + ((PyStr) k).value + "'");
        }
        d.put(ts, k, source.valueAt(p));
      }
    } finally {
      Ops.xdecref(ts, tmp);
    }
  }

  static boolean equal(ThreadState ts, PyDict a, PyDict b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int p = a.next(0); p >= 0; p = a.next(p + 1)) {
      PyObject k = a.keyAt(p);
      PyObject v = a.valueAt(p);
      Ops.incref(ts, k);
      Ops.incref(ts, v);
      try {
        PyObject w = b.get(ts, k, a.hashAt(p));
        if (w == null || !Ops.keysEqual(ts, v, w)) {
          return false;
        }
      } finally {
        Ops.decref(ts, k);
        Ops.decref(ts, v);
      }
    }
    return true;
  }

  /** {@code d[key]} honouring {@code __missing__} of dict subclasses. */
  static PyObject getItem(ThreadState ts, PyDict d, PyObject key) {
    PyObject v = d.get(ts, key);
    if (v != null) {
      return Ops.newRef(ts, v);
    }
    if (d.type != PyDict.TYPE) {
      PyObject missing = d.type.lookup("__missing__");
      if (missing != null) {
        return Calls.callMethod(ts, missing, d, key);
      }
    }
    throw Exc.keyError(ts, key);
  }

  static void setup() {
    PyType t = PyDict.TYPE;
    Bootstrap.allocatingNew(t);
    def(
        t,
        "__init__",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) ->
                updateFromArguments(ts, "dict", self, args, off, n, kw));
    def(t, "__len__", 0, (PyBuiltin.F0) (ts, self) -> PyInt.of(ts, ((PyDict) self).size()));
    def(t, "__getitem__", 1, (PyBuiltin.F1) (ts, self, key) -> getItem(ts, (PyDict) self, key));
    def(
        t,
        "__setitem__",
        2,
        (PyBuiltin.F2)
            (ts, self, key, value) -> {
              ((PyDict) self).put(ts, key, value);
              return PySingleton.NONE;
            });
    def(
        t,
        "__delitem__",
        1,
        (PyBuiltin.F1)
            (ts, self, key) -> {
              PyObject old = ((PyDict) self).pop(ts, key);
              if (old == null) {
                throw Exc.keyError(ts, key);
              }
              Ops.decref(ts, old);
              return PySingleton.NONE;
            });
    def(
        t,
        "__contains__",
        1,
        (PyBuiltin.F1) (ts, self, key) -> PyBool.of(((PyDict) self).get(ts, key) != null));
    def(
        t,
        "__iter__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> new Iterators.DictIter(ts, (PyDict) self, Iterators.DictIter.KEYS));
    def(
        t,
        "__reversed__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyDict d = (PyDict) self;
              PyList keys = new PyList(ts);
              for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
                keys.append(ts, d.keyAt(p));
              }
              Iterators.ListReverseIter it = new Iterators.ListReverseIter(ts, keys);
              Ops.decref(ts, keys);
              return it;
            });
    def(
        t,
        "__repr__",
        0,
        (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, Repr.plainDict(ts, (PyDict) self)));
    Bootstrap.constant(t, "__hash__", PySingleton.NONE);
    for (int op = 0; op < 6; op++) {
      int which = op;
      def(
          t,
          Compare.NAMES[op],
          1,
          (PyBuiltin.F1) (ts, self, other) -> Compare.builtin(ts, self, other, which));
    }
    def(
        t,
        "__or__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              if (!(other instanceof PyDict o)) {
                return PySingleton.NOT_IMPLEMENTED;
              }
              PyDict r = copy(ts, (PyDict) self);
              update(ts, r, o);
              return r;
            });
    def(
        t,
        "__ior__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              update(ts, (PyDict) self, other);
              return Ops.newRef(ts, self);
            });
    def(t, "keys", 0, (PyBuiltin.F0) (ts, self) -> new View(ts, (PyDict) self, 0));
    def(t, "values", 0, (PyBuiltin.F0) (ts, self) -> new View(ts, (PyDict) self, 1));
    def(t, "items", 0, (PyBuiltin.F0) (ts, self) -> new View(ts, (PyDict) self, 2));
    def(
        t,
        "get",
        1,
        (PyBuiltin.F2)
            (ts, self, key, dflt) -> {
              PyObject v = ((PyDict) self).get(ts, key);
              return Ops.newRef(ts, v != null ? v : dflt != null ? dflt : PySingleton.NONE);
            });
    def(
        t,
        "setdefault",
        1,
        (PyBuiltin.F2)
            (ts, self, key, dflt) -> {
              PyDict d = (PyDict) self;
              PyObject v = d.get(ts, key);
              if (v == null) {
                v = dflt != null ? dflt : PySingleton.NONE;
                d.put(ts, key, v);
              }
              return Ops.newRef(ts, v);
            });
    def(
        t,
        "pop",
        1,
        (PyBuiltin.F2)
            (ts, self, key, dflt) -> {
              PyObject v = ((PyDict) self).pop(ts, key);
              if (v == null) {
                if (dflt == null) {
                  throw Exc.keyError(ts, key);
                }
                return Ops.newRef(ts, dflt);
              }
              return v;
            });
    def(
        t,
        "popitem",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyDict d = (PyDict) self;
              int p = d.lastPosition();
              if (p < 0) {
                throw Exc.raise(ts, Exc.KeyError, "popitem(): dictionary is empty");
              }
              PyObject k = Ops.newRef(ts, d.keyAt(p));
              PyObject v = d.removeAt(ts, p, d.hashAt(p));
              PyTuple r = PyTuple.of(ts, k, v);
              Ops.decref(ts, k);
              Ops.decref(ts, v);
              return r;
            });
    def(
        t,
        "update",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) ->
                updateFromArguments(ts, "update", self, args, off, n, kw));
    def(t, "copy", 0, (PyBuiltin.F0) (ts, self) -> copy(ts, (PyDict) self));
    def(
        t,
        "clear",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              ((PyDict) self).clear(ts);
              return PySingleton.NONE;
            });
    Bootstrap.classMethod(
        t,
        "fromkeys",
        2,
        (PyBuiltin.F3)
            (ts, unused, cls, iterable, value) -> {
              PyObject d = Ops.call0(ts, cls);
              PyObject v = value != null ? value : PySingleton.NONE;
              PyObject it = Ops.iter(ts, iterable);
              try {
                PyObject k;
                while ((k = Ops.next(ts, it)) != null) {
                  try {
                    Ops.setitem(ts, d, k, v);
                  } finally {
                    Ops.decref(ts, k);
                  }
                }
              } finally {
                Ops.decref(ts, it);
              }
              return d;
            });
    viewSetup();
  }

  /**
   * {@code dict(...)} and {@code d.update(...)}: one mapping or iterable of pairs, then keywords.
   */
  static PyObject updateFromArguments(
      ThreadState ts, String name, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    int nkw = kw == null ? 0 : kw.items.length;
    int npos = n - nkw;
    if (npos > 1) {
      throw Exc.typeError(ts, name + " expected at most 1 argument, got " + npos);
    }
    PyDict d = (PyDict) self;
    if (npos == 1) {
      update(ts, d, args[off]);
    }
    for (int k = 0; k < nkw; k++) {
      d.put(ts, kw.items[k], args[off + npos + k]);
    }
    return PySingleton.NONE;
  }

  static PyDict copy(ThreadState ts, PyDict d) {
    PyDict r = new PyDict(ts);
    for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
      r.put(ts, d.keyAt(p), d.hashAt(p), d.valueAt(p));
    }
    return r;
  }

  private static void viewSetup() {
    for (PyType v : new PyType[] {KEYS_VIEW, VALUES_VIEW, ITEMS_VIEW}) {
      def(v, "__len__", 0, (PyBuiltin.F0) (ts, self) -> PyInt.of(ts, ((View) self).dict.size()));
      def(
          v,
          "__iter__",
          0,
          (PyBuiltin.F0)
              (ts, self) -> new Iterators.DictIter(ts, ((View) self).dict, ((View) self).kind));
      def(
          v,
          "__reversed__",
          0,
          (PyBuiltin.F0)
              (ts, self) -> {
                View view = (View) self;
                PyList items = SequenceOps.toList(ts, view);
                Iterators.ListReverseIter it = new Iterators.ListReverseIter(ts, items);
                Ops.decref(ts, items);
                return it;
              });
      def(
          v,
          "__repr__",
          0,
          (PyBuiltin.F0)
              (ts, self) -> {
                PyList items = SequenceOps.toList(ts, self);
                String r = self.typeName() + "(" + Repr.builtinRepr(ts, items) + ")";
                Ops.decref(ts, items);
                return PyStr.of(ts, r);
              });
      def(
          v,
          "__contains__",
          1,
          (PyBuiltin.F1)
              (ts, self, x) -> {
                View view = (View) self;
                if (view.kind == 0) {
                  return PyBool.of(view.dict.get(ts, x) != null);
                }
                if (view.kind == 2) {
                  if (!(x instanceof PyTuple t) || t.items.length != 2) {
                    return PyBool.FALSE;
                  }
                  PyObject val = view.dict.get(ts, t.items[0]);
                  return PyBool.of(val != null && Ops.keysEqual(ts, val, t.items[1]));
                }
                PyList items = SequenceOps.toList(ts, self);
                try {
                  return PyBool.of(Ops.contains(ts, items, x));
                } finally {
                  Ops.decref(ts, items);
                }
              });
    }
    for (PyType v : new PyType[] {KEYS_VIEW, ITEMS_VIEW}) {
      Bootstrap.constant(v, "__hash__", PySingleton.NONE);
      for (String op : new String[] {"__and__", "__or__", "__sub__", "__xor__"}) {
        def(
            v,
            op,
            1,
            (PyBuiltin.F1)
                (ts, self, other) -> {
                  PySet s = SetOps.fromIterable(ts, PySet.SET_TYPE, self);
                  try {
                    return Ops.callMethod(ts, s, op, other);
                  } finally {
                    Ops.decref(ts, s);
                  }
                });
        String rop = "__r" + op.substring(2);
        def(
            v,
            rop,
            1,
            (PyBuiltin.F1)
                (ts, self, other) -> {
                  PySet s = SetOps.fromIterable(ts, PySet.SET_TYPE, self);
                  try {
                    return Ops.callMethod(ts, s, rop, other);
                  } finally {
                    Ops.decref(ts, s);
                  }
                });
      }
      for (int op = 0; op < 6; op++) {
        int which = op;
        def(
            v,
            Compare.NAMES[op],
            1,
            (PyBuiltin.F1)
                (ts, self, other) -> {
                  PySet s = SetOps.fromIterable(ts, PySet.SET_TYPE, self);
                  PySet o =
                      other instanceof PySet os
                          ? Ops.newRef(ts, os)
                          : other instanceof View
                              ? SetOps.fromIterable(ts, PySet.SET_TYPE, other)
                              : null;
                  try {
                    return o == null
                        ? PySingleton.NOT_IMPLEMENTED
                        : PyBool.of(SetOps.compare(ts, s, o, which));
                  } finally {
                    Ops.decref(ts, s);
                    Ops.xdecref(ts, o);
                  }
                });
      }
    }
  }
}
