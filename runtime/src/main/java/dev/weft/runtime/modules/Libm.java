package dev.weft.runtime.modules;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * The platform C math library, called through the FFM API so that {@code math} computes exactly
 * what CPython does: CPython's {@code mathmodule.c} hands every transcendental function to libm,
 * and glibc's results are not those of {@link StrictMath} (fdlibm) in the last bit.
 *
 * <p>Each function is a downcall handle made once, held in a {@code static final} so the JIT
 * inlines the call; the calls are {@linkplain Linker.Option#critical critical} (no thread-state
 * transition), which suits leaf functions that neither block nor call back. Symbols are looked up
 * in {@code libm.so.6}, then in the linker's default lookup (which on Linux includes libm).
 *
 * <p>Fallback: when libm cannot be loaded (another OS, or native access denied), every handle is
 * null and the function runs in Java instead: {@link StrictMath} where it has the function,
 * otherwise a formula on StrictMath ({@code exp2}, {@code log2}, the inverse hyperbolics) and, for
 * {@code erf}/{@code erfc}, the series and continued fraction CPython 3.10 used before it required
 * C99's. Results then agree with CPython's to within a few ulps, not bit for bit. Functions whose
 * result IEEE 754 defines exactly ({@code sqrt}, {@code fmod}, {@code floor}, {@code copysign},
 * {@code fabs}, {@code frexp}) are always computed in Java: they cannot differ.
 */
public final class Libm {
  private Libm() {}

  private static final SymbolLookup LOOKUP = lookup();

