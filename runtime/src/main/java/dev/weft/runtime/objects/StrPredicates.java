package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;

import java.util.function.IntPredicate;

/**
 * The predicates of {@code str} ({@code isdigit}, {@code isalpha}, {@code istitle}, ...) with
 * Python's character classes. Java's {@link Character} gives the general categories; Python's
 * {@code digit} and {@code numeric} properties, which Java lacks (it has no Unihan numerals, and
 * {@code getNumericValue} does not tell a digit from another number), come from tables taken from
 * the Unicode 14 database CPython 3.11 uses.
 */
final class StrPredicates {
  private StrPredicates() {}

  /** Code points with Python's digit property that are not decimal (Nd): '²', '①', ... */
  private static final int[] DIGITS =
      ranges(
          "B2-B3 B9 1369-1371 19DA 2070 2074-2079 2080-2089 2460-2468 2474-247C 2488-2490 24EA"
              + " 24F5-24FD 24FF 2776-277E 2780-2788 278A-2792 10A40-10A43 10E60-10E68"
              + " 11052-1105A 1F100-1F10A");

  /** Code points with Python's numeric property that are not digits: '½', 'Ⅻ', '五', ... */
  private static final int[] NUMERICS =
      ranges(
          "BC-BE 9F4-9F9 B72-B77 BF0-BF2 C78-C7E D58-D5E D70-D78 F2A-F33 1372-137C 16EE-16F0"
              + " 17F0-17F9 2150-2182 2185-2189 2469-2473 247D-2487 2491-249B 24EB-24F4 24FE"
              + " 277F 2789 2793 2CFD 3007 3021-3029 3038-303A 3192-3195 3220-3229 3248-324F"
              + " 3251-325F 3280-3289 32B1-32BF 3405 3483 382A 3B4D 4E00 4E03 4E07 4E09 4E5D"
              + " 4E8C 4E94 4E96 4EBF-4EC0 4EDF 4EE8 4F0D 4F70 5104 5146 5169 516B 516D 5341"
              + " 5343-5345 534C 53C1-53C4 56DB 58F1 58F9 5E7A 5EFE-5EFF 5F0C-5F0E 5F10 62FE"
              + " 634C 67D2 6F06 7396 767E 8086 842C 8CAE 8CB3 8D30 9621 9646 964C 9678 96F6"
              + " A6E6-A6EF A830-A835 F96B F973 F978 F9B2 F9D1 F9D3 F9FD 10107-10133"
              + " 10140-10178 1018A-1018B 102E1-102FB 10320-10323 10341 1034A 103D1-103D5"
              + " 10858-1085F 10879-1087F 108A7-108AF 108FB-108FF 10916-1091B 109BC-109BD"
              + " 109C0-109CF 109D2-109FF 10A44-10A48 10A7D-10A7E 10A9D-10A9F 10AEB-10AEF"
              + " 10B58-10B5F 10B78-10B7F 10BA9-10BAF 10CFA-10CFF 10E69-10E7E 10F1D-10F26"
              + " 10F51-10F54 10FC5-10FCB 1105B-11065 111E1-111F4 1173A-1173B 118EA-118F2"
              + " 11C5A-11C6C 11FC0-11FD4 12400-1246E 16B5B-16B61 16E80-16E96 1D2E0-1D2F3"
              + " 1D360-1D378 1E8C7-1E8CF 1EC71-1ECAB 1ECAD-1ECAF 1ECB1-1ECB4 1ED01-1ED2D"
              + " 1ED2F-1ED3D 1F10B-1F10C 20001 20064 200E2 20121 2092A 20983 2098C 2099C"
              + " 20AEA 20AFD 20B19 22390 22998 23B1B 2626D 2F890");

