package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;

import dev.weft.runtime.format.FloatFormat;
import dev.weft.runtime.format.FormatError;
import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.threads.ThreadState;
import java.math.BigInteger;
import java.util.Locale;

/**
 * {@code str % args}: printf-style formatting as CPython's {@code PyUnicode_Format} does it, with
 * its argument rules (a tuple gives the arguments, a mapping serves {@code %(name)s}, anything else
 * is the one argument), its conversions and the way it pads signs and prefixes.
 */
final class StrFormatting {
  private StrFormatting() {}

  private static final int LJUST = 1, SIGN = 2, BLANK = 4, ALT = 8, ZERO = 16;

  static void setup(PyType t) {
    def(
        t,
        "__mod__",
        1,
        (PyBuiltin.F1)
            (ts, self, args) ->
                PyStr.of(ts, new Formatter(ts, StrMethods.value(self), args).run()));
  }

  /** One conversion specifier: its flags, width and precision (-1 when absent) and type. */
  private static final class Spec {
    int flags;
    long width = -1;
    long precision = -1;
    char type;

    boolean has(int flag) {
      return (flags & flag) != 0;
    }
  }

  /** The state of one formatting: CPython's {@code unicode_formatter_t}. */
  private static final class Formatter {
    private final ThreadState ts;
    private final String fmt;
    private final StringBuilder out = new StringBuilder();

    /** The mapping for {@code %(name)} keys, or null. */
    private final PyObject dict;

    /** The arguments: a tuple's items, or (when {@code argCount} is -1) the one object. */
    private PyObject args;

    private PyObject[] items;
    private int argCount;
    private int argIndex;

    /** Whether {@code args} is a value looked up by key, which this formatting holds. */
    private boolean ownsArgs;

    Formatter(ThreadState ts, String fmt, PyObject args) {
      this.ts = ts;
      this.fmt = fmt;
      this.args = args;
      if (args instanceof PyTuple tuple) {
        items = tuple.items;
        argCount = items.length;
        dict = null;
      } else {
        argCount = -1;
        argIndex = -2;
        boolean mapping = args.type.lookup("__getitem__") != null && !(args instanceof PyStr);
        dict = mapping ? args : null;
      }
    }

    String run() {
      try {
        int i = 0, n = fmt.length();
        while (i < n) {
          int pct = fmt.indexOf('%', i);
          if (pct < 0) {
            out.append(fmt, i, n);
            break;
          }
          out.append(fmt, i, pct);
          i = convert(pct + 1);
        }
        if (argIndex < argCount && dict == null) {
          throw Exc.typeError(ts, "not all arguments converted during string formatting");
        }
        return out.toString();
      } finally {
        if (ownsArgs) {
          Ops.decref(ts, args);
        }
      }
    }

    private PyObject nextArg() {
      if (argIndex < argCount) {
        argIndex++;
        return argCount < 0 ? args : items[argIndex - 1];
      }
      throw Exc.typeError(ts, "not enough arguments for format string");
    }

    private char at(int i) {
      if (i >= fmt.length()) {
        throw Exc.valueError(ts, "incomplete format");
      }
      return fmt.charAt(i);
    }

