package dev.weft.runtime.modules;

import dev.weft.runtime.objects.Compare;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyIter;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.CriticalSection;
import dev.weft.runtime.threads.ThreadState;

/**
 * {@code heapq}: a binary min-heap kept in a plain list, with CPython's algorithms step for step
 * ({@code _heapqmodule.c}: the same comparisons in the same order, so the list's layout after every
 * operation is CPython's, including the cache-friendly {@code heapify} of lists over 2,500 items),
 * and {@code merge}, {@code nsmallest}, {@code nlargest} with the results {@code heapq.py}
 * documents. As in the free-threaded CPython, each operation holds the list's critical section; a
 * comparison that changes the list's size raises RuntimeError.
 */
final class HeapqModule {
  private HeapqModule() {}

  static PyModule create(ThreadState ts) {
    dev.weft.runtime.objects.Bootstrap.readyIterator(MERGE, "heapq");
    PyModule m = new PyModule(ts, "heapq");
    fn(m, ts, "heappush", 2, (PyBuiltin.FN) HeapqModule::heappush);
    fn(m, ts, "heappop", 1, (PyBuiltin.F1) (t, s, h) -> locked(t, list(t, h, "heappop"), 0, null));
    fn(m, ts, "heapify", 1, (PyBuiltin.F1) (t, s, h) -> locked(t, list(t, h, "heapify"), 1, null));
    fn(m, ts, "heapreplace", 2, (PyBuiltin.FN) HeapqModule::heapreplace);
    fn(m, ts, "heappushpop", 2, (PyBuiltin.FN) HeapqModule::heappushpop);
    fn(
        m,
        ts,
        "nsmallest",
        2,
        (PyBuiltin.FN) (t, s, a, off, n, kw) -> select(t, a, off, n, kw, false));
    fn(
        m,
        ts,
        "nlargest",
        2,
        (PyBuiltin.FN) (t, s, a, off, n, kw) -> select(t, a, off, n, kw, true));
    fn(m, ts, "merge", 0, (PyBuiltin.FN) HeapqModule::merge);
    return m;
  }

  private static void fn(PyModule m, ThreadState ts, String name, int minArgs, Object impl) {
    m.put(ts, name, PyBuiltin.function(name, minArgs, impl));
  }

  private static PyList list(ThreadState ts, PyObject heap, String function) {
    if (!(heap instanceof PyList l)) {
      throw Exc.typeError(ts, function + "() argument must be list, not " + heap.typeName());
    }
    return l;
  }

  private static PyObject[] twoArguments(
      ThreadState ts, String name, PyObject[] a, int off, int n, PyTuple kw) {
    if (kw != null && kw.items.length > 0) {
      throw Exc.typeError(ts, name + "() takes no keyword arguments");
    }
    if (n != 2) {
      throw Exc.typeError(ts, name + " expected 2 arguments, got " + n);
    }
    if (!(a[off] instanceof PyList)) {
      throw Exc.typeError(ts, name + "() argument 1 must be list, not " + a[off].typeName());
    }
    return new PyObject[] {a[off], a[off + 1]};
  }

  private static PyObject heappush(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    PyObject[] args = twoArguments(ts, "heappush", a, off, n, kw);
    return locked(ts, (PyList) args[0], 2, args[1]);
  }

  private static PyObject heapreplace(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    PyObject[] args = twoArguments(ts, "heapreplace", a, off, n, kw);
    return locked(ts, (PyList) args[0], 3, args[1]);
  }

  private static PyObject heappushpop(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    PyObject[] args = twoArguments(ts, "heappushpop", a, off, n, kw);
    return locked(ts, (PyList) args[0], 4, args[1]);
  }

  /** One operation (0 pop, 1 heapify, 2 push, 3 replace, 4 pushpop) in the list's section. */
  private static PyObject locked(ThreadState ts, PyList heap, int op, PyObject item) {
    CriticalSection.begin(ts, heap);
    try {
      return switch (op) {
        case 0 -> pop(ts, heap);
        case 1 -> heapify(ts, heap);
        case 2 -> {
          heap.append(ts, item);
          siftDown(ts, heap, 0, heap.size - 1);
          yield PySingleton.NONE;
        }
        case 3 -> replace(ts, heap, item);
        default -> pushPop(ts, heap, item);
      };
    } finally {
      CriticalSection.end(ts);
    }
  }

  private static PyObject pop(ThreadState ts, PyList heap) {
    if (heap.size == 0) {
      throw Exc.indexError(ts, "index out of range");
    }
    PyObject last = heap.items[heap.size - 1];
    heap.items[--heap.size] = null;
    if (heap.size == 0) {
      return last;
    }
    PyObject top = heap.items[0];
    heap.items[0] = last;
    siftUp(ts, heap, 0);
    return top;
  }

