package dev.weft.runtime.modules;

import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.threads.ThreadState;

/**
 * The {@code math} functions random.py uses, on doubles, with CPython's error rules ({@code
 * math_1}, {@code m_log}, {@code float_pow}): a NaN from a non-NaN argument is a ValueError ("math
 * domain error"); an infinity from a finite argument is an OverflowError ("math range error") for
 * functions that can overflow, a ValueError for the others. The values come from the C library
 * ({@link Libm}), as CPython's do.
 */
final class MathFunctions {
  private MathFunctions() {}

  static double log(ThreadState ts, double x) {
    if (x <= 0) { // zero, negatives and -inf; NaN passes through as NaN
      throw domainError(ts);
    }
    return Libm.log(x);
  }

  static double exp(ThreadState ts, double x) {
    return checked(ts, x, Libm.exp(x), true);
  }

  static double sin(ThreadState ts, double x) {
    return checked(ts, x, Libm.sin(x), false);
  }

  static double cos(ThreadState ts, double x) {
    return checked(ts, x, Libm.cos(x), false);
  }

  static double acos(ThreadState ts, double x) {
    return checked(ts, x, Libm.acos(x), false);
  }

  /** IEEE square root, which C's {@code sqrt} also is: exact, so Java's is the same function. */
  static double sqrt(ThreadState ts, double x) {
    return checked(ts, x, Math.sqrt(x), false);
  }

  private static double checked(ThreadState ts, double x, double r, boolean canOverflow) {
    if (Double.isNaN(r) && !Double.isNaN(x)) {
      throw domainError(ts);
    }
    if (Double.isInfinite(r) && Double.isFinite(x)) {
      throw canOverflow ? Exc.overflowError(ts, "math range error") : domainError(ts);
    }
    return r;
  }

  private static RuntimeException domainError(ThreadState ts) {
    return Exc.valueError(ts, "math domain error");
  }

  /**
   * Float {@code x ** y} as CPython's {@code float_pow}, for a base that is not negative (every
   * base random.py raises is a probability or a non-negative deviate; a negative base with a
   * fractional exponent would make a complex number there).
   */
  static double pow(ThreadState ts, double x, double y) {
    if (y == 0) {
      return 1.0;
    }
    if (x == 0 && y < 0 && Double.isFinite(y)) {
      throw Exc.zeroDivision(ts, "0.0 cannot be raised to a negative power");
    }
    double r = Libm.pow(x, y);
    if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
      throw Exc.overflowError(ts, "(34, 'Numerical result out of range')");
    }
    return r;
  }
}
