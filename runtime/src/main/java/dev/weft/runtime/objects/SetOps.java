package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;

import dev.weft.runtime.threads.ThreadState;

/**
 * The methods of {@code set} and {@code frozenset}, with CPython's operand orders ({@code
 * Objects/setobject.c}): intersection iterates the smaller set, difference keeps the left operand's
 * order, union copies the left and adds the right; these decide the printed order.
 */
public final class SetOps {
  private SetOps() {}

  /** {@code set_update_internal}. */
  public static void update(ThreadState ts, PySet set, PyObject other) {
    if (other instanceof PySet o) {
      set.merge(ts, o);
      return;
    }
    if (other instanceof PyDict d && d.type == PyDict.TYPE) {
      set.reserveForDict(d.size());
      for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
        set.add(ts, d.keyAt(p), d.hashAt(p));
      }
      return;
    }
    PyObject it = Ops.iter(ts, other);
    try {
      PyObject x;
      while ((x = Ops.next(ts, it)) != null) {
        try {
          set.add(ts, x);
        } finally {
          Ops.decref(ts, x);
        }
      }
    } finally {
      Ops.decref(ts, it);
    }
  }

  public static PySet fromIterable(ThreadState ts, PyType type, PyObject iterable) {
    PySet s = new PySet(ts, type);
    try {
      if (iterable != null) {
        update(ts, s, iterable);
      }
    } catch (RuntimeException e) {
      Ops.decref(ts, s);
      throw e;
    }
    return s;
  }

  /** A new set of the same kind (set or frozenset; subclasses give their base). */
  private static PySet copyOf(ThreadState ts, PySet s) {
    PySet r = new PySet(ts, s.isFrozen() ? PySet.FROZENSET_TYPE : PySet.SET_TYPE);
    r.merge(ts, s);
    return r;
  }

  private static PySet asSet(ThreadState ts, PyObject o) {
    if (o instanceof PySet s) {
      return Ops.newRef(ts, s);
    }
    return fromIterable(ts, PySet.SET_TYPE, o);
  }

  static PySet union(ThreadState ts, PySet a, PyObject b) {
    PySet r = copyOf(ts, a);
    update(ts, r, b);
    return r;
  }

  static PySet intersection(ThreadState ts, PySet so, PyObject other) {
    PySet result = new PySet(ts, so.isFrozen() ? PySet.FROZENSET_TYPE : PySet.SET_TYPE);
    if (other instanceof PySet o) {
      PySet small = o, big = so;
      if (o.size() > so.size()) {
        small = so;
        big = o;
      }
      for (int j = small.next(0); j >= 0; j = small.next(j + 1)) {
        PyObject k = small.keyAt(j);
        if (big.find(ts, k, small.hashAt(j)) >= 0) {
          result.add(ts, k, small.hashAt(j));
        }
      }
      return result;
    }
    PyObject it = Ops.iter(ts, other);
    try {
      PyObject x;
      while ((x = Ops.next(ts, it)) != null) {
        if (so.contains(ts, x)) {
          result.add(ts, x);
        }
        Ops.decref(ts, x);
      }
    } finally {
      Ops.decref(ts, it);
    }
    return result;
  }

  static PySet difference(ThreadState ts, PySet so, PyObject other) {
    PySet o = asSet(ts, other);
    try {
      if ((so.size() >> 2) > o.size()) {
        PySet r = copyOf(ts, so);
        for (int j = o.next(0); j >= 0; j = o.next(j + 1)) {
          r.discard(ts, o.keyAt(j));
        }
        return r;
      }
      PySet r = new PySet(ts, so.isFrozen() ? PySet.FROZENSET_TYPE : PySet.SET_TYPE);
      for (int j = so.next(0); j >= 0; j = so.next(j + 1)) {
        PyObject k = so.keyAt(j);
        if (o.find(ts, k, so.hashAt(j)) < 0) {
          r.add(ts, k, so.hashAt(j));
        }
      }
      return r;
    } finally {
      Ops.decref(ts, o);
    }
  }

  static PySet symmetricDifference(ThreadState ts, PySet so, PyObject other) {
    PySet r = fromIterable(ts, so.isFrozen() ? PySet.FROZENSET_TYPE : PySet.SET_TYPE, other);
    symmetricDifferenceUpdate(ts, r, so);
    return r;
  }

  static void symmetricDifferenceUpdate(ThreadState ts, PySet so, PyObject other) {
    PySet o = asSet(ts, other);
    try {
      for (int j = o.next(0); j >= 0; j = o.next(j + 1)) {
        PyObject k = o.keyAt(j);
        Ops.incref(ts, k);
        if (!so.discard(ts, k)) {
          so.add(ts, k, o.hashAt(j));
        }
        Ops.decref(ts, k);
      }
    } finally {
      Ops.decref(ts, o);
    }
  }

  static boolean isSubset(ThreadState ts, PySet a, PySet b) {
    if (a.size() > b.size()) {
      return false;
    }
    for (int j = a.next(0); j >= 0; j = a.next(j + 1)) {
      if (b.find(ts, a.keyAt(j), a.hashAt(j)) < 0) {
        return false;
      }
    }
    return true;
  }

  static boolean compare(ThreadState ts, PySet a, PySet b, int op) {
    return switch (op) {
      case Compare.EQ -> a.size() == b.size() && isSubset(ts, a, b);
      case Compare.NE -> !(a.size() == b.size() && isSubset(ts, a, b));
      case Compare.LE -> isSubset(ts, a, b);
      case Compare.GE -> isSubset(ts, b, a);
      case Compare.LT -> a.size() < b.size() && isSubset(ts, a, b);
      default -> a.size() > b.size() && isSubset(ts, b, a);
    };
  }

  private static void requireSet(ThreadState ts, PyObject o, String op, PyObject self) {
    if (!(o instanceof PySet)) {
      throw Exc.typeError(
          ts,
          "unsupported operand type(s) for "
              + op
              + ": '"
              + self.typeName()
              + "' and '"
              + o.typeName()
              + "'");
    }
  }

  static void setup() {
    for (PyType t : new PyType[] {PySet.SET_TYPE, PySet.FROZENSET_TYPE}) {
      boolean frozen = t == PySet.FROZENSET_TYPE;
      Bootstrap.newMethod(
          t,
          (ts, self, args, off, n, kw) -> {
            PyType cls = (PyType) args[off];
            if (kw != null && kw.items.length > 0 && cls == t) {
              throw Exc.typeError(ts, t.name + "() takes no keyword arguments");
            }
            if (n > 2) {
              throw Exc.typeError(ts, t.name + " expected at most 1 argument, got " + (n - 1));
            }
            if (frozen) {
              if (n > 1 && args[off + 1].type == PySet.FROZENSET_TYPE && cls == t) {
                return Ops.newRef(ts, args[off + 1]);
              }
              return fromIterable(ts, cls, n > 1 ? args[off + 1] : null);
            }
            return new PySet(ts, cls);
          });
      if (!frozen) {
        def(
            t,
            "__init__",
            0,
            (PyBuiltin.FN)
                (ts, self, args, off, n, kw) -> {
                  if (n > 1) {
                    throw Exc.typeError(ts, "set expected at most 1 argument, got " + n);
                  }
                  PySet s = (PySet) self;
                  s.clear(ts);
                  if (n == 1) {
                    update(ts, s, args[off]);
                  }
                  return PySingleton.NONE;
                });
      }
      def(t, "__len__", 0, (PyBuiltin.F0) (ts, self) -> PyInt.of(ts, ((PySet) self).size()));
      def(
          t,
          "__contains__",
          1,
          (PyBuiltin.F1)
              (ts, self, x) -> {
                try {
                  return PyBool.of(((PySet) self).contains(ts, x));
                } catch (PyException e) {
                  if (x instanceof PySet xs && e.matches(Exc.TypeError)) {
                    Ops.decref(ts, e.value);
                    PySet f = fromIterable(ts, PySet.FROZENSET_TYPE, xs);
                    try {
                      return PyBool.of(((PySet) self).contains(ts, f));
                    } finally {
                      Ops.decref(ts, f);
                    }
                  }
                  throw e;
                }
              });
      def(t, "__iter__", 0, (PyBuiltin.F0) (ts, self) -> new Iterators.SetIter(ts, (PySet) self));
      def(t, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, Repr.builtinRepr(ts, self)));
      for (int op = 0; op < 6; op++) {
        int which = op;
        def(
            t,
            Compare.NAMES[op],
            1,
            (PyBuiltin.F1)
                (ts, self, other) ->
                    other instanceof PySet o
                        ? PyBool.of(compare(ts, (PySet) self, o, which))
                        : PySingleton.NOT_IMPLEMENTED);
      }
      if (frozen) {
        def(t, "__hash__", 0, (PyBuiltin.F0) (ts, self) -> PyInt.of(ts, frozenHash((PySet) self)));
      } else {
        Bootstrap.constant(t, "__hash__", PySingleton.NONE);
      }
      def(
          t,
          "__or__",
          1,
          (PyBuiltin.F1)
              (ts, self, o) ->
                  o instanceof PySet ? union(ts, (PySet) self, o) : PySingleton.NOT_IMPLEMENTED);
      def(
          t,
          "__and__",
          1,
          (PyBuiltin.F1)
              (ts, self, o) ->
                  o instanceof PySet
                      ? intersection(ts, (PySet) self, o)
                      : PySingleton.NOT_IMPLEMENTED);
      def(
          t,
          "__sub__",
          1,
          (PyBuiltin.F1)
              (ts, self, o) ->
                  o instanceof PySet
                      ? difference(ts, (PySet) self, o)
                      : PySingleton.NOT_IMPLEMENTED);
      def(
          t,
          "__xor__",
          1,
          (PyBuiltin.F1)
              (ts, self, o) ->
                  o instanceof PySet
                      ? symmetricDifference(ts, (PySet) self, o)
                      : PySingleton.NOT_IMPLEMENTED);
      def(
          t,
          "__ror__",
          1,
          (PyBuiltin.F1)
              (ts, self, o) ->
                  o instanceof PySet os ? union(ts, os, self) : PySingleton.NOT_IMPLEMENTED);
      def(
          t,
          "__rand__",
          1,
          (PyBuiltin.F1)
              (ts, self, o) ->
                  o instanceof PySet os ? intersection(ts, os, self) : PySingleton.NOT_IMPLEMENTED);
      def(
          t,
          "__rsub__",
          1,
          (PyBuiltin.F1)
              (ts, self, o) ->
                  o instanceof PySet os ? difference(ts, os, self) : PySingleton.NOT_IMPLEMENTED);
      def(
          t,
          "__rxor__",
          1,
          (PyBuiltin.F1)
              (ts, self, o) ->
                  o instanceof PySet os
                      ? symmetricDifference(ts, os, self)
                      : PySingleton.NOT_IMPLEMENTED);
      def(
          t,
          "union",
          0,
          (PyBuiltin.FN)
              (ts, self, args, off, n, kw) -> {
                PySet r = copyOf(ts, (PySet) self);
                for (int i = 0; i < n; i++) {
                  update(ts, r, args[off + i]);
                }
                return r;
              });
      def(
          t,
          "intersection",
          0,
          (PyBuiltin.FN)
              (ts, self, args, off, n, kw) -> {
                PySet r = copyOf(ts, (PySet) self);
                for (int i = 0; i < n; i++) {
                  PySet next = intersection(ts, r, args[off + i]);
                  Ops.decref(ts, r);
                  r = next;
                }
                return r;
              });
      def(
          t,
          "difference",
          0,
          (PyBuiltin.FN)
              (ts, self, args, off, n, kw) -> {
                PySet r = copyOf(ts, (PySet) self);
                for (int i = 0; i < n; i++) {
                  PySet next = difference(ts, r, args[off + i]);
                  Ops.decref(ts, r);
                  r = next;
                }
                return r;
              });
      def(
          t,
          "symmetric_difference",
          1,
          (PyBuiltin.F1) (ts, self, o) -> symmetricDifference(ts, (PySet) self, o));
      def(
          t,
          "issubset",
          1,
          (PyBuiltin.F1)
              (ts, self, o) -> {
                PySet os = asSet(ts, o);
                try {
                  return PyBool.of(isSubset(ts, (PySet) self, os));
                } finally {
                  Ops.decref(ts, os);
                }
              });
      def(
          t,
          "issuperset",
          1,
          (PyBuiltin.F1)
              (ts, self, o) -> {
                PySet os = asSet(ts, o);
                try {
                  return PyBool.of(isSubset(ts, os, (PySet) self));
                } finally {
                  Ops.decref(ts, os);
                }
              });
      def(
          t,
          "isdisjoint",
          1,
          (PyBuiltin.F1)
              (ts, self, o) -> {
                PySet r = intersection(ts, (PySet) self, o);
                boolean empty = r.size() == 0;
                Ops.decref(ts, r);
                return PyBool.of(empty);
              });
      def(
          t,
          "copy",
          0,
          (PyBuiltin.F0)
              (ts, self) ->
                  frozen && self.type == t ? Ops.newRef(ts, self) : copyOf(ts, (PySet) self));
    }
    PyType s = PySet.SET_TYPE;
    def(
        s,
        "add",
        1,
        (PyBuiltin.F1)
            (ts, self, x) -> {
              ((PySet) self).add(ts, x);
              return PySingleton.NONE;
            });
    def(
        s,
        "discard",
        1,
        (PyBuiltin.F1)
            (ts, self, x) -> {
              ((PySet) self).discard(ts, x);
              return PySingleton.NONE;
            });
    def(
        s,
        "remove",
        1,
        (PyBuiltin.F1)
            (ts, self, x) -> {
              if (!((PySet) self).discard(ts, x)) {
                throw Exc.keyError(ts, x);
              }
              return PySingleton.NONE;
            });
    def(
        s,
        "pop",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyObject k = ((PySet) self).pop();
              if (k == null) {
                throw Exc.raise(ts, Exc.KeyError, "pop from an empty set");
              }
              return k;
            });
    def(
        s,
        "clear",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              ((PySet) self).clear(ts);
              return PySingleton.NONE;
            });
    def(
        s,
        "update",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> {
              for (int i = 0; i < n; i++) {
                update(ts, (PySet) self, args[off + i]);
              }
              return PySingleton.NONE;
            });
    def(
        s,
        "intersection_update",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> {
              PySet target = (PySet) self;
              for (int i = 0; i < n; i++) {
                PySet r = intersection(ts, target, args[off + i]);
                replaceContents(ts, target, r);
              }
              return PySingleton.NONE;
            });
    def(
        s,
        "difference_update",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> {
              PySet target = (PySet) self;
              for (int i = 0; i < n; i++) {
                PySet o = asSet(ts, args[off + i]);
                for (int j = o.next(0); j >= 0; j = o.next(j + 1)) {
                  target.discard(ts, o.keyAt(j));
                }
                Ops.decref(ts, o);
              }
              return PySingleton.NONE;
            });
    def(
        s,
        "symmetric_difference_update",
        1,
        (PyBuiltin.F1)
            (ts, self, o) -> {
              symmetricDifferenceUpdate(ts, (PySet) self, o);
              return PySingleton.NONE;
            });
    def(
        s,
        "__ior__",
        1,
        (PyBuiltin.F1)
            (ts, self, o) -> {
              requireSet(ts, o, "|=", self);
              update(ts, (PySet) self, o);
              return Ops.newRef(ts, self);
            });
    def(
        s,
        "__iand__",
        1,
        (PyBuiltin.F1)
            (ts, self, o) -> {
              requireSet(ts, o, "&=", self);
              replaceContents(ts, (PySet) self, intersection(ts, (PySet) self, o));
              return Ops.newRef(ts, self);
            });
    def(
        s,
        "__isub__",
        1,
        (PyBuiltin.F1)
            (ts, self, o) -> {
              requireSet(ts, o, "-=", self);
              PySet so = (PySet) o;
              PySet target = (PySet) self;
              if (so == target) {
                target.clear(ts);
              } else {
                for (int j = so.next(0); j >= 0; j = so.next(j + 1)) {
                  target.discard(ts, so.keyAt(j));
                }
              }
              return Ops.newRef(ts, self);
            });
    def(
        s,
        "__ixor__",
        1,
        (PyBuiltin.F1)
            (ts, self, o) -> {
              requireSet(ts, o, "^=", self);
              symmetricDifferenceUpdate(ts, (PySet) self, o);
              return Ops.newRef(ts, self);
            });
  }

  /** Moves the contents of {@code source} (consumed) into {@code target}. */
  private static void replaceContents(ThreadState ts, PySet target, PySet source) {
    target.clear(ts);
    target.merge(ts, source);
    Ops.decref(ts, source);
  }

  /** CPython's {@code frozenset_hash}: a shuffle of each element's hash, xor-ed, then mixed. */
  static long frozenHash(PySet s) {
    long hash = 0;
    for (int j = s.next(0); j >= 0; j = s.next(j + 1)) {
      long h = s.hashAt(j);
      hash ^= ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }
    hash ^= ((long) s.size() + 1) * 1927868237L;
    hash ^= (hash >>> 11) ^ (hash >>> 25);
    hash = hash * 69069L + 907133923L;
    return hash == -1 ? 590923713L : hash;
  }
}
