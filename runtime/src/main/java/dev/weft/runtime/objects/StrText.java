package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;

import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The text methods of {@code str}: splitting, stripping, searching, partitioning and replacing. The
 * algorithms work on Java strings, so that {@code bytes} reuses them on its Latin-1 text ({@link
 * BytesText}); {@code ascii} selects the whitespace of bytes (ASCII only) over that of str. Python
 * indexes by code point, Java by UTF-16 unit: the two differ only for text outside the BMP, which
 * {@link Window} and {@link #find} convert.
 */
final class StrText {
  private StrText() {}

  static void setup(PyType t) {
    StrText.defineSearch(t, StrText::find, "substring not found");
    def(
        t,
        "split",
        0,
        (PyBuiltin.FN) (ts, self, a, off, n, kw) -> split(ts, self, a, off, n, kw, false));
    def(
        t,
        "rsplit",
        0,
        (PyBuiltin.FN) (ts, self, a, off, n, kw) -> split(ts, self, a, off, n, kw, true));
    def(
        t,
        "splitlines",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> {
              ArgParser p = new ArgParser(ts, "splitlines", args, off, n, kw, "keepends");
              boolean keep = p.has(0) && Ops.index(ts, p.get(0)) != 0;
              return strList(ts, splitlines(StrMethods.value(self), keep, false));
            });
    def(t, "strip", 0, (PyBuiltin.F1) (ts, self, chars) -> strip(ts, self, chars, "strip"));
    def(t, "lstrip", 0, (PyBuiltin.F1) (ts, self, chars) -> strip(ts, self, chars, "lstrip"));
    def(t, "rstrip", 0, (PyBuiltin.F1) (ts, self, chars) -> strip(ts, self, chars, "rstrip"));
    def(t, "partition", 1, (PyBuiltin.F1) (ts, self, sep) -> partition(ts, self, sep, false));
    def(t, "rpartition", 1, (PyBuiltin.F1) (ts, self, sep) -> partition(ts, self, sep, true));
    def(
        t,
        "replace",
        2,
        (PyBuiltin.F3)
            (ts, self, old, replacement, count) -> {
              String o = StrMethods.arg(ts, old, "replace() argument 1");
              String r = StrMethods.arg(ts, replacement, "replace() argument 2");
              long max = count == null ? -1 : Ops.index(ts, count);
              return PyStr.of(ts, replace(StrMethods.value(self), o, r, max));
            });
    def(
        t,
        "count",
        1,
        (PyBuiltin.F3)
            (ts, self, sub, start, end) -> {
              PyStr s = (PyStr) self;
              String f = sub(ts, sub);
              return PyInt.of(ts, count(s.value, window(ts, s, start, end), f, pyLength(f)));
            });
    def(
        t,
        "startswith",
        1,
        (PyBuiltin.F3) (ts, self, fix, a, b) -> affix(ts, self, fix, a, b, true));
    def(
        t,
        "endswith",
        1,
        (PyBuiltin.F3) (ts, self, fix, a, b) -> affix(ts, self, fix, a, b, false));
    def(t, "removeprefix", 1, (PyBuiltin.F1) (ts, self, fix) -> remove(ts, self, fix, true));
    def(t, "removesuffix", 1, (PyBuiltin.F1) (ts, self, fix) -> remove(ts, self, fix, false));
    StrCase.setup(t);
    StrPredicates.setup(t);
    StrFormatting.setup(t);
    StrFormatMethod.setup(t);
  }

  /**
   * A search window: {@code start} and {@code end} are Python indices as CPython's {@code
   * ADJUST_INDICES} leaves them ({@code start} may pass the end, which empty searches notice);
   * {@code from} and {@code to} are the Java offsets of the text between them.
   */
  record Window(long start, long end, int from, int to) {}

  static Window window(ThreadState ts, PyStr s, PyObject start, PyObject end) {
    return window(ts, s.value, s.isBmp(), s.length(), start, end);
  }

  static Window window(
      ThreadState ts, String s, boolean bmp, int len, PyObject start, PyObject end) {
    long a = sliceIndex(ts, start, 0);
    long b = sliceIndex(ts, end, len);
    if (b > len) {
      b = len;
    } else if (b < 0) {
      b = Math.max(0, b + len);
    }
    if (a < 0) {
      a = Math.max(0, a + len);
    }
    int from = (int) Math.min(a, len);
    int to = (int) Math.max(from, b);
    return bmp
        ? new Window(a, b, from, to)
        : new Window(a, b, s.offsetByCodePoints(0, from), s.offsetByCodePoints(0, to));
  }

  private static long sliceIndex(ThreadState ts, PyObject o, long dflt) {
    if (o == null || o == PySingleton.NONE) {
      return dflt;
    }
    if (!(o instanceof PyInt) && o.type.lookup("__index__") == null) {
      throw Exc.typeError(ts, "slice indices must be integers or None or have an __index__ method");
    }
    return Ops.indexClamped(ts, o);
  }

  /** A str argument of the search methods, or TypeError. */
  static String sub(ThreadState ts, PyObject o) {
    if (o instanceof PyStr s) {
      return s.value;
    }
    throw Exc.typeError(ts, "must be str, not " + o.typeName());
  }

  static int pyLength(String s) {
    return s.codePointCount(0, s.length());
  }

  static PyList strList(ThreadState ts, List<String> parts) {
    PyList out = new PyList(ts);
    for (String part : parts) {
      out.appendSteal(ts, PyStr.of(ts, part));
    }
    return out;
  }

  // --- Splitting ---

  private static PyObject split(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw, boolean right) {
    ArgParser p =
        new ArgParser(ts, right ? "rsplit" : "split", args, off, n, kw, "sep", "maxsplit");
    PyObject sep = p.get(0, PySingleton.NONE);
    long max = p.has(1) ? Ops.index(ts, p.get(1)) : -1;
    String s = StrMethods.value(self);
    if (sep == PySingleton.NONE) {
      return strList(ts, right ? rsplitSpace(s, max, false) : splitSpace(s, max, false));
    }
    if (!(sep instanceof PyStr str)) {
      throw Exc.typeError(ts, "must be str or None, not " + sep.typeName());
    }
    if (str.value.isEmpty()) {
      throw Exc.valueError(ts, "empty separator");
    }
    return strList(ts, right ? rsplit(s, str.value, max) : split(s, str.value, max));
  }

  static boolean isSpace(int c, boolean ascii) {
    return ascii ? c == ' ' || (c >= '\t' && c <= '\r') : StrPredicates.isSpace(c);
  }

  /** {@code split()} without a separator: runs of whitespace separate, none at the ends. */
  static List<String> splitSpace(String s, long max, boolean ascii) {
    List<String> out = new ArrayList<>();
    int i = 0, n = s.length();
    while (true) {
      while (i < n && isSpace(s.charAt(i), ascii)) {
        i++;
      }
      if (i >= n) {
        return out;
      }
      if (max >= 0 && out.size() >= max) {
        out.add(s.substring(i));
        return out;
      }
      int j = i;
      while (j < n && !isSpace(s.charAt(j), ascii)) {
        j++;
      }
      out.add(s.substring(i, j));
      i = j;
    }
  }

  static List<String> rsplitSpace(String s, long max, boolean ascii) {
    List<String> out = new ArrayList<>();
    int j = s.length();
    while (true) {
      while (j > 0 && isSpace(s.charAt(j - 1), ascii)) {
        j--;
      }
      if (j == 0) {
        break;
      }
      if (max >= 0 && out.size() >= max) {
        out.add(s.substring(0, j));
        break;
      }
      int i = j;
      while (i > 0 && !isSpace(s.charAt(i - 1), ascii)) {
        i--;
      }
      out.add(s.substring(i, j));
      j = i;
    }
    Collections.reverse(out);
    return out;
  }

  /** {@code split(sep)} with a non-empty separator. */
  static List<String> split(String s, String sep, long max) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (max < 0 || out.size() < max) {
      int j = s.indexOf(sep, i);
      if (j < 0) {
        break;
      }
      out.add(s.substring(i, j));
      i = j + sep.length();
    }
    out.add(s.substring(i));
    return out;
  }

  static List<String> rsplit(String s, String sep, long max) {
    List<String> out = new ArrayList<>();
    int j = s.length();
    while (max < 0 || out.size() < max) {
      int i = j - sep.length() < 0 ? -1 : s.lastIndexOf(sep, j - sep.length());
      if (i < 0) {
        break;
      }
      out.add(s.substring(i + sep.length(), j));
      j = i;
    }
    out.add(s.substring(0, j));
    Collections.reverse(out);
    return out;
  }

  /** Python's line boundaries: only \n and \r for bytes ({@code ascii}). */
  private static boolean isLineBreak(char c, boolean ascii) {
    if (c == '\n' || c == '\r') {
      return true;
    }
    return !ascii
        && ((c >= 0x0b && c <= 0x0c)
            || (c >= 0x1c && c <= 0x1e)
            || c == 0x85
            || c == 0x2028
            || c == 0x2029);
  }

  static List<String> splitlines(String s, boolean keepends, boolean ascii) {
    List<String> out = new ArrayList<>();
    int i = 0, n = s.length();
    while (i < n) {
      int j = i;
      while (j < n && !isLineBreak(s.charAt(j), ascii)) {
        j++;
      }
      int eol = j;
      if (j < n) {
        j += s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n' ? 2 : 1;
      }
      out.add(s.substring(i, keepends ? j : eol));
      i = j;
    }
    return out;
  }

  // --- Stripping and partitioning ---

  private static PyObject strip(ThreadState ts, PyObject self, PyObject chars, String name) {
    String set = null;
    if (chars != null && chars != PySingleton.NONE) {
      if (!(chars instanceof PyStr c)) {
        throw Exc.typeError(ts, name + " arg must be None or str");
      }
      set = c.value;
    }
    String s = StrMethods.value(self);
    String r = strip(s, set, name.charAt(0) != 'r', name.charAt(0) != 'l', false);
    return r.length() == s.length() && self.type == PyStr.TYPE
        ? Ops.newRef(ts, self)
        : PyStr.of(ts, r);
  }

  /** Strips whitespace ({@code set} null) or the code points of {@code set}. */
  static String strip(String s, String set, boolean left, boolean right, boolean ascii) {
    int i = 0, j = s.length();
    if (left) {
      while (i < j) {
        int c = s.codePointAt(i);
        if (set == null ? !isSpace(c, ascii) : set.indexOf(c) < 0) {
          break;
        }
        i += Character.charCount(c);
      }
    }
    if (right) {
      while (j > i) {
        int c = s.codePointBefore(j);
        if (set == null ? !isSpace(c, ascii) : set.indexOf(c) < 0) {
          break;
        }
        j -= Character.charCount(c);
      }
    }
    return s.substring(i, j);
  }

  private static PyObject partition(ThreadState ts, PyObject self, PyObject sep, boolean last) {
    String f = sub(ts, sep);
    if (f.isEmpty()) {
      throw Exc.valueError(ts, "empty separator");
    }
    String[] parts = partition(StrMethods.value(self), f, last);
    return PyTuple.steal(
        ts,
        new PyObject[] {PyStr.of(ts, parts[0]), PyStr.of(ts, parts[1]), PyStr.of(ts, parts[2])});
  }

  /** The text before the separator, the separator, and the text after it. */
  static String[] partition(String s, String sep, boolean last) {
    int i = last ? s.lastIndexOf(sep) : s.indexOf(sep);
    if (i < 0) {
      return last ? new String[] {"", "", s} : new String[] {s, "", ""};
    }
    return new String[] {s.substring(0, i), sep, s.substring(i + sep.length())};
  }

  private static PyObject remove(ThreadState ts, PyObject self, PyObject fix, boolean prefix) {
    String name = prefix ? "removeprefix" : "removesuffix";
    String f = StrMethods.arg(ts, fix, name + "() argument");
    String s = StrMethods.value(self);
    if (prefix ? s.startsWith(f) : s.endsWith(f)) {
      return PyStr.of(
          ts, prefix ? s.substring(f.length()) : s.substring(0, s.length() - f.length()));
    }
    return self.type == PyStr.TYPE ? Ops.newRef(ts, self) : PyStr.of(ts, s);
  }

  // --- Searching ---

  private static PyObject affix(
      ThreadState ts, PyObject self, PyObject fix, PyObject start, PyObject end, boolean prefix) {
    PyStr s = (PyStr) self;
    Window w = window(ts, s, start, end);
    String name = prefix ? "startswith" : "endswith";
    if (fix instanceof PyTuple tuple) {
      for (PyObject item : tuple.items) {
        if (!(item instanceof PyStr f)) {
          throw Exc.typeError(
              ts, "tuple for " + name + " must only contain str, not " + item.typeName());
        }
        if (tailMatch(s.value, w, f.value, pyLength(f.value), prefix)) {
          return PyBool.TRUE;
        }
      }
      return PyBool.FALSE;
    }
    if (!(fix instanceof PyStr f)) {
      throw Exc.typeError(
          ts, name + " first arg must be str or a tuple of str, not " + fix.typeName());
    }
    return PyBool.of(tailMatch(s.value, w, f.value, pyLength(f.value), prefix));
  }

  /** CPython's {@code tailmatch}: whether the window starts (or ends) with {@code fix}. */
  static boolean tailMatch(String s, Window w, String fix, int fixLength, boolean prefix) {
    if (w.end() - fixLength < w.start()) {
      return false;
    }
    return prefix ? s.startsWith(fix, w.from()) : s.startsWith(fix, w.to() - fix.length());
  }

  private static long find(
      ThreadState ts, PyObject self, PyObject sub, PyObject start, PyObject end, boolean last) {
    PyStr s = (PyStr) self;
    String f = sub(ts, sub);
    return find(s.value, s.isBmp(), window(ts, s, start, end), f, pyLength(f), last);
  }

  /**
   * {@code find} ({@code last} false) or {@code rfind} of {@code sub} in a window of {@code self}.
   */
  @FunctionalInterface
  interface Finder {
    long find(
        ThreadState ts, PyObject self, PyObject sub, PyObject start, PyObject end, boolean last);
  }

  /**
   * Defines {@code find}, {@code rfind}, {@code index} and {@code rindex} on {@code t} over one
   * finder, for str and bytes alike; {@code missing} is the message of index's ValueError.
   */
  static void defineSearch(PyType t, Finder finder, String missing) {
    for (boolean last : new boolean[] {false, true}) {
      def(
          t,
          last ? "rfind" : "find",
          1,
          (PyBuiltin.F3)
              (ts, self, sub, a, b) -> PyInt.of(ts, finder.find(ts, self, sub, a, b, last)));
      def(
          t,
          last ? "rindex" : "index",
          1,
          (PyBuiltin.F3)
              (ts, self, sub, a, b) -> {
                long i = finder.find(ts, self, sub, a, b, last);
                if (i < 0) {
                  throw Exc.valueError(ts, missing);
                }
                return PyInt.of(ts, i);
              });
    }
  }

  /** {@code find}/{@code rfind} in the window, as a Python index, or -1. */
  static long find(String s, boolean bmp, Window w, String sub, int subLength, boolean last) {
    if (w.end() - w.start() < subLength) {
      return -1;
    }
    if (sub.isEmpty()) {
      return last ? w.end() : w.start();
    }
    int j;
    if (last) {
      j = s.lastIndexOf(sub, w.to() - sub.length());
      if (j < w.from()) {
        return -1;
      }
    } else {
      j = s.indexOf(sub, w.from(), w.to());
      if (j < 0) {
        return -1;
      }
    }
    return bmp ? j : s.codePointCount(0, j);
  }

  /** Non-overlapping occurrences in the window; an empty {@code sub} matches at every index. */
  static long count(String s, Window w, String sub, int subLength) {
    if (w.end() - w.start() < subLength) {
      return 0;
    }
    if (sub.isEmpty()) {
      return w.end() - w.start() + 1;
    }
    long n = 0;
    int i = w.from();
    while (true) {
      int j = s.indexOf(sub, i, w.to());
      if (j < 0) {
        return n;
      }
      n++;
      i = j + sub.length();
    }
  }

  /** {@code replace}: at most {@code max} replacements (all when negative). */
  static String replace(String s, String old, String replacement, long max) {
    if (max < 0 && !old.isEmpty()) {
      return s.replace(old, replacement);
    }
    StringBuilder sb = new StringBuilder();
    long done = 0;
    int i = 0;
    if (old.isEmpty()) {
      while ((max < 0 || done < max) && i <= s.length()) {
        sb.append(replacement);
        done++;
        if (i == s.length()) {
          return sb.toString();
        }
        int cp = s.codePointAt(i);
        sb.appendCodePoint(cp);
        i += Character.charCount(cp);
      }
      return sb.append(s, i, s.length()).toString();
    }
    while (done < max) {
      int j = s.indexOf(old, i);
      if (j < 0) {
        break;
      }
      sb.append(s, i, j).append(replacement);
      i = j + old.length();
      done++;
    }
    return sb.append(s, i, s.length()).toString();
  }
}
