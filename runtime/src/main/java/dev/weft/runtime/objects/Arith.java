package dev.weft.runtime.objects;

import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.threads.ThreadState;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Binary and unary arithmetic (CPython's {@code binary_op1} and the number methods of int and
 * float). Operator numbers are BINARY_OP's ({@code NB_ADD} ... {@code NB_XOR}, then the in-place
 * forms from 13). The exact int and float cases run here in Java; everything else dispatches on
 * {@code __op__} / {@code __rop__} / {@code __iop__} with CPython's subclass-first rule.
 */
public final class Arith {
  private Arith() {}

  public static final int ADD = 0,
      AND = 1,
      FLOORDIV = 2,
      LSHIFT = 3,
      MATMUL = 4,
      MUL = 5,
      MOD = 6,
      OR = 7,
      POW = 8,
      RSHIFT = 9,
      SUB = 10,
      TRUEDIV = 11,
      XOR = 12,
      INPLACE = 13;

  static final String[] NAMES = {
    "add",
    "and",
    "floordiv",
    "lshift",
    "matmul",
    "mul",
    "mod",
    "or",
    "pow",
    "rshift",
    "sub",
    "truediv",
    "xor"
  };
  static final String[] SYMBOLS = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "** or pow()", ">>", "-", "/", "^"
  };

  static final String[] INPLACE_SYMBOLS = {
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="
  };

  private static final String[] DUNDER = new String[13];
  private static final String[] RDUNDER = new String[13];
  private static final String[] IDUNDER = new String[13];

  static {
    for (int i = 0; i < 13; i++) {
      DUNDER[i] = "__" + NAMES[i] + "__";
      RDUNDER[i] = "__r" + NAMES[i] + "__";
      IDUNDER[i] = "__i" + NAMES[i] + "__";
    }
  }

  /**
   * {@code a <op> b} for BINARY_OP's oparg (in-place forms try {@code __iop__} first). Small on
   * purpose, so that the JIT inlines it into the dispatch loop: exact floats and small exact ints
   * are computed here, everything else in {@link #binarySlow}.
   */
  public static PyObject binary(ThreadState ts, PyObject a, PyObject b, int oparg) {
    PyType ta = a.type, tb = b.type;
    int op = oparg >= INPLACE ? oparg - INPLACE : oparg;
    if (ta == PyFloat.TYPE && tb == PyFloat.TYPE) {
      double x = ((PyFloat) a).value, y = ((PyFloat) b).value;
      switch (op) {
        case ADD:
          return PyFloat.of(ts, x + y);
        case SUB:
          return PyFloat.of(ts, x - y);
        case MUL:
          return PyFloat.of(ts, x * y);
        default:
          break;
      }
    } else if (ta == PyInt.TYPE && tb == PyInt.TYPE) {
      PyInt x = (PyInt) a, y = (PyInt) b;
      if (x.big == null && y.big == null) {
        long p = x.value, q = y.value;
        if (op == ADD) {
          long r = p + q;
          if (((p ^ r) & (q ^ r)) >= 0) {
            return PyInt.of(ts, r);
          }
        } else if (op == SUB) {
          long r = p - q;
          if (((p ^ q) & (p ^ r)) >= 0) {
            return PyInt.of(ts, r);
          }
        }
      }
    }
    return binarySlow(ts, a, b, oparg);
  }

  private static PyObject binarySlow(ThreadState ts, PyObject a, PyObject b, int oparg) {
    int op = oparg >= INPLACE ? oparg - INPLACE : oparg;
    PyType ta = a.type, tb = b.type;
    if (ta == PyInt.TYPE && tb == PyInt.TYPE) {
      return intOp(ts, (PyInt) a, (PyInt) b, op);
    }
    if (ta == PyFloat.TYPE && (tb == PyFloat.TYPE || tb == PyInt.TYPE)
        || ta == PyInt.TYPE && tb == PyFloat.TYPE) {
      PyObject r = floatOp(ts, toDouble(ts, a), toDouble(ts, b), op);
      if (r != null) {
        return r;
      }
    }
    if (ta == PyStr.TYPE && tb == PyStr.TYPE && op == ADD) {
      return PyStr.of(ts, ((PyStr) a).value.concat(((PyStr) b).value));
    }
    if (oparg >= INPLACE) {
      PyObject m = ta.lookup(IDUNDER[op]);
      if (m != null) {
        PyObject r = Calls.callMethod(ts, m, a, b);
        if (r != PySingleton.NOT_IMPLEMENTED) {
          return r;
        }
      }
    }
    PyObject r = dispatch(ts, a, b, op);
    if (r != PySingleton.NOT_IMPLEMENTED) {
      return r;
    }
    if (op == ADD && isSequence(ta)) {
      throw Exc.typeError(
          ts,
          "can only concatenate "
              + concatName(ta)
              + " (not \""
              + tb.name
              + "\") to "
              + concatName(ta));
    }
    if (op == MUL && (isSequence(ta) || isSequence(tb))) {
      PyType other = isSequence(ta) ? tb : ta;
      throw Exc.typeError(ts, "can't multiply sequence by non-int of type '" + other.name + "'");
    }
    throw Exc.typeError(
        ts,
        "unsupported operand type(s) for "
            + (oparg >= INPLACE ? INPLACE_SYMBOLS[op] : SYMBOLS[op])
            + ": '"
            + ta.name
            + "' and '"
            + tb.name
            + "'");
  }

  private static boolean isSequence(PyType t) {
    return t.isSubtypeOf(PyStr.TYPE)
        || t.isSubtypeOf(PyList.TYPE)
        || t.isSubtypeOf(PyTuple.TYPE)
        || t.isSubtypeOf(PyArray.TYPE)
        || t.isSubtypeOf(PyDeque.TYPE);
  }

  private static String concatName(PyType t) {
    return t.isSubtypeOf(PyStr.TYPE) ? "str" : t.isSubtypeOf(PyList.TYPE) ? "list" : "tuple";
  }

  /** The {@code __op__}/{@code __rop__} protocol; NotImplemented when neither side applies. */
  private static PyObject dispatch(ThreadState ts, PyObject a, PyObject b, int op) {
    PyType ta = a.type, tb = b.type;
    PyObject left = ta.lookup(DUNDER[op]);
    PyObject right = ta != tb ? tb.lookup(RDUNDER[op]) : null;
    if (right != null && left != right && tb.isSubtypeOf(ta)) {
      PyObject r = callBinary(ts, right, b, a, op, true);
      if (r != PySingleton.NOT_IMPLEMENTED) {
        return r;
      }
      right = null;
    }
    if (left != null) {
      PyObject r = callBinary(ts, left, a, b, op, false);
      if (r != PySingleton.NOT_IMPLEMENTED) {
        return r;
      }
    }
    if (right != null) {
      return callBinary(ts, right, b, a, op, true);
    }
    return PySingleton.NOT_IMPLEMENTED;
  }

  private static PyObject callBinary(
      ThreadState ts, PyObject method, PyObject self, PyObject other, int op, boolean reflected) {
    if (method instanceof PyBuiltin bm && bm.owner != null && NumberMethods.isNumeric(bm.owner)) {
      return reflected
          ? NumberMethods.binary(ts, other, self, op)
          : NumberMethods.binary(ts, self, other, op);
    }
    return Calls.callMethod(ts, method, self, other);
  }

  public static double toDouble(ThreadState ts, PyObject o) {
    if (o instanceof PyFloat f) {
      return f.value;
    }
    PyInt i = (PyInt) o;
    if (i.big == null) {
      return i.value;
    }
    double d = i.big.doubleValue();
    if (Double.isInfinite(d)) {
      throw Exc.overflowError(ts, "int too large to convert to float");
    }
    return d;
  }

  // --- int ---

  public static PyObject intOp(ThreadState ts, PyInt x, PyInt y, int op) {
    if (x.big == null && y.big == null) {
      long a = x.value, b = y.value;
      switch (op) {
        case ADD -> {
          long r = a + b;
          if (((a ^ r) & (b ^ r)) < 0) {
            break;
          }
          return PyInt.of(ts, r);
        }
        case SUB -> {
          long r = a - b;
          if (((a ^ b) & (a ^ r)) < 0) {
            break;
          }
          return PyInt.of(ts, r);
        }
        case MUL -> {
          long hi = Math.multiplyHigh(a, b);
          long r = a * b;
          if ((hi == 0 && r >= 0) || (hi == -1 && r < 0)) {
            return PyInt.of(ts, r);
          }
        }
        case FLOORDIV -> {
          if (b == 0) {
            throw Exc.zeroDivision(ts, "integer division or modulo by zero");
          }
          if (!(a == Long.MIN_VALUE && b == -1)) {
            return PyInt.of(ts, Math.floorDiv(a, b));
          }
        }
        case MOD -> {
          if (b == 0) {
            throw Exc.zeroDivision(ts, "integer modulo by zero");
          }
          return PyInt.of(ts, Math.floorMod(a, b));
        }
        case TRUEDIV -> {
          if (b == 0) {
            throw Exc.zeroDivision(ts, "division by zero");
          }
          if (Math.abs(a) <= (1L << 53) && Math.abs(b) <= (1L << 53)) {
            return PyFloat.of(ts, (double) a / (double) b);
          }
        }
        case AND -> {
          return PyInt.of(ts, a & b);
        }
        case OR -> {
          return PyInt.of(ts, a | b);
        }
        case XOR -> {
          return PyInt.of(ts, a ^ b);
        }
        case LSHIFT -> {
          if (b < 0) {
            throw Exc.valueError(ts, "negative shift count");
          }
          if (b < 63 && (a == 0 || Long.numberOfLeadingZeros(Math.abs(a)) > b + 1)) {
            return PyInt.of(ts, a << b);
          }
        }
        case RSHIFT -> {
          if (b < 0) {
            throw Exc.valueError(ts, "negative shift count");
          }
          return PyInt.of(ts, b >= 64 ? (a < 0 ? -1 : 0) : a >> b);
        }
        default -> {}
      }
    }
    return bigOp(ts, x.bigValue(), y.bigValue(), op);
  }

  private static PyObject bigOp(ThreadState ts, BigInteger a, BigInteger b, int op) {
    switch (op) {
      case ADD:
        return PyInt.of(ts, a.add(b));
      case SUB:
        return PyInt.of(ts, a.subtract(b));
      case MUL:
        return PyInt.of(ts, a.multiply(b));
      case FLOORDIV:
        if (b.signum() == 0) {
          throw Exc.zeroDivision(ts, "integer division or modulo by zero");
        }
        return PyInt.of(ts, floorDiv(a, b));
      case MOD:
        if (b.signum() == 0) {
          throw Exc.zeroDivision(ts, "integer modulo by zero");
        }
        return PyInt.of(ts, floorMod(a, b));
      case TRUEDIV:
        if (b.signum() == 0) {
          throw Exc.zeroDivision(ts, "division by zero");
        }
        return PyFloat.of(ts, trueDivide(ts, a, b));
      case AND:
        return PyInt.of(ts, a.and(b));
      case OR:
        return PyInt.of(ts, a.or(b));
      case XOR:
        return PyInt.of(ts, a.xor(b));
      case LSHIFT:
        if (b.signum() < 0) {
          throw Exc.valueError(ts, "negative shift count");
        }
        if (b.bitLength() > 31) {
          throw Exc.overflowError(ts, "too many digits in integer");
        }
        return PyInt.of(ts, a.shiftLeft(b.intValue()));
      case RSHIFT:
        if (b.signum() < 0) {
          throw Exc.valueError(ts, "negative shift count");
        }
        return PyInt.of(
            ts,
            b.bitLength() > 31
                ? BigInteger.valueOf(a.signum() < 0 ? -1 : 0)
                : a.shiftRight(b.intValue()));
      case POW:
        return intPow(ts, a, b);
      default:
        return PySingleton.NOT_IMPLEMENTED;
    }
  }

  public static BigInteger floorDiv(BigInteger a, BigInteger b) {
    BigInteger[] qr = a.divideAndRemainder(b);
    if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
      return qr[0].subtract(BigInteger.ONE);
    }
    return qr[0];
  }

  public static BigInteger floorMod(BigInteger a, BigInteger b) {
    BigInteger r = a.remainder(b);
    if (r.signum() != 0 && r.signum() != b.signum()) {
      r = r.add(b);
    }
    return r;
  }

  /** Correctly rounded {@code a / b} for big operands. */
  static double trueDivide(ThreadState ts, BigInteger a, BigInteger b) {
    double d = new BigDecimal(a).divide(new BigDecimal(b), new MathContext(60)).doubleValue();
    if (Double.isInfinite(d)) {
      throw Exc.overflowError(ts, "integer division result too large for a float");
    }
    return d;
  }

  static PyObject intPow(ThreadState ts, BigInteger a, BigInteger b) {
    if (b.signum() < 0) {
      double x = a.doubleValue(), y = b.doubleValue();
      if (x == 0) {
        throw Exc.zeroDivision(ts, "0.0 cannot be raised to a negative power");
      }
      return PyFloat.of(ts, dev.weft.runtime.modules.Libm.pow(x, y));
    }
    if (b.signum() == 0) {
      return PyInt.ONE;
    }
    if (a.abs().equals(BigInteger.ONE) || a.signum() == 0) {
      return PyInt.of(ts, b.testBit(0) || a.signum() >= 0 ? a : BigInteger.ONE);
    }
    if (b.bitLength() > 31) {
      throw Exc.raise(ts, Exc.MemoryError, "");
    }
    return PyInt.of(ts, a.pow(b.intValue()));
  }

  /** {@code pow(a, b, m)} for ints. */
  public static PyObject intPowMod(ThreadState ts, PyInt a, PyInt b, PyInt m) {
    BigInteger mod = m.bigValue();
    if (mod.signum() == 0) {
      throw Exc.valueError(ts, "pow() 3rd argument cannot be 0");
    }
    BigInteger base = a.bigValue(), exp = b.bigValue();
    BigInteger absMod = mod.abs();
    BigInteger r;
    if (exp.signum() < 0) {
      try {
        r = base.mod(absMod).modInverse(absMod).modPow(exp.negate(), absMod);
      } catch (ArithmeticException e) {
        throw Exc.valueError(ts, "base is not invertible for the given modulus");
      }
    } else {
      r = absMod.equals(BigInteger.ONE) ? BigInteger.ZERO : base.modPow(exp, absMod);
    }
    if (mod.signum() < 0 && r.signum() != 0) {
      r = r.add(mod);
    }
    return PyInt.of(ts, r);
  }

  // --- float ---

  /** {@code x <op> y} on doubles, or null for operators floats do not have. */
  public static PyObject floatOp(ThreadState ts, double x, double y, int op) {
    switch (op) {
      case ADD:
        return PyFloat.of(ts, x + y);
      case SUB:
        return PyFloat.of(ts, x - y);
      case MUL:
        return PyFloat.of(ts, x * y);
      case TRUEDIV:
        if (y == 0) {
          throw Exc.zeroDivision(ts, "float division by zero");
        }
        return PyFloat.of(ts, x / y);
      case FLOORDIV:
        if (y == 0) {
          throw Exc.zeroDivision(ts, "float floor division by zero");
        }
        return PyFloat.of(ts, floatDivmod(x, y)[0]);
      case MOD:
        if (y == 0) {
          throw Exc.zeroDivision(ts, "float modulo");
        }
        return PyFloat.of(ts, floatDivmod(x, y)[1]);
      case POW:
        return PyFloat.of(ts, floatPow(ts, x, y));
      default:
        return null;
    }
  }

  /** CPython's {@code float_divmod}: floor quotient and a remainder with the divisor's sign. */
  public static double[] floatDivmod(double vx, double wx) {
    double mod = vx % wx;
    double div = (vx - mod) / wx;
    if (mod != 0) {
      if ((wx < 0) != (mod < 0)) {
        mod += wx;
        div -= 1.0;
      }
    } else {
      mod = Math.copySign(0.0, wx);
    }
    double floordiv;
    if (div != 0) {
      floordiv = Math.floor(div);
      if (div - floordiv > 0.5) {
        floordiv += 1.0;
      }
    } else {
      floordiv = Math.copySign(0.0, vx / wx);
    }
    return new double[] {floordiv, mod};
  }

  static double floatPow(ThreadState ts, double x, double y) {
    if (x == 0 && y < 0) {
      throw Exc.zeroDivision(ts, "0.0 cannot be raised to a negative power");
    }
    if (x < 0 && y != Math.floor(y) && Double.isFinite(y)) {
      throw Exc.valueError(ts, "negative number cannot be raised to a fractional power");
    }
    double r = dev.weft.runtime.modules.Libm.pow(x, y);
    if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
      throw Exc.overflowError(ts, "(34, 'Numerical result out of range')");
    }
    return r;
  }

  // --- unary ---

  public static PyObject negative(ThreadState ts, PyObject a) {
    if (a.type == PyInt.TYPE || a.type == PyBool.TYPE) {
      PyInt i = (PyInt) a;
      if (i.big == null && i.value != Long.MIN_VALUE) {
        return PyInt.of(ts, -i.value);
      }
      return PyInt.of(ts, i.bigValue().negate());
    }
    if (a.type == PyFloat.TYPE) {
      return PyFloat.of(ts, -((PyFloat) a).value);
    }
    return unary(ts, a, "__neg__", "unary -");
  }

  public static PyObject positive(ThreadState ts, PyObject a) {
    if (a.type == PyInt.TYPE || a.type == PyFloat.TYPE) {
      Ops.incref(ts, a);
      return a;
    }
    if (a.type == PyBool.TYPE) {
      return PyInt.of(ts, ((PyInt) a).value);
    }
    return unary(ts, a, "__pos__", "unary +");
  }

  public static PyObject invert(ThreadState ts, PyObject a) {
    if (a.type == PyInt.TYPE || a.type == PyBool.TYPE) {
      PyInt i = (PyInt) a;
      return i.big == null ? PyInt.of(ts, ~i.value) : PyInt.of(ts, i.big.not());
    }
    return unary(ts, a, "__invert__", "unary ~");
  }

  private static PyObject unary(ThreadState ts, PyObject a, String name, String symbol) {
    PyObject m = a.type.lookup(name);
    if (m == null) {
      throw Exc.typeError(ts, "bad operand type for " + symbol + ": '" + a.typeName() + "'");
    }
    return Calls.callMethod(ts, m, a);
  }
}