  private static final FunctionDescriptor D_D =
      FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE);
  private static final FunctionDescriptor D_DD =
      FunctionDescriptor.of(
          ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE);
  private static final FunctionDescriptor D_DI =
      FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_INT);

  private static final MethodHandle EXP = bind("exp", D_D);
  private static final MethodHandle EXP2 = bind("exp2", D_D);
  private static final MethodHandle EXPM1 = bind("expm1", D_D);
  private static final MethodHandle LOG = bind("log", D_D);
  private static final MethodHandle LOG2 = bind("log2", D_D);
  private static final MethodHandle LOG10 = bind("log10", D_D);
  private static final MethodHandle LOG1P = bind("log1p", D_D);
  private static final MethodHandle POW = bind("pow", D_DD);
  private static final MethodHandle SIN = bind("sin", D_D);
  private static final MethodHandle COS = bind("cos", D_D);
  private static final MethodHandle TAN = bind("tan", D_D);
  private static final MethodHandle ASIN = bind("asin", D_D);
  private static final MethodHandle ACOS = bind("acos", D_D);
  private static final MethodHandle ATAN = bind("atan", D_D);
  private static final MethodHandle ATAN2 = bind("atan2", D_DD);
  private static final MethodHandle SINH = bind("sinh", D_D);
  private static final MethodHandle COSH = bind("cosh", D_D);
  private static final MethodHandle TANH = bind("tanh", D_D);
  private static final MethodHandle ASINH = bind("asinh", D_D);
  private static final MethodHandle ACOSH = bind("acosh", D_D);
  private static final MethodHandle ATANH = bind("atanh", D_D);
  private static final MethodHandle ERF = bind("erf", D_D);
  private static final MethodHandle ERFC = bind("erfc", D_D);
  private static final MethodHandle CBRT = bind("cbrt", D_D);
  private static final MethodHandle LDEXP = bind("ldexp", D_DI);
  private static final MethodHandle NEXTAFTER = bind("nextafter", D_DD);

  /** Whether the functions come from the C library (false: the Java fallbacks run). */
  static final boolean NATIVE = LOOKUP != null && EXP != null;

  private static SymbolLookup lookup() {
    try {
      SymbolLookup libm = SymbolLookup.libraryLookup("libm.so.6", Arena.global());
      return libm.or(Linker.nativeLinker().defaultLookup());
    } catch (IllegalArgumentException | IllegalCallerException | UnsupportedOperationException e) {
      try {
        return Linker.nativeLinker().defaultLookup();
      } catch (IllegalCallerException | UnsupportedOperationException e2) {
        return null;
      }
    }
  }

  /** A downcall handle for {@code name}, or null when the symbol or native access is missing. */
  private static MethodHandle bind(String name, FunctionDescriptor descriptor) {
    if (LOOKUP == null) {
      return null;
    }
    try {
      Optional<MemorySegment> symbol = LOOKUP.find(name);
      return symbol
          .map(
              s ->
                  Linker.nativeLinker()
                      .downcallHandle(s, descriptor, Linker.Option.critical(false)))
          .orElse(null);
    } catch (IllegalCallerException | IllegalArgumentException e) {
      return null;
    }
  }

  private static double call(MethodHandle h, double x) {
    try {
      return (double) h.invokeExact(x);
    } catch (Throwable t) {
      throw new AssertionError("libm call failed", t);
    }
  }

  private static double call(MethodHandle h, double x, double y) {
    try {
      return (double) h.invokeExact(x, y);
    } catch (Throwable t) {
      throw new AssertionError("libm call failed", t);
    }
  }

  static double exp(double x) {
    return EXP != null ? call(EXP, x) : StrictMath.exp(x);
  }

  static double exp2(double x) {
    return EXP2 != null ? call(EXP2, x) : StrictMath.pow(2.0, x);
  }

  static double expm1(double x) {
    return EXPM1 != null ? call(EXPM1, x) : StrictMath.expm1(x);
  }

  static double log(double x) {
    return LOG != null ? call(LOG, x) : StrictMath.log(x);
  }

  static double log2(double x) {
    if (LOG2 != null) {
      return call(LOG2, x);
    }
    // Exact for powers of two, as C99 requires of log2.
    if (x > 0 && Double.isFinite(x) && (Double.doubleToRawLongBits(x) & 0xfffffffffffffL) == 0) {
      return Math.getExponent(x);
    }
    return StrictMath.log(x) / StrictMath.log(2.0);
  }

  static double log10(double x) {
    return LOG10 != null ? call(LOG10, x) : StrictMath.log10(x);
  }

  static double log1p(double x) {
    return LOG1P != null ? call(LOG1P, x) : StrictMath.log1p(x);
  }

  public static double pow(double x, double y) {
    return POW != null ? call(POW, x, y) : StrictMath.pow(x, y);
  }

  static double sin(double x) {
    return SIN != null ? call(SIN, x) : StrictMath.sin(x);
  }

  static double cos(double x) {
    return COS != null ? call(COS, x) : StrictMath.cos(x);
  }

  static double tan(double x) {
    return TAN != null ? call(TAN, x) : StrictMath.tan(x);
  }

  static double asin(double x) {
    return ASIN != null ? call(ASIN, x) : StrictMath.asin(x);
  }

  static double acos(double x) {
    return ACOS != null ? call(ACOS, x) : StrictMath.acos(x);
  }

  static double atan(double x) {
    return ATAN != null ? call(ATAN, x) : StrictMath.atan(x);
  }

  static double atan2(double y, double x) {
    return ATAN2 != null ? call(ATAN2, y, x) : StrictMath.atan2(y, x);
  }

  static double sinh(double x) {
    return SINH != null ? call(SINH, x) : StrictMath.sinh(x);
  }

  static double cosh(double x) {
    return COSH != null ? call(COSH, x) : StrictMath.cosh(x);
  }

  static double tanh(double x) {
    return TANH != null ? call(TANH, x) : StrictMath.tanh(x);
  }

  /** Above this, asinh(x) and acosh(x) are log(2x) to within rounding (fdlibm's cutoff). */
  private static final double HUGE_ARGUMENT = 0x1p28;

  private static final double LN2 = 0.6931471805599453;

  static double asinh(double x) {
    if (ASINH != null) {
      return call(ASINH, x);
    }
    double a = Math.abs(x), r;
    if (a >= HUGE_ARGUMENT) {
      r = StrictMath.log(a) + LN2;
    } else if (a > 2.0) {
      r = StrictMath.log(2.0 * a + 1.0 / (Math.sqrt(a * a + 1.0) + a));
    } else {
      r = StrictMath.log1p(a + a * a / (1.0 + Math.sqrt(1.0 + a * a)));
    }
    return Math.copySign(r, x);
  }

  static double acosh(double x) {
    if (ACOSH != null) {
      return call(ACOSH, x);
    }
    if (x >= HUGE_ARGUMENT) {
      return StrictMath.log(x) + LN2;
    }
    if (x > 2.0) {
      return StrictMath.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
    }
    double t = x - 1.0;
    return StrictMath.log1p(t + Math.sqrt(2.0 * t + t * t));
  }

  static double atanh(double x) {
    if (ATANH != null) {
      return call(ATANH, x);
    }
    double a = Math.abs(x);
    double r =
        a < 0.5
            ? 0.5 * StrictMath.log1p(2.0 * a + 2.0 * a * a / (1.0 - a))
            : 0.5 * StrictMath.log1p(2.0 * a / (1.0 - a));
    return Math.copySign(r, x);
  }

  static double erf(double x) {
    return ERF != null ? call(ERF, x) : ErfFallback.erf(x);
  }

  static double erfc(double x) {
    return ERFC != null ? call(ERFC, x) : ErfFallback.erfc(x);
  }

  static double cbrt(double x) {
    return CBRT != null ? call(CBRT, x) : StrictMath.cbrt(x);
  }

  static double ldexp(double x, int exp) {
    if (LDEXP == null) {
      return Math.scalb(x, exp);
    }
    try {
      return (double) LDEXP.invokeExact(x, exp);
    } catch (Throwable t) {
      throw new AssertionError("libm call failed", t);
    }
  }

  static double nextafter(double x, double y) {
    return NEXTAFTER != null ? call(NEXTAFTER, x, y) : Math.nextAfter(x, y);
  }

  /**
   * {@code erf} and {@code erfc} without libm: CPython 3.10's {@code m_erf_series} (a power series
   * for |x| < 1.5) and {@code m_erfc_contfrac} (a continued fraction beyond), accurate to a few
   * ulps.
   */
  private static final class ErfFallback {
    private static final double SERIES_CUTOFF = 1.5;
    private static final int SERIES_TERMS = 25;
    private static final double CONTFRAC_CUTOFF = 30.0;
    private static final int CONTFRAC_TERMS = 50;
    private static final double SQRT_PI = 1.772453850905516027298167483341145182798;

    static double erf(double x) {
      if (Double.isNaN(x)) {
        return x;
      }
      double a = Math.abs(x);
      if (a < SERIES_CUTOFF) {
        return series(x);
      }
      double cf = contfrac(a);
      return x > 0.0 ? 1.0 - cf : cf - 1.0;
    }

    static double erfc(double x) {
      if (Double.isNaN(x)) {
        return x;
      }
      double a = Math.abs(x);
      if (a < SERIES_CUTOFF) {
        return 1.0 - series(x);
      }
      double cf = contfrac(a);
      return x > 0.0 ? cf : 2.0 - cf;
    }

    private static double series(double x) {
      double x2 = x * x, acc = 0.0, fk = SERIES_TERMS + 0.5;
      for (int i = 0; i < SERIES_TERMS; i++) {
        acc = 2.0 + x2 * acc / fk;
        fk -= 1.0;
      }
      return acc * x * StrictMath.exp(-x2) / SQRT_PI;
    }

    private static double contfrac(double x) {
      if (x >= CONTFRAC_CUTOFF) {
        return 0.0;
      }
      double x2 = x * x, a = 0.0, da = 0.5, p = 1.0, pLast = 0.0, q = da + x2, qLast = 1.0;
      for (int i = 0; i < CONTFRAC_TERMS; i++) {
        a += da;
        da += 2.0;
        double b = da + x2, t = p;
        p = b * p - a * pLast;
        pLast = t;
        t = q;
        q = b * q - a * qLast;
        qLast = t;
      }
      return p / q * x * StrictMath.exp(-x2) / SQRT_PI;
    }
  }
}
