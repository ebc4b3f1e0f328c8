package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;

import dev.weft.runtime.threads.ThreadState;

/**
 * {@code collections.Counter}, a dict subclass that CPython writes in Python: this follows {@code
 * collections/__init__.py} of 3.11 method for method (counts are any numbers, combined with the
 * number protocol; missing elements count 0; {@code most_common} is a stable sort by count,
 * descending, as {@code sorted(..., reverse=True)} and {@code heapq.nlargest} both are), and each
 * step that the Python code takes through an overridable method ({@code self[e] = ...}, {@code
 * self.update}) goes through it here too.
 */
public final class Counters {
  private Counters() {}

  public static final PyType TYPE =
      PyType.builtin("Counter", PyDict.TYPE, PyType.BASETYPE, (ts, t) -> new PyDict.Sub(ts, t));

  private static final PyBuiltin COUNT_KEY =
      PyBuiltin.function(
          "_itemgetter",
          1,
          (PyBuiltin.F1) (ts, s, pair) -> Ops.newRef(ts, ((PyTuple) pair).items[1]));

  static void setup() {
    PyType t = TYPE;
    Bootstrap.constant(t, "__module__", PyStr.intern("collections"));
    t.richCompareOverride = true;
    def(t, "__init__", 0, (PyBuiltin.FN) Counters::init);
    def(t, "__missing__", 1, (PyBuiltin.F1) (ts, self, key) -> PyInt.ZERO);
    def(t, "total", 0, (PyBuiltin.F0) Counters::total);
    def(t, "most_common", 0, (PyBuiltin.F1) Counters::mostCommon);
    def(t, "elements", 0, (PyBuiltin.F0) Counters::elements);
    Bootstrap.classMethod(
        t,
        "fromkeys",
        2,
        (PyBuiltin.F3)
            (ts, unused, cls, iterable, v) -> {
              throw Exc.raise(
                  ts,
                  Exc.NotImplementedError,
                  "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
            });
    def(
        t,
        "update",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> {
              combine(ts, "update", self, args, off, n, kw, false);
              return PySingleton.NONE;
            });
    def(
        t,
        "subtract",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> {
              combine(ts, "subtract", self, args, off, n, kw, true);
              return PySingleton.NONE;
            });
    def(t, "copy", 0, (PyBuiltin.F0) (ts, self) -> Ops.call1(ts, self.type, self));
    def(
        t,
        "__reduce__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyDict plain = DictOps.copy(ts, (PyDict) self);
              return PyTuple.steal(
                  ts,
                  new PyObject[] {
                    Ops.newRef(ts, self.type), PyTuple.steal(ts, new PyObject[] {plain})
                  });
            });
    def(
        t,
        "__delitem__",
        1,
        (PyBuiltin.F1)
            (ts, self, elem) -> {
              PyObject old = ((PyDict) self).pop(ts, elem);
              Ops.xdecref(ts, old);
              return PySingleton.NONE;
            });
    def(t, "__repr__", 0, (PyBuiltin.F0) Counters::repr);
    for (int op = 0; op < 6; op++) {
      int which = op;
      def(
          t,
          Compare.NAMES[op],
          1,
          (PyBuiltin.F1) (ts, self, other) -> compare(ts, self, other, which));
    }
    for (int op : new int[] {Arith.ADD, Arith.SUB, Arith.OR, Arith.AND}) {
      String name = "__" + Arith.NAMES[op] + "__";
      def(t, name, 1, (PyBuiltin.F1) (ts, self, other) -> binary(ts, self, other, op));
      def(
          t,
          "__i" + Arith.NAMES[op] + "__",
          1,
          (PyBuiltin.F1) (ts, self, other) -> inPlace(ts, self, other, op));
    }
    def(t, "__pos__", 0, (PyBuiltin.F0) (ts, self) -> unary(ts, self, false));
    def(t, "__neg__", 0, (PyBuiltin.F0) (ts, self) -> unary(ts, self, true));
  }

