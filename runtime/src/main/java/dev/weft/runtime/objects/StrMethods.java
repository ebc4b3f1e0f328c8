package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;

import dev.weft.runtime.format.FormatError;
import dev.weft.runtime.format.StrFormat;
import dev.weft.runtime.threads.ThreadState;

/** The methods of {@code str} and {@code bytes}. */
final class StrMethods {
  private StrMethods() {}

  static String value(PyObject o) {
    return ((PyStr) o).value;
  }

  /** The str argument of a method, or TypeError naming what was given. */
  static String arg(ThreadState ts, PyObject o, String what) {
    if (o instanceof PyStr s) {
      return s.value;
    }
    throw Exc.typeError(ts, what + " must be str, not " + o.typeName());
  }

  static void setup() {
    PyType t = PyStr.TYPE;
    Bootstrap.newMethod(
        t,
        (ts, self, args, off, n, kw) -> {
          PyType cls = (PyType) args[off];
          ArgParser p =
              new ArgParser(ts, "str", args, off + 1, n - 1, kw, "object", "encoding", "errors");
          PyStr s;
          if (!p.has(0)) {
            s = PyStr.EMPTY;
          } else if (p.has(1) || p.has(2)) {
            if (!(p.get(0) instanceof PyBytes b)) {
              throw Exc.typeError(
                  ts,
                  "decoding to str: need a bytes-like object, " + p.get(0).typeName() + " found");
            }
            s =
                PyStr.of(
                    ts,
                    BytesMethods.decode(
                        ts, b.value, p.has(1) ? arg(ts, p.get(1), "encoding") : "utf-8"));
          } else {
            s = Ops.str(ts, p.get(0));
          }
          if (cls == PyStr.TYPE) {
            return s;
          }
          PyStr r = new PyStr.Sub(ts, cls, s.value);
          Ops.decref(ts, s);
          return r;
        });
    def(t, "__len__", 0, (PyBuiltin.F0) (ts, self) -> PyInt.of(ts, ((PyStr) self).length()));
    def(t, "__hash__", 0, (PyBuiltin.F0) (ts, self) -> PyInt.of(ts, ((PyStr) self).hash()));
    def(
        t,
        "__str__",
        0,
        (PyBuiltin.F0)
            (ts, self) ->
                self.type == PyStr.TYPE ? Ops.newRef(ts, self) : PyStr.of(ts, value(self)));
    def(t, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, Repr.quote(value(self))));
    def(t, "__getitem__", 1, (PyBuiltin.F1) StrMethods::getitem);
    def(
        t,
        "__contains__",
        1,
        (PyBuiltin.F1)
            (ts, self, x) -> {
              if (!(x instanceof PyStr s)) {
                throw Exc.typeError(
                    ts, "'in <string>' requires string as left operand, not " + x.typeName());
              }
              return PyBool.of(value(self).contains(s.value));
            });
    def(t, "__iter__", 0, (PyBuiltin.F0) (ts, self) -> new Iterators.StrIter(ts, (PyStr) self));
    def(
        t,
        "__add__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              if (!(other instanceof PyStr o)) {
                return PySingleton.NOT_IMPLEMENTED;
              }
              return PyStr.of(ts, value(self).concat(o.value));
            });
    PyBuiltin.F1 mul =
        (ts, self, count) -> {
          if (!(count instanceof PyInt) && count.type.lookup("__index__") == null) {
            return PySingleton.NOT_IMPLEMENTED;
          }
          long n = Math.max(0, Ops.index(ts, count));
          String v = value(self);
          if (n * v.length() > Integer.MAX_VALUE - 16) {
            throw Exc.overflowError(ts, "repeated string is too long");
          }
          return PyStr.of(ts, v.repeat((int) n));
        };
    def(t, "__mul__", 1, mul);
    def(t, "__rmul__", 1, mul);
    for (int op = 0; op < 6; op++) {
      int which = op;
      def(
          t,
          Compare.NAMES[op],
          1,
          (PyBuiltin.F1) (ts, self, other) -> Compare.builtin(ts, self, other, which));
    }
    def(
        t,
        "__format__",
        1,
        (PyBuiltin.F1)
            (ts, self, spec) -> {
              try {
                return PyStr.of(ts, StrFormat.format(value(self), arg(ts, spec, "format spec")));
              } catch (FormatError e) {
                throw Formatting.raise(ts, e);
              }
            });
    def(
        t,
        "join",
        1,
        (PyBuiltin.F1)
            (ts, self, iterable) -> {
              StringBuilder sb = new StringBuilder();
              String sep = value(self);
              PyObject it;
              try {
                it = Ops.iter(ts, iterable);
              } catch (PyException e) {
                if (!e.matches(Exc.TypeError)) {
                  throw e;
                }
                Ops.decref(ts, e.value);
                throw Exc.typeError(ts, "can only join an iterable");
              }
              try {
                PyObject x;
                int i = 0;
                while ((x = Ops.next(ts, it)) != null) {
                  try {
                    if (!(x instanceof PyStr s)) {
                      throw Exc.typeError(
                          ts,
                          "sequence item "
                              + i
                              + ": expected str instance, "
                              + x.typeName()
                              + " found");
                    }
                    if (i > 0) {
                      sb.append(sep);
                    }
                    sb.append(s.value);
                  } finally {
                    Ops.decref(ts, x);
                  }
                  i++;
                }
              } finally {
                Ops.decref(ts, it);
              }
              return PyStr.of(ts, sb.toString());
            });
    StrText.setup(t);
  }

  static PyObject getitem(ThreadState ts, PyObject self, PyObject key) {
    PyStr s = (PyStr) self;
    if (key instanceof PySlice slice) {
      int len = s.length();
      long[] r = slice.indices(ts, len);
      if (r[2] == 1) {
        if (r[3] == len) {
          return self.type == PyStr.TYPE ? Ops.newRef(ts, self) : PyStr.of(ts, s.value);
        }
        int from = s.offset((int) r[0]);
        int to = s.offset((int) (r[0] + r[3]));
        return PyStr.of(ts, s.value.substring(from, to));
      }
      StringBuilder sb = new StringBuilder();
      for (long i = 0; i < r[3]; i++) {
        sb.appendCodePoint(s.codePointAt((int) (r[0] + i * r[2])));
      }
      return PyStr.of(ts, sb.toString());
    }
    if (!(key instanceof PyInt) && key.type.lookup("__index__") == null) {
      throw Exc.typeError(ts, "string indices must be integers, not '" + key.typeName() + "'");
    }
    long i = SequenceOps.normalize(Ops.index(ts, key), s.length());
    if (i < 0) {
      throw Exc.indexError(ts, "string index out of range");
    }
    return PyStr.ofChar(ts, s.codePointAt((int) i));
  }
}