  private static PyObject replace(ThreadState ts, PyList heap, PyObject item) {
    if (heap.size == 0) {
      throw Exc.indexError(ts, "index out of range");
    }
    PyObject top = heap.items[0];
    heap.items[0] = Ops.newRef(ts, item);
    siftUp(ts, heap, 0);
    return top;
  }

  private static PyObject pushPop(ThreadState ts, PyList heap, PyObject item) {
    if (heap.size == 0 || !less(ts, heap, heap.items[0], item, heap.size)) {
      return Ops.newRef(ts, item);
    }
    if (heap.size == 0) {
      throw Exc.indexError(ts, "index out of range");
    }
    return replace(ts, heap, item);
  }

  /** {@code a < b}; RuntimeError if the comparison changed the heap's size from {@code size}. */
  private static boolean less(ThreadState ts, PyList heap, PyObject a, PyObject b, int size) {
    Ops.incref(ts, a);
    Ops.incref(ts, b);
    boolean result;
    try {
      PyObject r = Compare.richCompare(ts, a, b, Compare.LT);
      try {
        result = Ops.isTrue(ts, r);
      } finally {
        Ops.decref(ts, r);
      }
    } finally {
      Ops.decref(ts, a);
      Ops.decref(ts, b);
    }
    if (heap.size != size) {
      throw Exc.raise(ts, Exc.RuntimeError, "list changed size during iteration");
    }
    return result;
  }

  /** CPython's {@code siftdown}: moves the item at {@code pos} up towards {@code start}. */
  private static void siftDown(ThreadState ts, PyList heap, int start, int pos) {
    int size = heap.size;
    while (pos > start) {
      int parentPos = (pos - 1) >> 1;
      if (!less(ts, heap, heap.items[pos], heap.items[parentPos], size)) {
        break;
      }
      PyObject[] arr = heap.items;
      PyObject parent = arr[parentPos];
      arr[parentPos] = arr[pos];
      arr[pos] = parent;
      pos = parentPos;
    }
  }

  /** CPython's {@code siftup}: the smaller child rises to a leaf, then the item sifts down. */
  private static void siftUp(ThreadState ts, PyList heap, int pos) {
    int end = heap.size;
    int start = pos;
    int limit = end >> 1;
    while (pos < limit) {
      int child = 2 * pos + 1;
      if (child + 1 < end && !less(ts, heap, heap.items[child], heap.items[child + 1], end)) {
        child++;
      }
      PyObject[] arr = heap.items;
      PyObject moved = arr[child];
      arr[child] = arr[pos];
      arr[pos] = moved;
      pos = child;
    }
    siftDown(ts, heap, start, pos);
  }

  private static PyObject heapify(ThreadState ts, PyList heap) {
    int n = heap.size;
    if (n > 2500) {
      cacheFriendlyHeapify(ts, heap);
    } else {
      for (int i = n / 2 - 1; i >= 0; i--) {
        siftUp(ts, heap, i);
      }
    }
    return PySingleton.NONE;
  }

  /**
   * CPython's {@code cache_friendly_heapify}: the same heap property by a different order of
   * sift-ups (a row's subtrees are finished while they are in cache), hence a different layout,
   * which programs can observe; so it is reproduced too.
   */
  private static void cacheFriendlyHeapify(ThreadState ts, PyList heap) {
    int m = heap.size >> 1;
    int leftmost = Integer.highestOneBit(m + 1) - 1;
    int mhalf = m >> 1;
    for (int i = leftmost - 1; i >= mhalf; i--) {
      siftUpChain(ts, heap, i);
    }
    for (int i = m - 1; i >= leftmost; i--) {
      siftUpChain(ts, heap, i);
    }
  }

  private static void siftUpChain(ThreadState ts, PyList heap, int j) {
    while (true) {
      siftUp(ts, heap, j);
      if ((j & 1) == 0) {
        break;
      }
      j >>= 1;
    }
  }

  private static final PythonSignature SELECT_SMALLEST =
      new PythonSignature("nsmallest", 2, 2, "n", "iterable", "key");
  private static final PythonSignature SELECT_LARGEST =
      new PythonSignature("nlargest", 2, 2, "n", "iterable", "key");

