package dev.weft.runtime.objects;

import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.threads.ThreadState;
import java.math.BigInteger;

/**
 * Rich comparison (CPython's {@code do_richcompare}): the reflected method of a right operand whose
 * type is a proper subtype goes first; then the left operand's method, then the right's reflected
 * one; {@code ==} and {@code !=} fall back to identity, the others raise TypeError. The builtin
 * types compare in Java ({@link #builtin}).
 */
public final class Compare {
  private Compare() {}

  public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;

  static final String[] NAMES = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  private static final int[] REFLECTED = {GT, GE, EQ, NE, LT, LE};
  private static final String[] SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};

  public static PyObject richCompare(ThreadState ts, PyObject a, PyObject b, int op) {
    PyType ta = a.type;
    if (ta == b.type) {
      if (ta == PyInt.TYPE) {
        PyInt x = (PyInt) a, y = (PyInt) b;
        if (x.big == null && y.big == null) {
          return PyBool.of(outcome(Long.compare(x.value, y.value), op));
        }
      } else if (ta == PyFloat.TYPE) {
        return PyBool.of(compareDoubles(((PyFloat) a).value, ((PyFloat) b).value, op));
      }
    }
    return richCompareSlow(ts, a, b, op);
  }

  private static PyObject richCompareSlow(ThreadState ts, PyObject a, PyObject b, int op) {
    PyType ta = a.type, tb = b.type;
    if (ta == tb && !ta.isHeap() && !ta.richCompareOverride) {
      PyObject r = builtin(ts, a, b, op);
      if (r != PySingleton.NOT_IMPLEMENTED) {
        return r;
      }
    }
    boolean reflectedFirst =
        ta != tb && tb.isSubtypeOf(ta) && tb.lookup(NAMES[REFLECTED[op]]) != null;
    if (reflectedFirst) {
      PyObject r = call(ts, b, a, REFLECTED[op]);
      if (r != PySingleton.NOT_IMPLEMENTED) {
        return r;
      }
    }
    PyObject r = call(ts, a, b, op);
    if (r != PySingleton.NOT_IMPLEMENTED) {
      return r;
    }
    if (!reflectedFirst) {
      r = call(ts, b, a, REFLECTED[op]);
      if (r != PySingleton.NOT_IMPLEMENTED) {
        return r;
      }
    }
    if (op == EQ) {
      return PyBool.of(a == b);
    }
    if (op == NE) {
      return PyBool.of(a != b);
    }
    throw Exc.typeError(
        ts,
        "'"
            + SYMBOLS[op]
            + "' not supported between instances of '"
            + ta.name
            + "' and '"
            + tb.name
            + "'");
  }

  /** {@code a.__op__(b)}, with builtin methods compared in Java. */
  private static PyObject call(ThreadState ts, PyObject a, PyObject b, int op) {
    PyObject m = a.type.lookup(NAMES[op]);
    if (m == null) {
      return PySingleton.NOT_IMPLEMENTED;
    }
    if (m instanceof PyBuiltin bm && bm.owner == PyType.OBJECT) {
      return builtinMethod(ts, bm.owner, a, b, op);
    }
    return Calls.callMethod(ts, m, a, b);
  }

  /** What the builtin {@code owner.__op__(a, b)} returns. */
  static PyObject builtinMethod(ThreadState ts, PyType owner, PyObject a, PyObject b, int op) {
    if (owner == PyType.OBJECT) {
      if (op == EQ) {
        return a == b ? PyBool.TRUE : PySingleton.NOT_IMPLEMENTED;
      }
      if (op == NE) {
        PyObject eq = call(ts, a, b, EQ);
        if (eq == PySingleton.NOT_IMPLEMENTED) {
          return eq;
        }
        boolean t = Ops.isTrue(ts, eq);
        Ops.decref(ts, eq);
        return PyBool.of(!t);
      }
      return PySingleton.NOT_IMPLEMENTED;
    }
    return builtin(ts, a, b, op);
  }

  /** Comparison of builtin values by their Java classes; NotImplemented for other pairs. */
  public static PyObject builtin(ThreadState ts, PyObject a, PyObject b, int op) {
    switch (a) {
      case PyInt x -> {
        if (b instanceof PyInt y) {
          int c =
              x.big == null && y.big == null
                  ? Long.compare(x.value, y.value)
                  : x.bigValue().compareTo(y.bigValue());
          return PyBool.of(outcome(c, op));
        }
        if (b instanceof PyFloat y) {
          return PyBool.of(compareIntFloat(x, y.value, op));
        }
      }
      case PyFloat x -> {
        if (b instanceof PyFloat y) {
          return PyBool.of(compareDoubles(x.value, y.value, op));
        }
        if (b instanceof PyInt y) {
          return PyBool.of(compareIntFloat(y, x.value, REFLECTED[op]));
        }
      }
      case PyStr x -> {
        if (b instanceof PyStr y) {
          return PyBool.of(outcome(compareStrings(x.value, y.value), op));
        }
      }
      case PyTuple x -> {
        if (b instanceof PyTuple y) {
          return sequences(ts, x.items, x.items.length, y.items, y.items.length, op);
        }
      }
      case PyList x -> {
        if (b instanceof PyList y) {
          return sequences(ts, x.items, x.size, y.items, y.size, op);
        }
      }
      case PyBytes x -> {
        if (b instanceof PyBytes y) {
          return PyBool.of(outcome(java.util.Arrays.compareUnsigned(x.value, y.value), op));
        }
      }
      case PySet x -> {
        if (b instanceof PySet y) {
          return PyBool.of(SetOps.compare(ts, x, y, op));
        }
      }
      case PyDict x -> {
        if (b instanceof PyDict y && (op == EQ || op == NE)) {
          return PyBool.of(DictOps.equal(ts, x, y) == (op == EQ));
        }
      }
      case PyRange x -> {
        if (b instanceof PyRange y && (op == EQ || op == NE)) {
          BigInteger n = x.bigLength();
          boolean eq =
              n.equals(y.bigLength())
                  && (n.signum() == 0
                      || (x.bigStart().equals(y.bigStart())
                          && (n.equals(BigInteger.ONE) || x.bigStep().equals(y.bigStep()))));
          return PyBool.of(eq == (op == EQ));
        }
      }
      default -> {}
    }
    if (op == EQ && a == b) {
      return PyBool.TRUE;
    }
    return PySingleton.NOT_IMPLEMENTED;
  }

  /** Code-point order (Java compares UTF-16 units, which differs past the BMP). */
  public static int compareStrings(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char ca = a.charAt(i), cb = b.charAt(i);
      if (ca != cb) {
        if (Character.isSurrogate(ca) || Character.isSurrogate(cb)) {
          return Integer.compare(a.codePointAt(i), b.codePointAt(i));
        }
        return ca - cb;
      }
    }
    return a.length() - b.length();
  }

  /** Whether the three-way result {@code c} satisfies comparison {@code op}. */
  public static boolean outcome(int c, int op) {
    return switch (op) {
      case LT -> c < 0;
      case LE -> c <= 0;
      case EQ -> c == 0;
      case NE -> c != 0;
      case GT -> c > 0;
      default -> c >= 0;
    };
  }

  /** {@code x op y} on doubles, IEEE (so NaN is unequal to everything), as Python's floats. */
  public static boolean compareDoubles(double x, double y, int op) {
    return switch (op) {
      case LT -> x < y;
      case LE -> x <= y;
      case EQ -> x == y;
      case NE -> x != y;
      case GT -> x > y;
      default -> x >= y;
    };
  }

  /** An int against a double, exactly (no rounding of a big int to double). */
  private static boolean compareIntFloat(PyInt x, double y, int op) {
    if (Double.isNaN(y)) {
      return op == NE;
    }
    if (Double.isInfinite(y)) {
      return outcome(y > 0 ? -1 : 1, op);
    }
    if (x.big == null && Math.abs(x.value) < (1L << 53)) {
      return compareDoubles((double) x.value, y, op);
    }
    double fl = Math.floor(y);
    BigInteger yi = new java.math.BigDecimal(fl).toBigInteger();
    int c = x.bigValue().compareTo(yi);
    if (c == 0 && fl != y) {
      c = -1;
    }
    return outcome(c, op);
  }

  /** Lexicographic comparison of two item arrays, as list and tuple do. */
  static PyObject sequences(ThreadState ts, PyObject[] a, int na, PyObject[] b, int nb, int op) {
    if ((op == EQ || op == NE) && na != nb) {
      return PyBool.of(op == NE);
    }
    int i = 0;
    for (; i < na && i < nb; i++) {
      if (!Ops.keysEqual(ts, a[i], b[i])) {
        break;
      }
    }
    if (i >= na || i >= nb) {
      return PyBool.of(outcome(Integer.compare(na, nb), op));
    }
    if (op == EQ) {
      return PyBool.FALSE;
    }
    if (op == NE) {
      return PyBool.TRUE;
    }
    return richCompare(ts, a[i], b[i], op);
  }
}
