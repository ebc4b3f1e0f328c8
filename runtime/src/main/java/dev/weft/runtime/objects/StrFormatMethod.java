package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;

import dev.weft.runtime.threads.ThreadState;
import java.util.Arrays;

/**
 * {@code str.format} and {@code str.format_map}, as CPython's {@code
 * Objects/stringlib/unicode_format.h}: replacement fields with automatic or manual numbering,
 * keyword names, attribute and item lookups, {@code !r !s !a} conversions and format specs that
 * hold fields of their own (two levels deep at most).
 */
final class StrFormatMethod {
  private StrFormatMethod() {}

  static void setup(PyType t) {
    def(
        t,
        "format",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> {
              int nkw = kw == null ? 0 : kw.items.length;
              PyObject[] positional = Arrays.copyOfRange(args, off, off + n - nkw);
              PyDict kwargs = null;
              if (nkw > 0) {
                kwargs = new PyDict(ts);
                for (int k = 0; k < nkw; k++) {
                  kwargs.put(ts, kw.items[k], args[off + n - nkw + k]);
                }
              }
              try {
                return PyStr.of(
                    ts, new Builder(ts, positional, kwargs).build(StrMethods.value(self), 2));
              } finally {
                Ops.xdecref(ts, kwargs);
              }
            });
    def(
        t,
        "format_map",
        1,
        (PyBuiltin.F1)
            (ts, self, mapping) ->
                PyStr.of(ts, new Builder(ts, null, mapping).build(StrMethods.value(self), 2)));
  }

  /** One formatting: the arguments (borrowed) and the state of automatic numbering. */
  private static final class Builder {
    private static final int INIT = 0, AUTO = 1, MANUAL = 2;

    private final ThreadState ts;

    /** The positional arguments, or null for {@code format_map}. */
    private final PyObject[] args;

    /** The mapping for named fields, or null when none was given. */
    private final PyObject kwargs;

    private int numbering = INIT;
    private int nextAuto;

    Builder(ThreadState ts, PyObject[] args, PyObject kwargs) {
      this.ts = ts;
      this.args = args;
      this.kwargs = kwargs;
    }

    /** CPython's {@code build_string}: literal text and fields, {@code depth} levels allowed. */
    String build(String fmt, int depth) {
      if (depth <= 0) {
        throw Exc.valueError(ts, "Max string recursion exceeded");
      }
      StringBuilder out = new StringBuilder(fmt.length());
      int i = 0, n = fmt.length();
      while (i < n) {
        int start = i;
        char c = 0;
        boolean markup = false;
        while (i < n) {
          c = fmt.charAt(i++);
          if (c == '{' || c == '}') {
            markup = true;
            break;
          }
        }
        int end = i;
        if (markup) {
          boolean atEnd = i >= n;
          if (c == '}' && (atEnd || fmt.charAt(i) != '}')) {
            throw Exc.valueError(ts, "Single '}' encountered in format string");
          }
          if (atEnd) {
            throw Exc.valueError(ts, "Single '{' encountered in format string");
          }
          if (fmt.charAt(i) == c) {
            i++;
            markup = false;
          } else {
            end--;
          }
        }
        out.append(fmt, start, end);
        if (markup) {
          i = field(fmt, i, out, depth);
        }
      }
      return out.toString();
    }

    /** Parses and renders the field starting after its '{'; returns the index after its '}'. */
    private int field(String fmt, int i, StringBuilder out, int depth) {
      int n = fmt.length();
      int nameStart = i;
      char c = 0;
      while (i < n) {
        c = fmt.charAt(i++);
        if (c == '{') {
          throw Exc.valueError(ts, "unexpected '{' in field name");
        }
        if (c == '[') {
          while (i < n && fmt.charAt(i) != ']') {
            i++;
          }
        } else if (c == '}' || c == ':' || c == '!') {
          break;
        }
      }
      String name = fmt.substring(nameStart, i - 1);
      int conversion = 0;
      String spec = "";
      boolean nested = false;
      if (c == '!' || c == ':') {
        boolean done = false;
        if (c == '!') {
          if (i >= n) {
            throw Exc.valueError(ts, "end of string while looking for conversion specifier");
          }
          conversion = fmt.codePointAt(i);
          i += Character.charCount(conversion);
          if (i < n) {
            char d = fmt.charAt(i++);
            if (d != '}' && d != ':') {
              throw Exc.valueError(ts, "expected ':' after conversion specifier");
            }
            done = d == '}';
          }
        }
        if (!done) {
          int specStart = i, count = 1;
          while (count > 0 && i < n) {
            char d = fmt.charAt(i++);
            if (d == '{') {
              nested = true;
              count++;
            } else if (d == '}') {
              count--;
            }
          }
          if (count > 0) {
            throw Exc.valueError(ts, "unmatched '{' in format spec");
          }
          spec = fmt.substring(specStart, i - 1);
        }
      } else if (c != '}') {
        throw Exc.valueError(ts, "expected '}' before end of string");
      }
      render(name, conversion, spec, nested, depth, out);
      return i;
    }

