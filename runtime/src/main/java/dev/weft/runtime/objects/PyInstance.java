package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.refcount.Refcount;
import dev.weft.runtime.threads.CriticalSection;
import dev.weft.runtime.threads.ThreadState;
import java.util.Arrays;

/**
 * An instance of a class whose solid base is {@code object}. Its attributes live inline (CPython
 * 3.11's inline values): {@link #values} is indexed through the class's {@link SharedKeys}, and
 * {@link #order} remembers the order attributes were first set, which a dict made from them must
 * keep. The first request for {@code __dict__} (or a 31st name) moves the values into a real dict
 * for good. Declared {@code __slots__} live in {@link #slots}.
 */
public final class PyInstance extends PyObject implements HasDict {
  private static final PyObject[] NO_VALUES = new PyObject[0];

  private static final java.lang.invoke.VarHandle VALUE =
      java.lang.invoke.MethodHandles.arrayElementVarHandle(PyObject[].class);

  /** The namespace once materialized; null while the values are inline. */
  public volatile PyDict dict;

  /**
   * Inline values (owned, null where unset), indexed by the class's shared keys; replaced whole.
   */
  private volatile PyObject[] values = NO_VALUES;

  /** Shared-key indexes in first-set order; {@link #count} of them are live. */
  private byte[] order = new byte[0];

  private int count;

  /** Values of declared slots (owned, null when unset), or null when the class has none. */
  public PyObject[] slots;

  private boolean finalized;

  public PyInstance(ThreadState ts, PyType type) {
    super(ts.rc, type);
    Ops.incref(ts, type);
    int n = Slots.count(type);
    if (n > 0) {
      slots = new PyObject[n];
    }
  }

  /**
   * The attribute {@code name} as a new reference, or null; safe while other threads store
   * attributes: an inline value is read lock-free and kept only if its slot still holds it after
   * the increment, else it is read under the instance's lock.
   */
  public PyObject getAttributeRef(ThreadState ts, String name) {
    PyDict d = dict;
    if (d == null) {
      SharedKeys keys = type.sharedKeys;
      int i = keys == null ? -1 : keys.indexOf(name);
      PyObject[] v = values;
      if (i < 0 || i >= v.length) {
        if (dict == null) {
          return null;
        }
      } else {
        PyObject x = (PyObject) VALUE.getAcquire(v, i);
        if (x == null || Refcount.tryIncrefCompare(ts.rc, v, i, x)) {
          if (values == v) {
            return x;
          }
          Ops.xdecref(ts, x);
        }
      }
    }
    CriticalSection.begin(ts, this);
    try {
      PyObject x = getAttribute(name);
      if (x != null) {
        Refcount.setMaybeWeakref(x);
        Ops.incref(ts, x);
      }
      return x;
    } finally {
      CriticalSection.end(ts);
    }
  }

  /**
   * The inline value at shared-key index {@code i} as a new reference, or null when the values are
   * no longer inline, the slot is empty, or a writer replaced it during the read: a specialized
   * load's action, which then misses. Lock-free as {@link #getAttributeRef}; the caller has checked
   * this instance's type (read with {@link #typeAcquire}), whose keys {@code i} indexes.
   */
  public PyObject inlineValueRef(ThreadState ts, int i) {
    if (dict != null) {
      return null;
    }
    PyObject[] v = values;
    if (i >= v.length) {
      return null;
    }
    // Acquire: pairs with setInline's release store of the value.
    PyObject x = (PyObject) VALUE.getAcquire(v, i);
    if (x == null || !Refcount.tryIncrefCompare(ts.rc, v, i, x)) {
      return null;
    }
    // Materialization empties the values after publishing the dict: the same array means the
    // value was still this instance's inline value after the increment.
    if (values != v) {
      Ops.decref(ts, x);
      return null;
    }
    return x;
  }

  /**
   * Stores {@code value} (a new reference taken) at shared-key index {@code i} of the inline
   * values, under the instance's lock as {@link #setAttribute} does; false (nothing taken) when the
   * values are no longer inline. A specialized store's action: the caller has checked the type and
   * that {@code i} is the attribute's index in its keys.
   */
  public boolean storeInline(ThreadState ts, int i, PyObject value) {
    CriticalSection.begin(ts, this);
    try {
      if (dict != null) {
        return false;
      }
      return setInline(ts, i, value);
    } finally {
      CriticalSection.end(ts);
    }
  }

  /**
   * The value of declared slot {@code i} as a new reference, or null when it is unset. Read as the
   * inline values are: a value kept only if the slot still holds it after the increment, so a
   * racing store never hands out a freed object; on that race the slot is read again.
   */
  public PyObject slotRef(ThreadState ts, int i) {
    return (PyObject) Refcount.xGetRef(ts.rc, slots, i);
  }

  /**
   * Puts {@code value} (owned; null to clear) in declared slot {@code i} and returns the value it
   * replaced (owned by the caller now). One atomic exchange, so two racing stores each get a
   * different old value to release; it pairs with {@link #slotRef}'s acquire load. The value is
   * marked as seen by other threads first, so their try-increments of it can succeed.
   */
  public PyObject swapSlot(int i, PyObject value) {
    if (value != null) {
      Refcount.setMaybeWeakref(value);
    }
    return (PyObject) VALUE.getAndSet(slots, i, value);
  }

