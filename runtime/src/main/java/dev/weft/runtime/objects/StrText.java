package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;

import dev.weft.runtime.threads.ThreadState;
import java.util.Locale;

/** The text methods of {@code str}: splitting, stripping, searching, case, padding. */
final class StrText {
  private StrText() {}

  static void setup(PyType t) {
    def(
        t,
        "split",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> {
              ArgParser p = new ArgParser(ts, "split", args, off, n, kw, "sep", "maxsplit");
              PyObject sep = p.get(0, PySingleton.NONE);
              long max = p.has(1) ? Ops.index(ts, p.get(1)) : -1;
              return split(
                  ts,
                  StrMethods.value(self),
                  sep == PySingleton.NONE ? null : StrMethods.arg(ts, sep, "sep"),
                  max);
            });
    def(t, "strip", 0, (PyBuiltin.F1) (ts, self, chars) -> strip(ts, self, chars, true, true));
    def(t, "lstrip", 0, (PyBuiltin.F1) (ts, self, chars) -> strip(ts, self, chars, true, false));
    def(t, "rstrip", 0, (PyBuiltin.F1) (ts, self, chars) -> strip(ts, self, chars, false, true));
    def(
        t,
        "upper",
        0,
        (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, StrMethods.value(self).toUpperCase(Locale.ROOT)));
    def(
        t,
        "lower",
        0,
        (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, StrMethods.value(self).toLowerCase(Locale.ROOT)));
    def(
        t,
        "startswith",
        1,
        (PyBuiltin.F3) (ts, self, prefix, start, end) -> affix(ts, self, prefix, start, end, true));
    def(
        t,
        "endswith",
        1,
        (PyBuiltin.F3)
            (ts, self, suffix, start, end) -> affix(ts, self, suffix, start, end, false));
    def(
        t,
        "replace",
        2,
        (PyBuiltin.F3)
            (ts, self, old, replacement, count) -> {
              String s = StrMethods.value(self);
              String o = StrMethods.arg(ts, old, "replace() argument 1");
              String r = StrMethods.arg(ts, replacement, "replace() argument 2");
              long max = count == null ? -1 : Ops.index(ts, count);
              return PyStr.of(ts, replace(s, o, r, max));
            });
    def(
        t,
        "find",
        1,
        (PyBuiltin.F3)
            (ts, self, sub, start, end) -> PyInt.of(ts, find(ts, self, sub, start, end, false)));
    def(
        t,
        "rfind",
        1,
        (PyBuiltin.F3)
            (ts, self, sub, start, end) -> PyInt.of(ts, find(ts, self, sub, start, end, true)));
  }

  static PyList split(ThreadState ts, String s, String sep, long max) {
    PyList out = new PyList(ts);
    if (sep == null) {
      int i = 0, n = s.length();
      long splits = 0;
      while (true) {
        while (i < n && isSpace(s.charAt(i))) {
          i++;
        }
        if (i >= n) {
          break;
        }
        if (max >= 0 && splits >= max) {
          int end = n;
          while (end > i && isSpace(s.charAt(end - 1))) {
            end--;
          }
          out.appendSteal(PyStr.of(ts, s.substring(i, end)));
          break;
        }
        int j = i;
        while (j < n && !isSpace(s.charAt(j))) {
          j++;
        }
        out.appendSteal(PyStr.of(ts, s.substring(i, j)));
        splits++;
        i = j;
      }
      return out;
    }
    if (sep.isEmpty()) {
      Ops.decref(ts, out);
      throw Exc.valueError(ts, "empty separator");
    }
    int i = 0;
    long splits = 0;
    while (max < 0 || splits < max) {
      int j = s.indexOf(sep, i);
      if (j < 0) {
        break;
      }
      out.appendSteal(PyStr.of(ts, s.substring(i, j)));
      i = j + sep.length();
      splits++;
    }
    out.appendSteal(PyStr.of(ts, s.substring(i)));
    return out;
  }

  /** Python's {@code str.isspace} for one UTF-16 unit of the BMP. */
  static boolean isSpace(char c) {
    return c == ' '
        || (c >= '\t' && c <= '\r')
        || (c >= 0x1c && c <= 0x1f)
        || c == 0x85
        || c == 0xa0
        || Character.isSpaceChar(c);
  }