  private static PyObject init(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    int npos = n - (kw == null ? 0 : kw.items.length);
    if (npos > 1) {
      throw Exc.typeError(
          ts,
          "Counter.__init__() takes from 1 to 2 positional arguments but "
              + (npos + 1)
              + " were given");
    }
    PyObject update = self.type.lookup("update");
    if (update != TYPE.dict.getString("update")) {
      PyObject bound = Ops.getattr(ts, self, "update");
      try {
        PyObject[] rest = java.util.Arrays.copyOfRange(args, off, off + n);
        if (npos == 0) {
          PyObject[] withNone = new PyObject[n + 1];
          withNone[0] = PySingleton.NONE;
          System.arraycopy(rest, 0, withNone, 1, n);
          rest = withNone;
        }
        return dropped(
            ts, dev.weft.runtime.interpreter.Calls.call(ts, bound, rest, 0, rest.length, kw));
      } finally {
        Ops.decref(ts, bound);
      }
    }
    combine(ts, "update", self, args, off, n, kw, false);
    return PySingleton.NONE;
  }

  private static PyObject dropped(ThreadState ts, PyObject r) {
    Ops.decref(ts, r);
    return PySingleton.NONE;
  }

  /** {@code update} (add counts) or {@code subtract}: an iterable or mapping, then keywords. */
  private static void combine(
      ThreadState ts,
      String who,
      PyObject self,
      PyObject[] args,
      int off,
      int n,
      PyTuple kw,
      boolean subtract) {
    int nkw = kw == null ? 0 : kw.items.length;
    int npos = n - nkw;
    if (npos > 1) {
      throw Exc.typeError(
          ts,
          "Counter."
              + who
              + "() takes from 1 to 2 positional arguments but "
              + (npos + 1)
              + " were given");
    }
    if (npos == 1 && args[off] != PySingleton.NONE) {
      combineWith(ts, self, args[off], subtract);
    }
    if (nkw > 0) {
      PyDict kwds = new PyDict(ts);
      try {
        for (int k = 0; k < nkw; k++) {
          kwds.put(ts, kw.items[k], args[off + npos + k]);
        }
        combineWith(ts, self, kwds, subtract);
      } finally {
        Ops.decref(ts, kwds);
      }
    }
  }

  private static void combineWith(ThreadState ts, PyObject self, PyObject iterable, boolean sub) {
    PyDict d = (PyDict) self;
    if (CollectionsAbc.isInstance(ts, iterable, CollectionsAbc.MAPPING)) {
      if (!sub && d.size() == 0) {
        DictOps.update(ts, d, iterable);
        return;
      }
      PyObject items = Ops.callMethod(ts, iterable, "items");
      PyObject it = Ops.iter(ts, items);
      Ops.decref(ts, items);
      try {
        PyObject pair;
        while ((pair = Ops.next(ts, it)) != null) {
          try {
            PyObject[] kv = SequenceOps.unpack(ts, pair, 2, -1);
            try {
              PyObject old = d.get(ts, kv[0]);
              PyObject now =
                  sub
                      ? Arith.binary(ts, old == null ? PyInt.ZERO : old, kv[1], Arith.SUB)
                      : Arith.binary(ts, kv[1], old == null ? PyInt.ZERO : old, Arith.ADD);
              try {
                Ops.setitem(ts, self, kv[0], now);
              } finally {
                Ops.decref(ts, now);
              }
            } finally {
              Ops.decref(ts, kv[0]);
              Ops.decref(ts, kv[1]);
            }
          } finally {
            Ops.decref(ts, pair);
          }
        }
      } finally {
        Ops.decref(ts, it);
      }
      return;
    }
    boolean plain =
        !sub
            && self.type.lookup("get") == PyDict.TYPE.dict.getString("get")
            && self.type.lookup("__setitem__") == PyDict.TYPE.dict.getString("__setitem__");
    PyObject it = Ops.iter(ts, iterable);
    try {
      PyObject elem;
      while ((elem = Ops.next(ts, it)) != null) {
        try {
          PyObject old;
          if (plain) {
            old = d.get(ts, elem);
            old = old == null ? PyInt.ZERO : Ops.newRef(ts, old);
          } else if (sub) {
            old = d.get(ts, elem);
            old = old == null ? PyInt.ZERO : Ops.newRef(ts, old);
          } else {
            old = Ops.callMethod(ts, self, "get", elem, PyInt.ZERO);
          }
          PyObject now;
          try {
            now = Arith.binary(ts, old, PyInt.ONE, sub ? Arith.SUB : Arith.ADD);
          } finally {
            Ops.decref(ts, old);
          }
          try {
            if (plain) {
              d.put(ts, elem, now);
            } else {
              Ops.setitem(ts, self, elem, now);
            }
          } finally {
            Ops.decref(ts, now);
          }
        } finally {
          Ops.decref(ts, elem);
        }
      }
    } finally {
      Ops.decref(ts, it);
    }
  }

