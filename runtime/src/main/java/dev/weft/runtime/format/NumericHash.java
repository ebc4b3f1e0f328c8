package dev.weft.runtime.format;

import java.math.BigInteger;

/**
 * CPython's hash of numbers ({@code Python/pyhash.c}, {@code Objects/longobject.c}): the value
 * reduced modulo the Mersenne prime 2**61 - 1, so that equal ints, floats and bools hash alike; -1
 * becomes -2, infinities hash to ±314159.
 */
public final class NumericHash {
  /** CPython's {@code _PyHASH_MODULUS} on 64-bit builds. */
  public static final long MODULUS = (1L << 61) - 1;

  private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

  private NumericHash() {}

  public static long hash(BigInteger value) {
    long h = value.abs().mod(BIG_MODULUS).longValue();
    return fix(value.signum() < 0 ? -h : h);
  }

  public static long hash(long value) {
    if (value == Long.MIN_VALUE) {
      return hash(BigInteger.valueOf(value));
    }
    long h = Math.abs(value) % MODULUS;
    return fix(value < 0 ? -h : h);
  }

  /** The hash of a finite or infinite float (NaN hashes by identity in Python 3.10+). */
  public static long hash(double value) {
    if (Double.isInfinite(value)) {
      return value > 0 ? 314159 : -314159;
    }
    if (value == 0) {
      return 0;
    }
    // value = mantissa * 2**exponent exactly; reduce both factors modulo 2**61 - 1.
    long bits = Double.doubleToRawLongBits(Math.abs(value));
    int biased = (int) (bits >>> 52);
    long mantissa = bits & ((1L << 52) - 1);
    int exponent;
    if (biased == 0) {
      exponent = -1074;
    } else {
      mantissa |= 1L << 52;
      exponent = biased - 1075;
    }
    // 2**e mod P is 2**(e mod 61), since 2**61 = 1 (mod P).
    int shift = Math.floorMod(exponent, 61);
    long h = BigInteger.valueOf(mantissa).shiftLeft(shift).mod(BIG_MODULUS).longValue();
    return fix(value < 0 ? -h : h);
  }

  private static long fix(long h) {
    return h == -1 ? -2 : h;
  }
}
