package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.threads.ThreadState;

/**
 * {@code tuple}: an immutable array of owned references. The empty tuple is one immortal object.
 */
public class PyTuple extends PyObject {
  static final PyObject[] NO_ITEMS = new PyObject[0];

  public static final PyType TYPE =
      PyType.builtin("tuple", null, PyType.BASETYPE, (ts, t) -> new Sub(ts, t, new PyObject[0]));

  public static final PyTuple EMPTY = new PyTuple(NO_ITEMS);

  public final PyObject[] items;

  /** Takes ownership of the references in {@code items}. */
  PyTuple(ThreadState ts, PyType type, PyObject[] items) {
    super(ts.rc, type);
    this.items = items;
  }

  private PyTuple(PyObject[] items) {
    super(TYPE, true);
    this.items = items;
  }

  /** A tuple owning the references in {@code items} (the array is kept, not copied). */
  public static PyTuple steal(ThreadState ts, PyObject[] items) {
    return items.length == 0 ? EMPTY : new PyTuple(ts, TYPE, items);
  }

  /** A tuple of new references to {@code items}. */
  public static PyTuple of(ThreadState ts, PyObject... items) {
    for (PyObject item : items) {
      Ops.incref(ts, item);
    }
    return steal(ts, items);
  }

  /** A tuple of new references to {@code n} items of {@code source} from {@code offset}. */
  public static PyTuple copyOf(ThreadState ts, PyObject[] source, int offset, int n) {
    if (n == 0) {
      return EMPTY;
    }
    PyObject[] items = new PyObject[n];
    for (int i = 0; i < n; i++) {
      PyObject item = source[offset + i];
      Ops.incref(ts, item);
      items[i] = item;
    }
    return new PyTuple(ts, TYPE, items);
  }

  /** An immortal tuple (a code object's constant). */
  public static PyTuple immortal(PyObject[] items) {
    return items.length == 0 ? EMPTY : new PyTuple(items);
  }

  public final int size() {
    return items.length;
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    for (PyObject item : items) {
      visit.accept(item);
    }
  }

  @Override
  protected void release(RcThread thread) {
    for (int i = items.length - 1; i >= 0; i--) {
      Ops.decref(thread, items[i]); // last to first, as CPython's tupledealloc
    }
  }

  /** Instances of tuple subclasses (namedtuples, {@code class P(tuple)}). */
  public static final class Sub extends PyTuple implements HasDict {
    private final InstanceDict namespace = new InstanceDict();

    Sub(ThreadState ts, PyType type, PyObject[] items) {
      super(ts, type, items);
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

  /** A tuple of type {@code type} owning {@code items}. */
  public static PyTuple ofType(ThreadState ts, PyType type, PyObject[] items) {
    return type == TYPE ? steal(ts, items) : new Sub(ts, type, items);
  }
}
