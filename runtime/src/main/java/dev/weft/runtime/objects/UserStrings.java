package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;
import static dev.weft.runtime.objects.UserCollections.DATA;
import static dev.weft.runtime.objects.UserCollections.data;
import static dev.weft.runtime.objects.UserCollections.onData;
import static dev.weft.runtime.objects.UserCollections.rewrap;

import dev.weft.runtime.threads.ThreadState;

/**
 * {@code collections.UserString}: a {@code Sequence} over the str in {@code self.data}, after
 * CPython 3.11's Python class. Most of its methods are the str method of the same name, applied to
 * {@code data}, with a str result rebuilt as {@code self.__class__(result)} for the methods that
 * CPython rebuilds; the tables below say which.
 */
final class UserStrings {
  private UserStrings() {}

  static final PyType TYPE =
      PyType.builtin("UserString", CollectionsAbc.SEQUENCE, PyType.BASETYPE, null);

  /** str methods whose result becomes {@code self.__class__(result)}. */
  private static final String[] REBUILT = {
    "capitalize",
    "casefold",
    "center",
    "expandtabs",
    "ljust",
    "lower",
    "lstrip",
    "rjust",
    "rstrip",
    "strip",
    "swapcase",
    "title",
    "translate",
    "upper",
    "zfill"
  };

  /** str methods whose result is returned as it is. */
  private static final String[] PLAIN = {
    "endswith",
    "format",
    "format_map",
    "index",
    "isalpha",
    "isalnum",
    "isascii",
    "isdecimal",
    "isdigit",
    "isidentifier",
    "islower",
    "isnumeric",
    "isprintable",
    "isspace",
    "istitle",
    "isupper",
    "join",
    "partition",
    "rindex",
    "rpartition",
    "split",
    "rsplit",
    "splitlines",
    "startswith"
  };

  /** Methods whose first argument is unwrapped when it is a UserString; result as it is. */
  private static final String[] UNWRAP_FIRST = {"count", "find", "rfind"};

  /** Methods whose first argument is unwrapped and whose result is rebuilt. */
  private static final String[] UNWRAP_FIRST_REBUILT = {"removeprefix", "removesuffix"};

  /** {@code o.data} for a UserString, else {@code o} (new reference). */
  private static PyObject unwrap(ThreadState ts, PyObject o) {
    return o.type.isSubtypeOf(TYPE) ? data(ts, o) : Ops.newRef(ts, o);
  }

  /** The call with its first argument unwrapped. */
  private static PyObject withFirstUnwrapped(
      ThreadState ts, PyObject self, String name, PyObject[] args, int off, int n, PyTuple kw) {
    if (n == 0) {
      return onData(ts, self, name, args, off, n, kw);
    }
    PyObject[] copy = java.util.Arrays.copyOfRange(args, off, off + n);
    copy[0] = unwrap(ts, args[off]);
    try {
      return onData(ts, self, name, copy, 0, n, kw);
    } finally {
      Ops.decref(ts, copy[0]);
    }
  }

