package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;
import static dev.weft.runtime.objects.CollectionsAbc.*;

import dev.weft.runtime.threads.ThreadState;

/**
 * The mixin methods of {@code collections.abc.Set} and {@code MutableSet}: comparisons, the set
 * operators built on {@code _from_iterable}, {@code _hash}, and the mutating operators built on
 * {@code add} and {@code discard}, as {@code _collections_abc.py} defines them.
 */
final class AbcSetMixins {
  private AbcSetMixins() {}

  // --- Set and MutableSet ---

  static void setup() {
    PyType s = SET;
    def(
        s,
        "__le__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              if (!isInstance(ts, other, SET)) {
                return PySingleton.NOT_IMPLEMENTED;
              }
              return PyBool.of(subset(ts, self, other));
            });
    def(
        s,
        "__ge__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              if (!isInstance(ts, other, SET)) {
                return PySingleton.NOT_IMPLEMENTED;
              }
              return PyBool.of(subset(ts, other, self));
            });
    def(
        s,
        "__lt__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              if (!isInstance(ts, other, SET)) {
                return PySingleton.NOT_IMPLEMENTED;
              }
              return PyBool.of(
                  Ops.length(ts, self) < Ops.length(ts, other)
                      && truth(ts, Ops.callMethod(ts, self, "__le__", other)));
            });
    def(
        s,
        "__gt__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              if (!isInstance(ts, other, SET)) {
                return PySingleton.NOT_IMPLEMENTED;
              }
              return PyBool.of(
                  Ops.length(ts, self) > Ops.length(ts, other)
                      && truth(ts, Ops.callMethod(ts, self, "__ge__", other)));
            });
    def(
        s,
        "__eq__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              if (!isInstance(ts, other, SET)) {
                return PySingleton.NOT_IMPLEMENTED;
              }
              return PyBool.of(
                  Ops.length(ts, self) == Ops.length(ts, other)
                      && truth(ts, Ops.callMethod(ts, self, "__le__", other)));
            });
    Bootstrap.constant(s, "__hash__", PySingleton.NONE);
    Bootstrap.classMethod(
        s, "_from_iterable", 2, (PyBuiltin.F2) (ts, unused, cls, it) -> Ops.call1(ts, cls, it));
    for (String name : new String[] {"__and__", "__rand__"}) {
      def(
          s,
          name,
          1,
          (PyBuiltin.F1)
              (ts, self, other) -> {
                if (!isInstance(ts, other, ITERABLE)) {
                  return PySingleton.NOT_IMPLEMENTED;
                }
                return fromIterable(ts, self, filtered(ts, other, self, true));
              });
    }
    def(
        s,
        "isdisjoint",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              PyList items = listOf(ts, other);
              try {
                for (int i = 0; i < items.size; i++) {
                  if (Ops.contains(ts, self, items.items[i])) {
                    return PyBool.FALSE;
                  }
                }
                return PyBool.TRUE;
              } finally {
                Ops.decref(ts, items);
              }
            });
    for (String name : new String[] {"__or__", "__ror__"}) {
      def(
          s,
          name,
          1,
          (PyBuiltin.F1)
              (ts, self, other) -> {
                if (!isInstance(ts, other, ITERABLE)) {
                  return PySingleton.NOT_IMPLEMENTED;
                }
                PyList all = listOf(ts, self);
                try {
                  SequenceOps.extend(ts, all, other);
                } catch (RuntimeException e) {
                  Ops.decref(ts, all);
                  throw e;
                }
                return fromIterable(ts, self, all);
              });
    }
    def(s, "__sub__", 1, (PyBuiltin.F1) (ts, self, other) -> difference(ts, self, other, false));
    def(s, "__rsub__", 1, (PyBuiltin.F1) (ts, self, other) -> difference(ts, self, other, true));
    for (String name : new String[] {"__xor__", "__rxor__"}) {
      def(
          s,
          name,
          1,
          (PyBuiltin.F1)
              (ts, self, other) -> {
                PyObject o = other;
                if (!isInstance(ts, other, SET)) {
                  if (!isInstance(ts, other, ITERABLE)) {
                    return PySingleton.NOT_IMPLEMENTED;
                  }
                  o = Ops.callMethod(ts, self, "_from_iterable", other);
                } else {
                  Ops.incref(ts, o);
                }
                try {
                  PyObject a = Arith.binary(ts, self, o, Arith.SUB);
                  try {
                    PyObject b = Arith.binary(ts, o, self, Arith.SUB);
                    try {
                      return Arith.binary(ts, a, b, Arith.OR);
                    } finally {
                      Ops.decref(ts, b);
                    }
                  } finally {
                    Ops.decref(ts, a);
                  }
                } finally {
                  Ops.decref(ts, o);
                }
              });
    }
    def(s, "_hash", 0, (PyBuiltin.F0) (ts, self) -> PyInt.of(ts, setHash(ts, self)));

    PyType m = MUTABLE_SET;
    def(m, "add", 1, (PyBuiltin.F1) (ts, self, v) -> notImplemented(ts));
    def(m, "discard", 1, (PyBuiltin.F1) (ts, self, v) -> notImplemented(ts));
    def(
        m,
        "remove",
        1,
        (PyBuiltin.F1)
            (ts, self, v) -> {
              if (!Ops.contains(ts, self, v)) {
                throw Exc.keyError(ts, v);
              }
              return Ops.callMethod(ts, self, "discard", v);
            });
    def(
        m,
        "pop",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyObject it = Ops.iter(ts, self);
              PyObject v;
              try {
                v = Ops.next(ts, it);
              } finally {
                Ops.decref(ts, it);
              }
              if (v == null) {
                throw new PyException(Exc.create(ts, Exc.KeyError));
              }
              try {
                Ops.decref(ts, Ops.callMethod(ts, self, "discard", v));
              } catch (RuntimeException e) {
                Ops.decref(ts, v);
                throw e;
              }
              return v;
            });
    def(
        m,
        "clear",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              drain(ts, self, Exc.KeyError);
              return PySingleton.NONE;
            });
    def(
        m,
        "__ior__",
        1,
        (PyBuiltin.F1)
            (ts, self, it) -> {
              forEach(ts, it, v -> Ops.decref(ts, Ops.callMethod(ts, self, "add", v)));
              return Ops.newRef(ts, self);
            });
    def(
        m,
        "__iand__",
        1,
        (PyBuiltin.F1)
            (ts, self, it) -> {
              PyObject diff = Arith.binary(ts, self, it, Arith.SUB);
              try {
                forEach(ts, diff, v -> Ops.decref(ts, Ops.callMethod(ts, self, "discard", v)));
              } finally {
                Ops.decref(ts, diff);
              }
              return Ops.newRef(ts, self);
            });
    def(
        m,
        "__ixor__",
        1,
        (PyBuiltin.F1)
            (ts, self, it) -> {
              if (it == self) {
                Ops.decref(ts, Ops.callMethod(ts, self, "clear"));
                return Ops.newRef(ts, self);
              }
              PyObject o =
                  isInstance(ts, it, SET)
                      ? Ops.newRef(ts, it)
                      : Ops.callMethod(ts, self, "_from_iterable", it);
              try {
                forEach(
                    ts,
                    o,
                    v ->
                        Ops.decref(
                            ts,
                            Ops.callMethod(
                                ts, self, Ops.contains(ts, self, v) ? "discard" : "add", v)));
              } finally {
                Ops.decref(ts, o);
              }
              return Ops.newRef(ts, self);
            });
    def(
        m,
        "__isub__",
        1,
        (PyBuiltin.F1)
            (ts, self, it) -> {
              if (it == self) {
                Ops.decref(ts, Ops.callMethod(ts, self, "clear"));
              } else {
                forEach(ts, it, v -> Ops.decref(ts, Ops.callMethod(ts, self, "discard", v)));
              }
              return Ops.newRef(ts, self);
            });
    Abc.makeAbc(SET, MODULE, null);
    Abc.makeAbc(MUTABLE_SET, MODULE, null, "add", "discard");
  }

  /** Every element of {@code a} is in {@code b}, and {@code a} is no longer. */
  private static boolean subset(ThreadState ts, PyObject a, PyObject b) {
    if (Ops.length(ts, a) > Ops.length(ts, b)) {
      return false;
    }
    PyObject it = Ops.iter(ts, a);
    try {
      PyObject x;
      while ((x = Ops.next(ts, it)) != null) {
        try {
          if (!Ops.contains(ts, b, x)) {
            return false;
          }
        } finally {
          Ops.decref(ts, x);
        }
      }
      return true;
    } finally {
      Ops.decref(ts, it);
    }
  }

  /** The items of {@code source} that are ({@code keep}) or are not in {@code other}, as a list. */
  private static PyList filtered(ThreadState ts, PyObject source, PyObject other, boolean keep) {
    PyList out = new PyList(ts);
    PyObject it = Ops.iter(ts, source);
    try {
      PyObject x;
      while ((x = Ops.next(ts, it)) != null) {
        try {
          if (Ops.contains(ts, other, x) == keep) {
            out.append(ts, x);
          }
        } finally {
          Ops.decref(ts, x);
        }
      }
    } catch (RuntimeException e) {
      Ops.decref(ts, out);
      throw e;
    } finally {
      Ops.decref(ts, it);
    }
    return out;
  }

  /** {@code self._from_iterable(items)}, taking over {@code items}. */
  private static PyObject fromIterable(ThreadState ts, PyObject self, PyObject items) {
    try {
      return Ops.callMethod(ts, self, "_from_iterable", items);
    } finally {
      Ops.decref(ts, items);
    }
  }

  private static PyObject difference(ThreadState ts, PyObject self, PyObject other, boolean rev) {
    PyObject o = other;
    if (!isInstance(ts, other, SET)) {
      if (!isInstance(ts, other, ITERABLE)) {
        return PySingleton.NOT_IMPLEMENTED;
      }
      o = Ops.callMethod(ts, self, "_from_iterable", other);
    } else {
      Ops.incref(ts, o);
    }
    try {
      return fromIterable(
          ts, self, rev ? filtered(ts, o, self, false) : filtered(ts, self, o, false));
    } finally {
      Ops.decref(ts, o);
    }
  }

  /** {@code Set._hash}: frozenset's algorithm over the elements' hashes. */
  private static long setHash(ThreadState ts, PyObject self) {
    long n = Ops.length(ts, self);
    long h = 1927868237L * (n + 1);
    PyObject it = Ops.iter(ts, self);
    try {
      PyObject x;
      while ((x = Ops.next(ts, it)) != null) {
        long hx;
        try {
          hx = Ops.hash(ts, x);
        } finally {
          Ops.decref(ts, x);
        }
        h ^= (hx ^ (hx << 16) ^ 89869747L) * 3644798167L;
      }
    } finally {
      Ops.decref(ts, it);
    }
    h ^= (h >>> 11) ^ (h >>> 25);
    h = h * 69069L + 907133923L;
    return h == -1 ? 590923713L : h;
  }
}
