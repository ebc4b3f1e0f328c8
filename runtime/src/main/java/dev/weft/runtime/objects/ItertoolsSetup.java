package dev.weft.runtime.objects;

import dev.weft.runtime.threads.ThreadState;

/**
 * The constructors of {@link Itertools}' types ({@code __new__}, with CPython 3.11's argument
 * checks and messages) and their iterator protocol, registered when the runtime starts.
 */
final class ItertoolsSetup {
  private ItertoolsSetup() {}

  static void setup() {
    for (PyType t : Itertools.ALL) {
      Bootstrap.constant(t, "__module__", PyStr.intern("itertools"));
      MiscMethods.iteratorProtocol(t);
    }
    for (PyType t : new PyType[] {Itertools.COUNT, Itertools.REPEAT}) {
      Bootstrap.def(
          t, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, Itertools.repr(ts, self)));
    }
    Bootstrap.def(
        Itertools.REPEAT,
        "__length_hint__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              long left = ((Itertools.Repeat) self).left;
              if (left < 0) {
                throw Exc.typeError(ts, "len() of unsized object");
              }
              return PyInt.of(ts, left);
            });
    Bootstrap.newMethod(Itertools.COUNT, ItertoolsSetup::count);
    Bootstrap.newMethod(Itertools.CYCLE, ItertoolsSetup::cycle);
    Bootstrap.newMethod(Itertools.REPEAT, ItertoolsSetup::repeat);
    Bootstrap.newMethod(Itertools.ACCUMULATE, ItertoolsSetup::accumulate);
    Bootstrap.newMethod(Itertools.CHAIN, ItertoolsSetup::chain);
    Bootstrap.classMethod(
        Itertools.CHAIN,
        "from_iterable",
        2,
        (PyBuiltin.F2)
            (ts, unused, cls, iterable) -> new Itertools.Chain(ts, Ops.iter(ts, iterable)));
    Bootstrap.newMethod(Itertools.COMPRESS, ItertoolsSetup::compress);
    Bootstrap.newMethod(Itertools.DROPWHILE, (ts, s, a, o, n, k) -> predicated(ts, a, o, n, k, 0));
    Bootstrap.newMethod(Itertools.TAKEWHILE, (ts, s, a, o, n, k) -> predicated(ts, a, o, n, k, 1));
    Bootstrap.newMethod(
        Itertools.FILTERFALSE, (ts, s, a, o, n, k) -> predicated(ts, a, o, n, k, 2));
    Bootstrap.newMethod(Itertools.GROUPBY, ItertoolsSetup::groupby);
    Bootstrap.newMethod(Itertools.ISLICE, ItertoolsSetup::islice);
    Bootstrap.newMethod(Itertools.PAIRWISE, ItertoolsSetup::pairwise);
    Bootstrap.newMethod(Itertools.STARMAP, ItertoolsSetup::starmap);
    Bootstrap.newMethod(Itertools.ZIP_LONGEST, ItertoolsSetup::zipLongest);
    Bootstrap.newMethod(Itertools.PRODUCT, ItertoolsSetup::product);
    Bootstrap.newMethod(
        Itertools.PERMUTATIONS, (ts, s, a, o, n, k) -> chooser(ts, a, o, n, k, "permutations"));
    Bootstrap.newMethod(
        Itertools.COMBINATIONS, (ts, s, a, o, n, k) -> chooser(ts, a, o, n, k, "combinations"));
    Bootstrap.newMethod(
        Itertools.COMBINATIONS_WR,
        (ts, s, a, o, n, k) -> chooser(ts, a, o, n, k, "combinations_with_replacement"));
  }

  /** The arguments after the class, bound by name (all optional; callers check). */
  private static ArgParser parse(
      ThreadState ts, String who, PyObject[] a, int off, int n, PyTuple kw, String... names) {
    return new ArgParser(ts, who, a, off + 1, n - 1, kw, names);
  }

  private static int positional(int n, PyTuple kw) {
    return n - 1 - (kw == null ? 0 : kw.items.length);
  }

  private static void noKeywords(ThreadState ts, String who, PyTuple kw) {
    if (kw != null && kw.items.length > 0) {
      throw Exc.typeError(ts, who + "() takes no keyword arguments");
    }
  }

  private static void requireNumber(ThreadState ts, PyObject o) {
    // CPython's PyNumber_Check: an int, float or complex, or a type that converts to one.
    PyType t = o.type;
    if (!(o instanceof PyInt)
        && !(o instanceof PyFloat)
        && !(o instanceof PyComplex)
        && t.lookup("__index__") == null
        && t.lookup("__int__") == null
        && t.lookup("__float__") == null
        && t.lookup("__complex__") == null) {
      throw Exc.typeError(ts, "a number is required");
    }
  }

  private static PyObject count(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    ArgParser p = parse(ts, "count", a, off, n, kw, "start", "step");
    PyObject start = p.get(0, PyInt.ZERO), step = p.get(1, PyInt.ONE);
    requireNumber(ts, start);
    requireNumber(ts, step);
    return new Itertools.Count(ts, start, step);
  }

  private static PyObject cycle(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    noKeywords(ts, "cycle", kw);
    ArgParser.checkPositional(ts, "cycle", n - 1, 1, 1);
    return new Itertools.Cycle(ts, Ops.iter(ts, a[off + 1]));
  }

  private static PyObject repeat(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    ArgParser p = parse(ts, "repeat", a, off, n, kw, "object", "times");
    if (!p.has(0)) {
      throw Exc.typeError(ts, "repeat() missing required argument 'object' (pos 1)");
    }
    long times = -1;
    if (p.has(1)) {
      times = Math.max(0, Ops.index(ts, p.get(1)));
    }
    return new Itertools.Repeat(ts, p.get(0), times);
  }

  private static PyObject accumulate(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    ArgParser p = parse(ts, "accumulate", a, off, n, kw, "iterable", "func", "*initial");
    if (!p.has(0)) {
      throw Exc.typeError(ts, "accumulate() missing required argument 'iterable' (pos 1)");
    }
    PyObject func = p.get(1, PySingleton.NONE), initial = p.get(2, PySingleton.NONE);
    return new Itertools.Accumulate(
        ts,
        Ops.iter(ts, p.get(0)),
        func == PySingleton.NONE ? null : func,
        initial == PySingleton.NONE ? null : initial);
  }

  private static PyObject chain(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    noKeywords(ts, "chain", kw);
    PyObject[] iterables = java.util.Arrays.copyOfRange(a, off + 1, off + n);
    PyTuple t = PyTuple.of(ts, iterables);
    try {
      return new Itertools.Chain(ts, Ops.iter(ts, t));
    } finally {
      Ops.decref(ts, t);
    }
  }

  private static PyObject compress(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    ArgParser p = parse(ts, "compress", a, off, n, kw, "data", "selectors");
    if (!p.has(0) || !p.has(1)) {
      throw Exc.typeError(
          ts,
          "compress() missing required argument '"
              + (p.has(0) ? "selectors" : "data")
              + "' (pos "
              + (p.has(0) ? 2 : 1)
              + ")");
    }
    PyObject data = Ops.iter(ts, p.get(0));
    PyObject selectors;
    try {
      selectors = Ops.iter(ts, p.get(1));
    } catch (PyException e) {
      Ops.decref(ts, data);
      throw e;
    }
    return new Itertools.Compress(ts, data, selectors);
  }

  private static final PyType[] PREDICATED = {
    Itertools.DROPWHILE, Itertools.TAKEWHILE, Itertools.FILTERFALSE
  };

  private static PyObject predicated(
      ThreadState ts, PyObject[] a, int off, int n, PyTuple kw, int which) {
    PyType t = PREDICATED[which];
    noKeywords(ts, t.name, kw);
    ArgParser.checkPositional(ts, t.name, n - 1, 2, 2);
    return new Itertools.Predicated(ts, t, a[off + 1], Ops.iter(ts, a[off + 2]));
  }

  private static PyObject groupby(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    ArgParser p = parse(ts, "groupby", a, off, n, kw, "iterable", "key");
    if (!p.has(0)) {
      throw Exc.typeError(ts, "groupby() missing required argument 'iterable' (pos 1)");
    }
    return new Itertools.GroupBy(ts, Ops.iter(ts, p.get(0)), p.get(1, PySingleton.NONE));
  }

  private static long sliceIndex(ThreadState ts, PyObject o, String message) {
    if (o == PySingleton.NONE) {
      return -1;
    }
    long v;
    try {
      v = Ops.index(ts, o);
    } catch (PyException e) {
      Ops.decref(ts, e.value);
      throw Exc.valueError(ts, message);
    }
    if (v < 0) {
      throw Exc.valueError(ts, message);
    }
    return v;
  }

  private static PyObject islice(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    noKeywords(ts, "islice", kw);
    ArgParser.checkPositional(ts, "islice", n - 1, 2, 4);
    long start = 0, stop, step = 1;
    if (n - 1 == 2) {
      stop =
          sliceIndex(
              ts,
              a[off + 2],
              "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    } else {
      String msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
      start = Math.max(0, sliceIndex(ts, a[off + 2], msg));
      stop = sliceIndex(ts, a[off + 3], msg);
      if (n - 1 == 4 && a[off + 4] != PySingleton.NONE) {
        try {
          step = Ops.index(ts, a[off + 4]);
        } catch (PyException e) {
          Ops.decref(ts, e.value);
          step = 0;
        }
        if (step <= 0) {
          throw Exc.valueError(ts, "Step for islice() must be a positive integer or None.");
        }
      }
    }
    return new Itertools.Islice(ts, Ops.iter(ts, a[off + 1]), start, stop, step);
  }

  private static PyObject pairwise(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    noKeywords(ts, "pairwise", kw);
    ArgParser.checkPositional(ts, "pairwise", n - 1, 1, 1);
    return new Itertools.Pairwise(ts, Ops.iter(ts, a[off + 1]));
  }

  private static PyObject starmap(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    noKeywords(ts, "starmap", kw);
    ArgParser.checkPositional(ts, "starmap", n - 1, 2, 2);
    return new Itertools.Starmap(ts, a[off + 1], Ops.iter(ts, a[off + 2]));
  }

  private static PyObject zipLongest(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    int npos = positional(n, kw);
    PyObject fill = PySingleton.NONE;
    int nkw = kw == null ? 0 : kw.items.length;
    for (int k = 0; k < nkw; k++) {
      String name = ((PyStr) kw.items[k]).value;
      if (!name.equals("fillvalue")) {
        throw Exc.typeError(ts, "zip_longest() got an unexpected keyword argument");
      }
      fill = a[off + n - nkw + k];
    }
    PyObject[] its = new PyObject[npos];
    try {
      for (int i = 0; i < npos; i++) {
        its[i] = Ops.iter(ts, a[off + 1 + i]);
      }
    } catch (PyException e) {
      for (PyObject it : its) {
        Ops.xdecref(ts, it);
      }
      throw e;
    }
    return new Itertools.ZipLongest(ts, its, fill);
  }

  private static PyObject product(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    int npos = positional(n, kw);
    long repeat = 1;
    int nkw = kw == null ? 0 : kw.items.length;
    for (int k = 0; k < nkw; k++) {
      String name = ((PyStr) kw.items[k]).value;
      if (!name.equals("repeat")) {
        throw Exc.typeError(ts, "product() got an unexpected keyword argument '" + name + "'");
      }
      repeat = Ops.index(ts, a[off + n - nkw + k]);
      if (repeat < 0) {
        throw Exc.valueError(ts, "repeat argument cannot be negative");
      }
    }
    PyTuple[] unique = new PyTuple[npos];
    for (int i = 0; i < npos; i++) {
      unique[i] = SequenceOps.toTuple(ts, a[off + 1 + i]);
    }
    PyTuple[] pools = new PyTuple[(int) (npos * repeat)];
    for (int i = 0; i < pools.length; i++) {
      pools[i] = Ops.newRef(ts, unique[i % npos]);
    }
    for (PyTuple t : unique) {
      Ops.decref(ts, t);
    }
    return new Itertools.Combinatoric(ts, Itertools.PRODUCT, pools, 0);
  }

  private static PyObject chooser(
      ThreadState ts, PyObject[] a, int off, int n, PyTuple kw, String who) {
    boolean perm = who.equals("permutations");
    ArgParser p = parse(ts, who, a, off, n, kw, "iterable", "r");
    if (!p.has(0) || (!perm && !p.has(1))) {
      throw Exc.typeError(
          ts,
          who
              + "() missing required argument '"
              + (p.has(0) ? "r" : "iterable")
              + "' (pos "
              + (p.has(0) ? 2 : 1)
              + ")");
    }
    PyTuple pool = SequenceOps.toTuple(ts, p.get(0));
    long r;
    try {
      PyObject ro = p.get(1, PySingleton.NONE);
      r = ro == PySingleton.NONE ? pool.items.length : Ops.index(ts, ro);
      if (r < 0) {
        throw Exc.valueError(ts, "r must be non-negative");
      }
    } catch (PyException e) {
      Ops.decref(ts, pool);
      throw e;
    }
    PyType t =
        perm
            ? Itertools.PERMUTATIONS
            : who.equals("combinations") ? Itertools.COMBINATIONS : Itertools.COMBINATIONS_WR;
    return new Itertools.Combinatoric(ts, t, new PyTuple[] {pool}, (int) Math.min(r, 1 << 20));
  }

  /** {@code itertools.tee(iterable, n=2)}. */
  static PyObject tee(ThreadState ts, PyObject iterable, long count) {
    if (count < 0) {
      throw Exc.valueError(ts, "n must be >= 0");
    }
    Itertools.TeeData data = new Itertools.TeeData();
    data.source = Ops.iter(ts, iterable);
    PyObject[] out = new PyObject[(int) count];
    for (int i = 0; i < count; i++) {
      out[i] = new Itertools.Tee(ts, data, 0);
    }
    if (count == 0) {
      Ops.decref(ts, data.source);
      data.source = null;
    }
    return PyTuple.steal(ts, out);
  }
}
