package dev.weft.runtime.modules;

import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.threads.ThreadState;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The integer functions of {@code math}: {@code gcd}, {@code lcm}, {@code isqrt}, {@code
 * factorial}, {@code comb} and {@code perm}, exact on ints of any size; arguments go through {@code
 * __index__} and are validated in CPython's order with its messages.
 *
 * <p>Products of many consecutive integers (factorial, perm, the numerator of comb) are formed as a
 * balanced product tree, so that the big multiplications are between numbers of similar size, where
 * {@link BigInteger}'s Karatsuba and Toom-Cook multiplication pay off; leaves multiply in a long
 * until it would overflow.
 */
final class MathIntegers {
  private MathIntegers() {}

  private static final String LLONG_MAX = Long.toString(Long.MAX_VALUE);

  /** Below this many factors a product is a loop, above it two halves. */
  private static final int PRODUCT_LEAF = 16;

  static void register(PyModule m, ThreadState ts) {
    MathArgs.varargs(m, ts, "gcd", MathIntegers::gcd);
    MathArgs.varargs(m, ts, "lcm", MathIntegers::lcm);
    MathArgs.unary(m, ts, "isqrt", MathIntegers::isqrt);
    MathArgs.unary(m, ts, "factorial", MathIntegers::factorial);
    MathArgs.binary(m, ts, "comb", MathIntegers::comb);
    MathArgs.put(
        m,
        ts,
        "perm",
        (t, self, args, off, n, kw) -> {
          MathArgs.noKeywords(t, "perm", kw);
          dev.weft.runtime.objects.ArgParser.checkPositional(t, "perm", n, 1, 2);
          return perm(t, args[off], n > 1 ? args[off + 1] : PySingleton.NONE);
        });
  }

  /** {@code PyLong_FromDouble} of an integral double: ValueError for NaN, OverflowError for inf. */
  static PyObject fromDouble(ThreadState ts, double v) {
    if (Double.isNaN(v)) {
      throw Exc.valueError(ts, "cannot convert float NaN to integer");
    }
    if (Double.isInfinite(v)) {
      throw Exc.overflowError(ts, "cannot convert float infinity to integer");
    }
    if (Math.abs(v) < 0x1p63) {
      return PyInt.of(ts, (long) v);
    }
    return PyInt.of(ts, new BigDecimal(v).toBigInteger());
  }

  /** The value of {@code o.__index__()}. */
  private static BigInteger index(ThreadState ts, PyObject o) {
    PyInt i = Ops.indexInt(ts, o);
    BigInteger v = i.bigValue();
    Ops.decref(ts, i);
    return v;
  }

  // --- gcd and lcm ---

