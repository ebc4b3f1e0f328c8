package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;

import dev.weft.runtime.threads.ThreadState;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Case mapping of {@code str} ({@code upper}, {@code lower}, {@code title}, {@code casefold}, ...)
 * with Python's full mappings, padding ({@code center}, {@code zfill}, {@code expandtabs}) and
 * {@code translate}/{@code maketrans}. Java supplies the simple mappings and full upper-casing;
 * Python's rules for final sigma, titlecase and case folding are written out here.
 */
final class StrCase {
  private StrCase() {}

  static void setup(PyType t) {
    def(t, "upper", 0, (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, upper(StrMethods.value(self))));
    def(t, "lower", 0, (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, lower(StrMethods.value(self))));
    def(
        t,
        "casefold",
        0,
        (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, casefold(StrMethods.value(self))));
    def(t, "title", 0, (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, title(StrMethods.value(self))));
    def(
        t,
        "capitalize",
        0,
        (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, capitalize(StrMethods.value(self))));
    def(
        t,
        "swapcase",
        0,
        (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, swapcase(StrMethods.value(self))));
    def(t, "center", 1, (PyBuiltin.F2) (ts, self, w, fill) -> pad(ts, self, w, fill, "center"));
    def(t, "ljust", 1, (PyBuiltin.F2) (ts, self, w, fill) -> pad(ts, self, w, fill, "ljust"));
    def(t, "rjust", 1, (PyBuiltin.F2) (ts, self, w, fill) -> pad(ts, self, w, fill, "rjust"));
    def(
        t,
        "zfill",
        1,
        (PyBuiltin.F1)
            (ts, self, width) -> {
              String s = StrMethods.value(self);
              long fill = Ops.index(ts, width) - StrText.pyLength(s);
              if (fill <= 0) {
                return self.type == PyStr.TYPE ? Ops.newRef(ts, self) : PyStr.of(ts, s);
              }
              return PyStr.of(ts, zfill(s, (int) fill));
            });
    def(
        t,
        "expandtabs",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> {
              ArgParser p = new ArgParser(ts, "expandtabs", args, off, n, kw, "tabsize");
              long size = p.has(0) ? Ops.index(ts, p.get(0)) : 8;
              return PyStr.of(ts, expandtabs(StrMethods.value(self), size));
            });
    def(t, "translate", 1, (PyBuiltin.F1) StrCase::translate);
    Bootstrap.staticMethod(t, "maketrans", 1, (PyBuiltin.F3) StrCase::maketrans);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  // --- Case mapping ---

  /** Full upper-casing: Java's locale-independent mapping is Python's (ß to SS, ﬁ to FI). */
  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  static String lower(String s) {
    if (isAscii(s)) {
      return s.toLowerCase(Locale.ROOT);
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      appendLower(sb, s, i, c);
      i += Character.charCount(c);
    }
    return sb.toString();
  }

  /**
   * Python's {@code lower_ucs4}: the full lowercase mapping, with capital sigma written final (ς)
   * at the end of a word.
   */
  private static void appendLower(StringBuilder sb, String s, int i, int c) {
    if (c == 0x3A3) {
      sb.append(finalSigma(s, i) ? 'ς' : 'σ');
    } else if (c == 0x130) {
      sb.append("i\u0307");
    } else {
      sb.appendCodePoint(Character.toLowerCase(c));
    }
  }

  /** CPython's {@code handle_capital_sigma}: a cased letter before, and none after, the sigma. */
  private static boolean finalSigma(String s, int i) {
    int j = i;
    int c = 0;
    while (j > 0) {
      c = s.codePointBefore(j);
      j -= Character.charCount(c);
      if (!isCaseIgnorable(c)) {
        break;
      }
    }
    if (j == i || isCaseIgnorable(c) || !StrPredicates.isCased(c)) {
      return false;
    }
    for (j = i + 1; j < s.length(); ) {
      c = s.codePointAt(j);
      j += Character.charCount(c);
      if (!isCaseIgnorable(c)) {
        return !StrPredicates.isCased(c);
      }
    }
    return true;
  }

  /** Unicode's Case_Ignorable: Mn, Me, Cf, Lm, Sk, and the word-break apostrophes and dots. */
  private static boolean isCaseIgnorable(int c) {
    return switch (Character.getType(c)) {
      case Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK,
          Character.FORMAT,
          Character.MODIFIER_LETTER,
          Character.MODIFIER_SYMBOL ->
          true;
      default ->
          switch (c) {
            case '\'',
                '.',
                ':',
                0xB7,
                0x387,
                0x55F,
                0x5F4,
                0x2018,
                0x2019,
                0x2024,
                0x2027,
                0xFE13,
                0xFE52,
                0xFE55,
                0xFF07,
                0xFF0E,
                0xFF1A ->
                true;
            default -> false;
          };
    };
  }

  private static String upperFull(int c) {
    return Character.toString(c).toUpperCase(Locale.ROOT);
  }

  /**
   * The full titlecase mapping: the simple one where a letter has it (ǆ to ǅ, ᾳ to ᾼ); else the
   * full upper mapping with all but its first letter lowered (ß to Ss), a trailing iota of a Greek
   * letter staying the subscript it came from (ᾲ to Ὰͅ), as SpecialCasing.txt lists.
   */
  private static void appendTitle(StringBuilder sb, int c) {
    int simple = Character.toTitleCase(c);
    if (simple != c) {
      sb.appendCodePoint(simple);
      return;
    }
    String up = upperFull(c);
    if (c == 0x149 || Character.isTitleCase(c) || up.codePointCount(0, up.length()) == 1) {
      sb.append(c == 0x149 ? up : Character.toString(c));
      return;
    }
    int first = up.codePointAt(0);
    sb.appendCodePoint(first);
    for (int i = Character.charCount(first); i < up.length(); ) {
      int u = up.codePointAt(i);
      i += Character.charCount(u);
      sb.appendCodePoint(u == 0x399 ? 0x345 : Character.toLowerCase(u));
    }
  }

  static String title(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean previousCased = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (previousCased) {
        appendLower(sb, s, i, c);
      } else {
        appendTitle(sb, c);
      }
      previousCased = StrPredicates.isCased(c);
      i += Character.charCount(c);
    }
    return sb.toString();
  }

