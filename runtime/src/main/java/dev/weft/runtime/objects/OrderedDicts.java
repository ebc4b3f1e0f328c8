package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;

import dev.weft.runtime.threads.CriticalSection;
import dev.weft.runtime.threads.ThreadState;

/**
 * {@code collections.OrderedDict}: a dict subclass whose instances are plain {@link PyDict.Sub}s,
 * since Weft's dicts keep insertion order already. What OrderedDict adds is CPython 3.11's {@code
 * odictobject.c} surface: {@code move_to_end}, {@code popitem(last=)}, equality that is
 * order-sensitive between two OrderedDicts, the {@code OrderedDict([(k, v), ...])} repr, updates
 * that go through {@code __setitem__} (so a subclass's override sees them), and the {@code
 * odict_keys}/{@code odict_values}/{@code odict_items} views.
 */
public final class OrderedDicts {
  private OrderedDicts() {}

  public static final PyType TYPE =
      PyType.builtin(
          "collections.OrderedDict",
          PyDict.TYPE,
          PyType.BASETYPE,
          (ts, t) -> new PyDict.Sub(ts, t));

  static final PyType KEYS = PyType.builtin("odict_keys", DictOps.KEYS_VIEW, 0, null);
  static final PyType VALUES = PyType.builtin("odict_values", DictOps.VALUES_VIEW, 0, null);
  static final PyType ITEMS = PyType.builtin("odict_items", DictOps.ITEMS_VIEW, 0, null);

