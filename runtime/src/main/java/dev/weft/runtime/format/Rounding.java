package dev.weft.runtime.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * {@code round()} of floats as CPython computes it ({@code Objects/floatobject.c double_round}):
 * the exact binary value rounded half-even to the decimal place, then to the nearest double; and
 * {@code round(x)} to an int with banker's rounding.
 */
public final class Rounding {
  /** CPython's NDIGITS_MAX and NDIGITS_MIN for doubles. */
  private static final int MAX_DIGITS = 323;

  private static final int MIN_DIGITS = -308;

  private Rounding() {}

  /** {@code round(x, ndigits)}. */
  public static double round(double x, long ndigits) throws FormatError {
    if (!Double.isFinite(x) || x == 0 || ndigits > MAX_DIGITS) {
      return x;
    }
    if (ndigits < MIN_DIGITS) {
      return 0.0 * x;
    }
    double rounded =
        new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN).doubleValue();
    if (Double.isInfinite(rounded)) {
      throw new FormatError("OverflowError", "rounded value too large to represent");
    }
    return rounded == 0 ? Math.copySign(0.0, x) : rounded;
  }

  /** {@code round(x)}: the nearest int, ties to even. */
  public static BigInteger roundToInt(double x) throws FormatError {
    if (Double.isNaN(x)) {
      throw FormatError.value("cannot convert float NaN to integer");
    }
    if (Double.isInfinite(x)) {
      throw new FormatError("OverflowError", "cannot convert float infinity to integer");
    }
    return new BigDecimal(x).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
  }
}