  private static PyObject total(ThreadState ts, PyObject self) {
    PyObject acc = PyInt.ZERO;
    for (PyObject[] kv : OrderedDicts.entries(ts, (PyDict) self)) {
      try {
        PyObject next = Arith.binary(ts, acc, kv[1], Arith.ADD);
        Ops.decref(ts, acc);
        acc = next;
      } finally {
        Ops.decref(ts, kv[0]);
        Ops.decref(ts, kv[1]);
      }
    }
    return acc;
  }

  /** The (elem, count) pairs sorted by count, largest first, ties in insertion order. */
  private static PyList sortedItems(ThreadState ts, PyObject self) {
    PyObject[][] entries = OrderedDicts.entries(ts, (PyDict) self);
    PyObject[] pairs = new PyObject[entries.length];
    for (int i = 0; i < entries.length; i++) {
      pairs[i] = PyTuple.steal(ts, entries[i]);
    }
    PyList l = PyList.steal(ts, pairs, pairs.length);
    try {
      SequenceOps.sort(ts, l, COUNT_KEY, true);
    } catch (RuntimeException e) {
      Ops.decref(ts, l);
      throw e;
    }
    return l;
  }

  private static PyObject mostCommon(ThreadState ts, PyObject self, PyObject n) {
    PyList all = sortedItems(ts, self);
    if (n == null || n == PySingleton.NONE) {
      return all;
    }
    long k = Ops.index(ts, n);
    if (k >= all.size) {
      return all;
    }
    try {
      int keep = (int) Math.max(0, k);
      PyList r = new PyList(ts);
      for (int i = 0; i < keep; i++) {
        r.append(ts, all.items[i]);
      }
      return r;
    } finally {
      Ops.decref(ts, all);
    }
  }

  private static PyObject elements(ThreadState ts, PyObject self) {
    PyObject[][] entries = OrderedDicts.entries(ts, (PyDict) self);
    PyObject[] repeats = new PyObject[entries.length];
    int made = 0;
    try {
      for (PyObject[] kv : entries) {
        long times = Ops.index(ts, kv[1]);
        repeats[made++] = new Itertools.Repeat(ts, kv[0], Math.max(0, times));
      }
    } catch (RuntimeException e) {
      for (int i = 0; i < made; i++) {
        Ops.decref(ts, repeats[i]);
      }
      throw e;
    } finally {
      OrderedDicts.release(ts, entries);
    }
    PyTuple sources = PyTuple.steal(ts, repeats);
    try {
      return new Itertools.Chain(ts, Ops.iter(ts, sources));
    } finally {
      Ops.decref(ts, sources);
    }
  }

  private static PyObject repr(ThreadState ts, PyObject self) {
    String name = self.type.shortName();
    PyDict d = (PyDict) self;
    if (d.size() == 0) {
      return PyStr.of(ts, name + "()");
    }
    PyDict shown;
    try {
      PyList items = sortedItems(ts, self);
      try {
        shown = new PyDict(ts);
        DictOps.update(ts, shown, items);
      } finally {
        Ops.decref(ts, items);
      }
    } catch (PyException e) {
      if (!e.matches(Exc.TypeError)) {
        throw e;
      }
      Ops.decref(ts, e.value);
      shown = DictOps.copy(ts, d);
    }
    try {
      return PyStr.of(ts, name + "(" + Ops.reprString(ts, shown) + ")");
    } finally {
      Ops.decref(ts, shown);
    }
  }

