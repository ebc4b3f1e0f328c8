package dev.weft.runtime.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Floats as CPython prints them: {@code repr} (the shortest digits that round-trip, laid out as
 * CPython's {@code float_repr_style = 'short'}) and {@code format(float, spec)} ({@code
 * format_float_internal}). Digits come from the exact binary value: the JDK's {@code
 * Double.toString} gives the shortest round-tripping digits (JDK 19+), and {@code BigDecimal} of
 * the double rounds half-even exactly as David Gay's dtoa does for fixed precisions.
 */
public final class FloatFormat {
  private FloatFormat() {}

  /** A decimal value as significant digits and the position of the decimal point. */
  private record Digits(String digits, int point) {}

  /** {@code repr(x)} (and {@code str(x)}). */
  public static String repr(double x) {
    if (!Double.isFinite(x)) {
      return Double.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
    }
    String sign = (x < 0 || (x == 0 && 1 / x < 0)) ? "-" : "";
    Digits d = shortest(Math.abs(x));
    return sign + layout(d, d.point() > 16 || d.point() <= -4, true, false, 'e');
  }

  public static String format(double x, String specText) throws FormatError {
    return format(x, FormatSpec.parse(specText, "float", '>'));
  }

  static String format(double x, FormatSpec spec) throws FormatError {
    char type = spec.type();
    switch (type) {
      case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> {}
      default ->
          throw FormatError.value("Unknown format code '" + type + "' for object of type 'float'");
    }
    if (spec.alternate() && type == 'c') {
      throw FormatError.value("Alternate form (#) not allowed in float format specifier");
    }
    boolean negative = x < 0 || (x == 0 && 1 / x < 0);
    boolean percent = type == '%';
    double magnitude = percent ? Math.abs(x) * 100 : Math.abs(x); // may overflow to inf, as in C
    String body;
    if (!Double.isFinite(magnitude)) {
      body = Double.isNaN(magnitude) ? "nan" : "inf";
      if (type == 'E' || type == 'F' || type == 'G') {
        body = body.toUpperCase(java.util.Locale.ROOT);
      }
      if (Double.isNaN(magnitude)) {
        negative = false;
      }
      // inf and nan take zero padding but no grouping, as in CPython.
      String sign = IntFormat.signOf(negative, spec.sign());
      String text = body + (percent ? "%" : "");
      boolean zeroPad = spec.align() == '=' && spec.fill() == '0';
      return spec.pad(
          sign, zeroPad ? Grouping.zeros(text, spec.width() - sign.length()) : text, '>');
    }
    int precision = spec.precision();
    boolean alternate = spec.alternate();
    String suffix = percent ? "%" : "";
    switch (type) {
      case 'e', 'E' -> {
        int p = precision < 0 ? 6 : precision;
        Digits d = roundSignificant(magnitude, p + 1);
        body = layout(d, true, false, alternate, type == 'E' ? 'E' : 'e', p);
      }
      case 'f', 'F', '%' -> {
        int p = precision < 0 ? 6 : precision;
        body = fixed(magnitude, p, alternate);
      }
      case 'g', 'G', 'n' ->
          body =
              general(
                  magnitude,
                  precision < 0 ? 6 : precision,
                  alternate,
                  type == 'G' ? 'E' : 'e',
                  false);
      default -> {
        // No type: repr when no precision, else 'g' keeping a digit after the point.
        if (precision < 0) {
          Digits d = shortest(magnitude);
          boolean exponent = d.point() > 16 || d.point() <= -4;
          body = layout(d, exponent, true, alternate, 'e');
        } else {
          body = general(magnitude, precision, alternate, 'e', true);
        }
      }
    }
    if (spec.noNegativeZero() && negative && isZero(body)) {
      negative = false;
    }
    String digitsPart = body + suffix;
    return groupAndPad(spec, IntFormat.signOf(negative, spec.sign()), digitsPart);
  }

