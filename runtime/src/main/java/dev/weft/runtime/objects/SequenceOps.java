package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;

import dev.weft.runtime.threads.ThreadState;
import java.math.BigInteger;
import java.util.Arrays;

/** The methods of {@code list}, {@code tuple} and {@code range}, and sequence helpers. */
public final class SequenceOps {
  private SequenceOps() {}

  // --- Helpers used by the interpreter ---

  /** Appends every item of {@code iterable} to {@code list}. */
  public static void extend(ThreadState ts, PyList list, PyObject iterable) {
    if (iterable instanceof PyList l) {
      int n = l.size;
      list.grow(ts, list.size + n);
      for (int i = 0; i < n; i++) {
        list.append(ts, l.items[i]);
      }
      return;
    }
    if (iterable instanceof PyTuple t) {
      list.grow(ts, list.size + t.items.length);
      for (PyObject x : t.items) {
        list.append(ts, x);
      }
      return;
    }
    PyObject it = Ops.iter(ts, iterable);
    try {
      PyObject x;
      while ((x = Ops.next(ts, it)) != null) {
        list.appendSteal(ts, x);
      }
    } finally {
      Ops.decref(ts, it);
    }
  }

  /** A new list of the items of {@code iterable}. */
  public static PyList toList(ThreadState ts, PyObject iterable) {
    PyList l = new PyList(ts);
    try {
      extend(ts, l, iterable);
    } catch (RuntimeException e) {
      Ops.decref(ts, l);
      throw e;
    }
    return l;
  }

  public static PyTuple toTuple(ThreadState ts, PyObject iterable) {
    if (iterable.type == PyTuple.TYPE) {
      return Ops.newRef(ts, (PyTuple) iterable);
    }
    PyList l = toList(ts, iterable);
    PyTuple t = PyTuple.copyOf(ts, l.items, 0, l.size);
    Ops.decref(ts, l);
    return t;
  }

  /**
   * The items of {@code seq} for an unpacking assignment: exactly {@code before} items when {@code
   * after} is -1, else {@code before} items, a list of the middle, and {@code after} items.
   */
  public static PyObject[] unpack(ThreadState ts, PyObject seq, int before, int after) {
    if (after < 0 && (seq.type == PyTuple.TYPE || seq.type == PyList.TYPE)) {
      PyObject[] items = seq instanceof PyTuple t ? t.items : ((PyList) seq).items;
      int size = seq instanceof PyTuple t ? t.items.length : ((PyList) seq).size;
      if (size != before) {
        throw size < before
            ? Exc.valueError(
                ts, "not enough values to unpack (expected " + before + ", got " + size + ")")
            : Exc.valueError(ts, "too many values to unpack (expected " + before + ")");
      }
      PyObject[] out = new PyObject[before];
      for (int i = 0; i < before; i++) {
        out[i] = Ops.newRef(ts, items[i]);
      }
      return out;
    }
    PyObject it;
    try {
      it = Ops.iter(ts, seq);
    } catch (PyException e) {
      if (e.matches(Exc.TypeError)
          && seq.type.lookup("__iter__") == null
          && seq.type.lookup("__getitem__") == null) {
        Ops.decref(ts, e.value);
        throw Exc.typeError(ts, "cannot unpack non-iterable " + seq.typeName() + " object");
      }
      throw e;
    }
    PyList all = new PyList(ts);
    try {
      PyObject x;
      int limit = after < 0 ? before + 1 : Integer.MAX_VALUE;
      while (all.size < limit && (x = Ops.next(ts, it)) != null) {
        all.appendSteal(ts, x);
      }
      if (after < 0) {
        if (all.size < before) {
          throw Exc.valueError(
              ts, "not enough values to unpack (expected " + before + ", got " + all.size + ")");
        }
        if (all.size > before) {
          throw Exc.valueError(ts, "too many values to unpack (expected " + before + ")");
        }
        PyObject[] out = Arrays.copyOf(all.items, before);
        all.size = 0;
        return out;
      }
      if (all.size < before + after) {
        throw Exc.valueError(
            ts,
            "not enough values to unpack (expected at least "
                + (before + after)
                + ", got "
                + all.size
                + ")");
      }
      PyObject[] out = new PyObject[before + 1 + after];
      System.arraycopy(all.items, 0, out, 0, before);
      int middle = all.size - before - after;
      PyObject[] mid = Arrays.copyOfRange(all.items, before, before + middle);
      out[before] = PyList.steal(ts, mid, middle);
      System.arraycopy(all.items, before + middle, out, before + 1, after);
      all.size = 0;
      return out;
    } finally {
      Ops.decref(ts, all);
      Ops.decref(ts, it);
    }
  }