  /** The elements of both counters, self's first, as new references (duplicates included). */
  private static PyObject[] elementsOf(ThreadState ts, PyObject a, PyObject b) {
    PyList l = SequenceOps.toList(ts, a);
    try {
      SequenceOps.extend(ts, l, b);
      PyObject[] out = new PyObject[l.size];
      for (int i = 0; i < l.size; i++) {
        out[i] = Ops.newRef(ts, l.items[i]);
      }
      return out;
    } finally {
      Ops.decref(ts, l);
    }
  }

  private static boolean test(ThreadState ts, PyObject a, PyObject b, int op) {
    PyObject r = Compare.richCompare(ts, a, b, op);
    try {
      return Ops.isTrue(ts, r);
    } finally {
      Ops.decref(ts, r);
    }
  }

  /** {@code all(self[e] <op> other[e] for c in (self, other) for e in c)}. */
  private static boolean allCounts(ThreadState ts, PyObject self, PyObject other, int op) {
    PyObject[] elems = elementsOf(ts, self, other);
    try {
      for (PyObject e : elems) {
        PyObject x = Ops.getitem(ts, self, e);
        try {
          PyObject y = Ops.getitem(ts, other, e);
          try {
            if (!test(ts, x, y, op)) {
              return false;
            }
          } finally {
            Ops.decref(ts, y);
          }
        } finally {
          Ops.decref(ts, x);
        }
      }
      return true;
    } finally {
      for (PyObject e : elems) {
        Ops.decref(ts, e);
      }
    }
  }

  private static PyObject compare(ThreadState ts, PyObject self, PyObject other, int op) {
    if (!other.type.isSubtypeOf(TYPE)) {
      return PySingleton.NOT_IMPLEMENTED;
    }
    return PyBool.of(
        switch (op) {
          case Compare.EQ -> allCounts(ts, self, other, Compare.EQ);
          case Compare.NE -> !test(ts, self, other, Compare.EQ);
          case Compare.LE -> allCounts(ts, self, other, Compare.LE);
          case Compare.GE -> allCounts(ts, self, other, Compare.GE);
          case Compare.LT -> test(ts, self, other, Compare.LE) && test(ts, self, other, Compare.NE);
          default -> test(ts, self, other, Compare.GE) && test(ts, self, other, Compare.NE);
        });
  }

  private static boolean positive(ThreadState ts, PyObject count) {
    return test(ts, count, PyInt.ZERO, Compare.GT);
  }

  private static boolean negative(ThreadState ts, PyObject count) {
    return test(ts, count, PyInt.ZERO, Compare.LT);
  }

  /** {@code +}, {@code -}, {@code |}, {@code &}: a new Counter of the positive results. */
  private static PyObject binary(ThreadState ts, PyObject self, PyObject other, int op) {
    if (!other.type.isSubtypeOf(TYPE)) {
      return PySingleton.NOT_IMPLEMENTED;
    }
    PyDict result = new PyDict.Sub(ts, TYPE);
    try {
      PyObject[][] mine = OrderedDicts.entries(ts, (PyDict) self);
      try {
        for (PyObject[] kv : mine) {
          PyObject theirs = Ops.getitem(ts, other, kv[0]);
          try {
            PyObject now =
                switch (op) {
                  case Arith.ADD -> Arith.binary(ts, kv[1], theirs, Arith.ADD);
                  case Arith.SUB -> Arith.binary(ts, kv[1], theirs, Arith.SUB);
                  case Arith.OR ->
                      Ops.newRef(ts, test(ts, kv[1], theirs, Compare.LT) ? theirs : kv[1]);
                  default -> Ops.newRef(ts, test(ts, kv[1], theirs, Compare.LT) ? kv[1] : theirs);
                };
            try {
              if (positive(ts, now)) {
                result.put(ts, kv[0], now);
              }
            } finally {
              Ops.decref(ts, now);
            }
          } finally {
            Ops.decref(ts, theirs);
          }
        }
      } finally {
        OrderedDicts.release(ts, mine);
      }
      if (op != Arith.AND) {
        PyObject[][] theirs = OrderedDicts.entries(ts, (PyDict) other);
        try {
          for (PyObject[] kv : theirs) {
            if (Ops.contains(ts, self, kv[0])) {
              continue;
            }
            if (op == Arith.SUB) {
              if (negative(ts, kv[1])) {
                PyObject flipped = Arith.binary(ts, PyInt.ZERO, kv[1], Arith.SUB);
                result.put(ts, kv[0], flipped);
                Ops.decref(ts, flipped);
              }
            } else if (positive(ts, kv[1])) {
              result.put(ts, kv[0], kv[1]);
            }
          }
        } finally {
          OrderedDicts.release(ts, theirs);
        }
      }
    } catch (RuntimeException e) {
      Ops.decref(ts, result);
      throw e;
    }
    return result;
  }

