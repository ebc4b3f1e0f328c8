package dev.weft.runtime.modules;

import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.objects.ArgParser;
import dev.weft.runtime.objects.Arith;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBool;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyException;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.threads.ThreadState;

/**
 * How the {@code math} functions take their arguments, with CPython 3.11's error messages: the
 * {@code METH_O} functions ("math.sqrt() takes exactly one argument"), the fixed-arity fast calls
 * ("atan2 expected 2 arguments, got 1"), Argument Clinic's keyword parsing for {@code isclose} and
 * {@code prod}, and {@code PyFloat_AsDouble}, through which every float argument passes.
 */
final class MathArgs {
  private MathArgs() {}

  /** A function of one object argument (a {@code METH_O} function). */
  @FunctionalInterface
  interface Unary {
    PyObject call(ThreadState ts, PyObject x);
  }

  /** A function of two positional arguments. */
  @FunctionalInterface
  interface Binary {
    PyObject call(ThreadState ts, PyObject x, PyObject y);
  }

  /** A function of any number of positional arguments, {@code args[off, off+n)}. */
  @FunctionalInterface
  interface Varargs {
    PyObject call(ThreadState ts, PyObject[] args, int off, int n);
  }

  static void unary(PyModule m, ThreadState ts, String name, Unary f) {
    put(
        m,
        ts,
        name,
        (PyBuiltin.FN)
            (t, self, args, off, n, kw) -> {
              noKeywords(t, name, kw);
              if (n != 1) {
                throw Exc.typeError(
                    t, "math." + name + "() takes exactly one argument (" + n + " given)");
              }
              return f.call(t, args[off]);
            });
  }

  static void binary(PyModule m, ThreadState ts, String name, Binary f) {
    put(
        m,
        ts,
        name,
        (PyBuiltin.FN)
            (t, self, args, off, n, kw) -> {
              noKeywords(t, name, kw);
              ArgParser.checkPositional(t, name, n, 2, 2);
              return f.call(t, args[off], args[off + 1]);
            });
  }

  static void varargs(PyModule m, ThreadState ts, String name, Varargs f) {
    put(
        m,
        ts,
        name,
        (PyBuiltin.FN)
            (t, self, args, off, n, kw) -> {
              noKeywords(t, name, kw);
              return f.call(t, args, off, n);
            });
  }

  static void put(PyModule m, ThreadState ts, String name, PyBuiltin.FN fn) {
    m.put(ts, name, PyBuiltin.function(name, 0, fn));
  }

  /** The vectorcall check of a function that takes no keywords. */
  static void noKeywords(ThreadState ts, String name, PyTuple kwnames) {
    if (kwnames != null && kwnames.items.length > 0) {
      throw Exc.typeError(ts, "math." + name + "() takes no keyword arguments");
    }
  }

  /**
   * Argument Clinic's {@code _PyArg_UnpackKeywords} for a signature without {@code *args}: the
   * first {@code positionalOnly} names can only be passed by position, the first {@code
   * maxPositional} by position at all, and the first {@code required} must be given. Returns the
   * bound values (borrowed; null where an optional one was not given).
   */
  static PyObject[] keywords(
      ThreadState ts,
      String name,
      PyObject[] args,
      int off,
      int n,
      PyTuple kwnames,
      String[] names,
      int positionalOnly,
      int maxPositional,
      int required) {
    int nkw = kwnames == null ? 0 : kwnames.items.length;
    int npos = n - nkw;
    if (n > names.length) {
      throw Exc.typeError(
          ts, name + "() takes at most " + names.length + " arguments (" + n + " given)");
    }
    if (npos > maxPositional) {
      throw Exc.typeError(
          ts,
          name
              + "() takes "
              + (required < maxPositional ? "at most " : "exactly ")
              + maxPositional
              + " positional argument"
              + (maxPositional == 1 ? "" : "s")
              + " ("
              + npos
              + " given)");
    }
    if (npos < positionalOnly) {
      throw Exc.typeError(
          ts,
          name
              + "() takes "
              + (positionalOnly < maxPositional ? "at least " : "exactly ")
              + positionalOnly
              + " positional argument"
              + (positionalOnly == 1 ? "" : "s")
              + " ("
              + npos
              + " given)");
    }
    PyObject[] values = new PyObject[names.length];
    System.arraycopy(args, off, values, 0, npos);
    int matched = 0;
    for (int i = npos; i < names.length; i++) {
      int k = i < positionalOnly ? -1 : keywordIndex(kwnames, names[i]);
      if (k >= 0) {
        values[i] = args[off + npos + k];
        matched++;
      } else if (i < required) {
        throw Exc.typeError(
            ts, name + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
      }
    }
    if (matched < nkw) {
      throw unexpectedKeyword(ts, name, kwnames, names, npos, positionalOnly);
    }
    return values;
  }

  private static int keywordIndex(PyTuple kwnames, String name) {
    if (kwnames == null) {
      return -1;
    }
    for (int k = 0; k < kwnames.items.length; k++) {
      if (((PyStr) kwnames.items[k]).value.equals(name)) {
        return k;
      }
    }
    return -1;
  }

  private static PyException unexpectedKeyword(
      ThreadState ts, String name, PyTuple kwnames, String[] names, int npos, int positionalOnly) {
    for (PyObject kw : kwnames.items) {
      String key = ((PyStr) kw).value;
      int at = -1;
      for (int i = positionalOnly; i < names.length; i++) {
        if (names[i].equals(key)) {
          at = i;
        }
      }
      if (at < 0) {
        return Exc.typeError(ts, "'" + key + "' is an invalid keyword argument for " + name + "()");
      }
      if (at < npos) {
        return Exc.typeError(
            ts,
            "argument for "
                + name
                + "() given by name ('"
                + key
                + "') and position ("
                + (at + 1)
                + ")");
      }
    }
    return Exc.typeError(ts, name + "() got an unexpected keyword argument");
  }

  /**
   * CPython's {@code PyFloat_AsDouble}: a float's value, an int converted with rounding
   * (OverflowError past the float range), else {@code __float__}, else {@code __index__}.
   */
  static double asDouble(ThreadState ts, PyObject o) {
    if (o instanceof PyFloat f) {
      return f.value;
    }
    if (o.type == PyInt.TYPE || o.type == PyBool.TYPE) {
      return Arith.toDouble(ts, o);
    }
    PyObject method = o.type.lookup("__float__");
    if (method == null) {
      if (o.type.lookup("__index__") == null) {
        throw Exc.typeError(ts, "must be real number, not " + o.typeName());
      }
      PyInt i = Ops.indexInt(ts, o);
      try {
        return Arith.toDouble(ts, i);
      } finally {
        Ops.decref(ts, i);
      }
    }
    PyObject r = Calls.callMethod(ts, method, o);
    try {
      if (!(r instanceof PyFloat f)) {
        throw Exc.typeError(
            ts, o.typeName() + ".__float__ returned non-float (type " + r.typeName() + ")");
      }
      return f.value;
    } finally {
      Ops.decref(ts, r);
    }
  }

  /** {@code ValueError: math domain error}: an argument outside the function's domain. */
  static PyException domainError(ThreadState ts) {
    return Exc.valueError(ts, "math domain error");
  }

  /** {@code OverflowError: math range error}: a finite result too large for a float. */
  static PyException rangeError(ThreadState ts) {
    return Exc.overflowError(ts, "math range error");
  }
}
