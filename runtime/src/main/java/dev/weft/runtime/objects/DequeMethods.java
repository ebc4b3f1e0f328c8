package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;

import dev.weft.runtime.threads.CriticalSection;
import dev.weft.runtime.threads.ThreadState;

/**
 * The methods of {@code collections.deque} with CPython 3.11's semantics and messages. Each runs in
 * the deque's critical section ({@link Bootstrap#def} flags them), so a method that calls back into
 * Python ({@code __eq__} in {@code count}, an iterator in {@code extend}) is atomic between
 * blocking points, as in the free-threaded build.
 */
final class DequeMethods {
  private DequeMethods() {}

  private static final PyStr MODULE = PyStr.intern("collections");

  static void setup() {
    PyType t = PyDeque.TYPE;
    Bootstrap.constant(t, "__module__", MODULE);
    Bootstrap.constant(PyDeque.ITER, "__module__", PyStr.intern("_collections"));
    Bootstrap.constant(PyDeque.REVERSE_ITER, "__module__", PyStr.intern("_collections"));
    Bootstrap.allocatingNew(t);
    def(t, "__init__", 0, (PyBuiltin.FN) DequeMethods::init);
    Bootstrap.getset(
        t,
        "maxlen",
        (ts, self) -> {
          long m = ((PyDeque) self).maxlen;
          return m < 0 ? PySingleton.NONE : PyInt.of(ts, m);
        },
        null);
    def(t, "append", 1, (PyBuiltin.F1) (ts, self, x) -> append(ts, (PyDeque) self, x, false));
    def(t, "appendleft", 1, (PyBuiltin.F1) (ts, self, x) -> append(ts, (PyDeque) self, x, true));
    def(t, "pop", 0, (PyBuiltin.F0) (ts, self) -> pop(ts, (PyDeque) self, false));
    def(t, "popleft", 0, (PyBuiltin.F0) (ts, self) -> pop(ts, (PyDeque) self, true));
    def(
        t,
        "extend",
        1,
        (PyBuiltin.F1)
            (ts, self, it) -> {
              extend(ts, (PyDeque) self, it, false);
              return PySingleton.NONE;
            });
    def(
        t,
        "extendleft",
        1,
        (PyBuiltin.F1)
            (ts, self, it) -> {
              extend(ts, (PyDeque) self, it, true);
              return PySingleton.NONE;
            });
    def(
        t,
        "rotate",
        0,
        (PyBuiltin.F1)
            (ts, self, n) -> {
              ((PyDeque) self).rotate(n == null ? 1 : Ops.index(ts, n));
              return PySingleton.NONE;
            });
    def(
        t,
        "reverse",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              ((PyDeque) self).reverse();
              return PySingleton.NONE;
            });
    def(
        t,
        "clear",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              ((PyDeque) self).clear(ts);
              return PySingleton.NONE;
            });
    def(t, "copy", 0, (PyBuiltin.F0) (ts, self) -> copy(ts, (PyDeque) self));
    def(t, "__copy__", 0, (PyBuiltin.F0) (ts, self) -> copy(ts, (PyDeque) self));
    def(
        t,
        "count",
        1,
        (PyBuiltin.F1)
            (ts, self, x) -> PyInt.of(ts, scan(ts, (PyDeque) self, x, 0, Long.MAX_VALUE, true)));
    def(t, "index", 1, (PyBuiltin.F3) DequeMethods::index);
    def(t, "insert", 2, (PyBuiltin.F2) DequeMethods::insert);
    def(t, "remove", 1, (PyBuiltin.F1) DequeMethods::remove);
    def(t, "__len__", 0, (PyBuiltin.F0) (ts, self) -> PyInt.of(ts, ((PyDeque) self).size));
    def(t, "__getitem__", 1, (PyBuiltin.F1) DequeMethods::getItem);
    def(
        t,
        "__setitem__",
        2,
        (PyBuiltin.F2)
            (ts, self, key, value) -> {
              PyDeque d = (PyDeque) self;
              int i = position(ts, d, key);
              Ops.decref(ts, d.set(i, Ops.newRef(ts, value)));
              return PySingleton.NONE;
            });
    def(
        t,
        "__delitem__",
        1,
        (PyBuiltin.F1)
            (ts, self, key) -> {
              PyDeque d = (PyDeque) self;
              Ops.decref(ts, d.removeAt(position(ts, d, key)));
              return PySingleton.NONE;
            });
    def(
        t,
        "__contains__",
        1,
        (PyBuiltin.F1)
            (ts, self, x) -> PyBool.of(scan(ts, (PyDeque) self, x, 0, Long.MAX_VALUE, false) >= 0));
    def(t, "__iter__", 0, (PyBuiltin.F0) (ts, self) -> new PyDeque.Iter(ts, (PyDeque) self, false));
    def(
        t,
        "__reversed__",
        0,
        (PyBuiltin.F0) (ts, self) -> new PyDeque.Iter(ts, (PyDeque) self, true));
    def(t, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, repr(ts, (PyDeque) self)));
    Bootstrap.constant(t, "__hash__", PySingleton.NONE);
    for (int op = 0; op < 6; op++) {
      int which = op;
      def(
          t,
          Compare.NAMES[op],
          1,
          (PyBuiltin.F1) (ts, self, other) -> compare(ts, (PyDeque) self, other, which));
    }
    t.richCompareOverride = true;
    def(t, "__add__", 1, (PyBuiltin.F1) DequeMethods::add);
    def(
        t,
        "__iadd__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              extend(ts, (PyDeque) self, other, false);
              return Ops.newRef(ts, self);
            });
    def(t, "__mul__", 1, (PyBuiltin.F1) (ts, self, n) -> repeat(ts, (PyDeque) self, n, false));
    def(t, "__rmul__", 1, (PyBuiltin.F1) (ts, self, n) -> repeat(ts, (PyDeque) self, n, false));
    def(t, "__imul__", 1, (PyBuiltin.F1) (ts, self, n) -> repeat(ts, (PyDeque) self, n, true));
    def(t, "__reduce__", 0, (PyBuiltin.F0) DequeMethods::reduce);
    for (PyType it : new PyType[] {PyDeque.ITER, PyDeque.REVERSE_ITER}) {
      MiscMethods.iteratorProtocol(it);
      def(
          it,
          "__length_hint__",
          0,
          (PyBuiltin.F0) (ts, self) -> PyInt.of(ts, ((PyDeque.Iter) self).remaining()));
    }
  }

  private static PyObject init(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    int nkw = kw == null ? 0 : kw.items.length;
    if (n > 2) {
      throw Exc.typeError(ts, "deque() takes at most 2 arguments (" + n + " given)");
    }
    for (int k = 0; k < nkw; k++) {
      String name = ((PyStr) kw.items[k]).value;
      if (!name.equals("iterable") && !name.equals("maxlen")) {
        throw Exc.typeError(ts, "'" + name + "' is an invalid keyword argument for deque()");
      }
    }
    ArgParser p = new ArgParser(ts, "deque", args, off, n, kw, "iterable", "maxlen");
    PyDeque d = (PyDeque) self;
    long maxlen = -1;
    PyObject m = p.get(1, PySingleton.NONE);
    if (m != PySingleton.NONE) {
      if (!(m instanceof PyInt mi)) {
        throw Exc.typeError(ts, "an integer is required");
      }
      if (mi.isBig()) {
        throw Exc.overflowError(ts, "Python int too large to convert to C ssize_t");
      }
      maxlen = mi.value;
      if (maxlen < 0) {
        throw Exc.valueError(ts, "maxlen must be non-negative");
      }
    }
    d.maxlen = maxlen;
    if (d.size > 0) {
      d.clear(ts);
    }
    if (p.has(0)) {
      extend(ts, d, p.get(0), false);
    }
    return PySingleton.NONE;
  }

  private static PyObject append(ThreadState ts, PyDeque d, PyObject x, boolean left) {
    Ops.incref(ts, x);
    Ops.xdecref(ts, left ? d.pushLeft(x) : d.pushRight(x));
    return PySingleton.NONE;
  }

  private static PyObject pop(ThreadState ts, PyDeque d, boolean left) {
    if (d.size == 0) {
      throw Exc.indexError(ts, "pop from an empty deque");
    }
    return left ? d.popLeft() : d.popRight();
  }

  static void extend(ThreadState ts, PyDeque d, PyObject iterable, boolean left) {
    if (iterable == d) {
      PyList copy = SequenceOps.toList(ts, iterable);
      try {
        extend(ts, d, copy, left);
      } finally {
        Ops.decref(ts, copy);
      }
      return;
    }
    PyObject it = Ops.iter(ts, iterable);
    try {
      PyObject x;
      while ((x = Ops.next(ts, it)) != null) {
        Ops.xdecref(ts, left ? d.pushLeft(x) : d.pushRight(x));
      }
    } finally {
      Ops.decref(ts, it);
    }
  }

  /** {@code type(d)(d)} or {@code type(d)(d, maxlen)}; a plain deque is copied directly. */
  static PyObject copy(ThreadState ts, PyDeque d) {
    if (d.type == PyDeque.TYPE) {
      PyDeque r = new PyDeque(ts, PyDeque.TYPE);
      r.maxlen = d.maxlen;
      for (int i = 0; i < d.size; i++) {
        Ops.xdecref(ts, r.pushRight(Ops.newRef(ts, d.get(i))));
      }
      return r;
    }
    if (d.maxlen < 0) {
      return Ops.call1(ts, d.type, d);
    }
    PyInt m = PyInt.of(ts, d.maxlen);
    try {
      return Ops.call2(ts, d.type, d, m);
    } finally {
      Ops.decref(ts, m);
    }
  }

  /**
   * The first position in {@code [start, stop)} holding an item equal to {@code x} (-1 if none), or
   * with {@code count}, how many do; RuntimeError if {@code __eq__} changes the deque.
   */
  private static long scan(
      ThreadState ts, PyDeque d, PyObject x, long start, long stop, boolean count) {
    long state = d.state;
    long found = 0;
    for (long i = start; i < Math.min(stop, d.size); i++) {
      PyObject item = Ops.newRef(ts, d.get((int) i));
      boolean eq;
      try {
        eq = Ops.keysEqual(ts, item, x);
      } finally {
        Ops.decref(ts, item);
      }
      if (d.state != state) {
        throw Exc.runtimeError(ts, "deque mutated during iteration");
      }
      if (eq) {
        if (!count) {
          return i;
        }
        found++;
      }
    }
    return count ? found : -1;
  }

  private static PyObject index(
      ThreadState ts, PyObject self, PyObject x, PyObject start, PyObject stop) {
    PyDeque d = (PyDeque) self;
    long n = d.size;
    long from = start == null ? 0 : Ops.indexClamped(ts, start);
    long to = stop == null ? Long.MAX_VALUE / 2 : Ops.indexClamped(ts, stop);
    if (from < 0) {
      from = Math.max(0, from + n);
    }
    if (to < 0) {
      to = Math.max(0, to + n);
    }
    to = Math.min(to, n);
    from = Math.min(from, to);
    long i = scan(ts, d, x, from, to, false);
    if (i < 0) {
      throw Exc.valueError(ts, Ops.reprString(ts, x) + " is not in deque");
    }
    return PyInt.of(ts, i);
  }

  private static PyObject insert(ThreadState ts, PyObject self, PyObject index, PyObject x) {
    PyDeque d = (PyDeque) self;
    long i = Ops.index(ts, index);
    if (d.maxlen == d.size) {
      throw Exc.indexError(ts, "deque already at its maximum size");
    }
    if (i < 0) {
      i = Math.max(0, i + d.size);
    }
    d.insertAt((int) Math.min(i, d.size), Ops.newRef(ts, x));
    return PySingleton.NONE;
  }

  private static PyObject remove(ThreadState ts, PyObject self, PyObject x) {
    PyDeque d = (PyDeque) self;
    long state = d.state;
    int n = d.size;
    for (int i = 0; i < n; i++) {
      PyObject item = Ops.newRef(ts, d.get(i));
      boolean eq;
      try {
        eq = Ops.keysEqual(ts, item, x);
      } finally {
        Ops.decref(ts, item);
      }
      if (d.state != state) {
        throw Exc.indexError(ts, "deque mutated during remove().");
      }
      if (eq) {
        Ops.decref(ts, d.removeAt(i));
        return PySingleton.NONE;
      }
    }
    throw Exc.valueError(ts, Ops.reprString(ts, x) + " is not in deque");
  }

  /** A subscript as a position: an integer in range, else IndexError or TypeError. */
  private static int position(ThreadState ts, PyDeque d, PyObject key) {
    if (!(key instanceof PyInt) && key.type.lookup("__index__") == null) {
      throw Exc.typeError(ts, "sequence index must be integer, not '" + key.typeName() + "'");
    }
    long i = Ops.index(ts, key);
    if (i < 0) {
      i += d.size;
    }
    if (i < 0 || i >= d.size) {
      throw Exc.indexError(ts, "deque index out of range");
    }
    return (int) i;
  }

  private static PyObject getItem(ThreadState ts, PyObject self, PyObject key) {
    PyDeque d = (PyDeque) self;
    return Ops.newRef(ts, d.get(position(ts, d, key)));
  }

  private static String repr(ThreadState ts, PyDeque d) {
    return Repr.guarded(
        ts,
        d,
        "[...]",
        () -> {
          PyObject[] items = d.snapshot(ts);
          PyList list = PyList.steal(ts, items, items.length);
          try {
            String name = d.type.shortName();
            String body = Ops.reprString(ts, list);
            return d.maxlen < 0
                ? name + "(" + body + ")"
                : name + "(" + body + ", maxlen=" + d.maxlen + ")";
          } finally {
            Ops.decref(ts, list);
          }
        });
  }

  private static PyObject compare(ThreadState ts, PyDeque d, PyObject other, int op) {
    if (!(other instanceof PyDeque o)) {
      return PySingleton.NOT_IMPLEMENTED;
    }
    PyObject[] a = d.snapshot(ts);
    PyObject[] b = o.snapshot(ts);
    try {
      return Compare.sequences(ts, a, a.length, b, b.length, op);
    } finally {
      for (PyObject x : a) {
        Ops.decref(ts, x);
      }
      for (PyObject x : b) {
        Ops.decref(ts, x);
      }
    }
  }

  private static PyObject add(ThreadState ts, PyObject self, PyObject other) {
    if (!(other instanceof PyDeque)) {
      throw Exc.typeError(
          ts, "can only concatenate deque (not \"" + other.typeName() + "\") to deque");
    }
    PyObject r = copy(ts, (PyDeque) self);
    try {
      if (r instanceof PyDeque rd) {
        extend(ts, rd, other, false);
      } else {
        Ops.decref(ts, Ops.callMethod(ts, r, "extend", other));
      }
    } catch (RuntimeException e) {
      Ops.decref(ts, r);
      throw e;
    }
    return r;
  }

  /** {@code d * n} (a copy) or {@code d *= n}: the items n times, trimmed on the left to maxlen. */
  private static PyObject repeat(ThreadState ts, PyDeque d, PyObject count, boolean inPlace) {
    if (!(count instanceof PyInt) && count.type.lookup("__index__") == null) {
      return PySingleton.NOT_IMPLEMENTED;
    }
    long n = Ops.index(ts, count);
    PyObject target = inPlace ? Ops.newRef(ts, d) : copy(ts, d);
    if (!(target instanceof PyDeque r)) {
      return target;
    }
    CriticalSection.begin(ts, r);
    try {
      if (n <= 0 || r.size == 0) {
        r.clear(ts);
        return r;
      }
      if (r.maxlen < 0 && (n > Integer.MAX_VALUE / r.size)) {
        throw Exc.raise(ts, Exc.MemoryError, "");
      }
      PyObject[] items = new PyObject[r.size];
      for (int i = 0; i < items.length; i++) {
        items[i] = Ops.newRef(ts, r.get(i));
      }
      try {
        long total = (long) items.length * n;
        long keep = r.maxlen < 0 ? total : Math.min(total, r.maxlen);
        // The repetition's last `keep` items follow the items already there.
        for (long k = Math.max(items.length, total - keep); k < total; k++) {
          Ops.xdecref(ts, r.pushRight(Ops.newRef(ts, items[(int) (k % items.length)])));
        }
      } finally {
        for (PyObject x : items) {
          Ops.decref(ts, x);
        }
      }
      r.state++;
      return r;
    } catch (RuntimeException e) {
      Ops.decref(ts, r);
      throw e;
    } finally {
      CriticalSection.end(ts);
    }
  }

  private static PyObject reduce(ThreadState ts, PyObject self) {
    PyDeque d = (PyDeque) self;
    PyObject args =
        d.maxlen < 0
            ? PyTuple.EMPTY
            : PyTuple.steal(ts, new PyObject[] {PyTuple.EMPTY, PyInt.of(ts, d.maxlen)});
    PyDict ns = d.namespaceIfAny();
    PyObject state = ns != null && ns.size() > 0 ? Ops.newRef(ts, ns) : PySingleton.NONE;
    return PyTuple.steal(
        ts, new PyObject[] {Ops.newRef(ts, d.type), args, state, new PyDeque.Iter(ts, d, false)});
  }
}