  /** Unary {@code +} (keep positive counts) and {@code -} (negate the negative ones). */
  private static PyObject unary(ThreadState ts, PyObject self, boolean negate) {
    PyDict result = new PyDict.Sub(ts, TYPE);
    try {
      PyObject[][] mine = OrderedDicts.entries(ts, (PyDict) self);
      try {
        for (PyObject[] kv : mine) {
          if (!negate && positive(ts, kv[1])) {
            result.put(ts, kv[0], kv[1]);
          } else if (negate && negative(ts, kv[1])) {
            PyObject flipped = Arith.binary(ts, PyInt.ZERO, kv[1], Arith.SUB);
            result.put(ts, kv[0], flipped);
            Ops.decref(ts, flipped);
          }
        }
      } finally {
        OrderedDicts.release(ts, mine);
      }
    } catch (RuntimeException e) {
      Ops.decref(ts, result);
      throw e;
    }
    return result;
  }

  /** {@code +=}, {@code -=}, {@code |=}, {@code &=}: in place, then non-positive counts go. */
  private static PyObject inPlace(ThreadState ts, PyObject self, PyObject other, int op) {
    PyObject source = op == Arith.AND ? self : other;
    PyObject items = Ops.callMethod(ts, source, "items");
    PyList pairs;
    try {
      pairs = SequenceOps.toList(ts, items);
    } finally {
      Ops.decref(ts, items);
    }
    try {
      for (int i = 0; i < pairs.size; i++) {
        PyObject[] kv = SequenceOps.unpack(ts, pairs.items[i], 2, -1);
        try {
          PyObject elem = kv[0];
          if (op == Arith.ADD || op == Arith.SUB) {
            PyObject cur = Ops.getitem(ts, self, elem);
            PyObject now;
            try {
              now = Arith.binary(ts, cur, kv[1], op + Arith.INPLACE);
            } finally {
              Ops.decref(ts, cur);
            }
            try {
              Ops.setitem(ts, self, elem, now);
            } finally {
              Ops.decref(ts, now);
            }
          } else if (op == Arith.OR) {
            PyObject count = Ops.getitem(ts, self, elem);
            try {
              if (test(ts, kv[1], count, Compare.GT)) {
                Ops.setitem(ts, self, elem, kv[1]);
              }
            } finally {
              Ops.decref(ts, count);
            }
          } else {
            PyObject otherCount = Ops.getitem(ts, other, elem);
            try {
              if (test(ts, otherCount, kv[1], Compare.LT)) {
                Ops.setitem(ts, self, elem, otherCount);
              }
            } finally {
              Ops.decref(ts, otherCount);
            }
          }
        } finally {
          Ops.decref(ts, kv[0]);
          Ops.decref(ts, kv[1]);
        }
      }
    } finally {
      Ops.decref(ts, pairs);
    }
    // _keep_positive
    PyObject[][] now = OrderedDicts.entries(ts, (PyDict) self);
    try {
      for (PyObject[] kv : now) {
        if (!positive(ts, kv[1])) {
          Ops.delitem(ts, self, kv[0]);
        }
      }
    } finally {
      OrderedDicts.release(ts, now);
    }
    return Ops.newRef(ts, self);
  }
}
