package dev.weft.runtime.objects;

import dev.weft.runtime.threads.ThreadState;
import java.math.BigInteger;

/**
 * {@code range}: start, stop, step and length as longs, or, for a range whose bounds or length do
 * not fit a long, as BigIntegers in {@link #big} (CPython's ranges are unbounded; such a range can
 * still be indexed, iterated and compared, but {@code len()} of it overflows, as in CPython).
 */
public final class PyRange extends PyObject {
  public static final PyType TYPE = PyType.builtin("range", null, 0, null);

  /** Bounds and length of a range beyond the long range. */
  public record Big(BigInteger start, BigInteger stop, BigInteger step, BigInteger length) {
    public BigInteger get(BigInteger i) {
      return start.add(i.multiply(step));
    }
  }

  public final long start, stop, step, length;

  /** Non-null when the range does not fit longs; then the long fields are unused. */
  public final Big big;

  private PyRange(ThreadState ts, long start, long stop, long step, long length, Big big) {
    super(ts.rc, TYPE);
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = length;
    this.big = big;
  }

  /** {@code range(start, stop, step)} for any ints (step not 0). */
  public static PyRange of(ThreadState ts, BigInteger start, BigInteger stop, BigInteger step) {
    BigInteger length = lengthOf(start, stop, step);
    if (start.bitLength() < 63
        && stop.bitLength() < 63
        && step.bitLength() < 63
        && length.bitLength() < 63) {
      return new PyRange(
          ts, start.longValue(), stop.longValue(), step.longValue(), length.longValue(), null);
    }
    return new PyRange(ts, 0, 0, 1, 0, new Big(start, stop, step, length));
  }

  public static PyRange of(ThreadState ts, long start, long stop, long step) {
    return of(ts, BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step));
  }

  private static BigInteger lengthOf(BigInteger start, BigInteger stop, BigInteger step) {
    BigInteger span = step.signum() > 0 ? stop.subtract(start) : start.subtract(stop);
    if (span.signum() <= 0) {
      return BigInteger.ZERO;
    }
    return span.subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
  }

  public long get(long i) {
    return start + i * step;
  }

  public BigInteger bigStart() {
    return big != null ? big.start : BigInteger.valueOf(start);
  }

  public BigInteger bigStop() {
    return big != null ? big.stop : BigInteger.valueOf(stop);
  }

  public BigInteger bigStep() {
    return big != null ? big.step : BigInteger.valueOf(step);
  }

  public BigInteger bigLength() {
    return big != null ? big.length : BigInteger.valueOf(length);
  }

  @Override
  public String toString() {
    BigInteger st = bigStep();
    return st.equals(BigInteger.ONE)
        ? "range(" + bigStart() + ", " + bigStop() + ")"
        : "range(" + bigStart() + ", " + bigStop() + ", " + st + ")";
  }
}
