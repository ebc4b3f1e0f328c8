package dev.weft.runtime.compiler;

import java.math.BigInteger;

/**
 * The value of a NUMBER token, which the {@link Tokenizer} has already validated: an int (Long when
 * it fits, BigInteger beyond), a float (Double; Java's parseDouble is correctly rounded, as
 * CPython's is), or an imaginary number.
 */
public final class NumberLiteral {

  /** An imaginary literal such as {@code 2.5j}: the complex number 0 + value·j. */
  public record Imaginary(double value) {}

  private NumberLiteral() {}

  public static Object parse(String text) {
    String digits = text.replace("_", "");
    char last = digits.charAt(digits.length() - 1);
    if (last == 'j' || last == 'J') {
      return new Imaginary(Double.parseDouble(digits.substring(0, digits.length() - 1)));
    }
    if (digits.length() > 1 && digits.charAt(0) == '0') {
      switch (digits.charAt(1)) {
        case 'x', 'X' -> {
          return integer(digits.substring(2), 16);
        }
        case 'o', 'O' -> {
          return integer(digits.substring(2), 8);
        }
        case 'b', 'B' -> {
          return integer(digits.substring(2), 2);
        }
        default -> {}
      }
    }
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c == '.' || c == 'e' || c == 'E') {
        return Double.parseDouble(digits);
      }
    }
    return integer(digits, 10);
  }

  private static Object integer(String digits, int radix) {
    BigInteger value = new BigInteger(digits, radix);
    return value.bitLength() < Long.SIZE ? (Object) value.longValue() : value;
  }
}