  /**
   * {@code nsmallest}/{@code nlargest}: {@code heapq.py} documents them as equal to {@code
   * sorted(iterable, key=key, reverse=largest)[:n]}, ties included, which is how they are computed
   * here.
   */
  private static PyObject select(
      ThreadState ts, PyObject[] a, int off, int n, PyTuple kw, boolean largest) {
    PyObject[] bound = (largest ? SELECT_LARGEST : SELECT_SMALLEST).bind(ts, a, off, n, kw);
    long count = Ops.index(ts, bound[0]);
    PyObject key = bound[2] == null || bound[2] == PySingleton.NONE ? null : bound[2];
    PyList all = (PyList) Ops.call1(ts, PyList.TYPE, bound[1]);
    try {
      dev.weft.runtime.objects.SequenceOps.sort(ts, all, key, largest);
      PyList out = new PyList(ts);
      for (int i = 0; i < Math.min(Math.max(count, 0), all.size); i++) {
        out.append(ts, all.items[i]);
      }
      return out;
    } finally {
      Ops.decref(ts, all);
    }
  }

  static final PyType MERGE = PyType.builtin("merge", null, 0, null); // a generator in CPython

  /**
   * {@code merge(*iterables, key=None, reverse=False)}: each step yields the least head (the
   * greatest with reverse), ties going to the earlier iterable, as {@code heapq.py}'s heap of
   * {@code [value, order, next]} entries decides them.
   */
  static final class Merge extends PyIter {
    final PyObject[] iterators;
    final PyObject[] heads; // null: exhausted or not yet read
    final PyObject[] keys;
    final PyObject key;
    final boolean reverse;
    boolean started;

    Merge(ThreadState ts, PyObject[] iterators, PyObject key, boolean reverse) {
      super(ts, MERGE);
      this.iterators = iterators;
      this.heads = new PyObject[iterators.length];
      this.keys = new PyObject[iterators.length];
      this.key = key;
      this.reverse = reverse;
    }

    private void advance(ThreadState ts, int i) {
      PyObject v = Ops.next(ts, iterators[i]);
      heads[i] = v;
      keys[i] = v == null ? null : key == null ? Ops.newRef(ts, v) : Ops.call1(ts, key, v);
    }

    @Override
    public PyObject next(ThreadState ts) {
      if (!started) {
        started = true;
        for (int i = 0; i < iterators.length; i++) {
          advance(ts, i);
        }
      }
      int best = -1;
      for (int i = 0; i < heads.length; i++) {
        if (heads[i] == null) {
          continue;
        }
        if (best < 0) {
          best = i;
          continue;
        }
        PyObject r =
            reverse
                ? Compare.richCompare(ts, keys[best], keys[i], Compare.LT)
                : Compare.richCompare(ts, keys[i], keys[best], Compare.LT);
        try {
          if (Ops.isTrue(ts, r)) {
            best = i;
          }
        } finally {
          Ops.decref(ts, r);
        }
      }
      if (best < 0) {
        return null;
      }
      PyObject out = heads[best];
      Ops.decref(ts, keys[best]);
      heads[best] = null;
      keys[best] = null;
      advance(ts, best);
      return out;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      for (PyObject[] group : new PyObject[][] {iterators, heads, keys}) {
        for (PyObject o : group) {
          if (o != null) {
            visit.accept(o);
          }
        }
      }
      if (key != null) {
        visit.accept(key);
      }
    }

    @Override
    protected void release(dev.weft.refcount.RcThread thread) {
      for (PyObject[] group : new PyObject[][] {iterators, heads, keys}) {
        for (int i = 0; i < group.length; i++) {
          PyObject o = group[i];
          group[i] = null;
          Ops.xdecref(thread, o);
        }
      }
      Ops.xdecref(thread, key);
    }
  }

  private static PyObject merge(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    int nkw = kw == null ? 0 : kw.items.length;
    PyObject key = null;
    boolean reverse = false;
    for (int k = 0; k < nkw; k++) {
      String name = ((dev.weft.runtime.objects.PyStr) kw.items[k]).value;
      PyObject v = a[off + n - nkw + k];
      switch (name) {
        case "key" -> key = v == PySingleton.NONE ? null : v;
        case "reverse" -> reverse = Ops.isTrue(ts, v);
        default ->
            throw Exc.typeError(ts, "merge() got an unexpected keyword argument '" + name + "'");
      }
    }
    PyObject[] iterators = new PyObject[n - nkw];
    try {
      for (int i = 0; i < iterators.length; i++) {
        iterators[i] = Ops.iter(ts, a[off + i]);
      }
    } catch (RuntimeException e) {
      for (PyObject it : iterators) {
        Ops.xdecref(ts, it);
      }
      throw e;
    }
    if (key != null) {
      Ops.incref(ts, key);
    }
    return new Merge(ts, iterators, key, reverse);
  }
}