  static PyObject strip(
      ThreadState ts, PyObject self, PyObject chars, boolean left, boolean right) {
    String s = StrMethods.value(self);
    String set =
        chars == null || chars == PySingleton.NONE ? null : StrMethods.arg(ts, chars, "strip arg");
    int i = 0, j = s.length();
    if (left) {
      while (i < j && (set == null ? isSpace(s.charAt(i)) : set.indexOf(s.charAt(i)) >= 0)) {
        i++;
      }
    }
    if (right) {
      while (j > i
          && (set == null ? isSpace(s.charAt(j - 1)) : set.indexOf(s.charAt(j - 1)) >= 0)) {
        j--;
      }
    }
    if (i == 0 && j == s.length() && self.type == PyStr.TYPE) {
      return Ops.newRef(ts, self);
    }
    return PyStr.of(ts, s.substring(i, j));
  }

  /** Resolves optional start/end arguments to Java offsets within {@code s}. */
  static int[] bounds(ThreadState ts, PyStr s, PyObject start, PyObject end) {
    int len = s.length();
    long a = start == null || start == PySingleton.NONE ? 0 : Ops.indexClamped(ts, start);
    long b = end == null || end == PySingleton.NONE ? len : Ops.indexClamped(ts, end);
    if (a < 0) {
      a = Math.max(0, a + len);
    }
    if (b < 0) {
      b = Math.max(0, b + len);
    }
    a = Math.min(a, len);
    b = Math.min(b, len);
    return new int[] {s.offset((int) a), s.offset((int) Math.max(a, b)), (int) a, (int) b};
  }

  static PyObject affix(
      ThreadState ts, PyObject self, PyObject fix, PyObject start, PyObject end, boolean prefix) {
    PyStr s = (PyStr) self;
    int[] r = bounds(ts, s, start, end);
    if (r[3] < r[2]) {
      return PyBool.FALSE;
    }
    String region = s.value.substring(r[0], r[1]);
    if (fix instanceof PyTuple tuple) {
      for (PyObject item : tuple.items) {
        String f = StrMethods.arg(ts, item, "tuple for " + (prefix ? "startswith" : "endswith"));
        if (prefix ? region.startsWith(f) : region.endsWith(f)) {
          return PyBool.TRUE;
        }
      }
      return PyBool.FALSE;
    }
    if (!(fix instanceof PyStr f)) {
      throw Exc.typeError(
          ts,
          (prefix ? "startswith" : "endswith")
              + " first arg must be str or a tuple of str, not "
              + fix.typeName());
    }
    return PyBool.of(prefix ? region.startsWith(f.value) : region.endsWith(f.value));
  }

  static String replace(String s, String old, String replacement, long max) {
    if (max < 0) {
      if (old.isEmpty()) {
        StringBuilder sb = new StringBuilder(replacement);
        for (int i = 0; i < s.length(); ) {
          int cp = s.codePointAt(i);
          sb.appendCodePoint(cp).append(replacement);
          i += Character.charCount(cp);
        }
        return sb.toString();
      }
      return s.replace(old, replacement);
    }
    StringBuilder sb = new StringBuilder();
    int i = 0;
    long done = 0;
    if (old.isEmpty()) {
      while (done < max && i <= s.length()) {
        sb.append(replacement);
        done++;
        if (i < s.length()) {
          int cp = s.codePointAt(i);
          sb.appendCodePoint(cp);
          i += Character.charCount(cp);
        } else {
          i++;
        }
      }
      if (i < s.length()) {
        sb.append(s, i, s.length());
      }
      return sb.toString();
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
    return sb.append(s.substring(i)).toString();
  }

  /** {@code find}/{@code rfind} as a Python index, or -1. */
  static long find(
      ThreadState ts, PyObject self, PyObject sub, PyObject start, PyObject end, boolean last) {
    PyStr s = (PyStr) self;
    String f = StrMethods.arg(ts, sub, "must be str, not " + sub.typeName() + "; argument");
    int[] r = bounds(ts, s, start, end);
    if (r[3] < r[2] || (r[1] - r[0]) < f.length()) {
      return r[3] >= r[2] && f.isEmpty() ? (last ? r[3] : r[2]) : -1;
    }
    String region = s.value.substring(r[0], r[1]);
    int j = last ? region.lastIndexOf(f) : region.indexOf(f);
    if (j < 0) {
      return -1;
    }
    return s.isBmp() ? r[2] + j : r[2] + region.codePointCount(0, j);
  }
}