  static void setup() {
    PyType t = TYPE;
    UserCollections.setupType(t);
    def(
        t,
        "__init__",
        1,
        (PyBuiltin.F1)
            (ts, self, seq) -> {
              PyObject value =
                  seq instanceof PyStr
                      ? Ops.newRef(ts, seq)
                      : seq.type.isSubtypeOf(TYPE) ? data(ts, seq) : Ops.str(ts, seq);
              try {
                Ops.setattr(ts, self, DATA, value);
              } finally {
                Ops.decref(ts, value);
              }
              return PySingleton.NONE;
            });
    def(
        t,
        "__str__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyObject d = data(ts, self);
              try {
                return Ops.str(ts, d);
              } finally {
                Ops.decref(ts, d);
              }
            });
    for (String name : new String[] {"__repr__", "__len__", "__hash__"}) {
      def(t, name, 0, (PyBuiltin.F0) (ts, self) -> onData(ts, self, name));
    }
    for (PyType conv : new PyType[] {PyInt.TYPE, PyFloat.TYPE, PyComplex.TYPE}) {
      def(
          t,
          "__" + conv.name + "__",
          0,
          (PyBuiltin.F0)
              (ts, self) -> {
                PyObject d = data(ts, self);
                try {
                  return Ops.call1(ts, conv, d);
                } finally {
                  Ops.decref(ts, d);
                }
              });
    }
    def(
        t,
        "__getnewargs__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyObject d = data(ts, self);
              try {
                return PyTuple.of(ts, d);
              } finally {
                Ops.decref(ts, d);
              }
            });
    UserCollections.defineComparisons(t, UserStrings::unwrap);
    def(
        t,
        "__contains__",
        1,
        (PyBuiltin.F1)
            (ts, self, ch) -> {
              PyObject d = data(ts, self);
              PyObject c = unwrap(ts, ch);
              try {
                return PyBool.of(Ops.contains(ts, d, c));
              } finally {
                Ops.decref(ts, d);
                Ops.decref(ts, c);
              }
            });
    def(
        t,
        "__getitem__",
        1,
        (PyBuiltin.F1) (ts, self, i) -> rewrap(ts, self, onData(ts, self, "__getitem__", i)));
    def(t, "__add__", 1, (PyBuiltin.F1) (ts, self, other) -> concat(ts, self, other, false));
    def(t, "__radd__", 1, (PyBuiltin.F1) (ts, self, other) -> concat(ts, self, other, true));
    for (String name : new String[] {"__mul__", "__rmul__", "__mod__"}) {
      String op = name.equals("__mod__") ? "__mod__" : "__mul__";
      def(t, name, 1, (PyBuiltin.F1) (ts, self, x) -> rewrap(ts, self, onData(ts, self, op, x)));
    }
    def(
        t,
        "__rmod__",
        1,
        (PyBuiltin.F1)
            (ts, self, template) -> {
              PyStr s = Ops.str(ts, template);
              try {
                return rewrap(ts, self, Arith.binary(ts, s, self, Arith.MOD));
              } finally {
                Ops.decref(ts, s);
              }
            });
    for (String name : REBUILT) {
      def(
          t,
          name,
          0,
          (PyBuiltin.FN)
              (ts, self, args, off, n, kw) ->
                  rewrap(ts, self, onData(ts, self, name, args, off, n, kw)));
    }
    for (String name : PLAIN) {
      def(
          t,
          name,
          0,
          (PyBuiltin.FN) (ts, self, args, off, n, kw) -> onData(ts, self, name, args, off, n, kw));
    }
    for (String name : UNWRAP_FIRST) {
      def(
          t,
          name,
          1,
          (PyBuiltin.FN)
              (ts, self, args, off, n, kw) -> withFirstUnwrapped(ts, self, name, args, off, n, kw));
    }
    for (String name : UNWRAP_FIRST_REBUILT) {
      def(
          t,
          name,
          1,
          (PyBuiltin.FN)
              (ts, self, args, off, n, kw) ->
                  rewrap(ts, self, withFirstUnwrapped(ts, self, name, args, off, n, kw)));
    }
    def(
        t,
        "replace",
        2,
        (PyBuiltin.F3)
            (ts, self, old, repl, max) -> {
              PyObject o = unwrap(ts, old);
              PyObject r = unwrap(ts, repl);
              try {
                PyObject result =
                    max == null
                        ? onData(ts, self, "replace", o, r)
                        : onData(ts, self, "replace", o, r, max);
                return rewrap(ts, self, result);
              } finally {
                Ops.decref(ts, o);
                Ops.decref(ts, r);
              }
            });
    def(
        t,
        "encode",
        0,
        (PyBuiltin.F2)
            (ts, self, encoding, errors) ->
                onData(
                    ts,
                    self,
                    "encode",
                    encoding == null || encoding == PySingleton.NONE
                        ? PyStr.intern("utf-8")
                        : encoding,
                    errors == null || errors == PySingleton.NONE
                        ? PyStr.intern("strict")
                        : errors));
    PyObject maketrans = PyStr.TYPE.dict.getString("maketrans");
    if (maketrans != null) {
      Bootstrap.constant(t, "maketrans", maketrans);
    }
  }

  /** {@code self + other} or {@code other + self}: str concatenation, rebuilt. */
  private static PyObject concat(ThreadState ts, PyObject self, PyObject other, boolean reflected) {
    PyObject o =
        !reflected && other.type.isSubtypeOf(TYPE)
            ? data(ts, other)
            : other instanceof PyStr ? Ops.newRef(ts, other) : Ops.str(ts, other);
    try {
      PyObject d = data(ts, self);
      try {
        PyObject sum =
            reflected ? Arith.binary(ts, o, d, Arith.ADD) : Arith.binary(ts, d, o, Arith.ADD);
        return rewrap(ts, self, sum);
      } finally {
        Ops.decref(ts, d);
      }
    } finally {
      Ops.decref(ts, o);
    }
  }
}