  static String capitalize(String s) {
    if (s.isEmpty()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    int first = s.codePointAt(0);
    appendTitle(sb, first);
    for (int i = Character.charCount(first); i < s.length(); ) {
      int c = s.codePointAt(i);
      appendLower(sb, s, i, c);
      i += Character.charCount(c);
    }
    return sb.toString();
  }

  static String swapcase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (Character.isUpperCase(c)) {
        appendLower(sb, s, i, c);
      } else if (Character.isLowerCase(c)) {
        sb.append(upperFull(c));
      } else {
        sb.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return sb.toString();
  }

  /**
   * Full case folding: lower of upper, except where CaseFolding.txt differs: Cherokee folds to its
   * capitals, ẞ to "ss", and dotless ı stays.
   */
  static String casefold(String s) {
    if (isAscii(s)) {
      return s.toLowerCase(Locale.ROOT);
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if ((c >= 0x13A0 && c <= 0x13FD) || (c >= 0xAB70 && c <= 0xABBF)) {
        sb.appendCodePoint(Character.toUpperCase(c));
      } else if (c == 0x1E9E) {
        sb.append("ss");
      } else if (c == 0x131) {
        sb.append('ı');
      } else {
        String up = upperFull(c);
        for (int j = 0; j < up.length(); ) {
          int u = up.codePointAt(j);
          j += Character.charCount(u);
          if (u == 0x130) {
            sb.append("i\u0307");
          } else {
            sb.appendCodePoint(Character.toLowerCase(u));
          }
        }
      }
    }
    return sb.toString();
  }

  // --- Padding ---

  private static PyObject pad(
      ThreadState ts, PyObject self, PyObject width, PyObject fill, String how) {
    int fillChar = ' ';
    if (fill != null) {
      if (!(fill instanceof PyStr f)) {
        throw Exc.typeError(
            ts, "The fill character must be a unicode character, not " + fill.typeName());
      }
      if (f.length() != 1) {
        throw Exc.typeError(ts, "The fill character must be exactly one character long");
      }
      fillChar = f.codePointAt(0);
    }
    long w = Ops.index(ts, width);
    String s = StrMethods.value(self);
    long margin = w - StrText.pyLength(s);
    if (margin <= 0) {
      return self.type == PyStr.TYPE ? Ops.newRef(ts, self) : PyStr.of(ts, s);
    }
    long left =
        switch (how) {
          case "ljust" -> 0;
          case "rjust" -> margin;
          default -> margin / 2 + (margin & w & 1);
        };
    String f = Character.toString(fillChar);
    return PyStr.of(ts, f.repeat((int) left) + s + f.repeat((int) (margin - left)));
  }

  /** Zeros on the left, after a leading sign. */
  static String zfill(String s, int fill) {
    String zeros = "0".repeat(fill);
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      return s.charAt(0) + zeros + s.substring(1);
    }
    return zeros + s;
  }

