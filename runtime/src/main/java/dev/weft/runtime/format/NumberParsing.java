package dev.weft.runtime.format;

import dev.weft.runtime.bytecode.Disassembler;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * {@code int(str, base)} and {@code float(str)} with CPython's accepted syntax ({@code
 * Objects/longobject.c}, {@code Python/pystrtod.c}): surrounding whitespace, a sign, underscores
 * between digits, any Unicode decimal digit, base prefixes, and CPython's error messages.
 */
public final class NumberParsing {
  /** CPython 3.11's default {@code sys.get_int_max_str_digits()}. */
  public static final int MAX_STR_DIGITS = 4300;

  private NumberParsing() {}

  /** {@code int(text, base)}; base 0 reads the base from a prefix, as a literal does. */
  public static BigInteger parseInt(String text, int base) throws FormatError {
    if (base != 0 && (base < 2 || base > 36)) {
      throw FormatError.value("int() base must be >= 2 and <= 36, or 0");
    }
    String s = strip(text);
    int i = 0;
    boolean negative = false;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      negative = s.charAt(i++) == '-';
    }
    int radix = base;
    boolean prefixed = false;
    if (i + 1 < s.length() && s.charAt(i) == '0') {
      char p = Character.toLowerCase(s.charAt(i + 1));
      int prefixRadix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
      if (prefixRadix != 0 && (base == 0 || base == prefixRadix)) {
        radix = prefixRadix;
        prefixed = true;
        i += 2;
      }
    }
    if (radix == 0) {
      radix = 10;
    }
    // Underscores only between digits, or one right after a base prefix ("0x_ff").
    StringBuilder digits = new StringBuilder();
    boolean underscoreAllowed = prefixed;
    boolean lastUnderscore = false;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c == '_') {
        if (!underscoreAllowed) {
          throw invalidInt(text, base);
        }
        underscoreAllowed = false;
        lastUnderscore = true;
        continue;
      }
      int value = digitValue(c);
      if (value < 0 || value >= radix) {
        throw invalidInt(text, base);
      }
      digits.append(Character.forDigit(value, radix));
      underscoreAllowed = true;
      lastUnderscore = false;
    }
    if (digits.isEmpty() || lastUnderscore) {
      throw invalidInt(text, base);
    }
    if (base == 0 && !prefixed && digits.length() > 1 && digits.charAt(0) == '0') {
      // Base 0 reads like a literal: no leading zeros unless the value is zero.
      for (int k = 0; k < digits.length(); k++) {
        if (digits.charAt(k) != '0') {
          throw invalidInt(text, base);
        }
      }
    }
    if ((radix & (radix - 1)) != 0 && digits.length() > MAX_STR_DIGITS) {
      throw FormatError.value(
          "Exceeds the limit ("
              + MAX_STR_DIGITS
              + " digits) for integer string conversion: value has "
              + digits.length()
              + " digits; use sys.set_int_max_str_digits() to increase the limit");
    }
    BigInteger result = new BigInteger(digits.toString(), radix);
    return negative ? result.negate() : result;
  }

  private static int digitValue(int c) {
    if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
      return Character.digit(c, 10);
    }
    if (c < 128 && Character.isLetter(c)) {
      return Character.toLowerCase(c) - 'a' + 10;
    }
    return -1;
  }

  private static FormatError invalidInt(String text, int base) {
    return FormatError.value(
        "invalid literal for int() with base " + base + ": " + Disassembler.stringRepr(text));
  }

  /** {@code float(text)}. */
  public static double parseFloat(String text) throws FormatError {
    String s = strip(text);
    StringBuilder ascii = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
        ascii.append((char) ('0' + Character.digit(c, 10)));
      } else if (c < 128) {
        ascii.append((char) c);
      } else {
        throw cannotConvert(text);
      }
    }
    String t = ascii.toString();
    String lower = t.toLowerCase(java.util.Locale.ROOT);
    String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
    boolean negative = lower.startsWith("-");
    if (unsigned.equals("inf") || unsigned.equals("infinity")) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (unsigned.equals("nan")) {
      return Double.NaN;
    }
    if (!t.matches(
        "[+-]?(\\d(_?\\d)*(\\.(\\d(_?\\d)*)?)?|\\.\\d(_?\\d)*)([eE][+-]?\\d(_?\\d)*)?")) {
      throw cannotConvert(text);
    }
    // Correctly rounded, as CPython's dtoa: BigDecimal keeps the exact decimal value.
    double value = new BigDecimal(t.replace("_", "")).doubleValue();
    // BigDecimal has no negative zero; the sign survives only through the text.
    return value == 0 && t.startsWith("-") ? -0.0 : value;
  }

  private static FormatError cannotConvert(String text) {
    return FormatError.value("could not convert string to float: " + Disassembler.stringRepr(text));
  }

  /** Python's str.strip(): Unicode whitespace as {@code str.isspace} defines it. */
  private static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || (c >= 0x1c && c <= 0x1f)
        || c == 0x85;
  }
}
