package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.threads.CriticalSection;
import dev.weft.runtime.threads.ThreadState;

/**
 * {@code collections.deque}: a ring buffer of owned references with an optional bound. CPython
 * keeps blocks of 64 items; the visible behaviour (indexing, rotation, trimming at {@code maxlen},
 * the {@code state} counter that makes an iterator fail with "deque mutated during iteration") is
 * the same. Every method runs in a critical section on the deque, as the free-threaded build's
 * {@code @critical_section} methods do ({@link Bootstrap#def} flags them), and its iterators read
 * under it too.
 */
public final class PyDeque extends PyObject implements HasDict {
  public static final PyType TYPE =
      PyType.builtin("collections.deque", null, PyType.BASETYPE, PyDeque::new);

  public static final PyType ITER = PyType.builtin("_collections._deque_iterator", null, 0, null);
  public static final PyType REVERSE_ITER =
      PyType.builtin("_collections._deque_reverse_iterator", null, 0, null);

  private static final PyObject[] EMPTY = new PyObject[0];

  /** Capacity a power of two (or 0); item {@code i} is {@code buf[(head + i) & (cap - 1)]}. */
  private PyObject[] buf = EMPTY;

  private int head;
  int size;

  /** The bound, or -1 when unbounded. */
  long maxlen = -1;

  /**
   * Bumped by every change of the deque's length or order (CPython's {@code state}); an iterator
   * that sees it move raises RuntimeError.
   */
  long state;

  private final InstanceDict namespace = new InstanceDict();

  PyDeque(ThreadState ts, PyType type) {
    super(ts.rc, type);
  }

  @Override
  public PyDict dict(ThreadState ts) {
    return namespace.get(ts);
  }

  /** The instance namespace if one was made (borrowed), else null. */
  PyDict namespaceIfAny() {
    return namespace.peek();
  }

  /** Item {@code i} (borrowed), {@code 0 <= i < size}. */
  PyObject get(int i) {
    return buf[(head + i) & (buf.length - 1)];
  }

  /** Replaces item {@code i}, returning the old reference (now the caller's). */
  PyObject set(int i, PyObject v) {
    int at = (head + i) & (buf.length - 1);
    PyObject old = buf[at];
    buf[at] = v;
    return old;
  }

  private void ensureCapacity(int n) {
    if (n <= buf.length) {
      return;
    }
    int cap = Math.max(8, Integer.highestOneBit(n - 1) << 1);
    PyObject[] grown = new PyObject[cap];
    for (int i = 0; i < size; i++) {
      grown[i] = get(i);
    }
    buf = grown;
    head = 0;
  }

  /**
   * Appends on the right, taking over {@code item}; returns the item trimmed on the left or null.
   */
  PyObject pushRight(PyObject item) {
    ensureCapacity(size + 1);
    buf[(head + size) & (buf.length - 1)] = item;
    size++;
    state++;
    return size > maxlen && maxlen >= 0 ? popLeft() : null;
  }

  /**
   * Appends on the left, taking over {@code item}; returns the item trimmed on the right or null.
   */
  PyObject pushLeft(PyObject item) {
    ensureCapacity(size + 1);
    head = (head - 1) & (buf.length - 1);
    buf[head] = item;
    size++;
    state++;
    return size > maxlen && maxlen >= 0 ? popRight() : null;
  }

  /** Removes the rightmost item, returning its reference; size must be positive. */
  PyObject popRight() {
    int at = (head + size - 1) & (buf.length - 1);
    PyObject v = buf[at];
    buf[at] = null;
    size--;
    state++;
    return v;
  }

  PyObject popLeft() {
    PyObject v = buf[head];
    buf[head] = null;
    head = (head + 1) & (buf.length - 1);
    size--;
    state++;
    return v;
  }

