package dev.weft.runtime.objects;

import dev.weft.runtime.format.FormatError;
import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.threads.ThreadState;

/** {@code format(value, spec)} through {@code __format__}, and {@code ascii()}. */
public final class Formatting {
  private Formatting() {}

  public static PyStr format(ThreadState ts, PyObject value, PyStr spec) {
    PyObject m = value.type.lookup("__format__");
    if (m == null) {
      throw Exc.typeError(ts, "Type " + value.typeName() + " doesn't define __format__");
    }
    PyObject r = Calls.callMethod(ts, m, value, spec);
    if (!(r instanceof PyStr s)) {
      String n = r.typeName();
      Ops.decref(ts, r);
      throw Exc.typeError(ts, "__format__ must return a str, not " + n);
    }
    return s;
  }

  /** Raises a FormatError as the Python exception it names. */
  public static PyException raise(ThreadState ts, FormatError e) {
    PyType type =
        switch (e.pythonType()) {
          case "OverflowError" -> Exc.OverflowError;
          case "TypeError" -> Exc.TypeError;
          default -> Exc.ValueError;
        };
    return Exc.raise(ts, type, e.getMessage());
  }

  /** {@code ascii()}: a repr with every non-ASCII character escaped. */
  public static String ascii(String repr) {
    StringBuilder sb = new StringBuilder(repr.length());
    for (int i = 0; i < repr.length(); ) {
      int c = repr.codePointAt(i);
      i += Character.charCount(c);
      if (c < 0x80) {
        sb.append((char) c);
      } else if (c <= 0xff) {
        sb.append(String.format("\\x%02x", c));
      } else if (c <= 0xffff) {
        sb.append(String.format("\\u%04x", c));
      } else {
        sb.append(String.format("\\U%08x", c));
      }
    }
    return sb.toString();
  }
}
