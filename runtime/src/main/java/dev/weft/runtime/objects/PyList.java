package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.threads.ThreadState;
import java.util.Arrays;

/** {@code list}: a growable array of owned references; slots at and past {@link #size} are null. */
public class PyList extends PyObject {
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
  public final void appendSteal(PyObject item) {
    if (size == items.length) {
      grow(size + 1);
    }
    items[size++] = item;
  }

  /** Appends a new reference to {@code item}. */
  public final void append(ThreadState ts, PyObject item) {
    Ops.incref(ts, item);
    appendSteal(item);
  }

  /** Makes room for {@code minCapacity} items, over-allocating as CPython's list_resize. */
  public final void grow(int minCapacity) {
    if (minCapacity <= items.length) {
      return;
    }
    int capacity = minCapacity + (minCapacity >> 3) + 6;
    items = Arrays.copyOf(items, capacity);
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