    /** Formats the specifier whose text starts at {@code i}; returns the index after it. */
    private int convert(int i) {
      if (at(i) == '%') {
        out.append('%');
        return i + 1;
      }
      if (fmt.charAt(i) == '(') {
        i = lookupKey(i + 1);
      }
      Spec spec = new Spec();
      char ch;
      while (true) {
        ch = at(i++);
        int flag =
            switch (ch) {
              case '-' -> LJUST;
              case '+' -> SIGN;
              case ' ' -> BLANK;
              case '#' -> ALT;
              case '0' -> ZERO;
              default -> 0;
            };
        if (flag == 0) {
          break;
        }
        spec.flags |= flag;
      }
      if (ch == '*') {
        spec.width = starArg();
        if (spec.width < 0) {
          spec.flags |= LJUST;
          spec.width = -spec.width;
        }
        ch = at(i++);
      } else if (ch >= '0' && ch <= '9') {
        spec.width = ch - '0';
        while ((ch = at(i++)) >= '0' && ch <= '9') {
          spec.width = grow(spec.width, ch, Long.MAX_VALUE, "width too big");
        }
      }
      if (ch == '.') {
        spec.precision = 0;
        ch = at(i++);
        if (ch == '*') {
          spec.precision = Math.max(0, starArg());
          ch = at(i++);
        } else if (ch >= '0' && ch <= '9') {
          spec.precision = ch - '0';
          while ((ch = at(i++)) >= '0' && ch <= '9') {
            spec.precision = grow(spec.precision, ch, Integer.MAX_VALUE, "precision too big");
          }
        }
      }
      if (ch == 'h' || ch == 'l' || ch == 'L') {
        ch = at(i++);
      }
      spec.type = ch;
      PyObject v = nextArg();
      String text;
      boolean signed = false;
      switch (spec.type) {
        case 's' ->
            text = v instanceof PyStr s && s.type == PyStr.TYPE ? s.value : Ops.strString(ts, v);
        case 'r' -> text = Ops.reprString(ts, v);
        case 'a' -> text = Formatting.ascii(Ops.reprString(ts, v));
        case 'd', 'i', 'u', 'o', 'x', 'X' -> {
          text = formatInt(v, spec);
          signed = true;
        }
        case 'e', 'E', 'f', 'F', 'g', 'G' -> {
          text = formatFloat(v, spec);
          signed = true;
        }
        case 'c' -> text = Character.toString(formatChar(v));
        default -> {
          int c = fmt.codePointAt(i - 1);
          throw Exc.valueError(
              ts,
              String.format(
                  "unsupported format character '%c' (0x%x) at index %d",
                  c >= 31 && c <= 126 ? (char) c : '?', c, fmt.codePointCount(0, i - 1)));
        }
      }
      output(spec, text, signed);
      return i;
    }

    private long grow(long value, char digit, long limit, String message) {
      if (value > (limit - (digit - '0')) / 10) {
        throw Exc.valueError(ts, message);
      }
      return value * 10 + (digit - '0');
    }

    private long starArg() {
      PyObject v = nextArg();
      if (!(v instanceof PyInt)) {
        throw Exc.typeError(ts, "* wants int");
      }
      return Ops.index(ts, v);
    }

    /** Reads {@code name)} from {@code i} and makes the mapping's value the argument. */
    private int lookupKey(int i) {
      if (dict == null) {
        throw Exc.typeError(ts, "format requires a mapping");
      }
      int depth = 1, j = i;
      while (depth > 0 && j < fmt.length()) {
        char c = fmt.charAt(j++);
        depth += c == ')' ? -1 : c == '(' ? 1 : 0;
      }
      if (depth > 0) {
        throw Exc.valueError(ts, "incomplete format key");
      }
      PyStr key = PyStr.of(ts, fmt.substring(i, j - 1));
      PyObject value;
      try {
        value = Ops.getitem(ts, dict, key);
      } finally {
        Ops.decref(ts, key);
      }
      if (ownsArgs) {
        Ops.decref(ts, args);
      }
      args = value;
      ownsArgs = true;
      argCount = -1;
      argIndex = -2;
      return j;
    }

    /**
     * {@code %d} and friends: CPython's {@code mainformatlong} and {@code _PyUnicode_FormatLong}.
     */
    private String formatInt(PyObject v, Spec spec) {
      char type = spec.type;
      BigInteger value = integer(v, type);
      int radix = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
      String digits = value.abs().toString(radix);
      if (type == 'X') {
        digits = digits.toUpperCase(Locale.ROOT);
      }
      if (spec.precision > digits.length()) {
        digits = "0".repeat((int) (spec.precision - digits.length())) + digits;
      }
      String prefix = spec.has(ALT) && radix != 10 ? "0" + type : "";
      return (value.signum() < 0 ? "-" : "") + prefix + digits;
    }

    private BigInteger integer(PyObject v, char type) {
      if (v instanceof PyInt i) {
        return i.bigValue();
      }
      boolean indexOnly = type == 'o' || type == 'x' || type == 'X';
      if (!indexOnly && v instanceof PyFloat f) {
        PyObject r = NumberMethods.floatToInt(ts, f.value);
        try {
          return ((PyInt) r).bigValue();
        } finally {
          Ops.decref(ts, r);
        }
      }
      String method = !indexOnly && v.type.lookup("__int__") != null ? "__int__" : "__index__";
      PyObject m = v.type.lookup(method);
      if (m == null) {
        throw Exc.typeError(
            ts,
            "%"
                + type
                + " format: "
                + (indexOnly ? "an integer" : "a real number")
                + " is required, not "
                + v.typeName());
      }
      PyObject r = Calls.callMethod(ts, m, v);
      try {
        if (!(r instanceof PyInt i)) {
          throw Exc.typeError(ts, method + " returned non-int (type " + r.typeName() + ")");
        }
        return i.bigValue();
      } finally {
        Ops.decref(ts, r);
      }
    }