    /**
     * Looks the field up, converts it, and formats it with the spec, whose own fields are expanded
     * first when it has some.
     */
    private void render(
        String name, int conversion, String spec, boolean nested, int depth, StringBuilder out) {
      PyObject obj = lookup(name);
      try {
        if (conversion != 0) {
          PyObject converted = convert(obj, conversion);
          Ops.decref(ts, obj);
          obj = converted;
        }
        String specText = nested ? build(spec, depth - 1) : spec;
        if (specText.isEmpty() && obj.type == PyStr.TYPE) {
          out.append(((PyStr) obj).value);
          return;
        }
        PyStr specStr = PyStr.of(ts, specText);
        try {
          PyStr r = Formatting.format(ts, obj, specStr);
          out.append(r.value);
          Ops.decref(ts, r);
        } finally {
          Ops.decref(ts, specStr);
        }
      } finally {
        Ops.decref(ts, obj);
      }
    }

    private PyObject convert(PyObject obj, int conversion) {
      return switch (conversion) {
        case 'r' -> Ops.repr(ts, obj);
        case 's' -> Ops.str(ts, obj);
        case 'a' -> PyStr.of(ts, Formatting.ascii(Ops.reprString(ts, obj)));
        default ->
            throw Exc.valueError(
                ts,
                conversion > 32 && conversion < 127
                    ? "Unknown conversion specifier " + (char) conversion
                    : "Unknown conversion specifier \\x" + Integer.toHexString(conversion));
      };
    }

    /** CPython's {@code get_field_object}: the argument, then its attributes and items. */
    private PyObject lookup(String name) {
      int n = name.length();
      int i = 0;
      while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
        i++;
      }
      String first = name.substring(0, i);
      long index = integer(first);
      boolean empty = first.isEmpty();
      if (empty || index >= 0) {
        if (numbering == INIT) {
          numbering = empty ? AUTO : MANUAL;
        }
        if (numbering == MANUAL && empty) {
          throw Exc.valueError(
              ts, "cannot switch from manual field specification to automatic field numbering");
        }
        if (numbering == AUTO && !empty) {
          throw Exc.valueError(
              ts, "cannot switch from automatic field numbering to manual field specification");
        }
        if (empty) {
          index = nextAuto++;
        }
      }
      PyObject obj;
      if (index < 0) {
        PyStr key = PyStr.of(ts, first);
        try {
          if (kwargs == null) {
            throw Exc.keyError(ts, key);
          }
          obj = Ops.getitem(ts, kwargs, key);
        } finally {
          Ops.decref(ts, key);
        }
      } else {
        if (args == null) {
          throw Exc.valueError(ts, "Format string contains positional fields");
        }
        if (index >= args.length) {
          throw Exc.indexError(
              ts, "Replacement index " + index + " out of range for positional args tuple");
        }
        obj = Ops.newRef(ts, args[(int) index]);
      }
      try {
        while (i < n) {
          char c = name.charAt(i++);
          int start = i;
          PyObject next;
          if (c == '.') {
            while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
              i++;
            }
            String attr = name.substring(start, i);
            if (attr.isEmpty()) {
              throw Exc.valueError(ts, "Empty attribute in format string");
            }
            next = Ops.getattr(ts, obj, attr);
          } else if (c == '[') {
            while (i < n && name.charAt(i) != ']') {
              i++;
            }
            if (i >= n) {
              throw Exc.valueError(ts, "Missing ']' in format string");
            }
            String key = name.substring(start, i++);
            long k = integer(key);
            if (key.isEmpty()) {
              throw Exc.valueError(ts, "Empty attribute in format string");
            }
            PyObject item = k >= 0 ? PyInt.of(ts, k) : PyStr.of(ts, key);
            try {
              next = Ops.getitem(ts, obj, item);
            } finally {
              Ops.decref(ts, item);
            }
          } else {
            throw Exc.valueError(ts, "Only '.' or '[' may follow ']' in format field specifier");
          }
          Ops.decref(ts, obj);
          obj = next;
        }
        return obj;
      } catch (RuntimeException e) {
        Ops.decref(ts, obj);
        throw e;
      }
    }

    /** The value of a field name made only of decimal digits, else -1. */
    private long integer(String s) {
      if (s.isEmpty()) {
        return -1;
      }
      long value = 0;
      for (int i = 0; i < s.length(); ) {
        int c = s.codePointAt(i);
        i += Character.charCount(c);
        int digit =
            Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;
        if (digit < 0) {
          return -1;
        }
        if (value > (Long.MAX_VALUE - digit) / 10) {
          throw Exc.valueError(ts, "Too many decimal digits in format string");
        }
        value = value * 10 + digit;
      }
      return value;
    }
  }
}
