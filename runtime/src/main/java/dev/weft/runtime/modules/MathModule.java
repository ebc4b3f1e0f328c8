package dev.weft.runtime.modules;

import static dev.weft.runtime.modules.MathArgs.asDouble;
import static dev.weft.runtime.modules.MathArgs.domainError;
import static dev.weft.runtime.modules.MathArgs.rangeError;

import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBool;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.threads.ThreadState;
import java.math.BigInteger;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The {@code math} module, computing what CPython 3.11's {@code Modules/mathmodule.c} computes on
 * glibc, bit for bit.
 *
 * <p>The transcendental functions call the C library itself ({@link Libm}), as CPython does; around
 * each call sit CPython's rules for turning IEEE special results into exceptions ({@code math_1},
 * {@code math_2}): a NaN from non-NaN arguments is {@code ValueError: math domain error}, an
 * infinity from finite arguments is {@code OverflowError: math range error} (or a domain error at a
 * singularity). CPython also reads {@code errno}, but with glibc it adds nothing to those rules
 * (errno is only set together with a NaN or infinite result, or for an underflow, which CPython
 * ignores), so it is not captured here. The functions CPython implements itself (gamma, lgamma,
 * fsum, hypot, the integer functions, the special cases of pow and atan2) are ported in {@link
 * MathGamma}, {@link MathSums} and {@link MathIntegers}.
 */
final class MathModule {
  private MathModule() {}

  static final double DEGREES_PER_RADIAN = 180.0 / Math.PI;
  static final double RADIANS_PER_DEGREE = Math.PI / 180.0;

  static PyModule create(ThreadState ts) {
    PyModule m = new PyModule(ts, "math");
    libmFunctions(m, ts);
    cpythonFloatFunctions(m, ts);
    MathArgs.unary(m, ts, "log2", (t, x) -> logHelper(t, x, MathModule::log2));
    MathArgs.unary(m, ts, "log10", (t, x) -> logHelper(t, x, MathModule::log10));
    MathArgs.put(m, ts, "log", MathModule::log);
    MathArgs.unary(m, ts, "floor", MathModule::floor);
    MathArgs.unary(m, ts, "ceil", MathModule::ceil);
    MathArgs.unary(m, ts, "trunc", MathModule::trunc);
    MathIntegers.register(m, ts);
    MathSums.register(m, ts);
    constant(m, ts, "pi", Math.PI);
    constant(m, ts, "e", Math.E);
    constant(m, ts, "tau", 2 * Math.PI);
    constant(m, ts, "inf", Double.POSITIVE_INFINITY);
    constant(m, ts, "nan", Double.NaN);
    return m;
  }

  private static void constant(PyModule m, ThreadState ts, String name, double value) {
    m.dict.putStringSteal(ts, name, PyFloat.of(ts, value));
  }

  /** The functions that are libm's, wrapped in {@code math_1}/{@code math_2} (FUNC1, FUNC2). */
  private static void libmFunctions(PyModule m, ThreadState ts) {
    math1(m, ts, "acos", Libm::acos, false);
    math1(m, ts, "acosh", Libm::acosh, false);
    math1(m, ts, "asin", Libm::asin, false);
    math1(m, ts, "asinh", Libm::asinh, false);
    math1(m, ts, "atan", Libm::atan, false);
    math1(m, ts, "atanh", Libm::atanh, false);
    math1(m, ts, "cbrt", Libm::cbrt, false);
    math1(m, ts, "cos", Libm::cos, false);
    math1(m, ts, "cosh", Libm::cosh, true);
    math1(m, ts, "erf", Libm::erf, false);
    math1(m, ts, "erfc", Libm::erfc, false);
    math1(m, ts, "exp", Libm::exp, true);
    math1(m, ts, "exp2", Libm::exp2, true);
    math1(m, ts, "expm1", Libm::expm1, true);
    math1(m, ts, "fabs", Math::abs, false);
    math1(m, ts, "log1p", Libm::log1p, false);
    math1(m, ts, "sin", Libm::sin, false);
    math1(m, ts, "sinh", Libm::sinh, true);
    math1(m, ts, "sqrt", Math::sqrt, false);
    math1(m, ts, "tan", Libm::tan, false);
    math1(m, ts, "tanh", Libm::tanh, false);
    math2(m, ts, "atan2", MathModule::atan2);
    math2(m, ts, "copysign", Math::copySign);
    math2(m, ts, "remainder", MathModule::remainder);
  }

