package dev.weft.runtime.objects;

import dev.weft.runtime.threads.ThreadState;

/**
 * {@code string.Template}: {@code $name}, {@code ${name}} and {@code $$} substitution, scanned by
 * hand exactly as CPython's default pattern matches (the delimiter, then another delimiter, an
 * ASCII identifier, a braced identifier, or else an invalid placeholder), with the delimiter read
 * from the class so subclasses may change it. A subclass that changes {@code idpattern}, {@code
 * braceidpattern} or {@code flags} needs regular expressions, which Weft has no module for yet: it
 * gets a clear error instead of a different result.
 */
public final class StringTemplate {
  private StringTemplate() {}

  static final String IDPATTERN = "(?a:[_a-z][_a-z0-9]*)";

  public static final PyType TYPE =
      PyType.builtin("Template", null, PyType.BASETYPE, (ts, t) -> new Instance(ts, t));

  /** A template: its attributes (the template text among them) live in its namespace. */
  static final class Instance extends Holder {
    Instance(ThreadState ts, PyType type) {
      super(ts, type);
    }
  }

  /** One placeholder: kind, where it starts (the delimiter) and ends, and the name. */
  private record Match(int kind, int start, int end, String name) {}

  private static final int ESCAPED = 0, NAMED = 1, BRACED = 2, INVALID = 3;

  private static java.util.List<Match> scan(String text, String delim) {
    java.util.List<Match> out = new java.util.ArrayList<>();
    int i = text.indexOf(delim);
    while (i >= 0) {
      int p = i + delim.length();
      Match m;
      if (text.startsWith(delim, p)) {
        m = new Match(ESCAPED, i, p + delim.length(), null);
      } else if (p < text.length() && idStart(text.charAt(p))) {
        int e = p + 1;
        while (e < text.length() && idPart(text.charAt(e))) {
          e++;
        }
        m = new Match(NAMED, i, e, text.substring(p, e));
      } else if (p + 1 < text.length() && text.charAt(p) == '{' && idStart(text.charAt(p + 1))) {
        int e = p + 2;
        while (e < text.length() && idPart(text.charAt(e))) {
          e++;
        }
        m =
            e < text.length() && text.charAt(e) == '}'
                ? new Match(BRACED, i, e + 1, text.substring(p + 1, e))
                : new Match(INVALID, i, p, null);
      } else {
        m = new Match(INVALID, i, p, null);
      }
      out.add(m);
      i = text.indexOf(delim, Math.max(m.end(), i + 1));
    }
    return out;
  }

  private static boolean idStart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean idPart(char c) {
    return idStart(c) || (c >= '0' && c <= '9');
  }

  /** The template text and the class's delimiter, checking the class changed nothing else. */
  private static String[] textAndDelimiter(ThreadState ts, PyObject self) {
    PyObject id = Ops.getattr(ts, self, "idpattern");
    PyObject brace = Ops.getattr(ts, self, "braceidpattern");
    PyObject flags = Ops.getattr(ts, self, "flags");
    try {
      if (!(id instanceof PyStr s && s.value.equals(IDPATTERN))
          || brace != PySingleton.NONE
          || !(flags instanceof PyInt f && f.value == 2)) {
        throw Exc.raise(
            ts,
            Exc.NotImplementedError,
            "string.Template subclasses that change idpattern, braceidpattern or flags need the"
                + " re module, which Weft does not have yet");
      }
    } finally {
      Ops.decref(ts, id);
      Ops.decref(ts, brace);
      Ops.decref(ts, flags);
    }
    PyObject template = Ops.getattr(ts, self, "template");
    PyObject delimiter = Ops.getattr(ts, self, "delimiter");
    try {
      if (!(template instanceof PyStr t)) {
        throw Exc.typeError(ts, "expected string or bytes-like object");
      }
      if (!(delimiter instanceof PyStr d) || d.value.isEmpty()) {
        throw Exc.typeError(ts, "delimiter must be a non-empty str");
      }
      return new String[] {t.value, d.value};
    } finally {
      Ops.decref(ts, template);
      Ops.decref(ts, delimiter);
    }
  }

  /** CPython's {@code _invalid}: the line and column of the character after the delimiter. */
  private static PyException invalid(ThreadState ts, String text, int at) {
    String before = text.substring(0, at);
    java.util.List<String> lines = StrText.splitlines(before, true, false);
    int line = Math.max(1, lines.size());
    int col = at;
    for (int k = 0; k < lines.size() - 1; k++) {
      col -= lines.get(k).length();
    }
    if (lines.isEmpty()) {
      col = 1;
    }
    return Exc.valueError(ts, "Invalid placeholder in string: line " + line + ", col " + col);
  }

