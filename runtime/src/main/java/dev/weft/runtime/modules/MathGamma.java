package dev.weft.runtime.modules;

/**
 * {@code math.gamma} and {@code math.lgamma} as CPython computes them ({@code m_tgamma}, {@code
 * m_lgamma}): CPython does not trust the platform's tgamma/lgamma and evaluates its own Lanczos
 * approximation, so this is that computation, operation for operation, with the same libm calls
 * ({@code exp}, {@code pow}, {@code log}, {@code sin}, {@code cos}) so that results agree bit for
 * bit.
 *
 * <p>For x > 0, Gamma(x) = L_g(x) * (x+g-0.5)**(x-0.5) / exp(x+g-0.5), with the Lanczos sum L_g
 * evaluated as a rational function (N=13, g=6.024680040776729583740234375, Boost's parameters, the
 * coefficients CPython computed with MPFR). Because x+g-0.5 is usually inexact, the result is
 * corrected by the first-order term e*g/y of the rounding error e. For x < 0 the reflection formula
 * applies, with an accurate sin(pi*x). Special values follow C99 Annex F; the caller turns NaN and
 * infinite results into Python's exceptions.
 */
final class MathGamma {
  private MathGamma() {}

  private static final double PI = 3.141592653589793238462643383279502884197;
  private static final double LOG_PI = 1.144729885849400174143427351353058711647;

  private static final int LANCZOS_N = 13;
  private static final double LANCZOS_G = 6.024680040776729583740234375;
  private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;

  private static final double[] LANCZOS_NUM_COEFFS = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408
  };

  /** The denominator x*(x+1)*...*(x+LANCZOS_N-2) as a polynomial. */
  private static final double[] LANCZOS_DEN_COEFFS = {
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0
  };

  /** Gamma(1) .. Gamma(23), exact in a double. */
  private static final double[] GAMMA_INTEGRAL = {
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
  };

  /**
   * sin(pi*x) for finite x, accurate near the integers (where sin(PI*x) is not): reduce x to [0, 2)
   * exactly, then pick the octant's sin or cos.
   */
  static double sinpi(double x) {
    double y = Math.abs(x) % 2.0;
    // C's round() (half away from zero); y is non-negative, where Java's round agrees.
    int n = (int) Math.round(2.0 * y);
    double r =
        switch (n) {
          case 0 -> Libm.sin(PI * y);
          case 1 -> Libm.cos(PI * (y - 0.5));
          // Not -sin(PI*(y-1.0)), which gives -0.0 instead of 0.0 at y == 1.0.
          case 2 -> Libm.sin(PI * (1.0 - y));
          case 3 -> -Libm.cos(PI * (y - 1.5));
          default -> Libm.sin(PI * (y - 2.0));
        };
    return Math.copySign(1.0, x) * r;
  }

  /** The Lanczos sum L_g(x) for x > 0, in 1/x beyond 5 so that it cannot overflow. */
  static double lanczosSum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
      for (int i = LANCZOS_N; --i >= 0; ) {
        num = num * x + LANCZOS_NUM_COEFFS[i];
        den = den * x + LANCZOS_DEN_COEFFS[i];
      }
    } else {
      for (int i = 0; i < LANCZOS_N; i++) {
        num = num / x + LANCZOS_NUM_COEFFS[i];
        den = den / x + LANCZOS_DEN_COEFFS[i];
      }
    }
    return num / den;
  }

  /**
   * {@code m_tgamma}: NaN at the poles of the negative integers and at -inf, ±inf at ±0 (the caller
   * makes those domain errors) and where it overflows.
   */
  static double gamma(double x) {
    if (!Double.isFinite(x)) {
      return Double.isNaN(x) || x > 0.0 ? x : Double.NaN;
    }
    if (x == 0.0) {
      return Math.copySign(Double.POSITIVE_INFINITY, x);
    }
    if (x == Math.floor(x)) {
      if (x < 0.0) {
        return Double.NaN;
      }
      if (x <= GAMMA_INTEGRAL.length) {
        return GAMMA_INTEGRAL[(int) x - 1];
      }
    }
    double absx = Math.abs(x);
    if (absx < 1e-20) {
      return 1.0 / x;
    }
    // Past 200 Gamma overflows for x > 0 and underflows to ±0 for x < 0.
    if (absx > 200.0) {
      return x < 0.0 ? 0.0 / sinpi(x) : Double.POSITIVE_INFINITY;
    }
    double y = absx + LANCZOS_G_MINUS_HALF;
    // z is the rounding error of y, computed exactly (the bigger operand subtracted first).
    double z;
    if (absx > LANCZOS_G_MINUS_HALF) {
      double q = y - absx;
      z = q - LANCZOS_G_MINUS_HALF;
    } else {
      double q = y - LANCZOS_G_MINUS_HALF;
      z = q - absx;
    }
    z = z * LANCZOS_G / y;
    return x < 0.0 ? gammaNegative(absx, y, z) : gammaPositive(absx, y, z);
  }

  private static double gammaPositive(double absx, double y, double z) {
    double r = lanczosSum(absx) / Libm.exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= Libm.pow(y, absx - 0.5);
    } else {
      // pow(y, absx - 0.5) alone would overflow before the product does.
      double sqrtpow = Libm.pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
    return r;
  }

  private static double gammaNegative(double absx, double y, double z) {
    double r = -PI / sinpi(absx) / absx * Libm.exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= Libm.pow(y, absx - 0.5);
    } else {
      double sqrtpow = Libm.pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
    return r;
  }

  /**
   * {@code m_lgamma}: log|Gamma(x)|; +inf at the non-positive integers (a domain error for the
   * caller) and at ±inf (no error), and where it overflows.
   */
  static double lgamma(double x) {
    if (!Double.isFinite(x)) {
      return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
    }
    if (x == Math.floor(x) && x <= 2.0) {
      return x <= 0.0 ? Double.POSITIVE_INFINITY : 0.0;
    }
    double absx = Math.abs(x);
    if (absx < 1e-20) {
      return -Libm.log(absx);
    }
    double r = Libm.log(lanczosSum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (Libm.log(absx + LANCZOS_G - 0.5) - 1);
    if (x < 0.0) {
      // The reflection formula.
      r = LOG_PI - Libm.log(Math.abs(sinpi(absx))) - Libm.log(absx) - r;
    }
    return r;
  }
}