  /**
   * Every argument is converted (and so checked) even once the gcd is 1, as CPython does; the gcd
   * is kept in a long while it fits.
   */
  private static PyObject gcd(ThreadState ts, PyObject[] args, int off, int n) {
    if (n == 0) {
      return PyInt.ZERO;
    }
    long small = 0;
    BigInteger big = null;
    for (int i = 0; i < n; i++) {
      PyInt x = Ops.indexInt(ts, args[off + i]);
      try {
        if (big == null && small == 1) {
          continue;
        }
        if (big == null && !x.isBig() && x.value != Long.MIN_VALUE) {
          small = gcd(small, Math.abs(x.value));
        } else {
          big = (big != null ? big : BigInteger.valueOf(small)).gcd(x.bigValue());
          if (big.bitLength() < 63) {
            small = big.longValue();
            big = null;
          }
        }
      } finally {
        Ops.decref(ts, x);
      }
    }
    return big != null ? PyInt.of(ts, big) : PyInt.of(ts, small);
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  private static PyObject lcm(ThreadState ts, PyObject[] args, int off, int n) {
    if (n == 0) {
      return PyInt.ONE;
    }
    BigInteger result = index(ts, args[off]).abs();
    for (int i = 1; i < n; i++) {
      BigInteger x = index(ts, args[off + i]);
      if (result.signum() == 0 || x.signum() == 0) {
        result = BigInteger.ZERO;
        continue;
      }
      BigInteger g = result.gcd(x);
      result = result.divide(g).multiply(x).abs();
    }
    return PyInt.of(ts, result);
  }

  // --- isqrt ---

  private static PyObject isqrt(ThreadState ts, PyObject arg) {
    PyInt x = Ops.indexInt(ts, arg);
    try {
      if (x.signum() < 0) {
        throw Exc.valueError(ts, "isqrt() argument must be nonnegative");
      }
      // Below 2**52 the correctly rounded square root truncates to the integer square root.
      if (!x.isBig() && x.value < (1L << 52)) {
        return PyInt.of(ts, (long) Math.sqrt((double) x.value));
      }
      return PyInt.of(ts, x.bigValue().sqrt());
    } finally {
      Ops.decref(ts, x);
    }
  }

  // --- factorial, perm, comb ---

  private static PyObject factorial(ThreadState ts, PyObject arg) {
    PyInt x = Ops.indexInt(ts, arg);
    try {
      if (x.signum() < 0) {
        throw Exc.valueError(ts, "factorial() not defined for negative values");
      }
      if (x.isBig()) {
        throw Exc.overflowError(ts, "factorial() argument should not exceed " + LLONG_MAX);
      }
      return PyInt.of(ts, product(1, x.value));
    } finally {
      Ops.decref(ts, x);
    }
  }

  private static PyObject perm(ThreadState ts, PyObject nArg, PyObject kArg) {
    if (kArg == PySingleton.NONE) {
      return factorial(ts, nArg);
    }
    BigInteger n = index(ts, nArg), k = index(ts, kArg);
    checkNonNegative(ts, n, k);
    if (n.compareTo(k) < 0) {
      return PyInt.ZERO;
    }
    if (k.bitLength() > 63) {
      throw Exc.overflowError(ts, "k must not exceed " + LLONG_MAX);
    }
    long count = k.longValue();
    return PyInt.of(ts, product(n.subtract(k).add(BigInteger.ONE), count));
  }

  private static PyObject comb(ThreadState ts, PyObject nArg, PyObject kArg) {
    BigInteger n = index(ts, nArg), k = index(ts, kArg);
    checkNonNegative(ts, n, k);
    BigInteger rest = n.subtract(k);
    if (rest.signum() < 0) {
      return PyInt.ZERO;
    }
    if (rest.compareTo(k) < 0) {
      k = rest;
    }
    if (k.bitLength() > 63) {
      throw Exc.overflowError(ts, "min(n - k, k) must not exceed " + LLONG_MAX);
    }
    long count = k.longValue();
    BigInteger numerator = product(n.subtract(k).add(BigInteger.ONE), count);
    return PyInt.of(ts, numerator.divide(product(1, count)));
  }

  private static void checkNonNegative(ThreadState ts, BigInteger n, BigInteger k) {
    if (n.signum() < 0) {
      throw Exc.valueError(ts, "n must be a non-negative integer");
    }
    if (k.signum() < 0) {
      throw Exc.valueError(ts, "k must be a non-negative integer");
    }
  }

  /** {@code lo * (lo+1) * ... * (lo+count-1)}; 1 when count is 0. */
  static BigInteger product(BigInteger lo, long count) {
    if (count <= 0) {
      return BigInteger.ONE;
    }
    BigInteger hi = lo.add(BigInteger.valueOf(count - 1));
    if (hi.bitLength() < 63) {
      return product(lo.longValue(), hi.longValue());
    }
    if (count < PRODUCT_LEAF) {
      BigInteger r = lo;
      for (long i = 1; i < count; i++) {
        r = r.multiply(lo.add(BigInteger.valueOf(i)));
      }
      return r;
    }
    long half = count / 2;
    return product(lo, half).multiply(product(lo.add(BigInteger.valueOf(half)), count - half));
  }

  /** {@code lo * (lo+1) * ... * hi} for {@code 0 < lo}; 1 when the range is empty. */
  static BigInteger product(long lo, long hi) {
    if (hi < lo) {
      return BigInteger.ONE;
    }
    if (hi - lo < PRODUCT_LEAF) {
      BigInteger r = BigInteger.ONE;
      long acc = 1;
      for (long k = lo; k <= hi; k++) {
        long p = acc * k;
        if (Math.multiplyHigh(acc, k) != 0 || p < 0) {
          r = r.multiply(BigInteger.valueOf(acc));
          acc = k;
        } else {
          acc = p;
        }
      }
      return r.multiply(BigInteger.valueOf(acc));
    }
    long mid = lo + (hi - lo) / 2;
    return product(lo, mid).multiply(product(mid + 1, hi));
  }
}