  /** Rotates {@code n} steps to the right (negative: left), as {@code deque.rotate}. */
  void rotate(long n) {
    if (size <= 1) {
      return;
    }
    long k = n % size;
    if (k < 0) {
      k += size;
    }
    if (k == 0) {
      return;
    }
    PyObject[] out = new PyObject[buf.length];
    for (int i = 0; i < size; i++) {
      out[(int) ((i + k) % size)] = get(i);
    }
    buf = out;
    head = 0;
    state++;
  }

  void reverse() {
    for (int i = 0, j = size - 1; i < j; i++, j--) {
      PyObject a = get(i);
      set(i, set(j, a));
    }
  }

  /** Removes item {@code i}, returning its reference. */
  PyObject removeAt(int i) {
    PyObject v = get(i);
    for (int j = i; j < size - 1; j++) {
      set(j, get(j + 1));
    }
    set(size - 1, null);
    size--;
    state++;
    return v;
  }

  /** Inserts {@code item} (taken over) before position {@code i}, {@code 0 <= i <= size}. */
  void insertAt(int i, PyObject item) {
    ensureCapacity(size + 1);
    size++;
    for (int j = size - 1; j > i; j--) {
      set(j, get(j - 1));
    }
    set(i, item);
    state++;
  }

  /** The items as new references, in order (read under the deque's lock). */
  PyObject[] snapshot(ThreadState ts) {
    CriticalSection.begin(ts, this);
    try {
      PyObject[] out = new PyObject[size];
      for (int i = 0; i < size; i++) {
        out[i] = Ops.newRef(ts, get(i));
      }
      return out;
    } finally {
      CriticalSection.end(ts);
    }
  }

  /** Empties the deque; the items are dropped after it is empty, left to right. */
  void clear(ThreadState ts) {
    PyObject[] old = buf;
    int h = head, n = size;
    buf = EMPTY;
    head = 0;
    size = 0;
    state++;
    for (int i = 0; i < n; i++) {
      Ops.decref(ts, old[(h + i) & (old.length - 1)]);
    }
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    for (int i = 0; i < size; i++) {
      visit.accept(get(i));
    }
    namespace.traverse(visit);
  }

  @Override
  protected void release(RcThread thread) {
    PyObject[] old = buf;
    int h = head, n = size;
    buf = EMPTY;
    head = 0;
    size = 0;
    for (int i = 0; i < n; i++) {
      Ops.decref(thread, old[(h + i) & (old.length - 1)]);
    }
    namespace.release(thread);
  }

  /** The deque's iterator, forwards or backwards; fails once the deque's state moves. */
  static final class Iter extends PyIter {
    private PyDeque deque;
    private final boolean reversed;
    private final long state;
    private int index;
    private int counter;

    Iter(ThreadState ts, PyDeque deque, boolean reversed) {
      super(ts, reversed ? REVERSE_ITER : ITER);
      this.deque = Ops.newRef(ts, deque);
      this.reversed = reversed;
      CriticalSection.begin(ts, deque);
      try {
        this.state = deque.state;
        this.counter = deque.size;
        this.index = reversed ? deque.size - 1 : 0;
      } finally {
        CriticalSection.end(ts);
      }
    }

    @Override
    public PyObject next(ThreadState ts) {
      PyDeque d = deque;
      if (d == null) {
        return null;
      }
      CriticalSection.begin(ts, d);
      try {
        if (d.state != state) {
          counter = 0;
          throw Exc.runtimeError(ts, "deque mutated during iteration");
        }
        if (counter == 0) {
          return null;
        }
        PyObject item = d.get(index);
        index += reversed ? -1 : 1;
        counter--;
        return Ops.newRef(ts, item);
      } finally {
        CriticalSection.end(ts);
      }
    }

    int remaining() {
      return counter;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      visitNonNull(visit, deque);
    }

    @Override
    protected void release(RcThread thread) {
      PyDeque d = deque;
      deque = null;
      Ops.xdecref(thread, d);
    }
  }
}
