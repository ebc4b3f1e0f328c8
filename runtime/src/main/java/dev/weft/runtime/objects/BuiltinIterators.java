package dev.weft.runtime.objects;

import dev.weft.runtime.threads.ThreadState;

/** {@code enumerate}, {@code zip}, {@code map}, {@code filter}, {@code reversed}. */
public final class BuiltinIterators {
  private BuiltinIterators() {}

  public static final PyType ENUMERATE = PyType.builtin("enumerate", null, PyType.BASETYPE, null);
  public static final PyType ZIP = PyType.builtin("zip", null, PyType.BASETYPE, null);
  public static final PyType MAP = PyType.builtin("map", null, PyType.BASETYPE, null);
  public static final PyType FILTER = PyType.builtin("filter", null, PyType.BASETYPE, null);
  public static final PyType REVERSED = PyType.builtin("reversed", null, PyType.BASETYPE, null);

  static final class Enumerate extends Iterators.Derived {
    private PyObject count;

    Enumerate(ThreadState ts, PyObject it, PyObject start) {
      super(ts, ENUMERATE, new PyObject[] {it});
      this.count = Ops.newRef(ts, start);
    }

    @Override
    protected PyObject step(ThreadState ts) {
      PyObject x = Ops.next(ts, sources[0]);
      if (x == null) {
        return null;
      }
      PyObject index = count;
      count = Arith.binary(ts, index, PyInt.ONE, Arith.ADD);
      PyTuple t = PyTuple.of(ts, index, x);
      Ops.decref(ts, index);
      Ops.decref(ts, x);
      return t;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      super.traverse(visit);
      visitNonNull(visit, count);
    }

    @Override
    protected void release(dev.weft.refcount.RcThread thread) {
      super.release(thread);
      Ops.xdecref(thread, count);
    }
  }

  static final class Zip extends Iterators.Derived {
    private final boolean strict;

    Zip(ThreadState ts, PyObject[] iterators, boolean strict) {
      super(ts, ZIP, iterators);
      this.strict = strict;
    }

    @Override
    protected PyObject step(ThreadState ts) {
      if (sources.length == 0) {
        return null;
      }
      PyObject[] items = new PyObject[sources.length];
      for (int i = 0; i < sources.length; i++) {
        PyObject x = Ops.next(ts, sources[i]);
        if (x == null) {
          for (int j = 0; j < i; j++) {
            Ops.decref(ts, items[j]);
          }
          if (strict) {
            if (i > 0) {
              throw Exc.valueError(
                  ts,
                  "zip() argument "
                      + (i + 1)
                      + " is shorter than argument"
                      + (i == 1 ? " 1" : "s 1-" + i));
            }
            for (int j = 1; j < sources.length; j++) {
              PyObject y = Ops.next(ts, sources[j]);
              if (y != null) {
                Ops.decref(ts, y);
                throw Exc.valueError(
                    ts,
                    "zip() argument "
                        + (j + 1)
                        + " is longer than argument"
                        + (j == 1 ? " 1" : "s 1-" + j));
              }
            }
          }
          return null;
        }
        items[i] = x;
      }
      return PyTuple.steal(ts, items);
    }
  }

  static final class MapIter extends Iterators.Derived {
    MapIter(ThreadState ts, PyObject[] functionAndIterators) {
      super(ts, MAP, functionAndIterators);
    }

    @Override
    protected PyObject step(ThreadState ts) {
      int n = sources.length - 1;
      PyObject[] args = new PyObject[n];
      for (int i = 0; i < n; i++) {
        PyObject x = Ops.next(ts, sources[i + 1]);
        if (x == null) {
          for (int j = 0; j < i; j++) {
            Ops.decref(ts, args[j]);
          }
          return null;
        }
        args[i] = x;
      }
      try {
        return dev.weft.runtime.interpreter.Calls.call(ts, sources[0], args, 0, n, null);
      } finally {
        for (PyObject a : args) {
          Ops.decref(ts, a);
        }
      }
    }
  }

  static final class Filter extends Iterators.Derived {
    Filter(ThreadState ts, PyObject function, PyObject it) {
      super(ts, FILTER, new PyObject[] {function, it});
    }

    @Override
    protected PyObject step(ThreadState ts) {
      while (true) {
        PyObject x = Ops.next(ts, sources[1]);
        if (x == null) {
          return null;
        }
        boolean keep;
        try {
          if (sources[0] == PySingleton.NONE) {
            keep = Ops.isTrue(ts, x);
          } else {
            PyObject r = Ops.call1(ts, sources[0], x);
            keep = Ops.isTrue(ts, r);
            Ops.decref(ts, r);
          }
        } catch (RuntimeException e) {
          Ops.decref(ts, x);
          throw e;
        }
        if (keep) {
          return x;
        }
        Ops.decref(ts, x);
      }
    }
  }