  static String expandtabs(String s, long tabsize) {
    StringBuilder sb = new StringBuilder(s.length());
    long column = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\t') {
        if (tabsize > 0) {
          long spaces = tabsize - column % tabsize;
          sb.repeat(' ', (int) spaces);
          column += spaces;
        }
      } else {
        sb.appendCodePoint(c);
        column = c == '\n' || c == '\r' ? 0 : column + 1;
      }
    }
    return sb.toString();
  }

  // --- translate and maketrans ---

  private static PyObject translate(ThreadState ts, PyObject self, PyObject table) {
    String s = StrMethods.value(self);
    StringBuilder sb = new StringBuilder(s.length());
    Map<Integer, String> cache = new HashMap<>();
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      String r = cache.get(c);
      if (r == null) {
        r = lookup(ts, table, c);
        cache.put(c, r);
      }
      sb.append(r);
    }
    return PyStr.of(ts, sb.toString());
  }

  /** What the table makes of a character: itself when missing, nothing for None, or a string. */
  private static String lookup(ThreadState ts, PyObject table, int c) {
    PyObject r;
    PyInt key = PyInt.of(ts, c);
    try {
      r = Ops.getitem(ts, table, key);
    } catch (PyException e) {
      if (!e.matches(Exc.LookupError)) {
        throw e;
      }
      Ops.decref(ts, e.value);
      return Character.toString(c);
    } finally {
      Ops.decref(ts, key);
    }
    try {
      if (r == PySingleton.NONE) {
        return "";
      }
      if (r instanceof PyStr str) {
        return str.value;
      }
      if (r instanceof PyInt) {
        long v = Ops.index(ts, r);
        if (v < 0 || v > 0x10FFFF) {
          throw Exc.valueError(ts, "character mapping must be in range(0x110000)");
        }
        return Character.toString((int) v);
      }
      throw Exc.typeError(ts, "character mapping must return integer, None or str");
    } finally {
      Ops.decref(ts, r);
    }
  }

  private static PyObject maketrans(
      ThreadState ts, PyObject self, PyObject x, PyObject y, PyObject z) {
    PyDict out = new PyDict(ts);
    try {
      if (y == null) {
        if (!(x instanceof PyDict d)) {
          throw Exc.typeError(ts, "if you give only one argument to maketrans it must be a dict");
        }
        for (int pos = d.next(0); pos >= 0; pos = d.next(pos + 1)) {
          PyObject key = d.keyAt(pos);
          if (key instanceof PyStr k) {
            if (k.length() != 1) {
              throw Exc.valueError(ts, "string keys in translate table must be of length 1");
            }
            putChar(ts, out, k.codePointAt(0), d.valueAt(pos));
          } else if (key instanceof PyInt) {
            out.put(ts, key, d.valueAt(pos));
          } else {
            throw Exc.typeError(ts, "keys in translate table must be strings or integers");
          }
        }
        return out;
      }
      if (!(x instanceof PyStr from)) {
        throw Exc.typeError(
            ts, "first maketrans argument must be a string if there is a second argument");
      }
      String to = StrMethods.arg(ts, y, "maketrans() argument 2");
      if (from.length() != StrText.pyLength(to)) {
        throw Exc.valueError(ts, "the first two maketrans arguments must have equal length");
      }
      int[] target = to.codePoints().toArray();
      int[] source = from.value.codePoints().toArray();
      for (int i = 0; i < source.length; i++) {
        PyInt v = PyInt.of(ts, target[i]);
        putChar(ts, out, source[i], v);
        Ops.decref(ts, v);
      }
      if (z != null) {
        String delete = StrMethods.arg(ts, z, "maketrans() argument 3");
        delete.codePoints().forEach(c -> putChar(ts, out, c, PySingleton.NONE));
      }
      return out;
    } catch (RuntimeException e) {
      Ops.decref(ts, out);
      throw e;
    }
  }

  private static void putChar(ThreadState ts, PyDict d, int c, PyObject value) {
    PyInt key = PyInt.of(ts, c);
    d.put(ts, key, value);
    Ops.decref(ts, key);
  }
}