  /** The float functions with their own code in mathmodule.c. */
  private static void cpythonFloatFunctions(PyModule m, ThreadState ts) {
    MathArgs.unary(m, ts, "gamma", (t, x) -> gamma(t, asDouble(t, x)));
    MathArgs.unary(m, ts, "lgamma", (t, x) -> lgamma(t, asDouble(t, x)));
    MathArgs.binary(m, ts, "fmod", (t, x, y) -> fmod(t, asDouble(t, x), asDouble(t, y)));
    MathArgs.binary(m, ts, "pow", (t, x, y) -> pow(t, asDouble(t, x), asDouble(t, y)));
    MathArgs.binary(
        m,
        ts,
        "nextafter",
        (t, x, y) -> PyFloat.of(t, Libm.nextafter(asDouble(t, x), asDouble(t, y))));
    MathArgs.binary(m, ts, "ldexp", MathModule::ldexp);
    MathArgs.unary(m, ts, "frexp", (t, x) -> frexp(t, asDouble(t, x)));
    MathArgs.unary(m, ts, "modf", (t, x) -> modf(t, asDouble(t, x)));
    MathArgs.unary(m, ts, "ulp", (t, x) -> PyFloat.of(t, ulp(asDouble(t, x))));
    MathArgs.unary(m, ts, "degrees", (t, x) -> PyFloat.of(t, DEGREES_PER_RADIAN * asDouble(t, x)));
    MathArgs.unary(m, ts, "radians", (t, x) -> PyFloat.of(t, RADIANS_PER_DEGREE * asDouble(t, x)));
    MathArgs.unary(m, ts, "isnan", (t, x) -> PyBool.of(Double.isNaN(asDouble(t, x))));
    MathArgs.unary(m, ts, "isinf", (t, x) -> PyBool.of(Double.isInfinite(asDouble(t, x))));
    MathArgs.unary(m, ts, "isfinite", (t, x) -> PyBool.of(Double.isFinite(asDouble(t, x))));
    MathArgs.put(m, ts, "isclose", MathModule::isclose);
  }

  // --- CPython's math_1 and math_2 ---

  private static void math1(
      PyModule m, ThreadState ts, String name, DoubleUnaryOperator f, boolean canOverflow) {
    MathArgs.unary(
        m,
        ts,
        name,
        (t, arg) -> {
          double x = asDouble(t, arg);
          return checked1(t, x, f.applyAsDouble(x), canOverflow);
        });
  }

  /**
   * {@code math_1}'s verdict on {@code r = f(x)}: a NaN from a non-NaN is a domain error; an
   * infinity from a finite number is an overflow where the function can overflow and a singularity
   * (a domain error) where it cannot.
   */
  static PyObject checked1(ThreadState ts, double x, double r, boolean canOverflow) {
    if (Double.isNaN(r) && !Double.isNaN(x)) {
      throw domainError(ts);
    }
    if (Double.isInfinite(r) && Double.isFinite(x)) {
      throw canOverflow ? rangeError(ts) : domainError(ts);
    }
    return PyFloat.of(ts, r);
  }