  private static PyObject substitute(
      ThreadState ts, PyObject[] a, int off, int n, PyTuple kw, boolean safe) {
    PyObject self = a[off];
    int nkw = kw == null ? 0 : kw.items.length;
    int npos = n - 1 - nkw;
    if (npos > 1) {
      throw Exc.typeError(
          ts,
          (safe ? "Template.safe_substitute" : "Template.substitute")
              + "() takes from 1 to 2 positional arguments"
              + " but "
              + (npos + 1)
              + " were given");
    }
    PyObject mapping = npos == 1 ? a[off + 1] : null;
    PyDict kws = new PyDict(ts);
    try {
      for (int k = 0; k < nkw; k++) {
        kws.put(ts, kw.items[k], a[off + n - nkw + k]);
      }
      String[] td = textAndDelimiter(ts, self);
      String text = td[0];
      StringBuilder out = new StringBuilder();
      int last = 0;
      for (Match m : scan(text, td[1])) {
        out.append(text, last, m.start());
        last = m.end();
        switch (m.kind()) {
          case ESCAPED -> out.append(td[1]);
          case INVALID -> {
            if (!safe) {
              throw invalid(ts, text, m.end());
            }
            out.append(td[1]);
          }
          default -> {
            PyObject v = lookup(ts, m.name(), kws, mapping, safe);
            if (v == null) {
              out.append(text, m.start(), m.end());
            } else {
              out.append(Ops.strString(ts, v));
              Ops.decref(ts, v);
            }
          }
        }
      }
      out.append(text, last, text.length());
      return PyStr.of(ts, out.toString());
    } finally {
      Ops.decref(ts, kws);
    }
  }

  /** {@code kws[name]}, else {@code mapping[name]}; null when missing and {@code safe}. */
  private static PyObject lookup(
      ThreadState ts, String name, PyDict kws, PyObject mapping, boolean safe) {
    PyStr key = PyStr.of(ts, name);
    try {
      PyObject v = kws.getRef(ts, key, key.hash());
      if (v != null) {
        return v;
      }
      if (mapping == null) {
        if (safe) {
          return null;
        }
        throw Exc.keyError(ts, key);
      }
      try {
        return Ops.getitem(ts, mapping, key);
      } catch (PyException e) {
        if (safe && e.matches(Exc.KeyError)) {
          Ops.decref(ts, e.value);
          return null;
        }
        throw e;
      }
    } finally {
      Ops.decref(ts, key);
    }
  }

  static void setup() {
    PyType t = TYPE;
    Bootstrap.constant(t, "__module__", PyStr.intern("string"));
    Bootstrap.constant(t, "delimiter", PyStr.intern("$"));
    Bootstrap.constant(t, "idpattern", PyStr.intern(IDPATTERN));
    Bootstrap.constant(t, "braceidpattern", PySingleton.NONE);
    Bootstrap.constant(t, "flags", PyInt.of(Bootstrap.BOOT, 2));
    Bootstrap.allocatingNew(t);
    Bootstrap.def(
        t,
        "__init__",
        1,
        (PyBuiltin.F1)
            (ts, self, template) -> {
              Ops.setattr(ts, self, PyStr.intern("template"), template);
              return PySingleton.NONE;
            });
    Bootstrap.def(
        t,
        "substitute",
        0,
        (PyBuiltin.FN) (ts, s, a, off, n, kw) -> substituteFrom(ts, s, a, off, n, kw, false));
    Bootstrap.def(
        t,
        "safe_substitute",
        0,
        (PyBuiltin.FN) (ts, s, a, off, n, kw) -> substituteFrom(ts, s, a, off, n, kw, true));
    Bootstrap.def(t, "get_identifiers", 0, (PyBuiltin.F0) StringTemplate::identifiers);
    Bootstrap.def(
        t,
        "is_valid",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              String[] td = textAndDelimiter(ts, self);
              return PyBool.of(scan(td[0], td[1]).stream().noneMatch(m -> m.kind() == INVALID));
            });
  }

  /** The method receives self separately; substitute's window starts at self. */
  private static PyObject substituteFrom(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw, boolean safe) {
    PyObject[] window = new PyObject[n + 1];
    window[0] = self;
    System.arraycopy(a, off, window, 1, n);
    return substitute(ts, window, 0, n + 1, kw, safe);
  }

  private static PyObject identifiers(ThreadState ts, PyObject self) {
    String[] td = textAndDelimiter(ts, self);
    PyList out = new PyList(ts);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Match m : scan(td[0], td[1])) {
      if ((m.kind() == NAMED || m.kind() == BRACED) && seen.add(m.name())) {
        out.appendSteal(ts, PyStr.of(ts, m.name()));
      }
    }
    return out;
  }
}
