package dev.weft.runtime.modules;

import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.StringTemplate;
import dev.weft.runtime.threads.ThreadState;

/**
 * {@code string}: the character-class constants, {@code capwords} and {@code Template}. Not yet:
 * {@code Formatter}.
 */
final class StringModule {
  private StringModule() {}

  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String DIGITS = "0123456789";
  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
  private static final String WHITESPACE = " \t\n\r\u000b\f";

  static PyModule create(ThreadState ts) {
    PyModule m = new PyModule(ts, "string");
    constant(m, ts, "ascii_lowercase", LOWER);
    constant(m, ts, "ascii_uppercase", UPPER);
    constant(m, ts, "ascii_letters", LOWER + UPPER);
    constant(m, ts, "digits", DIGITS);
    constant(m, ts, "hexdigits", DIGITS + "abcdefABCDEF");
    constant(m, ts, "octdigits", "01234567");
    constant(m, ts, "punctuation", PUNCTUATION);
    constant(m, ts, "whitespace", WHITESPACE);
    constant(m, ts, "printable", DIGITS + LOWER + UPPER + PUNCTUATION + WHITESPACE);
    m.put(ts, "capwords", PyBuiltin.function("capwords", 1, (PyBuiltin.F2) StringModule::capwords));
    m.put(ts, "Template", StringTemplate.TYPE);
    return m;
  }

  private static void constant(PyModule m, ThreadState ts, String name, String value) {
    m.dict.putStringSteal(ts, name, PyStr.of(ts, value));
  }

  /** {@code sep.join(w.capitalize() for w in s.split(sep))}, sep None splitting on whitespace. */
  private static PyObject capwords(ThreadState ts, PyObject self, PyObject s, PyObject sep) {
    if (!(s instanceof PyStr)) {
      throw Exc.typeError(
          ts,
          "descriptor 'split' for 'str' objects doesn't apply to a '" + s.typeName() + "' object");
    }
    PyObject separator = sep == null ? PySingleton.NONE : sep;
    PyObject words = Ops.callMethod(ts, s, "split", separator);
    try {
      java.util.List<PyObject> parts = new java.util.ArrayList<>();
      PyObject it = Ops.iter(ts, words);
      try {
        PyObject w;
        while ((w = Ops.next(ts, it)) != null) {
          try {
            parts.add(Ops.callMethod(ts, w, "capitalize"));
          } finally {
            Ops.decref(ts, w);
          }
        }
      } finally {
        Ops.decref(ts, it);
      }
      PyObject joiner = separator == PySingleton.NONE ? PyStr.intern(" ") : separator;
      PyObject list =
          dev.weft.runtime.objects.PyList.steal(ts, parts.toArray(new PyObject[0]), parts.size());
      try {
        return Ops.callMethod(ts, joiner, "join", list);
      } finally {
        Ops.decref(ts, list);
      }
    } finally {
      Ops.decref(ts, words);
    }
  }
}