  private static void math2(PyModule m, ThreadState ts, String name, DoubleBinaryOperator f) {
    MathArgs.binary(
        m,
        ts,
        name,
        (t, a, b) -> {
          double x = asDouble(t, a), y = asDouble(t, b);
          double r = f.applyAsDouble(x, y);
          if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domainError(t);
          }
          if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw rangeError(t);
          }
          return PyFloat.of(t, r);
        });
  }

  /** {@code m_atan2}: C99's special values decided here, the rest left to libm. */
  static double atan2(double y, double x) {
    if (Double.isNaN(x) || Double.isNaN(y)) {
      return Double.NaN;
    }
    if (Double.isInfinite(y)) {
      if (Double.isInfinite(x)) {
        return Math.copySign(x > 0 ? 0.25 * Math.PI : 0.75 * Math.PI, y);
      }
      return Math.copySign(0.5 * Math.PI, y);
    }
    if (Double.isInfinite(x) || y == 0.0) {
      return Math.copySign(1.0, x) == 1.0 ? Math.copySign(0.0, y) : Math.copySign(Math.PI, y);
    }
    return Libm.atan2(y, x);
  }

  /**
   * {@code m_remainder}: IEEE 754's remainder, {@code x - n*y} with {@code n} the nearest integer
   * to {@code x/y} (even on a tie); exact. Java's {@code %} is C's {@code fmod}.
   */
  static double remainder(double x, double y) {
    if (Double.isFinite(x) && Double.isFinite(y)) {
      if (y == 0.0) {
        return Double.NaN;
      }
      double absx = Math.abs(x), absy = Math.abs(y);
      double m = absx % absy;
      // Compare m with absy - m, not with 0.5 * absy, which may be inexact when absy is tiny.
      double c = absy - m, r;
      if (m < c) {
        r = m;
      } else if (m > c) {
        r = -c;
      } else {
        // A tie: absx = n*absy + m with m = absy/2, and fmod(0.5 * (absx - m), absy) is m for
        // odd n and 0 for even n, so r is m for even n and -m for odd n (all steps exact).
        r = m - 2.0 * ((0.5 * (absx - m)) % absy);
      }
      return Math.copySign(1.0, x) * r;
    }
    if (Double.isNaN(x)) {
      return x;
    }
    if (Double.isNaN(y)) {
      return y;
    }
    if (Double.isInfinite(x)) {
      return Double.NaN;
    }
    return x;
  }

  // --- Functions with their own special cases ---

  private static PyObject gamma(ThreadState ts, double x) {
    // The pole at zero is a divide-by-zero (a domain error); other infinities are overflows.
    if (x == 0.0) {
      throw domainError(ts);
    }
    return checked1(ts, x, MathGamma.gamma(x), true);
  }

  private static PyObject lgamma(ThreadState ts, double x) {
    double r = MathGamma.lgamma(x);
    // The poles at the non-positive integers are domain errors; other infinities, overflows.
    if (Double.isInfinite(r) && Double.isFinite(x) && x <= 0.0 && x == Math.floor(x)) {
      throw domainError(ts);
    }
    return checked1(ts, x, r, true);
  }

  private static PyObject fmod(ThreadState ts, double x, double y) {
    if (Double.isInfinite(y) && Double.isFinite(x)) {
      return PyFloat.of(ts, x);
    }
    double r = x % y;
    if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
      throw domainError(ts);
    }
    return PyFloat.of(ts, r);
  }

  /** {@code math_pow}: IEEE special values decided here, finite ** finite left to libm. */
  private static PyObject pow(ThreadState ts, double x, double y) {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      return PyFloat.of(ts, powSpecial(x, y));
    }
    double r = Libm.pow(x, y);
    if (Double.isNaN(r)) {
      // (negative) ** (finite non-integer)
      throw domainError(ts);
    }
    if (Double.isInfinite(r)) {
      // 0 ** negative is a divide-by-zero; anything else, an overflow.
      throw x == 0.0 ? domainError(ts) : rangeError(ts);
    }
    return PyFloat.of(ts, r);
  }

  private static double powSpecial(double x, double y) {
    if (Double.isNaN(x)) {
      return y == 0.0 ? 1.0 : x;
    }
    if (Double.isNaN(y)) {
      return x == 1.0 ? 1.0 : y;
    }
    if (Double.isInfinite(x)) {
      boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
      if (y > 0.0) {
        return oddY ? x : Math.abs(x);
      }
      if (y == 0.0) {
        return 1.0;
      }
      return oddY ? Math.copySign(0.0, x) : 0.0;
    }
    if (Math.abs(x) == 1.0) {
      return 1.0;
    }
    if (y > 0.0 && Math.abs(x) > 1.0) {
      return y;
    }
    if (y < 0.0 && Math.abs(x) < 1.0) {
      return -y;
    }
    return 0.0;
  }

  /** {@code math_ldexp}: the exponent must be an int; out-of-range exponents saturate. */
  private static PyObject ldexp(ThreadState ts, PyObject xArg, PyObject iArg) {
    double x = asDouble(ts, xArg);
    if (!(iArg instanceof PyInt i)) {
      throw Exc.typeError(ts, "Expected an int as second argument to ldexp.");
    }
    double r;
    if (x == 0.0 || !Double.isFinite(x)) {
      r = x;
    } else if (i.signum() > 0 && (i.isBig() || i.value > Integer.MAX_VALUE)) {
      throw rangeError(ts);
    } else if (i.signum() < 0 && (i.isBig() || i.value < Integer.MIN_VALUE)) {
      r = Math.copySign(0.0, x);
    } else {
      r = Libm.ldexp(x, (int) i.value);
      if (Double.isInfinite(r)) {
        throw rangeError(ts);
      }
    }
    return PyFloat.of(ts, r);
  }

  private static PyObject frexp(ThreadState ts, double x) {
    int e = 0;
    double mantissa = x;
    if (Double.isFinite(x) && x != 0.0) {
      e = frexpExponent(x);
      mantissa = Math.scalb(x, -e);
    }
    return PyTuple.steal(ts, new PyObject[] {PyFloat.of(ts, mantissa), PyInt.of(ts, e)});
  }

  /** C's {@code frexp} exponent of a finite nonzero x: x = m * 2**e with 0.5 <= |m| < 1. */
  static int frexpExponent(double x) {
    int e = Math.getExponent(x);
    if (e == Double.MIN_EXPONENT - 1) {
      // Subnormal: count the leading zeros of the significand.
      long bits = Double.doubleToRawLongBits(x) & 0xfffffffffffffL;
      return -1022 - (Long.numberOfLeadingZeros(bits) - 12);
    }
    return e + 1;
  }

  private static PyObject modf(ThreadState ts, double x) {
    double fraction, whole;
    if (Double.isInfinite(x)) {
      fraction = Math.copySign(0.0, x);
      whole = x;
    } else if (Double.isNaN(x)) {
      fraction = x;
      whole = x;
    } else {
      whole = x < 0 ? Math.ceil(x) : Math.floor(x);
      fraction = Math.copySign(x - whole, x);
    }
    return PyTuple.steal(ts, new PyObject[] {PyFloat.of(ts, fraction), PyFloat.of(ts, whole)});
  }

  /** {@code math_ulp}: the gap to the next float away from zero (below, for the largest). */
  static double ulp(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    x = Math.abs(x);
    if (Double.isInfinite(x)) {
      return x;
    }
    double up = Libm.nextafter(x, Double.POSITIVE_INFINITY);
    if (Double.isInfinite(up)) {
      return x - Libm.nextafter(x, Double.NEGATIVE_INFINITY);
    }
    return up - x;
  }

  private static final String[] ISCLOSE_PARAMETERS = {"a", "b", "rel_tol", "abs_tol"};

  private static PyObject isclose(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kwnames) {
    PyObject[] v =
        MathArgs.keywords(ts, "isclose", args, off, n, kwnames, ISCLOSE_PARAMETERS, 0, 2, 2);
    double a = asDouble(ts, v[0]), b = asDouble(ts, v[1]);
    double relTol = v[2] == null ? 1e-09 : asDouble(ts, v[2]);
    double absTol = v[3] == null ? 0.0 : asDouble(ts, v[3]);
    if (relTol < 0.0 || absTol < 0.0) {
      throw Exc.valueError(ts, "tolerances must be non-negative");
    }
    if (a == b) {
      return PyBool.TRUE;
    }
    if (Double.isInfinite(a) || Double.isInfinite(b)) {
      return PyBool.FALSE;
    }
    double diff = Math.abs(b - a);
    return PyBool.of(
        diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol);
  }

  // --- Logarithms ---

  /** {@code m_log}: special values here, positive finite numbers to libm. */
  static double log(double x) {
    if (Double.isFinite(x)) {
      return x > 0.0 ? Libm.log(x) : x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
    }
    return Double.isNaN(x) || x > 0.0 ? x : Double.NaN;
  }

  static double log2(double x) {
    if (Double.isFinite(x)) {
      return x > 0.0 ? Libm.log2(x) : x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
    }
    return Double.isNaN(x) || x > 0.0 ? x : Double.NaN;
  }

  static double log10(double x) {
    if (Double.isFinite(x)) {
      return x > 0.0 ? Libm.log10(x) : x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
    }
    return Double.isNaN(x) || x > 0.0 ? x : Double.NaN;
  }

  /**
   * {@code loghelper}: an int of any size is taken apart as {@code m * 2**e} when it does not fit a
   * float, and its log is {@code f(m) + f(2) * e}; other objects go through {@code math_1}.
   */
  static PyObject logHelper(ThreadState ts, PyObject arg, DoubleUnaryOperator f) {
    if (arg instanceof PyInt i) {
      if (i.signum() <= 0) {
        throw domainError(ts);
      }
      // Rounded to a float, as PyLong_AsDouble does; infinite when it would overflow.
      double x = i.toDouble();
      return PyFloat.of(ts, Double.isInfinite(x) ? bigLog(i.big, f) : f.applyAsDouble(x));
    }
    double x = asDouble(ts, arg);
    return checked1(ts, x, f.applyAsDouble(x), false);
  }

  private static double bigLog(BigInteger v, DoubleUnaryOperator f) {
    long e = v.bitLength();
    double m = frexpBig(v);
    if (m == 1.0) {
      m = 0.5;
      e++;
    }
    return f.applyAsDouble(m) + f.applyAsDouble(2.0) * e;
  }

  /**
   * {@code _PyLong_Frexp}'s significand of a positive big int: {@code v / 2**bitLength}, rounded to
   * 53 bits half-to-even (may round up to 1.0; the caller renormalizes).
   */
  static double frexpBig(BigInteger v) {
    int shift = v.bitLength() - 64;
    long top = v.shiftRight(shift).longValue();
    // The shifted-out bits only matter as a sticky bit below the rounding position.
    if (v.getLowestSetBit() < shift) {
      top |= 1;
    }
    // An unsigned 64-bit value to double, correctly rounded: halve it keeping the sticky bit.
    double d = (double) ((top >>> 1) | (top & 1)) * 2.0;
    return Math.scalb(d, -64);
  }

  private static PyObject log(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kwnames) {
    if (kwnames != null && kwnames.items.length > 0) {
      throw Exc.typeError(ts, "log() takes no keyword arguments");
    }
    if (n < 1 || n > 2) {
      throw Exc.typeError(ts, "math.log requires 1 to 2 arguments");
    }
    PyObject num = logHelper(ts, args[off], MathModule::log);
    if (n == 1) {
      return num;
    }
    double x = ((PyFloat) num).value;
    Ops.decref(ts, num);
    PyObject den = logHelper(ts, args[off + 1], MathModule::log);
    double base = ((PyFloat) den).value;
    Ops.decref(ts, den);
    if (base == 0.0) {
      throw Exc.zeroDivision(ts, "float division by zero");
    }
    return PyFloat.of(ts, x / base);
  }

  // --- Rounding to int ---

  private static PyObject floor(ThreadState ts, PyObject x) {
    if (x.type == PyFloat.TYPE) {
      return MathIntegers.fromDouble(ts, Math.floor(((PyFloat) x).value));
    }
    PyObject method = x.type.lookup("__floor__");
    if (method != null) {
      return Calls.callMethod(ts, method, x);
    }
    return MathIntegers.fromDouble(ts, Math.floor(asDouble(ts, x)));
  }

  private static PyObject ceil(ThreadState ts, PyObject x) {
    if (x.type != PyFloat.TYPE) {
      PyObject method = x.type.lookup("__ceil__");
      if (method != null) {
        return Calls.callMethod(ts, method, x);
      }
    }
    return MathIntegers.fromDouble(ts, Math.ceil(asDouble(ts, x)));
  }

  private static PyObject trunc(ThreadState ts, PyObject x) {
    if (x.type == PyFloat.TYPE) {
      double v = ((PyFloat) x).value;
      return MathIntegers.fromDouble(ts, v < 0 ? Math.ceil(v) : Math.floor(v));
    }
    PyObject method = x.type.lookup("__trunc__");
    if (method == null) {
      throw Exc.typeError(ts, "type " + x.typeName() + " doesn't define __trunc__ method");
    }
    return Calls.callMethod(ts, method, x);
  }
}
