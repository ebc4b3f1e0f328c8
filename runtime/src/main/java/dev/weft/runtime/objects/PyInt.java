package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.format.NumericHash;
import dev.weft.runtime.threads.ThreadState;
import java.math.BigInteger;

/**
 * {@code int}: a {@code long} when the value fits, a {@link BigInteger} beyond. Exactly one
 * representation is used for each value ({@link #big} is null whenever the value fits a long), so
 * the fast path tests one field. -5..256 are preallocated and immortal, as in CPython.
 */
public class PyInt extends PyObject {
  public static final PyType TYPE =
      PyType.builtin("int", null, PyType.BASETYPE, (ts, t) -> new Sub(ts, t, 0, null));

  private static final int SMALL_MIN = -5, SMALL_MAX = 256;
  private static final PyInt[] SMALL = new PyInt[SMALL_MAX - SMALL_MIN + 1];

  static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  static {
    for (int i = SMALL_MIN; i <= SMALL_MAX; i++) {
      SMALL[i - SMALL_MIN] = new PyInt(TYPE, i);
    }
  }

  public static final PyInt ZERO = SMALL[-SMALL_MIN], ONE = SMALL[1 - SMALL_MIN];

  /** The value when {@link #big} is null. */
  public final long value;

  /** The value when it does not fit a long; otherwise null. */
  public final BigInteger big;

  PyInt(ThreadState ts, PyType type, long value, BigInteger big) {
    super(ts.rc, type);
    this.value = value;
    this.big = big;
  }

  /** Immortal: the small ints and bools. */
  PyInt(PyType type, long value) {
    super(type, true);
    this.value = value;
    this.big = null;
  }

  private PyInt(long value, BigInteger big) {
    super(TYPE, true);
    this.value = value;
    this.big = big;
  }

  /** An immortal int (a code object's constant). */
  static PyInt immortal(BigInteger v) {
    if (v.bitLength() < 64) {
      long l = v.longValue();
      return l >= SMALL_MIN && l <= SMALL_MAX ? SMALL[(int) l - SMALL_MIN] : new PyInt(l, null);
    }
    return new PyInt(0, v);
  }

  public static PyInt of(ThreadState ts, long v) {
    if (v >= SMALL_MIN && v <= SMALL_MAX) {
      return SMALL[(int) v - SMALL_MIN];
    }
    return new PyInt(ts, TYPE, v, null);
  }

  public static PyInt of(ThreadState ts, BigInteger v) {
    if (v.bitLength() < 64) {
      return of(ts, v.longValue());
    }
    return new PyInt(ts, TYPE, 0, v);
  }

  /** A small int (immortal, so no reference needs dropping). */
  public static PyInt small(int v) {
    return SMALL[v - SMALL_MIN];
  }

  public final boolean isBig() {
    return big != null;
  }

  public final BigInteger bigValue() {
    return big != null ? big : BigInteger.valueOf(value);
  }

  public final int signum() {
    return big != null ? big.signum() : Long.signum(value);
  }

  public final long hash() {
    return big != null ? NumericHash.hash(big) : NumericHash.hash(value);
  }

  public final double toDouble() {
    return big != null ? big.doubleValue() : (double) value;
  }

  @Override
  public String toString() {
    return big != null ? big.toString() : Long.toString(value);
  }

  /** Instances of int subclasses. */
  public static final class Sub extends PyInt implements HasDict {
    private final InstanceDict namespace = new InstanceDict();

    Sub(ThreadState ts, PyType type, long value, BigInteger big) {
      super(ts, type, value, big);
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

  /** An instance of {@code type} (int or a subclass) holding {@code v}. */
  public static PyInt ofType(ThreadState ts, PyType type, PyInt v) {
    if (type == TYPE) {
      Ops.incref(ts, v);
      return v;
    }
    return new Sub(ts, type, v.value, v.big);
  }
}
