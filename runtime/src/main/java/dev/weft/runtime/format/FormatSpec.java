package dev.weft.runtime.format;

/**
 * A parsed format specification, the mini-language of {@code format()}, {@code str.format} and
 * f-strings: {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}, parsed as
 * CPython's {@code parse_internal_render_format_spec} ({@code Python/formatter_unicode.c}).
 *
 * @param fill the padding character (a code point)
 * @param align '<', '>', '=', '^', or 0 when not given
 * @param sign '+', '-', ' ', or 0 when not given
 * @param noNegativeZero the 'z' option (PEP 682)
 * @param alternate the '#' option
 * @param width the minimum width, -1 when not given
 * @param grouping ',' or '_', or 0
 * @param precision -1 when not given
 * @param type the presentation type, or 0 when not given
 */
public record FormatSpec(
    int fill,
    char align,
    char sign,
    boolean noNegativeZero,
    boolean alternate,
    int width,
    char grouping,
    int precision,
    char type) {

  /**
   * Parses {@code spec} for an object of Python type {@code typeName} (for error messages) whose
   * default alignment is {@code defaultAlign} ('>' for numbers, '<' for strings).
   */
  public static FormatSpec parse(String spec, String typeName, char defaultAlign)
      throws FormatError {
    int fill = ' ';
    char align = 0;
    int i = 0;
    int n = spec.length();
    boolean fillGiven = false;
    if (n > 0) {
      int first = spec.codePointAt(0);
      int next = Character.charCount(first);
      if (next < n && isAlign(spec.charAt(next))) {
        fill = first;
        align = spec.charAt(next);
        fillGiven = true;
        i = next + 1;
      } else if (isAlign(spec.charAt(0))) {
        align = spec.charAt(0);
        i = 1;
      }
    }
    char sign = 0;
    if (i < n && (spec.charAt(i) == '+' || spec.charAt(i) == '-' || spec.charAt(i) == ' ')) {
      sign = spec.charAt(i++);
    }
    boolean z = false;
    if (i < n && spec.charAt(i) == 'z') {
      z = true;
      i++;
    }
    boolean alternate = false;
    if (i < n && spec.charAt(i) == '#') {
      alternate = true;
      i++;
    }
    if (!fillGiven && i < n && spec.charAt(i) == '0') {
      // '0' before the width, CPython's backwards-compatible zero padding: between the sign and
      // the digits for numbers, unless an alignment was given.
      fill = '0';
      if (align == 0 && defaultAlign == '>') {
        align = '=';
      }
      i++;
    }
    int start = i;
    while (i < n && Character.isDigit(spec.charAt(i))) {
      i++;
    }
    int width = i > start ? number(spec.substring(start, i)) : -1;
    if (width < 0 && i > start) {
      throw FormatError.value("Too many decimal digits in format string");
    }
    char grouping = 0;
    if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
      grouping = spec.charAt(i++);
      if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
        if (spec.charAt(i) == grouping) {
          throw FormatError.value("Cannot specify '" + grouping + "' with '" + grouping + "'.");
        }
        throw FormatError.value("Cannot specify both ',' and '_'.");
      }
    }
    int precision = -1;
    if (i < n && spec.charAt(i) == '.') {
      i++;
      int digits = i;
      while (i < n && Character.isDigit(spec.charAt(i))) {
        i++;
      }
      if (i == digits) {
        throw FormatError.value("Format specifier missing precision");
      }
      precision = number(spec.substring(digits, i));
      if (precision < 0) {
        throw FormatError.value("Too many decimal digits in format string");
      }
    }
    if (n - i > 1) {
      throw FormatError.value(
          "Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
    }
    char type = i < n ? spec.charAt(i) : 0;
    if (grouping != 0) {
      switch (type) {
        case 0, 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F' -> {}
        case 'b', 'o', 'x', 'X' -> {
          if (grouping == ',') {
            throw FormatError.value("Cannot specify ',' with '" + type + "'.");
          }
        }
        default ->
            throw FormatError.value("Cannot specify '" + grouping + "' with '" + type + "'.");
      }
    }
    return new FormatSpec(fill, align, sign, z, alternate, width, grouping, precision, type);
  }

  private static boolean isAlign(char c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
  }

  /** A decimal number, or -1 past Python's Py_ssize_t. */
  private static int number(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * Lays out a formatted number: sign and prefix, then the digits, padded to the width by the fill
   * with the alignment ('=' pads between the prefix and the digits). {@code defaultAlign} is what
   * numbers use when none was given ('>').
   */
  String pad(String signAndPrefix, String body, char defaultAlign) {
    char a = align == 0 ? defaultAlign : align;
    int length =
        signAndPrefix.codePointCount(0, signAndPrefix.length())
            + body.codePointCount(0, body.length());
    int missing = Math.max(0, width - length);
    String fillText = Character.toString(fill);
    return switch (a) {
      case '<' -> signAndPrefix + body + fillText.repeat(missing);
      case '^' ->
          fillText.repeat(missing / 2)
              + signAndPrefix
              + body
              + fillText.repeat(missing - missing / 2);
      case '=' -> signAndPrefix + fillText.repeat(missing) + body;
      default -> fillText.repeat(missing) + signAndPrefix + body;
    };
  }
}