  /** {@code reversed(seq)} over {@code __len__} and {@code __getitem__}. */
  static final class Reversed extends Iterators.Derived {
    private long index;

    Reversed(ThreadState ts, PyObject seq, long length) {
      super(ts, REVERSED, new PyObject[] {Ops.newRef(ts, seq)});
      this.index = length - 1;
    }

    @Override
    protected PyObject step(ThreadState ts) {
      if (index < 0) {
        return null;
      }
      PyInt i = PyInt.of(ts, index--);
      try {
        return Ops.getitem(ts, sources[0], i);
      } catch (PyException e) {
        if (e.matches(Exc.IndexError) || e.matches(Exc.StopIteration)) {
          Ops.decref(ts, e.value);
          index = -1;
          return null;
        }
        throw e;
      } finally {
        Ops.decref(ts, i);
      }
    }
  }

  static void setup() {
    Bootstrap.newMethod(
        ENUMERATE,
        (ts, self, args, off, n, kw) -> {
          ArgParser p =
              new ArgParser(ts, "enumerate", args, off + 1, n - 1, kw, "iterable", "start");
          if (!p.has(0)) {
            throw Exc.typeError(ts, "enumerate() missing required argument 'iterable' (pos 1)");
          }
          PyObject start = p.get(1, PyInt.ZERO);
          if (!(start instanceof PyInt)) {
            throw Exc.typeError(
                ts, "'" + start.typeName() + "' object cannot be interpreted as an integer");
          }
          return new Enumerate(ts, Ops.iter(ts, p.get(0)), start);
        });
    Bootstrap.newMethod(
        ZIP,
        (ts, self, args, off, n, kw) -> {
          int nkw = kw == null ? 0 : kw.items.length;
          boolean strict = false;
          for (int k = 0; k < nkw; k++) {
            if (!((PyStr) kw.items[k]).value.equals("strict")) {
              throw Exc.typeError(
                  ts,
                  "zip() got an unexpected keyword argument '" + ((PyStr) kw.items[k]).value + "'");
            }
            strict = Ops.isTrue(ts, args[off + n - nkw + k]);
          }
          int npos = n - 1 - nkw;
          PyObject[] its = new PyObject[npos];
          try {
            for (int i = 0; i < npos; i++) {
              its[i] = Ops.iter(ts, args[off + 1 + i]);
            }
          } catch (PyException e) {
            for (PyObject it : its) {
              Ops.xdecref(ts, it);
            }
            throw e;
          }
          return new Zip(ts, its, strict);
        });
    Bootstrap.newMethod(
        MAP,
        (ts, self, args, off, n, kw) -> {
          if (n < 3) {
            throw Exc.typeError(ts, "map() must have at least two arguments.");
          }
          PyObject[] parts = new PyObject[n - 1];
          parts[0] = Ops.newRef(ts, args[off + 1]);
          try {
            for (int i = 2; i < n; i++) {
              parts[i - 1] = Ops.iter(ts, args[off + i]);
            }
          } catch (PyException e) {
            for (PyObject p : parts) {
              Ops.xdecref(ts, p);
            }
            throw e;
          }
          return new MapIter(ts, parts);
        });
    Bootstrap.newMethod(
        FILTER,
        (ts, self, args, off, n, kw) -> {
          if (n != 3) {
            throw Exc.typeError(ts, "filter expected 2 arguments, got " + (n - 1));
          }
          PyObject it = Ops.iter(ts, args[off + 2]);
          return new Filter(ts, Ops.newRef(ts, args[off + 1]), it);
        });
    Bootstrap.newMethod(
        REVERSED,
        (ts, self, args, off, n, kw) -> {
          if (n != 2) {
            throw Exc.typeError(ts, "reversed expected 1 argument, got " + (n - 1));
          }
          PyObject seq = args[off + 1];
          PyObject m = seq.type.lookup("__reversed__");
          if (m != null && m != PySingleton.NONE) {
            return dev.weft.runtime.interpreter.Calls.callMethod(ts, m, seq);
          }
          if (m == PySingleton.NONE
              || seq.type.lookup("__getitem__") == null
              || seq.type.lookup("__len__") == null
              || seq instanceof PyDict) {
            throw Exc.typeError(ts, "'" + seq.typeName() + "' object is not reversible");
          }
          return new Reversed(ts, seq, Ops.length(ts, seq));
        });
  }
}