  /** Whether every digit of a formatted magnitude is zero (for the 'z' option). */
  private static boolean isZero(String body) {
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c >= '1' && c <= '9') {
        return false;
      }
      if (c == 'e' || c == 'E') {
        break;
      }
    }
    return true;
  }

  /** Groups the integer part and zero-pads as integers do, keeping the fraction and exponent. */
  private static String groupAndPad(FormatSpec spec, String sign, String body) {
    int end = 0;
    while (end < body.length() && Character.isDigit(body.charAt(end))) {
      end++;
    }
    String integer = body.substring(0, end);
    String rest = body.substring(end);
    boolean zeroPad = spec.align() == '=' && spec.fill() == '0';
    int minInteger = zeroPad ? Math.max(0, spec.width() - sign.length() - rest.length()) : 0;
    String grouped;
    if (spec.grouping() != 0) {
      grouped = Grouping.group(integer, spec.grouping(), 3, minInteger, zeroPad);
    } else {
      grouped = zeroPad ? Grouping.zeros(integer, minInteger) : integer;
    }
    return spec.pad(sign, grouped + rest, '>');
  }

  private static String fixed(double magnitude, int precision, boolean alternate) {
    BigDecimal exact = new BigDecimal(magnitude).setScale(precision, RoundingMode.HALF_EVEN);
    String text = exact.toPlainString();
    return precision == 0 && alternate ? text + "." : text;
  }

  /**
   * The 'g' rules: round to {@code precision} significant digits; scientific if the exponent is
   * below -4 or at least the precision, fixed otherwise; trailing zeros removed unless '#'. {@code
   * keepPointDigit}: the no-type form, which keeps one digit after the point.
   */
  private static String general(
      double magnitude, int precision, boolean alternate, char e, boolean keepPointDigit) {
    int p = precision == 0 ? 1 : precision;
    Digits d = roundSignificant(magnitude, p);
    int exponent = d.point() - 1;
    // CPython's format_float_short: in the no-type form (ADD_DOT_0) the fixed range ends one
    // digit earlier, so 12.0 at precision 2 is written 1.2e+01 rather than 12.0.
    boolean scientific = exponent < -4 || exponent >= (keepPointDigit ? p - 1 : p);
    if (alternate) {
      // '#': trailing zeros stay: pad the digits to the precision.
      String padded = d.digits() + "0".repeat(Math.max(0, p - d.digits().length()));
      d = new Digits(padded, d.point());
      return layout(d, scientific, false, true, e, scientific ? p - 1 : Math.max(0, p - d.point()));
    }
    d = new Digits(stripZeros(d.digits()), d.point());
    return layout(d, scientific, keepPointDigit, false, e);
  }

  private static String stripZeros(String digits) {
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    return digits.substring(0, end);
  }

  /** The shortest round-tripping digits of a positive (or zero) double. */
  private static Digits shortest(double magnitude) {
    if (magnitude == 0) {
      return new Digits("0", 1);
    }
    BigDecimal value = new BigDecimal(Double.toString(magnitude)).stripTrailingZeros();
    String digits = value.unscaledValue().toString();
    int point = digits.length() - value.scale();
    if (digits.length() == 2) {
      // Java's toString writes at least two digits; a single one may round-trip too (5e-324,
      // where Java says 4.9E-324). Python's repr takes the round-tripping single digit closest
      // to the exact value.
      BigDecimal exact = new BigDecimal(magnitude);
      Digits best = null;
      BigDecimal bestDistance = null;
      int first = digits.charAt(0) - '0';
      for (int candidate = Math.max(1, first - 1); candidate <= first + 1; candidate++) {
        Digits option =
            candidate == 10
                ? new Digits("1", point + 1)
                : new Digits(Integer.toString(candidate), point);
        BigDecimal decimal = new BigDecimal(option.digits() + "E" + (option.point() - 1));
        if (decimal.doubleValue() == magnitude) {
          BigDecimal distance = decimal.subtract(exact).abs();
          if (bestDistance == null || distance.compareTo(bestDistance) < 0) {
            best = option;
            bestDistance = distance;
          }
        }
      }
      if (best != null) {
        return best;
      }
    }
    return new Digits(digits, point);
  }

  /** {@code count} significant digits, rounded half-even from the exact binary value. */
  private static Digits roundSignificant(double magnitude, int count) {
    if (magnitude == 0) {
      return new Digits("0".repeat(count), 1);
    }
    BigDecimal rounded =
        new BigDecimal(magnitude).round(new MathContext(count, RoundingMode.HALF_EVEN));
    String digits = rounded.unscaledValue().toString();
    int point = digits.length() - rounded.scale();
    if (digits.length() < count) {
      digits = digits + "0".repeat(count - digits.length());
    } else if (digits.length() > count) {
      digits = digits.substring(0, count); // trailing zeros of a power of ten
    }
    return new Digits(digits, point);
  }

  private static String layout(
      Digits d, boolean scientific, boolean addDotZero, boolean alternate, char e) {
    return layout(d, scientific, addDotZero, alternate, e, -1);
  }

  /**
   * Writes digits with the decimal point at {@code d.point()}: scientific as {@code d.ddde+XX} (at
   * least two exponent digits), or fixed. {@code decimals} forces the number of digits after the
   * point (-1: as many as there are); {@code addDotZero} writes ".0" after an integral fixed value;
   * {@code alternate} keeps a trailing point.
   */
  private static String layout(
      Digits d, boolean scientific, boolean addDotZero, boolean alternate, char e, int decimals) {
    String digits = d.digits();
    if (scientific) {
      String mantissa = digits.substring(0, 1);
      String fraction = digits.substring(1);
      if (decimals >= 0) {
        fraction =
            (fraction + "0".repeat(Math.max(0, decimals - fraction.length())))
                .substring(0, decimals);
      }
      if (!fraction.isEmpty()) {
        mantissa += "." + fraction;
      } else if (alternate) {
        mantissa += ".";
      }
      int exponent = d.point() - 1;
      String exp = Integer.toString(Math.abs(exponent));
      return mantissa + e + (exponent < 0 ? "-" : "+") + (exp.length() < 2 ? "0" + exp : exp);
    }
    String integer;
    String fraction;
    if (d.point() <= 0) {
      integer = "0";
      fraction = "0".repeat(-d.point()) + digits;
    } else if (d.point() >= digits.length()) {
      integer = digits + "0".repeat(d.point() - digits.length());
      fraction = "";
    } else {
      integer = digits.substring(0, d.point());
      fraction = digits.substring(d.point());
    }
    if (decimals >= 0) {
      fraction = (fraction + "0".repeat(Math.max(0, decimals - fraction.length())));
    }
    if (!fraction.isEmpty()) {
      return integer + "." + fraction;
    }
    if (addDotZero) {
      return integer + ".0";
    }
    return alternate ? integer + "." : integer;
  }
}