  static void setup(PyType t) {
    all(t, "isalpha", Character::isLetter);
    all(t, "isdecimal", StrPredicates::isDecimal);
    all(t, "isdigit", StrPredicates::isDigit);
    all(t, "isnumeric", StrPredicates::isNumeric);
    all(t, "isalnum", StrPredicates::isAlnum);
    all(t, "isspace", StrPredicates::isSpace);
    def(
        t,
        "isascii",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              String s = StrMethods.value(self);
              for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 0x80) {
                  return PyBool.FALSE;
                }
              }
              return PyBool.TRUE;
            });
    def(
        t,
        "isprintable",
        0,
        (PyBuiltin.F0)
            (ts, self) ->
                PyBool.of(
                    StrMethods.value(self)
                        .codePoints()
                        .allMatch(dev.weft.runtime.bytecode.Disassembler::isPrintable)));
    def(
        t,
        "isidentifier",
        0,
        (PyBuiltin.F0) (ts, self) -> PyBool.of(isIdentifier(StrMethods.value(self))));
    def(
        t,
        "islower",
        0,
        (PyBuiltin.F0) (ts, self) -> PyBool.of(isCase(StrMethods.value(self), false)));
    def(
        t,
        "isupper",
        0,
        (PyBuiltin.F0) (ts, self) -> PyBool.of(isCase(StrMethods.value(self), true)));
    def(t, "istitle", 0, (PyBuiltin.F0) (ts, self) -> PyBool.of(isTitle(StrMethods.value(self))));
  }

  /** A predicate true when the string is not empty and every character passes the test. */
  private static void all(PyType t, String name, IntPredicate test) {
    def(
        t,
        name,
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              String s = StrMethods.value(self);
              return PyBool.of(!s.isEmpty() && s.codePoints().allMatch(test));
            });
  }

  /** Python's {@code str.isspace} for one code point: Zs, or bidirectional class WS, B or S. */
  static boolean isSpace(int c) {
    return c == ' '
        || (c >= '\t' && c <= '\r')
        || (c >= 0x1c && c <= 0x1f)
        || c == 0x85
        || (c > 0xff && c <= 0xffff && Character.isSpaceChar(c))
        || c == 0xa0;
  }

  static boolean isDecimal(int c) {
    return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
  }

  static boolean isDigit(int c) {
    return isDecimal(c) || in(DIGITS, c);
  }

  static boolean isNumeric(int c) {
    return isDigit(c) || in(NUMERICS, c);
  }

  private static boolean isAlnum(int c) {
    return Character.isLetter(c) || isNumeric(c);
  }

  /** Python's cased property: Lowercase, Uppercase or Lt. */
  static boolean isCased(int c) {
    return Character.isLowerCase(c) || Character.isUpperCase(c) || Character.isTitleCase(c);
  }

  /**
   * {@code islower} ({@code upper} false) or {@code isupper}: some cased character and none of the
   * other case (titlecase counting as upper for {@code islower}, and as lower for {@code isupper}).
   */
  private static boolean isCase(String s, boolean upper) {
    boolean cased = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      boolean isUpper = Character.isUpperCase(c);
      boolean isLower = Character.isLowerCase(c);
      if (upper ? isLower || Character.isTitleCase(c) : isUpper || Character.isTitleCase(c)) {
        return false;
      }
      cased |= upper ? isUpper : isLower;
    }
    return cased;
  }

  /** CPython's {@code unicode_istitle_impl}. */
  private static boolean isTitle(String s) {
    boolean cased = false, previousCased = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
        if (previousCased) {
          return false;
        }
        previousCased = cased = true;
      } else if (Character.isLowerCase(c)) {
        if (!previousCased) {
          return false;
        }
        previousCased = cased = true;
      } else {
        previousCased = false;
      }
    }
    return cased;
  }

  /**
   * XID_Start or '_', then XID_Continue: Java's identifier classes (ID_Start, ID_Continue) less the
   * characters that NFKC closure removes from the XID classes, and less U+2E2F.
   */
  static boolean isIdentifier(String s) {
    if (s.isEmpty()) {
      return false;
    }
    int first = s.codePointAt(0);
    if (first != '_' && (!Character.isUnicodeIdentifierStart(first) || notXidStart(first))) {
      return false;
    }
    for (int i = Character.charCount(first); i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isUnicodeIdentifierPart(c)
          || Character.isIdentifierIgnorable(c)
          || notXidContinue(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean notXidContinue(int c) {
    return c == 0x37A
        || c == 0x309B
        || c == 0x309C
        || c == 0x30FB
        || c == 0xFF65
        || c == 0x2E2F
        || (c >= 0xFC5E && c <= 0xFC63)
        || c == 0xFDFA
        || c == 0xFDFB
        || (c >= 0xFE70 && c <= 0xFE7E && c % 2 == 0);
  }

  private static boolean notXidStart(int c) {
    return notXidContinue(c) || c == 0xE33 || c == 0xEB3 || c == 0xFF9E || c == 0xFF9F;
  }

  /** Whether {@code c} lies in one of the sorted inclusive ranges {@code [lo0, hi0, lo1, ...]}. */
  private static boolean in(int[] ranges, int c) {
    if (c < ranges[0] || c > ranges[ranges.length - 1]) {
      return false;
    }
    int lo = 0, hi = ranges.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (c < ranges[2 * mid]) {
        hi = mid - 1;
      } else if (c > ranges[2 * mid + 1]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** Parses "A-B C ..." (hexadecimal) into inclusive range pairs. */
  private static int[] ranges(String text) {
    String[] parts = text.split(" ");
    int[] out = new int[parts.length * 2];
    for (int i = 0; i < parts.length; i++) {
      int dash = parts[i].indexOf('-');
      out[2 * i] = Integer.parseInt(dash < 0 ? parts[i] : parts[i].substring(0, dash), 16);
      out[2 * i + 1] = Integer.parseInt(dash < 0 ? parts[i] : parts[i].substring(dash + 1), 16);
    }
    return out;
  }
}
