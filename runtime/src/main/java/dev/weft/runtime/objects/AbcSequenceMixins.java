package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;
import static dev.weft.runtime.objects.CollectionsAbc.*;

import dev.weft.runtime.threads.ThreadState;

/**
 * The mixin methods of {@code collections.abc.Sequence} and {@code MutableSequence}, as {@code
 * _collections_abc.py} defines them: iteration, membership, {@code index} and {@code count} through
 * {@code __getitem__}; the mutations through {@code __setitem__}, {@code __delitem__} and {@code
 * insert}.
 */
final class AbcSequenceMixins {
  private AbcSequenceMixins() {}

  // --- Sequence and MutableSequence ---

  static void setup() {
    PyType s = SEQUENCE;
    def(
        s,
        "__getitem__",
        1,
        (PyBuiltin.F1)
            (ts, self, i) -> {
              throw new PyException(Exc.create(ts, Exc.IndexError));
            });
    def(
        s,
        "__iter__",
        0,
        (PyBuiltin.F0) (ts, self) -> new Iterators.SeqIter(ts, Iterators.SEQ_ITER, self));
    def(
        s,
        "__contains__",
        1,
        (PyBuiltin.F1)
            (ts, self, value) -> {
              PyObject it = Ops.iter(ts, self);
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
    def(
        s,
        "__reversed__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              long[] i = {Ops.length(ts, self)};
              return new MixinIter(
                  ts,
                  t -> {
                    if (--i[0] < 0) {
                      return null;
                    }
                    PyInt index = PyInt.of(t, i[0]);
                    try {
                      return Ops.getitem(t, self, index);
                    } finally {
                      Ops.decref(t, index);
                    }
                  },
                  self);
            });
    def(s, "index", 1, (PyBuiltin.F3) AbcSequenceMixins::index);
    def(
        s,
        "count",
        1,
        (PyBuiltin.F1)
            (ts, self, value) -> {
              long[] c = {0};
              PyObject it = Ops.iter(ts, self);
              try {
                PyObject x;
                while ((x = Ops.next(ts, it)) != null) {
                  try {
                    if (same(ts, x, value)) {
                      c[0]++;
                    }
                  } finally {
                    Ops.decref(ts, x);
                  }
                }
              } finally {
                Ops.decref(ts, it);
              }
              return PyInt.of(ts, c[0]);
            });
    Abc.makeAbc(SEQUENCE, MODULE, null, "__getitem__");
    Abc.makeAbc(BYTE_STRING, MODULE, null);

    PyType m = MUTABLE_SEQUENCE;
    for (String name : new String[] {"__setitem__"}) {
      def(
          m,
          name,
          2,
          (PyBuiltin.F2)
              (ts, self, a, b) -> {
                throw new PyException(Exc.create(ts, Exc.IndexError));
              });
    }
    def(
        m,
        "__delitem__",
        1,
        (PyBuiltin.F1)
            (ts, self, a) -> {
              throw new PyException(Exc.create(ts, Exc.IndexError));
            });
    def(
        m,
        "insert",
        2,
        (PyBuiltin.F2)
            (ts, self, a, b) -> {
              throw new PyException(Exc.create(ts, Exc.IndexError));
            });
    def(
        m,
        "append",
        1,
        (PyBuiltin.F1)
            (ts, self, value) -> {
              PyInt n = PyInt.of(ts, Ops.length(ts, self));
              try {
                return Ops.callMethod(ts, self, "insert", n, value);
              } finally {
                Ops.decref(ts, n);
              }
            });
    def(
        m,
        "clear",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              drain(ts, self, Exc.IndexError);
              return PySingleton.NONE;
            });
    def(
        m,
        "reverse",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              long n = Ops.length(ts, self);
              for (long i = 0; i < n / 2; i++) {
                PyInt a = PyInt.of(ts, i), b = PyInt.of(ts, n - i - 1);
                try {
                  PyObject x = Ops.getitem(ts, self, b);
                  PyObject y;
                  try {
                    y = Ops.getitem(ts, self, a);
                  } catch (RuntimeException e) {
                    Ops.decref(ts, x);
                    throw e;
                  }
                  try {
                    Ops.setitem(ts, self, a, x);
                    Ops.setitem(ts, self, b, y);
                  } finally {
                    Ops.decref(ts, x);
                    Ops.decref(ts, y);
                  }
                } finally {
                  Ops.decref(ts, a);
                  Ops.decref(ts, b);
                }
              }
              return PySingleton.NONE;
            });
    def(
        m,
        "extend",
        1,
        (PyBuiltin.F1)
            (ts, self, values) -> {
              extend(ts, self, values);
              return PySingleton.NONE;
            });
    def(
        m,
        "pop",
        0,
        (PyBuiltin.F1)
            (ts, self, index) -> {
              PyObject i = index == null ? PyInt.of(ts, -1) : Ops.newRef(ts, index);
              try {
                PyObject v = Ops.getitem(ts, self, i);
                try {
                  Ops.delitem(ts, self, i);
                } catch (RuntimeException e) {
                  Ops.decref(ts, v);
                  throw e;
                }
                return v;
              } finally {
                Ops.decref(ts, i);
              }
            });
    def(
        m,
        "remove",
        1,
        (PyBuiltin.F1)
            (ts, self, value) -> {
              PyObject i = Ops.callMethod(ts, self, "index", value);
              try {
                Ops.delitem(ts, self, i);
              } finally {
                Ops.decref(ts, i);
              }
              return PySingleton.NONE;
            });
    def(
        m,
        "__iadd__",
        1,
        (PyBuiltin.F1)
            (ts, self, values) -> {
              extend(ts, self, values);
              return Ops.newRef(ts, self);
            });
    Abc.makeAbc(MUTABLE_SEQUENCE, MODULE, null, "__setitem__", "__delitem__", "insert");
  }

  /** MutableSequence's {@code extend}: {@code self.append(v)} for each value. */
  private static void extend(ThreadState ts, PyObject self, PyObject values) {
    PyObject source = values == self ? listOf(ts, values) : Ops.newRef(ts, values);
    PyObject it;
    try {
      it = Ops.iter(ts, source);
    } finally {
      Ops.decref(ts, source);
    }
    try {
      PyObject x;
      while ((x = Ops.next(ts, it)) != null) {
        try {
          Ops.decref(ts, Ops.callMethod(ts, self, "append", x));
        } finally {
          Ops.decref(ts, x);
        }
      }
    } finally {
      Ops.decref(ts, it);
    }
  }

  /** Sequence's {@code index(value, start=0, stop=None)}; a bare ValueError when missing. */
  private static PyObject index(
      ThreadState ts, PyObject self, PyObject value, PyObject start, PyObject stop) {
    long from = 0;
    if (start != null && start != PySingleton.NONE) {
      from = Ops.index(ts, start);
      if (from < 0) {
        from = Math.max(Ops.length(ts, self) + from, 0);
      }
    }
    long to = Long.MAX_VALUE;
    if (stop != null && stop != PySingleton.NONE) {
      to = Ops.index(ts, stop);
      if (to < 0) {
        to += Ops.length(ts, self);
      }
    }
    for (long i = from; i < to; i++) {
      PyInt idx = PyInt.of(ts, i);
      PyObject v;
      try {
        v = Ops.getitem(ts, self, idx);
      } catch (PyException e) {
        if (!e.matches(Exc.IndexError)) {
          throw e;
        }
        Ops.decref(ts, e.value);
        break;
      } finally {
        Ops.decref(ts, idx);
      }
      try {
        if (same(ts, v, value)) {
          return PyInt.of(ts, i);
        }
      } finally {
        Ops.decref(ts, v);
      }
    }
    throw new PyException(Exc.create(ts, Exc.ValueError));
  }
}
