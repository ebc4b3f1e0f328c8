package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.format.FloatFormat;
import dev.weft.runtime.format.NumericHash;
import dev.weft.runtime.threads.ThreadState;

/**
 * {@code float}: an IEEE double. Freed floats go to the freeing thread's freelist and are handed
 * out again by {@link #of}, as CPython's float freelist does; the value is therefore written again
 * on reuse and is not final.
 */
public class PyFloat extends PyObject {
  public static final PyType TYPE =
      PyType.builtin("float", null, PyType.BASETYPE, (ts, t) -> new Sub(ts, t, 0.0));

  public double value;

  /**
   * Whether freed floats are kept for reuse ({@code -Dweft.freelists=false} turns the freelists
   * off, to measure what they buy on the JVM, whose own allocation is a pointer bump).
   */
  static final boolean FREELIST = !"false".equals(System.getProperty("weft.freelists"));

  PyFloat(ThreadState ts, PyType type, double value) {
    super(ts.rc, type);
    this.value = value;
  }

  private PyFloat(double value) {
    super(TYPE, true);
    this.value = value;
  }

  /** An immortal float (a code object's constant). */
  static PyFloat immortal(double v) {
    return new PyFloat(v);
  }

  public static PyFloat of(ThreadState ts, double v) {
    PyFloat f = FREELIST ? ts.floats.pop() : null;
    if (f != null) {
      f.reinitialize(ts.rc);
      f.value = v;
      return f;
    }
    return new PyFloat(ts, TYPE, v);
  }

  @Override
  protected void recycle(RcThread thread) {
    ThreadState ts = ThreadState.of(thread);
    if (FREELIST && type == TYPE && ts != null) {
      ts.floats.push(this);
    }
  }

  public final long hash() {
    return NumericHash.hash(value);
  }

  @Override
  public String toString() {
    return FloatFormat.repr(value);
  }

  /** Instances of float subclasses. */
  public static final class Sub extends PyFloat implements HasDict {
    private final InstanceDict namespace = new InstanceDict();

    Sub(ThreadState ts, PyType type, double value) {
      super(ts, type, value);
    }

    @Override
    public PyDict dict(ThreadState ts) {
      return namespace.get(ts);
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      namespace.traverse(visit);
    }

    @Override
    protected void release(RcThread thread) {
      namespace.release(thread);
    }
  }

  public static PyFloat ofType(ThreadState ts, PyType type, double v) {
    return type == TYPE ? of(ts, v) : new Sub(ts, type, v);
  }
}