  private static final java.lang.invoke.VarHandle TYPE;

  static {
    try {
      TYPE =
          java.lang.invoke.MethodHandles.lookup()
              .findVarHandle(PyObject.class, "type", PyType.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * {@code o}'s type, read with acquire: pairs with {@link #setTypeRelease}, so a reader that sees
   * an instance's new class also sees its values moved out to a dict (the old class's keys index
   * them), and a specialized guard on the type never meets values laid out for another class.
   */
  public static PyType typeAcquire(PyObject o) {
    return (PyType) TYPE.getAcquire(o);
  }

  /** {@code __class__} assignment's store of the new type, after the values went to a dict. */
  static void setTypeRelease(PyObject o, PyType t) {
    TYPE.setRelease(o, t);
  }

  /** The attribute {@code name} (borrowed), or null; only for instances whose class has a dict. */
  public PyObject getAttribute(String name) {
    if (dict != null) {
      return dict.getString(name);
    }
    SharedKeys keys = type.sharedKeys;
    int i = keys == null ? -1 : keys.indexOf(name);
    return i >= 0 && i < values.length ? values[i] : null;
  }

  /**
   * Sets ({@code value} non-null, a new reference taken) or deletes an attribute; returns false
   * when deleting an attribute that is not there.
   */
  public boolean setAttribute(ThreadState ts, PyStr name, PyObject value) {
    CriticalSection.begin(ts, this);
    try {
      return setAttributeLocked(ts, name, value);
    } finally {
      CriticalSection.end(ts);
    }
  }

  private boolean setAttributeLocked(ThreadState ts, PyStr name, PyObject value) {
    if (dict == null) {
      SharedKeys keys = type.sharedKeys();
      int i = value == null ? keys.indexOf(name.value) : keys.indexOrAdd(name.value);
      if (i >= 0 || value == null) {
        return setInline(ts, i, value);
      }
      materialize(ts);
    }
    if (value != null) {
      dict.put(ts, name, name.hash(), value);
      return true;
    }
    PyObject old = dict.pop(ts, name);
    Ops.xdecref(ts, old);
    return old != null;
  }

  private boolean setInline(ThreadState ts, int i, PyObject value) {
    if (value == null) {
      if (i < 0 || i >= values.length || values[i] == null) {
        return false;
      }
      PyObject old = values[i];
      values[i] = null;
      int at = 0;
      while ((order[at] & 0xFF) != i) {
        at++;
      }
      System.arraycopy(order, at + 1, order, at, count - at - 1);
      count--;
      Ops.decref(ts, old);
      return true;
    }
    if (i >= values.length) {
      values = Arrays.copyOf(values, Math.max(i + 1, type.sharedKeys.size()));
    }
    Ops.incref(ts, value);
    PyObject old = values[i];
    VALUE.setRelease(values, i, value);
    if (old == null) {
      if (count == order.length) {
        order = Arrays.copyOf(order, Math.max(4, count * 2));
      }
      order[count++] = (byte) i;
    } else {
      Ops.decref(ts, old);
    }
    return true;
  }

  /** Moves the inline values into a dict, in the order they were first set. */
  private void materialize(ThreadState ts) {
    PyDict d = new PyDict(ts);
    SharedKeys keys = type.sharedKeys;
    PyObject[] v = values;
    for (int k = 0; k < count; k++) {
      int i = order[k] & 0xFF;
      d.putString(ts, keys.nameAt(i), v[i]);
    }
    // The dict first: a lock-free reader that then sees the values gone finds the dict.
    dict = d;
    values = NO_VALUES;
    for (int k = 0; k < count; k++) {
      Ops.decref(ts, v[order[k] & 0xFF]);
    }
    count = 0;
  }

  @Override
  public PyDict dict(ThreadState ts) {
    PyDict d = dict;
    if (d != null) {
      return d;
    }
    CriticalSection.begin(ts, this);
    try {
      if (dict == null) {
        materialize(ts);
      }
      return dict;
    } finally {
      CriticalSection.end(ts);
    }
  }

  @Override
  protected boolean finalizeOnce() {
    if (finalized) {
      return false;
    }
    finalized = true;
    return true;
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    visitNonNull(visit, dict);
    for (PyObject v : values) {
      visitNonNull(visit, v);
    }
    if (slots != null) {
      for (PyObject v : slots) {
        visitNonNull(visit, v);
      }
    }
    visit.accept(type);
  }

  @Override
  protected void release(RcThread thread) {
    PyDict d = dict;
    dict = null;
    if (d != null) {
      Ops.decref(thread, d);
    }
    PyObject[] v = values;
    values = NO_VALUES;
    count = 0;
    for (PyObject x : v) {
      if (x != null) {
        Ops.decref(thread, x);
      }
    }
    PyObject[] s = slots;
    if (s != null) {
      slots = null;
      for (PyObject x : s) {
        if (x != null) {
          Ops.decref(thread, x);
        }
      }
    }
    Ops.decref(thread, type);
  }
}