  static void setup() {
    PyType t = TYPE;
    Bootstrap.constant(t, "__module__", PyStr.intern("collections"));
    t.richCompareOverride = true;
    def(
        t,
        "__init__",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> {
              int npos = n - (kw == null ? 0 : kw.items.length);
              if (npos > 1) {
                throw Exc.typeError(ts, "expected at most 1 arguments, got " + npos);
              }
              if (npos == 1) {
                updateArg(ts, self, args[off]);
              }
              for (int k = 0; k < n - npos; k++) {
                Ops.setitem(ts, self, kw.items[k], args[off + npos + k]);
              }
              return PySingleton.NONE;
            });
    def(
        t,
        "update",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> {
              int npos = n - (kw == null ? 0 : kw.items.length);
              if (npos > 1) {
                throw Exc.typeError(
                    ts,
                    "update() takes from 1 to 2 positional arguments but "
                        + (npos + 1)
                        + " were given");
              }
              if (npos == 1) {
                updateArg(ts, self, args[off]);
              }
              for (int k = 0; k < n - npos; k++) {
                Ops.setitem(ts, self, kw.items[k], args[off + npos + k]);
              }
              return PySingleton.NONE;
            });
    def(
        t,
        "setdefault",
        1,
        (PyBuiltin.F2)
            (ts, self, key, dflt) -> {
              PyObject d = dflt == null ? PySingleton.NONE : dflt;
              if (self.type == TYPE) {
                PyObject v = ((PyDict) self).get(ts, key);
                if (v != null) {
                  return Ops.newRef(ts, v);
                }
                ((PyDict) self).put(ts, key, d);
                return Ops.newRef(ts, d);
              }
              if (Ops.contains(ts, self, key)) {
                return Ops.getitem(ts, self, key);
              }
              Ops.setitem(ts, self, key, d);
              return Ops.newRef(ts, d);
            });
    def(
        t,
        "pop",
        1,
        (PyBuiltin.F2)
            (ts, self, key, dflt) -> {
              if (self.type != TYPE && Ops.contains(ts, self, key)) {
                PyObject v = Ops.getitem(ts, self, key);
                try {
                  Ops.delitem(ts, self, key);
                } catch (RuntimeException e) {
                  Ops.decref(ts, v);
                  throw e;
                }
                return v;
              }
              PyObject v = ((PyDict) self).pop(ts, key);
              if (v == null) {
                if (dflt == null) {
                  throw Exc.keyError(ts, key);
                }
                return Ops.newRef(ts, dflt);
              }
              return v;
            });
    def(t, "move_to_end", 1, (PyBuiltin.FN) OrderedDicts::moveToEnd);
    def(t, "popitem", 0, (PyBuiltin.FN) OrderedDicts::popitem);
    def(t, "keys", 0, (PyBuiltin.F0) (ts, self) -> new DictOps.View(ts, (PyDict) self, 0, KEYS));
    def(
        t,
        "values",
        0,
        (PyBuiltin.F0) (ts, self) -> new DictOps.View(ts, (PyDict) self, 1, VALUES));
    def(t, "items", 0, (PyBuiltin.F0) (ts, self) -> new DictOps.View(ts, (PyDict) self, 2, ITEMS));
    def(t, "copy", 0, (PyBuiltin.F0) OrderedDicts::copy);
    def(t, "__copy__", 0, (PyBuiltin.F0) OrderedDicts::copy);
    def(t, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, repr(ts, (PyDict) self)));
    def(
        t,
        "__reduce__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyDict ns = self instanceof PyDict.Sub sub ? sub.namespaceIfAny() : null;
              PyObject state = ns != null && ns.size() > 0 ? ns : PySingleton.NONE;
              PyObject view = new DictOps.View(ts, (PyDict) self, 2);
              PyObject it;
              try {
                it = Ops.iter(ts, view);
              } finally {
                Ops.decref(ts, view);
              }
              return PyTuple.steal(
                  ts,
                  new PyObject[] {
                    Ops.newRef(ts, self.type),
                    PyTuple.EMPTY,
                    Ops.newRef(ts, state),
                    PySingleton.NONE,
                    it
                  });
            });
    for (int op = 0; op < 6; op++) {
      int which = op;
      def(
          t,
          Compare.NAMES[op],
          1,
          (PyBuiltin.F1) (ts, self, other) -> compare(ts, self, other, which));
    }
    def(t, "__or__", 1, (PyBuiltin.F1) (ts, self, other) -> or(ts, self, other, self, other));
    def(t, "__ror__", 1, (PyBuiltin.F1) (ts, self, other) -> or(ts, self, other, other, self));
    def(
        t,
        "__ior__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              updateArg(ts, self, other);
              return Ops.newRef(ts, self);
            });
    def(t, "__iter__", 0, (PyBuiltin.F0) (ts, self) -> new Iter(ts, (PyDict) self, 0, false));
    def(t, "__reversed__", 0, (PyBuiltin.F0) (ts, self) -> new Iter(ts, (PyDict) self, 0, true));
    for (PyType v : new PyType[] {KEYS, VALUES, ITEMS}) {
      int kind = v == KEYS ? 0 : v == VALUES ? 1 : 2;
      def(
          v,
          "__iter__",
          0,
          (PyBuiltin.F0) (ts, self) -> new Iter(ts, ((DictOps.View) self).dict, kind, false));
      def(
          v,
          "__reversed__",
          0,
          (PyBuiltin.F0) (ts, self) -> new Iter(ts, ((DictOps.View) self).dict, kind, true));
    }
    MiscMethods.iteratorProtocol(ITER);
  }

  static final PyType ITER = PyType.builtin("odict_iterator", null, 0, null);

  /**
   * An OrderedDict's iterator over keys, values or items, forwards or backwards. It remembers the
   * dict's keys version: any change to the keys or their order (an insertion, a deletion, a
   * move_to_end) makes the next step fail with "OrderedDict mutated during iteration", as CPython's
   * {@code od_state} check does; a changed value does not.
   */
  static final class Iter extends PyIter {
    private PyDict dict;
    private final int kind;
    private final boolean reversed;
    private final int version;
    private int pos;

    Iter(ThreadState ts, PyDict dict, int kind, boolean reversed) {
      super(ts, ITER);
      this.dict = Ops.newRef(ts, dict);
      this.kind = kind;
      this.reversed = reversed;
      CriticalSection.begin(ts, dict);
      try {
        this.version = dict.keysVersion();
        this.pos = reversed ? dict.lastPosition() : 0;
      } finally {
        CriticalSection.end(ts);
      }
    }

    @Override
    public PyObject next(ThreadState ts) {
      PyDict d = dict;
      if (d == null) {
        return null;
      }
      CriticalSection.begin(ts, d);
      try {
        if (d.keysVersion() != version) {
          throw Exc.runtimeError(ts, "OrderedDict mutated during iteration");
        }
        int p = pos;
        if (reversed) {
          while (p >= 0 && d.keyAt(p) == null) {
            p--;
          }
          pos = p - 1;
        } else {
          p = d.next(p);
          pos = p + 1;
        }
        if (p >= 0) {
          PyObject k = d.keyAt(p), v = d.valueAt(p);
          return kind == 0
              ? Ops.newRef(ts, k)
              : kind == 1 ? Ops.newRef(ts, v) : PyTuple.of(ts, k, v);
        }
      } finally {
        CriticalSection.end(ts);
      }
      dict = null; // exhausted: the dict is let go once its section has ended
      Ops.decref(ts, d);
      return null;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      visitNonNull(visit, dict);
    }

    @Override
    protected void release(dev.weft.refcount.RcThread thread) {
      PyDict d = dict;
      dict = null;
      Ops.xdecref(thread, d);
    }
  }

  /** Whether {@code d[k] = v} on this dict is dict's own store (no subclass override). */
  private static boolean plainStore(PyObject d) {
    return d.type.lookup("__setitem__") == PyDict.TYPE.dict.getString("__setitem__");
  }

  /**
   * CPython's {@code mutablemapping_update_arg}: a dict's items, a mapping's keys, or pairs, each
   * stored through {@code __setitem__}.
   */
  static void updateArg(ThreadState ts, PyObject self, PyObject other) {
    if (plainStore(self) && self instanceof PyDict d) {
      DictOps.update(ts, d, other);
      return;
    }
    if (other instanceof PyDict o && o.type == PyDict.TYPE) {
      PyObject[][] items = entries(ts, o);
      try {
        for (PyObject[] kv : items) {
          Ops.setitem(ts, self, kv[0], kv[1]);
        }
      } finally {
        release(ts, items);
      }
      return;
    }
    DictOps.updateFrom(ts, other, (k, v) -> Ops.setitem(ts, self, k, v), false);
  }

  /** The dict's (key, value) pairs as new references, read under its lock. */
  static PyObject[][] entries(ThreadState ts, PyDict d) {
    CriticalSection.begin(ts, d);
    try {
      PyObject[][] out = new PyObject[d.size()][];
      int i = 0;
      for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
        out[i++] = new PyObject[] {Ops.newRef(ts, d.keyAt(p)), Ops.newRef(ts, d.valueAt(p))};
      }
      return out;
    } finally {
      CriticalSection.end(ts);
    }
  }

  static void release(ThreadState ts, PyObject[][] entries) {
    for (PyObject[] kv : entries) {
      Ops.decref(ts, kv[0]);
      Ops.decref(ts, kv[1]);
    }
  }

  private static PyObject moveToEnd(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    ArgParser p = new ArgParser(ts, "move_to_end", args, off, n, kw, "key", "last");
    if (!p.has(0)) {
      throw Exc.typeError(ts, "move_to_end() missing required argument 'key' (pos 1)");
    }
    PyObject key = p.get(0);
    boolean last = !p.has(1) || Ops.isTrue(ts, p.get(1));
    PyDict d = (PyDict) self;
    long hash = Ops.hash(ts, key);
    int pos = d.find(ts, key, hash);
    if (pos < 0) {
      throw Exc.keyError(ts, key);
    }
    if (last) {
      if (pos == d.lastPosition()) {
        return PySingleton.NONE;
      }
      PyObject k = Ops.newRef(ts, d.keyAt(pos));
      PyObject v = d.removeAt(ts, pos, hash);
      d.put(ts, k, hash, v);
      Ops.decref(ts, k);
      Ops.decref(ts, v);
      return PySingleton.NONE;
    }
    if (pos == d.next(0)) {
      return PySingleton.NONE;
    }
    d.moveToFront(ts, pos);
    return PySingleton.NONE;
  }

  private static PyObject popitem(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    ArgParser p = new ArgParser(ts, "popitem", args, off, n, kw, "last");
    boolean last = !p.has(0) || Ops.isTrue(ts, p.get(0));
    PyDict d = (PyDict) self;
    int pos = last ? d.lastPosition() : d.next(0);
    if (pos < 0) {
      throw Exc.raise(ts, Exc.KeyError, "dictionary is empty");
    }
    PyObject k = Ops.newRef(ts, d.keyAt(pos));
    PyObject v = d.removeAt(ts, pos, d.hashAt(pos));
    PyTuple r = PyTuple.of(ts, k, v);
    Ops.decref(ts, k);
    Ops.decref(ts, v);
    return r;
  }

  /** An exact OrderedDict copies itself; a subclass's copy is {@code cls()} filled item by item. */
  private static PyObject copy(ThreadState ts, PyObject self) {
    PyObject r = Ops.call0(ts, self.type);
    try {
      PyObject[][] items = entries(ts, (PyDict) self);
      try {
        for (PyObject[] kv : items) {
          Ops.setitem(ts, r, kv[0], kv[1]);
        }
      } finally {
        release(ts, items);
      }
    } catch (RuntimeException e) {
      Ops.decref(ts, r);
      throw e;
    }
    return r;
  }

  private static String repr(ThreadState ts, PyDict d) {
    String name = d.type.shortName();
    return Repr.guarded(
        ts,
        d,
        "...",
        () -> {
          PyObject pairs;
          if (d.type == TYPE) {
            PyObject[][] items = entries(ts, d);
            PyObject[] tuples = new PyObject[items.length];
            for (int i = 0; i < items.length; i++) {
              tuples[i] = PyTuple.steal(ts, items[i]);
            }
            pairs = PyList.steal(ts, tuples, tuples.length);
          } else {
            PyObject view = Ops.callMethod(ts, d, "items");
            try {
              pairs = SequenceOps.toList(ts, view);
            } finally {
              Ops.decref(ts, view);
            }
          }
          try {
            if (Ops.length(ts, pairs) == 0) {
              return name + "()";
            }
            return name + "(" + Ops.reprString(ts, pairs) + ")";
          } finally {
            Ops.decref(ts, pairs);
          }
        });
  }

  /** Dict equality, and for two OrderedDicts the same key order too; no ordering comparisons. */
  private static PyObject compare(ThreadState ts, PyObject self, PyObject other, int op) {
    if (!(other instanceof PyDict o) || (op != Compare.EQ && op != Compare.NE)) {
      return PySingleton.NOT_IMPLEMENTED;
    }
    PyDict d = (PyDict) self;
    boolean eq = DictOps.equal(ts, d, o);
    if (eq && o.type.isSubtypeOf(TYPE)) {
      PyObject[][] a = entries(ts, d);
      PyObject[][] b = entries(ts, o);
      try {
        if (a.length != b.length) {
          eq = false;
        } else {
          for (int i = 0; i < a.length && eq; i++) {
            eq = Ops.keysEqual(ts, a[i][0], b[i][0]);
          }
        }
      } finally {
        release(ts, a);
        release(ts, b);
      }
    }
    return PyBool.of(eq == (op == Compare.EQ));
  }

  /** {@code left | right}: {@code type(od)(left)} updated from {@code right}. */
  private static PyObject or(
      ThreadState ts, PyObject self, PyObject other, PyObject left, PyObject right) {
    if (!(other instanceof PyDict)) {
      return PySingleton.NOT_IMPLEMENTED;
    }
    PyObject r = Ops.call1(ts, self.type, left);
    try {
      updateArg(ts, r, right);
    } catch (RuntimeException e) {
      Ops.decref(ts, r);
      throw e;
    }
    return r;
  }
}
