package dev.weft.runtime.format;

import java.math.BigInteger;

/** {@code format(int, spec)}: CPython's {@code format_long_internal}. */
public final class IntFormat {
  private IntFormat() {}

  public static String format(BigInteger value, String specText) throws FormatError {
    return format(value, specText, "int");
  }

  /** As {@link #format(BigInteger, String)} for an int subtype named {@code typeName} (bool). */
  public static String format(BigInteger value, String specText, String typeName)
      throws FormatError {
    FormatSpec spec = FormatSpec.parse(specText, typeName, '>');
    char type = spec.type() == 0 ? 'd' : spec.type();
    switch (type) {
      case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
        return FloatFormat.format(toDouble(value), spec);
      }
      case 'd', 'n', 'b', 'o', 'x', 'X', 'c' -> {}
      default ->
          throw FormatError.value(
              "Unknown format code '" + type + "' for object of type '" + typeName + "'");
    }
    if (spec.precision() >= 0) {
      throw FormatError.value("Precision not allowed in integer format specifier");
    }
    if (spec.noNegativeZero()) {
      throw FormatError.value("Negative zero coercion (z) not allowed in integer format specifier");
    }
    if (type == 'c') {
      if (spec.sign() != 0) {
        throw FormatError.value("Sign not allowed with integer format specifier 'c'");
      }
      if (spec.alternate()) {
        throw FormatError.value("Alternate form (#) not allowed with integer format specifier 'c'");
      }
      if (value.signum() < 0 || value.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
        throw new FormatError("OverflowError", "%c arg not in range(0x110000)");
      }
      return spec.pad("", Character.toString(value.intValue()), '>');
    }
    int radix =
        switch (type) {
          case 'b' -> 2;
          case 'o' -> 8;
          case 'x', 'X' -> 16;
          default -> 10;
        };
    String digits = value.abs().toString(radix);
    if (type == 'X') {
      digits = digits.toUpperCase(java.util.Locale.ROOT);
    }
    String prefix = "";
    if (spec.alternate()) {
      prefix =
          switch (type) {
            case 'b' -> "0b";
            case 'o' -> "0o";
            case 'x' -> "0x";
            case 'X' -> "0X";
            default -> "";
          };
    }
    return layout(
        spec, signOf(value.signum() < 0, spec.sign()) + prefix, digits, radix == 10 ? 3 : 4);
  }

  static String signOf(boolean negative, char sign) {
    if (negative) {
      return "-";
    }
    return sign == '+' ? "+" : sign == ' ' ? " " : "";
  }

  /** Groups and zero-pads the digits (width counts sign and prefix), then pads with the fill. */
  static String layout(FormatSpec spec, String signAndPrefix, String digits, int groupSize) {
    boolean zeroPad = spec.align() == '=' && spec.fill() == '0';
    int minDigits = zeroPad ? Math.max(0, spec.width() - signAndPrefix.length()) : 0;
    String body;
    if (spec.grouping() != 0) {
      body = Grouping.group(digits, spec.grouping(), groupSize, minDigits, zeroPad);
    } else {
      body = zeroPad ? Grouping.zeros(digits, minDigits) : digits;
    }
    return spec.pad(signAndPrefix, body, '>');
  }

  private static double toDouble(BigInteger value) throws FormatError {
    if (value.bitLength() > 1024) {
      throw new FormatError("OverflowError", "int too large to convert to float");
    }
    double d = value.doubleValue();
    if (Double.isInfinite(d)) {
      throw new FormatError("OverflowError", "int too large to convert to float");
    }
    return d;
  }
}
