package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;
import static dev.weft.runtime.objects.Bootstrap.getset;

import dev.weft.runtime.format.FloatFormat;
import dev.weft.runtime.format.FormatError;
import dev.weft.runtime.format.IntFormat;
import dev.weft.runtime.format.NumberParsing;
import dev.weft.runtime.format.Rounding;
import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.threads.ThreadState;
import java.math.BigDecimal;
import java.math.BigInteger;

/** The methods of {@code int}, {@code bool}, {@code float} and {@code complex}. */
final class NumberMethods {
  private NumberMethods() {}

  static boolean isNumeric(PyType t) {
    return t == PyInt.TYPE || t == PyBool.TYPE || t == PyFloat.TYPE;
  }

  /** The builtin numbers' {@code a <op> b}; NotImplemented unless both are int/bool/float. */
  static PyObject binary(ThreadState ts, PyObject a, PyObject b, int op) {
    if (a instanceof PyInt x && b instanceof PyInt y) {
      if (a instanceof PyBool
          && b instanceof PyBool
          && (op == Arith.AND || op == Arith.OR || op == Arith.XOR)) {
        long r =
            op == Arith.AND
                ? x.value & y.value
                : op == Arith.OR ? x.value | y.value : x.value ^ y.value;
        return PyBool.of(r != 0);
      }
      return Arith.intOp(ts, x, y, op);
    }
    if ((a instanceof PyFloat || a instanceof PyInt)
        && (b instanceof PyFloat || b instanceof PyInt)) {
      PyObject r = Arith.floatOp(ts, Arith.toDouble(ts, a), Arith.toDouble(ts, b), op);
      return r != null ? r : PySingleton.NOT_IMPLEMENTED;
    }
    return PySingleton.NOT_IMPLEMENTED;
  }