    /** {@code %f} and friends: {@code PyOS_double_to_string} as the format-spec code writes it. */
    private String formatFloat(PyObject v, Spec spec) {
      double x = real(v);
      long precision = spec.precision < 0 ? 6 : spec.precision;
      try {
        return FloatFormat.format(x, (spec.has(ALT) ? "#" : "") + "." + precision + spec.type);
      } catch (FormatError e) {
        throw Formatting.raise(ts, e);
      }
    }

    /** CPython's {@code PyFloat_AsDouble}: a float, {@code __float__}, or {@code __index__}. */
    private double real(PyObject v) {
      if (v instanceof PyFloat f) {
        return f.value;
      }
      if (v instanceof PyInt) {
        return Arith.toDouble(ts, v);
      }
      String method = v.type.lookup("__float__") != null ? "__float__" : "__index__";
      PyObject m = v.type.lookup(method);
      if (m == null) {
        throw Exc.typeError(ts, "must be real number, not " + v.typeName());
      }
      PyObject r = Calls.callMethod(ts, m, v);
      try {
        if (r instanceof PyFloat f) {
          return f.value;
        }
        if (r instanceof PyInt) {
          return Arith.toDouble(ts, r);
        }
        throw Exc.typeError(
            ts, v.typeName() + "." + method + " returned non-float (type " + r.typeName() + ")");
      } finally {
        Ops.decref(ts, r);
      }
    }

    /** {@code %c}: a one-character str, or an integer code point. */
    private int formatChar(PyObject v) {
      if (v instanceof PyStr s) {
        if (s.length() == 1) {
          return s.codePointAt(0);
        }
      } else if (v instanceof PyInt || v.type.lookup("__index__") != null) {
        PyInt i = Ops.indexInt(ts, v);
        try {
          if (i.isBig() || i.value < 0 || i.value > 0x10FFFF) {
            throw Exc.overflowError(ts, "%c arg not in range(0x110000)");
          }
          return (int) i.value;
        } finally {
          Ops.decref(ts, i);
        }
      }
      throw Exc.typeError(ts, "%c requires int or char");
    }

    /**
     * Writes a converted value padded to the width: CPython's {@code unicode_format_arg_output},
     * which puts zero padding between the sign (and the {@code 0x} of '#') and the digits.
     */
    private void output(Spec spec, String text, boolean signed) {
      int[] cps = text.codePoints().toArray();
      int len = cps.length;
      if ((spec.width < 0 || spec.width <= len)
          && (spec.precision < 0 || spec.precision >= len)
          && (spec.flags & (SIGN | BLANK)) == 0) {
        out.append(text);
        return;
      }
      char type = spec.type;
      if ((type == 's' || type == 'r' || type == 'a') && spec.precision >= 0) {
        len = (int) Math.min(len, spec.precision);
      }
      char fill = signed && spec.has(ZERO) ? '0' : ' ';
      int index = 0;
      char sign = 0;
      if (signed) {
        if (cps[0] == '-' || cps[0] == '+') {
          sign = (char) cps[0];
          len--;
          index++;
        } else if (spec.has(SIGN)) {
          sign = '+';
        } else if (spec.has(BLANK)) {
          sign = ' ';
        }
      }
      long width = Math.max(spec.width, len);
      if (sign != 0) {
        if (fill != ' ') {
          out.append(sign);
        }
        if (width > len) {
          width--;
        }
      }
      boolean prefix = spec.has(ALT) && (type == 'x' || type == 'X' || type == 'o');
      if (prefix) {
        if (fill != ' ') {
          out.append('0').append(type);
          index += 2;
        }
        width = Math.max(0, width - 2);
        len -= 2;
      }
      if (width > len && !spec.has(LJUST)) {
        out.repeat(fill, (int) (width - len));
        width = len;
      }
      if (fill == ' ') {
        if (sign != 0) {
          out.append(sign);
        }
        if (prefix) {
          out.append('0').append(type);
          index += 2;
        }
      }
      for (int k = 0; k < len; k++) {
        out.appendCodePoint(cps[index + k]);
      }
      if (width > len) {
        out.repeat(' ', (int) (width - len));
      }
    }
  }
}