  /** Normalizes a (possibly negative) index; -1 when out of range. */
  static long normalize(long i, long size) {
    if (i < 0) {
      i += size;
    }
    return i < 0 || i >= size ? -1 : i;
  }

  // --- list ---

  static void setup() {
    PyType l = PyList.TYPE;
    Bootstrap.allocatingNew(l);
    def(
        l,
        "__init__",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> {
              if (kw != null && kw.items.length > 0) {
                throw Exc.typeError(ts, "list() takes no keyword arguments");
              }
              if (n > 1) {
                throw Exc.typeError(ts, "list expected at most 1 argument, got " + n);
              }
              PyList list = (PyList) self;
              clear(ts, list);
              if (n == 1) {
                extend(ts, list, args[off]);
              }
              return PySingleton.NONE;
            });
    def(l, "__len__", 0, (PyBuiltin.F0) (ts, self) -> PyInt.of(ts, ((PyList) self).size));
    def(l, "__getitem__", 1, (PyBuiltin.F1) (ts, self, key) -> listGet(ts, (PyList) self, key));
    def(
        l,
        "__setitem__",
        2,
        (PyBuiltin.F2)
            (ts, self, key, value) -> {
              listSet(ts, (PyList) self, key, value);
              return PySingleton.NONE;
            });
    def(
        l,
        "__delitem__",
        1,
        (PyBuiltin.F1)
            (ts, self, key) -> {
              listDel(ts, (PyList) self, key);
              return PySingleton.NONE;
            });
    def(
        l,
        "__contains__",
        1,
        (PyBuiltin.F1)
            (ts, self, x) ->
                PyBool.of(indexOf(ts, ((PyList) self).items, ((PyList) self).size, x, 0) >= 0));
    def(
        l,
        "__iter__",
        0,
        (PyBuiltin.F0) (ts, self) -> new Iterators.SeqIter(ts, Iterators.LIST_ITER, self));
    def(
        l,
        "__reversed__",
        0,
        (PyBuiltin.F0) (ts, self) -> new Iterators.ListReverseIter(ts, (PyList) self));
    def(
        l,
        "__add__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              if (!(other instanceof PyList o)) {
                return PySingleton.NOT_IMPLEMENTED;
              }
              PyList a = (PyList) self;
              PyList r = new PyList(ts);
              r.grow(ts, a.size + o.size);
              for (int i = 0; i < a.size; i++) {
                r.append(ts, a.items[i]);
              }
              for (int i = 0; i < o.size; i++) {
                r.append(ts, o.items[i]);
              }
              return r;
            });
    def(
        l,
        "__iadd__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              extend(ts, (PyList) self, other);
              return Ops.newRef(ts, self);
            });
    def(l, "__mul__", 1, (PyBuiltin.F1) (ts, self, count) -> repeatList(ts, (PyList) self, count));
    def(l, "__rmul__", 1, (PyBuiltin.F1) (ts, self, count) -> repeatList(ts, (PyList) self, count));
    def(
        l,
        "__imul__",
        1,
        (PyBuiltin.F1)
            (ts, self, count) -> {
              PyList a = (PyList) self;
              PyObject repeated = repeatList(ts, a, count);
              if (!(repeated instanceof PyList r)) {
                return repeated;
              }
              PyObject[] old = a.items;
              int oldSize = a.size;
              a.setItems(r.items);
              a.size = r.size;
              r.setItems(old);
              r.size = oldSize;
              Ops.decref(ts, r);
              return Ops.newRef(ts, self);
            });
    for (int op = 0; op < 6; op++) {
      int which = op;
      def(
          l,
          Compare.NAMES[op],
          1,
          (PyBuiltin.F1) (ts, self, other) -> Compare.builtin(ts, self, other, which));
    }
    Bootstrap.constant(l, "__hash__", PySingleton.NONE);
    def(l, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, Repr.builtinRepr(ts, self)));
    def(
        l,
        "append",
        1,
        (PyBuiltin.F1)
            (ts, self, x) -> {
              ((PyList) self).append(ts, x);
              return PySingleton.NONE;
            });
    def(
        l,
        "extend",
        1,
        (PyBuiltin.F1)
            (ts, self, x) -> {
              extend(ts, (PyList) self, x);
              return PySingleton.NONE;
            });
    def(
        l,
        "insert",
        2,
        (PyBuiltin.F2)
            (ts, self, index, x) -> {
              PyList a = (PyList) self;
              long i = Ops.index(ts, index);
              if (i < 0) {
                i = Math.max(0, i + a.size);
              }
              i = Math.min(i, a.size);
              a.grow(ts, a.size + 1);
              System.arraycopy(a.items, (int) i, a.items, (int) i + 1, a.size - (int) i);
              a.items[(int) i] = Ops.newRef(ts, x);
              a.size++;
              return PySingleton.NONE;
            });
    def(
        l,
        "pop",
        0,
        (PyBuiltin.F1)
            (ts, self, index) -> {
              PyList a = (PyList) self;
              if (a.size == 0) {
                throw Exc.indexError(ts, "pop from empty list");
              }
              long i = index == null ? a.size - 1 : normalize(Ops.index(ts, index), a.size);
              if (i < 0) {
                throw Exc.indexError(ts, "pop index out of range");
              }
              PyObject v = a.items[(int) i];
              System.arraycopy(a.items, (int) i + 1, a.items, (int) i, a.size - (int) i - 1);
              a.items[--a.size] = null;
              return v;
            });
    def(
        l,
        "remove",
        1,
        (PyBuiltin.F1)
            (ts, self, x) -> {
              PyList a = (PyList) self;
              int i = indexOf(ts, a.items, a.size, x, 0);
              if (i < 0) {
                throw Exc.valueError(ts, "list.remove(x): x not in list");
              }
              PyObject v = a.items[i];
              System.arraycopy(a.items, i + 1, a.items, i, a.size - i - 1);
              a.items[--a.size] = null;
              Ops.decref(ts, v);
              return PySingleton.NONE;
            });
    def(
        l,
        "index",
        1,
        (PyBuiltin.F3)
            (ts, self, x, start, stop) -> {
              PyList a = (PyList) self;
              int from = start == null ? 0 : (int) clampIndex(ts, start, a.size);
              int to = stop == null ? a.size : (int) clampIndex(ts, stop, a.size);
              int i = indexOf(ts, a.items, Math.min(to, a.size), x, from);
              if (i < 0) {
                throw Exc.valueError(ts, Ops.reprString(ts, x) + " is not in list");
              }
              return PyInt.of(ts, i);
            });
    def(
        l,
        "count",
        1,
        (PyBuiltin.F1)
            (ts, self, x) -> {
              PyList a = (PyList) self;
              int c = 0;
              for (int i = 0; i < a.size; i++) {
                if (Ops.keysEqual(ts, a.items[i], x)) {
                  c++;
                }
              }
              return PyInt.of(ts, c);
            });
    def(
        l,
        "reverse",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyList a = (PyList) self;
              for (int i = 0, j = a.size - 1; i < j; i++, j--) {
                PyObject t = a.items[i];
                a.items[i] = a.items[j];
                a.items[j] = t;
              }
              return PySingleton.NONE;
            });
    def(
        l,
        "copy",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyList a = (PyList) self;
              PyList r = new PyList(ts);
              r.grow(ts, a.size);
              for (int i = 0; i < a.size; i++) {
                r.append(ts, a.items[i]);
              }
              return r;
            });
    def(
        l,
        "clear",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              clear(ts, (PyList) self);
              return PySingleton.NONE;
            });
    def(
        l,
        "sort",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> {
              if (n - (kw == null ? 0 : kw.items.length) > 0) {
                throw Exc.typeError(ts, "sort() takes no positional arguments");
              }
              ArgParser p = new ArgParser(ts, "sort", args, off, n, kw, "*key", "*reverse");
              PyObject key = p.get(0, PySingleton.NONE);
              sort(
                  ts,
                  (PyList) self,
                  key == PySingleton.NONE ? null : key,
                  p.has(1) && Ops.isTrue(ts, p.get(1)));
              return PySingleton.NONE;
            });
    tupleSetup();
    rangeSetup();
  }

  static void clear(ThreadState ts, PyList list) {
    PyObject[] old = list.items;
    int n = list.size;
    list.setItems(new PyObject[0]);
    list.size = 0;
    for (int i = n - 1; i >= 0; i--) {
      Ops.decref(ts, old[i]); // last to first, as CPython's list_clear
    }
  }

  private static long clampIndex(ThreadState ts, PyObject v, int size) {
    long i = Ops.indexClamped(ts, v);
    if (i < 0) {
      i = Math.max(0, i + size);
    }
    return Math.min(i, size);
  }

  static int indexOf(ThreadState ts, PyObject[] items, int size, PyObject x, int from) {
    for (int i = from; i < size; i++) {
      if (Ops.keysEqual(ts, items[i], x)) {
        return i;
      }
    }
    return -1;
  }

  private static PyObject repeatList(ThreadState ts, PyList a, PyObject count) {
    if (!(count instanceof PyInt) && count.type.lookup("__index__") == null) {
      return PySingleton.NOT_IMPLEMENTED;
    }
    long n = Math.max(0, Ops.index(ts, count));
    if (n * a.size > Integer.MAX_VALUE - 16) {
      throw Exc.raise(ts, Exc.MemoryError, "");
    }
    PyList r = new PyList(ts);
    r.grow(ts, (int) (n * a.size));
    for (long k = 0; k < n; k++) {
      for (int i = 0; i < a.size; i++) {
        r.append(ts, a.items[i]);
      }
    }
    return r;
  }

  /**
   * {@code list.sort}: stable, comparing with {@code <} only, as CPython's timsort; {@code reverse}
   * reverses before and after so equal items keep their order. The list is empty while it sorts, so
   * a key function that mutates it is caught.
   */
  public static void sort(ThreadState ts, PyList list, PyObject key, boolean reverse) {
    int n = list.size;
    PyObject[] items = Arrays.copyOf(list.items, n);
    PyObject[] saved = list.items;
    list.setItems(new PyObject[0]);
    list.size = 0;
    PyObject[] keys = null;
    try {
      if (reverse) {
        reverseArray(items, n);
      }
      PyObject[] k = items;
      if (key != null) {
        keys = new PyObject[n];
        for (int i = 0; i < n; i++) {
          keys[i] = Ops.call1(ts, key, items[i]);
        }
        k = keys;
      }
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      PyObject[] kk = k;
      if (n < SMALL_SORT) {
        smallSort(ts, order, kk);
      } else {
        try {
          Arrays.sort(
              order,
              (x, y) -> lessThan(ts, kk[x], kk[y]) ? -1 : lessThan(ts, kk[y], kk[x]) ? 1 : 0);
        } catch (IllegalArgumentException inconsistent) {
          insertionSort(ts, order, kk);
        }
      }
      PyObject[] sorted = new PyObject[n];
      for (int i = 0; i < n; i++) {
        sorted[i] = items[order[i]];
      }
      if (reverse) {
        reverseArray(sorted, n);
      }
      System.arraycopy(sorted, 0, saved, 0, n);
    } catch (RuntimeException e) {
      if (reverse) {
        reverseArray(items, n);
      }
      System.arraycopy(items, 0, saved, 0, n);
      throw e;
    } finally {
      boolean modified = list.size != 0;
      PyObject[] during = list.items;
      int duringSize = list.size;
      list.setItems(saved);
      list.size = n;
      for (int i = 0; i < duringSize; i++) {
        Ops.decref(ts, during[i]);
      }
      if (keys != null) {
        for (PyObject c : keys) {
          Ops.xdecref(ts, c);
        }
      }
      if (modified) {
        throw Exc.valueError(ts, "list modified during sort");
      }
    }
  }

  /**
   * Below CPython's minimum run length (64) its timsort is one {@code count_run} followed by a
   * binary insertion sort; this is that algorithm, so that {@code __lt__} is called on the same
   * pairs in the same order as in CPython ({@code Objects/listobject.c}).
   */
  private static final int SMALL_SORT = 64;

  private static void smallSort(ThreadState ts, Integer[] order, PyObject[] keys) {
    int n = order.length;
    if (n < 2) {
      return;
    }
    int run = 2;
    if (lessThan(ts, keys[order[1]], keys[order[0]])) {
      while (run < n && lessThan(ts, keys[order[run]], keys[order[run - 1]])) {
        run++;
      }
      for (int a = 0, b = run - 1; a < b; a++, b--) {
        Integer t = order[a];
        order[a] = order[b];
        order[b] = t;
      }
    } else {
      while (run < n && !lessThan(ts, keys[order[run]], keys[order[run - 1]])) {
        run++;
      }
    }
    for (int start = run; start < n; start++) {
      Integer pivot = order[start];
      int l = 0, r = start;
      do {
        int p = l + ((r - l) >> 1);
        if (lessThan(ts, keys[pivot], keys[order[p]])) {
          r = p;
        } else {
          l = p + 1;
        }
      } while (l < r);
      System.arraycopy(order, l, order, l + 1, start - l);
      order[l] = pivot;
    }
  }

  private static void reverseArray(PyObject[] a, int n) {
    for (int i = 0, j = n - 1; i < j; i++, j--) {
      PyObject t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /**
   * The fallback for keys whose {@code <} is not a total order (NaN): stable and {@code <}-only.
   */
  private static void insertionSort(ThreadState ts, Integer[] order, PyObject[] keys) {
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int i = 1; i < order.length; i++) {
      Integer x = order[i];
      int j = i - 1;
      while (j >= 0 && lessThan(ts, keys[x], keys[order[j]])) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = x;
    }
  }

  static boolean lessThan(ThreadState ts, PyObject a, PyObject b) {
    if (a.type == PyInt.TYPE && b.type == PyInt.TYPE) {
      PyInt x = (PyInt) a, y = (PyInt) b;
      if (x.big == null && y.big == null) {
        return x.value < y.value;
      }
    }
    if (a.type == PyStr.TYPE && b.type == PyStr.TYPE) {
      return Compare.compareStrings(((PyStr) a).value, ((PyStr) b).value) < 0;
    }
    PyObject r = Compare.richCompare(ts, a, b, Compare.LT);
    try {
      return Ops.isTrue(ts, r);
    } finally {
      Ops.decref(ts, r);
    }
  }

  static PyObject listGet(ThreadState ts, PyList a, PyObject key) {
    if (key instanceof PySlice s) {
      long[] r = s.indices(ts, a.size);
      int count = (int) r[3];
      PyObject[] items = new PyObject[count];
      for (int i = 0; i < count; i++) {
        items[i] = Ops.newRef(ts, a.items[(int) (r[0] + i * r[2])]);
      }
      return PyList.steal(ts, items, count);
    }
    if (!(key instanceof PyInt) && key.type.lookup("__index__") == null) {
      throw Exc.typeError(ts, "list indices must be integers or slices, not " + key.typeName());
    }
    long i = normalize(Ops.index(ts, key), a.size);
    if (i < 0) {
      throw Exc.indexError(ts, "list index out of range");
    }
    return Ops.newRef(ts, a.items[(int) i]);
  }

  static void listSet(ThreadState ts, PyList a, PyObject key, PyObject value) {
    if (key instanceof PySlice s) {
      PyList src = value == a ? toList(ts, value) : null;
      PyObject[] newItems;
      int m;
      if (src != null) {
        newItems = src.items;
        m = src.size;
      } else if (value instanceof PyList vl) {
        newItems = vl.items;
        m = vl.size;
      } else {
        if (value.type.lookup("__iter__") == null && value.type.lookup("__getitem__") == null) {
          throw Exc.typeError(ts, "can only assign an iterable");
        }
        src = toList(ts, value);
        newItems = src.items;
        m = src.size;
      }
      try {
        long[] r = s.indices(ts, a.size);
        long start = r[0], step = r[2], count = r[3];
        if (step == 1) {
          long stop = Math.max(start, r[1]);
          int removed = (int) (stop - start);
          PyObject[] old = Arrays.copyOfRange(a.items, (int) start, (int) stop);
          int newSize = a.size - removed + m;
          PyObject[] out = new PyObject[Math.max(newSize, 1)];
          System.arraycopy(a.items, 0, out, 0, (int) start);
          for (int i = 0; i < m; i++) {
            out[(int) start + i] = Ops.newRef(ts, newItems[i]);
          }
          System.arraycopy(a.items, (int) stop, out, (int) start + m, a.size - (int) stop);
          a.setItems(out);
          a.size = newSize;
          for (PyObject o : old) {
            Ops.decref(ts, o);
          }
          return;
        }
        if (m != count) {
          throw Exc.valueError(
              ts,
              "attempt to assign sequence of size " + m + " to extended slice of size " + count);
        }
        for (int i = 0; i < count; i++) {
          int at = (int) (start + i * step);
          PyObject old = a.items[at];
          a.items[at] = Ops.newRef(ts, newItems[i]);
          Ops.decref(ts, old);
        }
      } finally {
        Ops.xdecref(ts, src);
      }
      return;
    }
    if (!(key instanceof PyInt) && key.type.lookup("__index__") == null) {
      throw Exc.typeError(ts, "list indices must be integers or slices, not " + key.typeName());
    }
    long i = normalize(Ops.index(ts, key), a.size);
    if (i < 0) {
      throw Exc.indexError(ts, "list assignment index out of range");
    }
    PyObject old = a.items[(int) i];
    a.items[(int) i] = Ops.newRef(ts, value);
    Ops.decref(ts, old);
  }

  static void listDel(ThreadState ts, PyList a, PyObject key) {
    if (key instanceof PySlice s) {
      long[] r = s.indices(ts, a.size);
      long start = r[0], step = r[2], count = r[3];
      if (count == 0) {
        return;
      }
      boolean[] remove = new boolean[a.size];
      for (int i = 0; i < count; i++) {
        remove[(int) (start + i * step)] = true;
      }
      PyObject[] kept = new PyObject[a.size];
      PyObject[] dropped = new PyObject[(int) count];
      int k = 0, d = 0;
      for (int i = 0; i < a.size; i++) {
        if (remove[i]) {
          dropped[d++] = a.items[i];
        } else {
          kept[k++] = a.items[i];
        }
      }
      a.setItems(kept);
      a.size = k;
      for (PyObject o : dropped) {
        Ops.decref(ts, o);
      }
      return;
    }
    if (!(key instanceof PyInt) && key.type.lookup("__index__") == null) {
      throw Exc.typeError(ts, "list indices must be integers or slices, not " + key.typeName());
    }
    long i = normalize(Ops.index(ts, key), a.size);
    if (i < 0) {
      throw Exc.indexError(ts, "list assignment index out of range");
    }
    PyObject v = a.items[(int) i];
    System.arraycopy(a.items, (int) i + 1, a.items, (int) i, a.size - (int) i - 1);
    a.items[--a.size] = null;
    Ops.decref(ts, v);
  }

  // --- tuple ---

  private static void tupleSetup() {
    PyType t = PyTuple.TYPE;
    Bootstrap.newMethod(
        t,
        (ts, self, args, off, n, kw) -> {
          PyType cls = (PyType) args[off];
          if (kw != null && kw.items.length > 0) {
            throw Exc.typeError(ts, "tuple() takes no keyword arguments");
          }
          if (n > 2) {
            throw Exc.typeError(ts, "tuple expected at most 1 argument, got " + (n - 1));
          }
          PyTuple items = n > 1 ? toTuple(ts, args[off + 1]) : PyTuple.EMPTY;
          if (cls == PyTuple.TYPE) {
            return items;
          }
          PyObject[] copy = new PyObject[items.items.length];
          for (int i = 0; i < copy.length; i++) {
            copy[i] = Ops.newRef(ts, items.items[i]);
          }
          Ops.decref(ts, items);
          return PyTuple.ofType(ts, cls, copy);
        });
    def(t, "__len__", 0, (PyBuiltin.F0) (ts, self) -> PyInt.of(ts, ((PyTuple) self).items.length));
    def(t, "__getitem__", 1, (PyBuiltin.F1) (ts, self, key) -> tupleGet(ts, (PyTuple) self, key));
    def(
        t,
        "__contains__",
        1,
        (PyBuiltin.F1)
            (ts, self, x) ->
                PyBool.of(
                    indexOf(ts, ((PyTuple) self).items, ((PyTuple) self).items.length, x, 0) >= 0));
    def(
        t,
        "__iter__",
        0,
        (PyBuiltin.F0) (ts, self) -> new Iterators.SeqIter(ts, Iterators.TUPLE_ITER, self));
    def(
        t,
        "__hash__",
        0,
        (PyBuiltin.F0) (ts, self) -> PyInt.of(ts, Ops.tupleHash(ts, (PyTuple) self)));
    def(t, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, Repr.builtinRepr(ts, self)));
    def(
        t,
        "__add__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              if (!(other instanceof PyTuple o)) {
                return PySingleton.NOT_IMPLEMENTED;
              }
              PyObject[] a = ((PyTuple) self).items;
              PyObject[] r = new PyObject[a.length + o.items.length];
              for (int i = 0; i < a.length; i++) {
                r[i] = Ops.newRef(ts, a[i]);
              }
              for (int i = 0; i < o.items.length; i++) {
                r[a.length + i] = Ops.newRef(ts, o.items[i]);
              }
              return PyTuple.steal(ts, r);
            });
    PyBuiltin.F1 mul =
        (ts, self, count) -> {
          if (!(count instanceof PyInt) && count.type.lookup("__index__") == null) {
            return PySingleton.NOT_IMPLEMENTED;
          }
          PyObject[] a = ((PyTuple) self).items;
          long n = Math.max(0, Ops.index(ts, count));
          if (n == 1 && self.type == PyTuple.TYPE) {
            return Ops.newRef(ts, self);
          }
          PyObject[] r = new PyObject[(int) (n * a.length)];
          for (int i = 0; i < r.length; i++) {
            r[i] = Ops.newRef(ts, a[i % a.length]);
          }
          return PyTuple.steal(ts, r);
        };
    def(t, "__mul__", 1, mul);
    def(t, "__rmul__", 1, mul);
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
        "index",
        1,
        (PyBuiltin.F3)
            (ts, self, x, start, stop) -> {
              PyObject[] a = ((PyTuple) self).items;
              int from = start == null ? 0 : (int) clampIndex(ts, start, a.length);
              int to = stop == null ? a.length : (int) clampIndex(ts, stop, a.length);
              int i = indexOf(ts, a, to, x, from);
              if (i < 0) {
                throw Exc.valueError(ts, "tuple.index(x): x not in tuple");
              }
              return PyInt.of(ts, i);
            });
    def(
        t,
        "count",
        1,
        (PyBuiltin.F1)
            (ts, self, x) -> {
              int c = 0;
              for (PyObject item : ((PyTuple) self).items) {
                if (Ops.keysEqual(ts, item, x)) {
                  c++;
                }
              }
              return PyInt.of(ts, c);
            });
  }

  static PyObject tupleGet(ThreadState ts, PyTuple t, PyObject key) {
    if (key instanceof PySlice s) {
      long[] r = s.indices(ts, t.items.length);
      int count = (int) r[3];
      if (count == t.items.length && r[2] == 1 && t.type == PyTuple.TYPE) {
        return Ops.newRef(ts, t);
      }
      PyObject[] items = new PyObject[count];
      for (int i = 0; i < count; i++) {
        items[i] = Ops.newRef(ts, t.items[(int) (r[0] + i * r[2])]);
      }
      return PyTuple.steal(ts, items);
    }
    if (!(key instanceof PyInt) && key.type.lookup("__index__") == null) {
      throw Exc.typeError(ts, "tuple indices must be integers or slices, not " + key.typeName());
    }
    long i = normalize(Ops.index(ts, key), t.items.length);
    if (i < 0) {
      throw Exc.indexError(ts, "tuple index out of range");
    }
    return Ops.newRef(ts, t.items[(int) i]);
  }

  // --- range ---

  private static void rangeSetup() {
    PyType r = PyRange.TYPE;
    Bootstrap.newMethod(
        r,
        (ts, self, args, off, n, kw) -> {
          if (kw != null && kw.items.length > 0) {
            throw Exc.typeError(ts, "range() takes no keyword arguments");
          }
          int count = n - 1;
          if (count < 1 || count > 3) {
            throw Exc.typeError(
                ts,
                count < 1
                    ? "range expected at least 1 argument, got 0"
                    : "range expected at most 3 arguments, got " + count);
          }
          BigInteger start = BigInteger.ZERO, stop, step = BigInteger.ONE;
          if (count == 1) {
            stop = rangeArg(ts, args[off + 1]);
          } else {
            start = rangeArg(ts, args[off + 1]);
            stop = rangeArg(ts, args[off + 2]);
            if (count == 3) {
              step = rangeArg(ts, args[off + 3]);
              if (step.signum() == 0) {
                throw Exc.valueError(ts, "range() arg 3 must not be zero");
              }
            }
          }
          return PyRange.of(ts, start, stop, step);
        });
    def(
        r,
        "__len__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              if (((PyRange) self).big != null) {
                throw Exc.overflowError(ts, "Python int too large to convert to C ssize_t");
              }
              return PyInt.of(ts, ((PyRange) self).length);
            });
    def(
        r,
        "__iter__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyRange x = (PyRange) self;
              if (x.big != null) {
                return new Iterators.SeqIter(ts, Iterators.SEQ_ITER, x);
              }
              return new Iterators.RangeIter(ts, x.start, x.step, x.length);
            });
    def(
        r,
        "__reversed__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyRange x = (PyRange) self;
              return new Iterators.RangeIter(
                  ts, x.start + (x.length - 1) * x.step, -x.step, x.length);
            });
    def(r, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, self.toString()));
    def(
        r,
        "__contains__",
        1,
        (PyBuiltin.F1)
            (ts, self, x) -> {
              PyRange g = (PyRange) self;
              if (x.type == PyInt.TYPE || x.type == PyBool.TYPE) {
                PyInt i = (PyInt) x;
                if (i.big != null) {
                  return PyBool.FALSE;
                }
                long v = i.value;
                boolean in = g.step > 0 ? v >= g.start && v < g.stop : v <= g.start && v > g.stop;
                return PyBool.of(in && (v - g.start) % g.step == 0);
              }
              for (long k = 0; k < g.length; k++) {
                PyInt item = PyInt.of(ts, g.get(k));
                boolean eq = Ops.keysEqual(ts, item, x);
                Ops.decref(ts, item);
                if (eq) {
                  return PyBool.TRUE;
                }
              }
              return PyBool.FALSE;
            });
    def(
        r,
        "__getitem__",
        1,
        (PyBuiltin.F1)
            (ts, self, key) -> {
              PyRange g = (PyRange) self;
              if (g.big != null && !(key instanceof PySlice)) {
                return bigRangeItem(ts, g, key);
              }
              if (key instanceof PySlice s) {
                long[] ix = s.indices(ts, g.length);
                return PyRange.of(
                    ts, g.start + ix[0] * g.step, g.start + ix[1] * g.step, g.step * ix[2]);
              }
              long i = normalize(Ops.index(ts, key), g.length);
              if (i < 0) {
                throw Exc.indexError(ts, "range object index out of range");
              }
              return PyInt.of(ts, g.get(i));
            });
    def(
        r,
        "index",
        1,
        (PyBuiltin.F1)
            (ts, self, x) -> {
              PyRange g = (PyRange) self;
              for (long k = 0; k < g.length; k++) {
                PyInt item = PyInt.of(ts, g.get(k));
                boolean eq = Ops.keysEqual(ts, item, x);
                Ops.decref(ts, item);
                if (eq) {
                  return PyInt.of(ts, k);
                }
              }
              throw Exc.valueError(ts, Ops.reprString(ts, x) + " is not in range");
            });
    def(
        r,
        "count",
        1,
        (PyBuiltin.F1)
            (ts, self, x) -> {
              PyRange g = (PyRange) self;
              long c = 0;
              for (long k = 0; k < g.length; k++) {
                PyInt item = PyInt.of(ts, g.get(k));
                if (Ops.keysEqual(ts, item, x)) {
                  c++;
                }
                Ops.decref(ts, item);
              }
              return PyInt.of(ts, c);
            });
    for (int op = 0; op < 6; op++) {
      int which = op;
      def(
          r,
          Compare.NAMES[op],
          1,
          (PyBuiltin.F1) (ts, self, other) -> Compare.builtin(ts, self, other, which));
    }
    Bootstrap.getset(r, "start", (ts, self) -> PyInt.of(ts, ((PyRange) self).start), null);
    Bootstrap.getset(r, "stop", (ts, self) -> PyInt.of(ts, ((PyRange) self).stop), null);
    Bootstrap.getset(r, "step", (ts, self) -> PyInt.of(ts, ((PyRange) self).step), null);
  }

  private static BigInteger rangeArg(ThreadState ts, PyObject v) {
    if (!(v instanceof PyInt) && v.type.lookup("__index__") == null) {
      throw Exc.typeError(ts, "'" + v.typeName() + "' object cannot be interpreted as an integer");
    }
    PyInt i = Ops.indexInt(ts, v);
    try {
      return i.bigValue();
    } finally {
      Ops.decref(ts, i);
    }
  }

  /** {@code r[i]} for a range beyond the long range, computed with big integers. */
  private static PyObject bigRangeItem(ThreadState ts, PyRange g, PyObject key) {
    PyInt k = Ops.indexInt(ts, key);
    BigInteger i = k.bigValue();
    Ops.decref(ts, k);
    BigInteger n = g.big.length();
    if (i.signum() < 0) {
      i = i.add(n);
    }
    if (i.signum() < 0 || i.compareTo(n) >= 0) {
      throw Exc.indexError(ts, "range object index out of range");
    }
    return PyInt.of(ts, g.big.get(i));
  }
}