  static void setup() {
    for (PyType t : new PyType[] {PyInt.TYPE, PyFloat.TYPE}) {
      for (int op = 0; op < 13; op++) {
        if (op == Arith.MATMUL) {
          continue;
        }
        int which = op;
        def(
            t,
            "__" + Arith.NAMES[op] + "__",
            1,
            (PyBuiltin.F1) (ts, self, other) -> binary(ts, self, other, which));
        def(
            t,
            "__r" + Arith.NAMES[op] + "__",
            1,
            (PyBuiltin.F1) (ts, self, other) -> binary(ts, other, self, which));
      }
      for (int op = 0; op < 6; op++) {
        int which = op;
        def(
            t,
            Compare.NAMES[op],
            1,
            (PyBuiltin.F1) (ts, self, other) -> Compare.builtin(ts, self, other, which));
      }
      def(t, "__neg__", 0, (PyBuiltin.F0) Arith::negative);
      def(t, "__pos__", 0, (PyBuiltin.F0) Arith::positive);
      def(t, "__abs__", 0, (PyBuiltin.F0) NumberMethods::abs);
      def(
          t,
          "__bool__",
          0,
          (PyBuiltin.F0)
              (ts, self) ->
                  PyBool.of(
                      self instanceof PyFloat f ? f.value != 0.0 : ((PyInt) self).signum() != 0));
      def(t, "__float__", 0, (PyBuiltin.F0) (ts, self) -> PyFloat.of(ts, Arith.toDouble(ts, self)));
      def(t, "__int__", 0, (PyBuiltin.F0) NumberMethods::toInt);
      def(t, "__trunc__", 0, (PyBuiltin.F0) NumberMethods::toInt);
      def(
          t,
          "__hash__",
          0,
          (PyBuiltin.F0)
              (ts, self) ->
                  PyInt.of(ts, self instanceof PyFloat f ? f.hash() : ((PyInt) self).hash()));
      def(t, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, Repr.builtinRepr(ts, self)));
      def(t, "__divmod__", 1, (PyBuiltin.F1) NumberMethods::divmod);
      def(t, "__rdivmod__", 1, (PyBuiltin.F1) (ts, self, other) -> divmod(ts, other, self));
      def(t, "__round__", 0, (PyBuiltin.F1) NumberMethods::round);
      def(t, "__format__", 1, (PyBuiltin.F1) NumberMethods::format);
      def(t, "conjugate", 0, (PyBuiltin.F0) (ts, self) -> Arith.positive(ts, self));
      getset(t, "real", (ts, self) -> Arith.positive(ts, self), null);
      getset(
          t,
          "imag",
          (ts, self) -> self instanceof PyFloat ? PyFloat.of(ts, 0.0) : PyInt.ZERO,
          null);
    }
    PyType i = PyInt.TYPE;
    def(i, "__invert__", 0, (PyBuiltin.F0) Arith::invert);
    def(i, "__index__", 0, (PyBuiltin.F0) (ts, self) -> PyInt.of(ts, ((PyInt) self).bigValue()));
    def(i, "__floor__", 0, (PyBuiltin.F0) NumberMethods::toInt);
    def(i, "__ceil__", 0, (PyBuiltin.F0) NumberMethods::toInt);
    def(
        i,
        "bit_length",
        0,
        (PyBuiltin.F0) (ts, self) -> PyInt.of(ts, ((PyInt) self).bigValue().abs().bitLength()));
    def(
        i,
        "bit_count",
        0,
        (PyBuiltin.F0) (ts, self) -> PyInt.of(ts, ((PyInt) self).bigValue().abs().bitCount()));
    def(
        i,
        "as_integer_ratio",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyObject v = toInt(ts, self);
              PyTuple t = PyTuple.of(ts, v, PyInt.ONE);
              Ops.decref(ts, v);
              return t;
            });
    def(i, "is_integer", 0, (PyBuiltin.F0) (ts, self) -> PyBool.TRUE);
    def(i, "to_bytes", 0, (PyBuiltin.FN) NumberMethods::toBytes);
    Bootstrap.classMethod(i, "from_bytes", 2, (PyBuiltin.FN) NumberMethods::fromBytes);
    getset(i, "numerator", (ts, self) -> toInt(ts, self), null);
    getset(i, "denominator", (ts, self) -> PyInt.ONE, null);
    Bootstrap.newMethod(i, NumberMethods::newInt);

    PyType b = PyBool.TYPE;
    for (int op : new int[] {Arith.AND, Arith.OR, Arith.XOR}) {
      int which = op;
      def(
          b,
          "__" + Arith.NAMES[op] + "__",
          1,
          (PyBuiltin.F1) (ts, self, other) -> binary(ts, self, other, which));
      def(
          b,
          "__r" + Arith.NAMES[op] + "__",
          1,
          (PyBuiltin.F1) (ts, self, other) -> binary(ts, other, self, which));
    }
    def(b, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> PyStr.intern(self.toString()));
    Bootstrap.newMethod(
        b,
        (ts, self, args, off, n, kw) -> {
          if (kw != null && kw.items.length > 0) {
            throw Exc.typeError(ts, "bool() takes no keyword arguments");
          }
          if (n > 2) {
            throw Exc.typeError(ts, "bool expected at most 1 argument, got " + (n - 1));
          }
          return PyBool.of(n == 2 && Ops.isTrue(ts, args[off + 1]));
        });

    PyType f = PyFloat.TYPE;
    def(
        f,
        "is_integer",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              double v = ((PyFloat) self).value;
              return PyBool.of(Double.isFinite(v) && v == Math.floor(v));
            });
    def(
        f,
        "__floor__",
        0,
        (PyBuiltin.F0) (ts, self) -> floatToInt(ts, Math.floor(((PyFloat) self).value)));
    def(
        f,
        "__ceil__",
        0,
        (PyBuiltin.F0) (ts, self) -> floatToInt(ts, Math.ceil(((PyFloat) self).value)));
    def(f, "as_integer_ratio", 0, (PyBuiltin.F0) NumberMethods::floatRatio);
    def(f, "hex", 0, (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, floatHex(((PyFloat) self).value)));
    Bootstrap.newMethod(f, NumberMethods::newFloat);
  }

  static PyObject abs(ThreadState ts, PyObject self) {
    if (self instanceof PyFloat f) {
      return PyFloat.of(ts, Math.abs(f.value));
    }
    PyInt i = (PyInt) self;
    return i.signum() < 0 ? Arith.negative(ts, i) : PyInt.of(ts, i.bigValue());
  }

  static PyObject toInt(ThreadState ts, PyObject self) {
    if (self instanceof PyFloat f) {
      return floatToInt(ts, f.value);
    }
    PyInt i = (PyInt) self;
    return i.big != null ? PyInt.of(ts, i.big) : PyInt.of(ts, i.value);
  }

  static PyObject floatToInt(ThreadState ts, double v) {
    if (Double.isNaN(v)) {
      throw Exc.valueError(ts, "cannot convert float NaN to integer");
    }
    if (Double.isInfinite(v)) {
      throw Exc.overflowError(ts, "cannot convert float infinity to integer");
    }
    if (Math.abs(v) < 9.0e18) {
      return PyInt.of(ts, (long) v);
    }
    return PyInt.of(ts, new BigDecimal(v).toBigInteger());
  }

  static PyObject divmod(ThreadState ts, PyObject a, PyObject b) {
    if ((b instanceof PyInt || b instanceof PyFloat)
        && (a instanceof PyInt || a instanceof PyFloat)) {
      boolean zero = b instanceof PyFloat f ? f.value == 0 : ((PyInt) b).signum() == 0;
      if (zero) {
        throw Exc.zeroDivision(
            ts,
            a instanceof PyFloat || b instanceof PyFloat
                ? "float divmod()"
                : "integer division or modulo by zero");
      }
    }
    PyObject q = binary(ts, a, b, Arith.FLOORDIV);
    if (q == PySingleton.NOT_IMPLEMENTED) {
      return q;
    }
    PyObject r;
    try {
      r = binary(ts, a, b, Arith.MOD);
    } catch (RuntimeException e) {
      Ops.decref(ts, q);
      throw e;
    }
    PyTuple t = PyTuple.of(ts, q, r);
    Ops.decref(ts, q);
    Ops.decref(ts, r);
    return t;
  }

  static PyObject round(ThreadState ts, PyObject self, PyObject ndigits) {
    try {
      if (self instanceof PyFloat f) {
        if (ndigits == null || ndigits == PySingleton.NONE) {
          return PyInt.of(ts, Rounding.roundToInt(f.value));
        }
        return PyFloat.of(ts, Rounding.round(f.value, Ops.index(ts, ndigits)));
      }
      PyInt i = (PyInt) self;
      if (ndigits == null || ndigits == PySingleton.NONE) {
        return toInt(ts, i);
      }
      long n = Ops.index(ts, ndigits);
      if (n >= 0) {
        return toInt(ts, i);
      }
      BigInteger scale = BigInteger.TEN.pow((int) Math.min(-n, 100000));
      BigDecimal d = new BigDecimal(i.bigValue()).divide(new BigDecimal(scale));
      BigInteger q = d.setScale(0, java.math.RoundingMode.HALF_EVEN).toBigInteger();
      return PyInt.of(ts, q.multiply(scale));
    } catch (FormatError e) {
      throw Formatting.raise(ts, e);
    }
  }

  static PyObject format(ThreadState ts, PyObject self, PyObject spec) {
    String s = ((PyStr) spec).value;
    try {
      if (self instanceof PyFloat f) {
        return PyStr.of(ts, FloatFormat.format(f.value, s));
      }
      if (self instanceof PyBool && s.isEmpty()) {
        return PyStr.intern(self.toString());
      }
      return PyStr.of(
          ts,
          IntFormat.format(((PyInt) self).bigValue(), s, self instanceof PyBool ? "bool" : "int"));
    } catch (FormatError e) {
      throw Formatting.raise(ts, e);
    }
  }

  private static PyObject newInt(
      ThreadState ts, PyObject unused, PyObject[] args, int off, int n, PyTuple kw) {
    PyType cls = (PyType) args[off];
    PyObject x = n > 1 ? args[off + 1] : null;
    PyObject base = n > 2 ? args[off + 2] : null;
    if (kw != null) {
      for (int k = 0; k < kw.items.length; k++) {
        String name = ((PyStr) kw.items[k]).value;
        PyObject v = args[off + n - kw.items.length + k];
        if (name.equals("base")) {
          base = v;
        } else {
          throw Exc.typeError(ts, "'" + name + "' is an invalid keyword argument for int()");
        }
      }
      if (n - kw.items.length > 1) {
        x = args[off + 1];
      } else {
        x = null;
      }
    }
    PyInt value = intValue(ts, x, base);
    if (cls == PyInt.TYPE) {
      return value;
    }
    PyInt r = PyInt.ofType(ts, cls, value);
    Ops.decref(ts, value);
    return r;
  }

  /** {@code int(x, base)}: a new int reference. */
  static PyInt intValue(ThreadState ts, PyObject x, PyObject base) {
    if (x == null) {
      if (base != null) {
        throw Exc.typeError(ts, "int() missing string argument");
      }
      return PyInt.ZERO;
    }
    if (base != null) {
      long b = Ops.index(ts, base);
      String text;
      if (x instanceof PyStr s) {
        text = s.value;
      } else if (x instanceof PyBytes bytes) {
        text = new String(bytes.value, java.nio.charset.StandardCharsets.ISO_8859_1);
      } else {
        throw Exc.typeError(ts, "int() can't convert non-string with explicit base");
      }
      return parse(ts, text, (int) b, x);
    }
    if (x.type == PyInt.TYPE) {
      return Ops.newRef(ts, (PyInt) x);
    }
    if (x instanceof PyStr s) {
      return parse(ts, s.value, 10, x);
    }
    if (x instanceof PyBytes bytes) {
      return parse(
          ts, new String(bytes.value, java.nio.charset.StandardCharsets.ISO_8859_1), 10, x);
    }
    if (x instanceof PyFloat f) {
      return (PyInt) floatToInt(ts, f.value);
    }
    for (String name : new String[] {"__int__", "__index__", "__trunc__"}) {
      PyObject m = x.type.lookup(name);
      if (m != null) {
        PyObject r = Calls.callMethod(ts, m, x);
        if (!(r instanceof PyInt ri)) {
          String t = r.typeName();
          Ops.decref(ts, r);
          throw Exc.typeError(ts, name + " returned non-int (type " + t + ")");
        }
        if (ri.type != PyInt.TYPE) {
          PyInt plain = PyInt.of(ts, ri.bigValue());
          Ops.decref(ts, ri);
          return plain;
        }
        return ri;
      }
    }
    throw Exc.typeError(
        ts,
        "int() argument must be a string, a bytes-like object or a real number, not '"
            + x.typeName()
            + "'");
  }

  private static PyInt parse(ThreadState ts, String text, int base, PyObject original) {
    try {
      return PyInt.of(ts, NumberParsing.parseInt(text, base));
    } catch (FormatError e) {
      if (e.getMessage().startsWith("invalid literal")) {
        throw Exc.valueError(
            ts,
            "invalid literal for int() with base " + base + ": " + Ops.reprString(ts, original));
      }
      throw Formatting.raise(ts, e);
    }
  }

  private static PyObject newFloat(
      ThreadState ts, PyObject unused, PyObject[] args, int off, int n, PyTuple kw) {
    PyType cls = (PyType) args[off];
    if (kw != null && kw.items.length > 0) {
      throw Exc.typeError(ts, "float() takes no keyword arguments");
    }
    if (n > 2) {
      throw Exc.typeError(ts, "float expected at most 1 argument, got " + (n - 1));
    }
    double v = n > 1 ? floatValue(ts, args[off + 1]) : 0.0;
    return PyFloat.ofType(ts, cls, v);
  }

  static double floatValue(ThreadState ts, PyObject x) {
    if (x instanceof PyFloat f) {
      return f.value;
    }
    if (x instanceof PyInt) {
      return Arith.toDouble(ts, x);
    }
    if (x instanceof PyStr s) {
      try {
        return NumberParsing.parseFloat(s.value);
      } catch (FormatError e) {
        throw Exc.valueError(ts, "could not convert string to float: " + Ops.reprString(ts, s));
      }
    }
    PyObject m = x.type.lookup("__float__");
    if (m == null) {
      m = x.type.lookup("__index__");
    }
    if (m == null) {
      throw Exc.typeError(
          ts, "float() argument must be a string or a real number, not '" + x.typeName() + "'");
    }
    PyObject r = Calls.callMethod(ts, m, x);
    try {
      if (r instanceof PyFloat f) {
        return f.value;
      }
      if (r instanceof PyInt) {
        return Arith.toDouble(ts, r);
      }
      throw Exc.typeError(
          ts, x.typeName() + ".__float__ returned non-float (type " + r.typeName() + ")");
    } finally {
      Ops.decref(ts, r);
    }
  }

  private static PyObject floatRatio(ThreadState ts, PyObject self) {
    double v = ((PyFloat) self).value;
    if (Double.isNaN(v)) {
      throw Exc.valueError(ts, "cannot convert NaN to integer ratio");
    }
    if (Double.isInfinite(v)) {
      throw Exc.overflowError(ts, "cannot convert Infinity to integer ratio");
    }
    BigDecimal d = new BigDecimal(v);
    BigInteger num = d.unscaledValue();
    BigInteger den = BigInteger.ONE;
    if (d.scale() > 0) {
      den = BigInteger.TEN.pow(d.scale());
    } else {
      num = num.multiply(BigInteger.TEN.pow(-d.scale()));
    }
    BigInteger g = num.gcd(den);
    PyInt a = PyInt.of(ts, num.divide(g)), b = PyInt.of(ts, den.divide(g));
    PyTuple t = PyTuple.of(ts, a, b);
    Ops.decref(ts, a);
    Ops.decref(ts, b);
    return t;
  }

  static String floatHex(double v) {
    if (Double.isNaN(v)) {
      return "nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (v == 0) {
      return (1 / v < 0 ? "-" : "") + "0x0.0p+0";
    }
    String h = Double.toHexString(v);
    // Java: 0x1.8p1 ; Python: 0x1.8000000000000p+1
    boolean neg = h.startsWith("-");
    String body = neg ? h.substring(3) : h.substring(2);
    int p = body.indexOf('p');
    String mant = body.substring(0, p);
    String exp = body.substring(p + 1);
    String[] parts = mant.split("\\.");
    String frac = parts.length > 1 ? parts[1] : "0";
    frac = (frac + "0000000000000").substring(0, 13);
    if (parts[0].equals("0")) {
      // subnormal
      return (neg ? "-" : "") + "0x0." + frac + "p-1022";
    }
    return (neg ? "-" : "") + "0x1." + frac + "p" + (exp.startsWith("-") ? exp : "+" + exp);
  }

  private static PyObject toBytes(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    ArgParser p = new ArgParser(ts, "to_bytes", args, off, n, kw, "length", "byteorder", "*signed");
    long length = p.has(0) ? Ops.index(ts, p.get(0)) : 1;
    String order = p.has(1) ? ((PyStr) p.get(1)).value : "big";
    boolean signed = p.has(2) && Ops.isTrue(ts, p.get(2));
    BigInteger v = ((PyInt) self).bigValue();
    if (!signed && v.signum() < 0) {
      throw Exc.overflowError(ts, "can't convert negative int to unsigned");
    }
    byte[] raw = v.toByteArray();
    byte[] out = new byte[(int) length];
    int needed = signed ? raw.length : (v.bitLength() + 7) / 8;
    if (needed > length) {
      throw Exc.overflowError(ts, "int too big to convert");
    }
    byte fill = (byte) (v.signum() < 0 ? 0xFF : 0);
    java.util.Arrays.fill(out, fill);
    for (int k = 0; k < Math.min(raw.length, out.length); k++) {
      out[out.length - 1 - k] = raw[raw.length - 1 - k];
    }
    if (order.equals("little")) {
      for (int a = 0, z = out.length - 1; a < z; a++, z--) {
        byte t = out[a];
        out[a] = out[z];
        out[z] = t;
      }
    } else if (!order.equals("big")) {
      throw Exc.valueError(ts, "byteorder must be either 'little' or 'big'");
    }
    return new PyBytes(ts, out);
  }

  private static PyObject fromBytes(
      ThreadState ts, PyObject unused, PyObject[] args, int off, int n, PyTuple kw) {
    ArgParser p =
        new ArgParser(ts, "from_bytes", args, off + 1, n - 1, kw, "bytes", "byteorder", "*signed");
    byte[] data = ((PyBytes) p.get(0)).value.clone();
    String order = p.has(1) ? ((PyStr) p.get(1)).value : "big";
    boolean signed = p.has(2) && Ops.isTrue(ts, p.get(2));
    if (order.equals("little")) {
      for (int a = 0, z = data.length - 1; a < z; a++, z--) {
        byte t = data[a];
        data[a] = data[z];
        data[z] = t;
      }
    }
    BigInteger v =
        data.length == 0
            ? BigInteger.ZERO
            : signed ? new BigInteger(data) : new BigInteger(1, data);
    return PyInt.of(ts, v);
  }
}
