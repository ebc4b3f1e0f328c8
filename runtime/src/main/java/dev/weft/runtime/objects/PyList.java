package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.refcount.Refcount;
import dev.weft.runtime.threads.CriticalSection;
import dev.weft.runtime.threads.ThreadState;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * {@code list}: a growable array of owned references; slots at and past {@link #size} are null.
 *
 * <p>Threads. Writers hold the list's critical section ({@link CriticalSection}); {@link
 * #getItemRef} reads without it, as CPython's {@code list_get_item_ref}: it loads the array once
 * (acquire), bounds-checks against that array, loads the slot (acquire) and takes a reference only
 * if the slot still holds the item after the increment ({@link Refcount#tryIncrefCompare}) and the
 * array is still the list's, so it never returns an item that was freed or that left index {@code
 * i} before the read (LIST_01; the jcstress test found the missing array re-check). When that fails
 * it reads under the lock and marks the item so that the next lock-free read succeeds. Writers
 * publish new arrays and new items with release stores. A replaced array is left to the JVM's
 * collector, which keeps it intact for as long as a stale reader holds it.
 */
public class PyList extends PyObject {
  private static final VarHandle ITEMS,
      SLOT = MethodHandles.arrayElementVarHandle(PyObject[].class);

  static {
    try {
      ITEMS = MethodHandles.lookup().findVarHandle(PyList.class, "items", PyObject[].class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  public static final PyType TYPE =
      PyType.builtin("list", null, PyType.BASETYPE, (ts, t) -> new Sub(ts, t));

  private static final PyObject[] EMPTY = new PyObject[0];

  public PyObject[] items;
  public int size;

  public PyList(ThreadState ts) {
    super(ts.rc, TYPE);
    this.items = EMPTY;
  }

  PyList(ThreadState ts, PyType type) {
    super(ts.rc, type);
    this.items = EMPTY;
  }

  /** A list owning the references in {@code items[0, n)}; the array is kept. */
  public static PyList steal(ThreadState ts, PyObject[] items, int n) {
    PyList list = new PyList(ts);
    list.items = items;
    list.size = n;
    return list;
  }

  /** Appends, taking ownership of {@code item}. */
  public final void appendSteal(ThreadState ts, PyObject item) {
    if (size == items.length) {
      grow(ts, size + 1);
    }
    SLOT.setRelease(items, size, item);
    size++;
  }

  /** Appends a new reference to {@code item}. */
  public final void append(ThreadState ts, PyObject item) {
    Ops.incref(ts, item);
    appendSteal(ts, item);
  }

  /**
   * Makes room for {@code minCapacity} items, over-allocating as CPython's list_resize; the new
   * array comes from the thread's heap and the old one is retired ({@link #retire}).
   */
  public final void grow(ThreadState ts, int minCapacity) {
    if (minCapacity <= items.length) {
      return;
    }
    int capacity = minCapacity + (minCapacity >> 3) + 6;
    PyObject[] old = items;
    PyObject[] grown =
        ts.heap != null ? (PyObject[]) ts.heap.allocateObjects(capacity) : new PyObject[capacity];
    System.arraycopy(old, 0, grown, 0, size);
    ITEMS.setRelease(this, grown);
    retire(ts, old, size);
  }

  /** Installs a new item array (built by the caller, under the list's critical section). */
  public final void setItems(PyObject[] replacement) {
    ITEMS.setRelease(this, replacement);
  }

  /**
   * Returns a replaced item array to the thread's heap. Once another thread may read the list
   * lock-free (it is shared, or this thread is not its owner, CPython's {@code
   * ensure_shared_on_resize}), the array goes through QSBR delayed free: it stays intact until
   * every thread has passed a quiescent state, so a stale reader never sees it reused (LIST_01).
   * Otherwise it is pooled at once.
   */
  private void retire(ThreadState ts, PyObject[] old, int used) {
    if (old.length == 0) {
      return;
    }
    if (!isShared() && ownerId() != ts.rc.id()) {
      setShared();
    }
    if (isShared()) {
      ts.heap.freeDelayed(old);
      ts.requestBreak(ThreadState.DELAYED_FREE);
    } else {
      ts.heap.free(old, used);
    }
  }

  /** Stores into slot {@code i} with a release store (lock-free readers see a whole object). */
  public final void setSlot(int i, PyObject value) {
    SLOT.setRelease(items, i, value);
  }

  /**
   * {@code self[i]} for {@code 0 <= i}, without the lock: a new reference, or null when {@code i}
   * is past the end.
   */
  public final PyObject getItemRef(ThreadState ts, int i) {
    if (i >= size) {
      return null;
    }
    if (isShared() || ownerId() == ts.rc.id()) {
      PyObject[] a = (PyObject[]) ITEMS.getAcquire(this);
      if (i < a.length) {
        PyObject item = (PyObject) SLOT.getAcquire(a, i);
        if (item != null && Refcount.tryIncrefCompare(ts.rc, a, i, item)) {
          // The slot re-check must be in the current array: an array replaced by a resize still
          // holds an item that was popped and freed since, perhaps recycled and alive again.
          if (ITEMS.getAcquire(this) == a) {
            return item;
          }
          Ops.decref(ts, item);
        }
      }
    }
    return getItemLocked(ts, i);
  }

  /** The locked read (CPython's {@code list_item_impl}); marks the list and the item shared. */
  private PyObject getItemLocked(ThreadState ts, int i) {
    CriticalSection.begin(ts, this);
    try {
      if (!isShared()) {
        setShared();
      }
      if (i >= size) {
        return null;
      }
      PyObject item = items[i];
      Refcount.setMaybeWeakref(item);
      Ops.incref(ts, item);
      return item;
    } finally {
      CriticalSection.end(ts);
    }
  }

  public final PyObject get(int i) {
    return items[i];
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    for (int i = 0; i < size; i++) {
      visit.accept(items[i]);
    }
  }

  @Override
  protected void release(RcThread thread) {
    PyObject[] a = items;
    int n = size;
    items = EMPTY;
    size = 0;
    for (int i = n - 1; i >= 0; i--) {
      Ops.decref(thread, a[i]); // last to first, as CPython's list_dealloc
    }
    ThreadState ts = ThreadState.of(thread);
    if (ts.heap != null) {
      retire(ts, a, n);
    }
  }

  /** Instances of list subclasses. */
  public static final class Sub extends PyList implements HasDict {
    private final InstanceDict namespace = new InstanceDict();

    Sub(ThreadState ts, PyType type) {
      super(ts, type);
    }

    @Override
    public PyDict dict(ThreadState ts) {
      return namespace.get(ts);
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      super.traverse(visit);
      namespace.traverse(visit);
    }

    @Override
    protected void release(RcThread thread) {
      super.release(thread);
      namespace.release(thread);
    }
  }
}
