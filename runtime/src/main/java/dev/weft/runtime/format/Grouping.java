package dev.weft.runtime.format;

/** Digit grouping with the separators of the format mini-language, CPython's way. */
final class Grouping {
  private Grouping() {}

  /**
   * Inserts {@code separator} every {@code size} digits from the right of {@code digits}; when zero
   * padding, pads with zeros (grouped too) to at least {@code minWidth} characters, and never
   * starts with a separator (CPython's {@code _PyUnicode_InsertThousandsGrouping}).
   */
  static String group(String digits, char separator, int size, int minWidth, boolean zeroPad) {
    StringBuilder out = new StringBuilder();
    int count = 0;
    for (int i = digits.length() - 1; i >= 0; i--) {
      if (count == size) {
        out.append(separator);
        count = 0;
      }
      out.append(digits.charAt(i));
      count++;
    }
    if (zeroPad) {
      while (out.length() < minWidth) {
        if (count == size) {
          out.append(separator);
          count = 0;
        } else {
          out.append('0');
          count++;
        }
      }
      if (count == 0) {
        out.append('0'); // a separator cannot lead
      }
    }
    return out.reverse().toString();
  }

  /** Zero padding without grouping: leading zeros up to {@code minWidth} digits. */
  static String zeros(String digits, int minWidth) {
    return digits.length() >= minWidth ? digits : "0".repeat(minWidth - digits.length()) + digits;
  }
}
