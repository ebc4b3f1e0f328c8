package dev.weft.runtime.modules;

import dev.weft.runtime.objects.Arith;
import dev.weft.runtime.objects.Compare;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.OperatorObjects;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBool;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.threads.ThreadState;

/**
 * {@code operator}: the operators as functions (each also under its dunder name, as CPython's
 * module has them), and {@code itemgetter}, {@code attrgetter} and {@code methodcaller}. Each
 * function is the operation the interpreter performs for the operator, with the same errors.
 */
final class OperatorModule {
  private OperatorModule() {}

  /** Names of BINARY_OP's operators as the module spells them (and, with {@code i}, in place). */
  private static final String[][] BINARY = {
    {"add", "iadd"},
    {"and_", "iand"},
    {"floordiv", "ifloordiv"},
    {"lshift", "ilshift"},
    {"matmul", "imatmul"},
    {"mul", "imul"},
    {"mod", "imod"},
    {"or_", "ior"},
    {"pow", "ipow"},
    {"rshift", "irshift"},
    {"sub", "isub"},
    {"truediv", "itruediv"},
    {"xor", "ixor"},
  };

  private static final String[] COMPARE = {"lt", "le", "eq", "ne", "gt", "ge"};

  static PyModule create(ThreadState ts) {
    PyModule m = new PyModule(ts, "operator");
    for (int op = 0; op < BINARY.length; op++) {
      int plain = op, inplace = op + Arith.INPLACE;
      both(m, ts, BINARY[op][0], 2, (PyBuiltin.F2) (t, s, a, b) -> Arith.binary(t, a, b, plain));
      both(m, ts, BINARY[op][1], 2, (PyBuiltin.F2) (t, s, a, b) -> Arith.binary(t, a, b, inplace));
    }
    for (int op = 0; op < COMPARE.length; op++) {
      int which = op;
      both(
          m,
          ts,
          COMPARE[op],
          2,
          (PyBuiltin.F2) (t, s, a, b) -> Compare.richCompare(t, a, b, which));
    }
    both(m, ts, "neg", 1, (PyBuiltin.F1) (t, s, a) -> Arith.negative(t, a));
    both(m, ts, "pos", 1, (PyBuiltin.F1) (t, s, a) -> Arith.positive(t, a));
    both(m, ts, "invert", 1, (PyBuiltin.F1) (t, s, a) -> Arith.invert(t, a));
    both(m, ts, "inv", 1, (PyBuiltin.F1) (t, s, a) -> Arith.invert(t, a));
    both(m, ts, "abs", 1, (PyBuiltin.F1) OperatorModule::abs);
    both(m, ts, "not_", 1, (PyBuiltin.F1) (t, s, a) -> PyBool.of(!Ops.isTrue(t, a)));
    fn(m, ts, "truth", 1, (PyBuiltin.F1) (t, s, a) -> PyBool.of(Ops.isTrue(t, a)));
    fn(m, ts, "is_", 2, (PyBuiltin.F2) (t, s, a, b) -> PyBool.of(a == b));
    fn(m, ts, "is_not", 2, (PyBuiltin.F2) (t, s, a, b) -> PyBool.of(a != b));
    both(m, ts, "contains", 2, (PyBuiltin.F2) (t, s, a, b) -> PyBool.of(Ops.contains(t, a, b)));
    fn(m, ts, "countOf", 2, (PyBuiltin.F2) OperatorModule::countOf);
    fn(m, ts, "indexOf", 2, (PyBuiltin.F2) OperatorModule::indexOf);
    both(m, ts, "getitem", 2, (PyBuiltin.F2) (t, s, a, b) -> Ops.getitem(t, a, b));
    both(
        m,
        ts,
        "setitem",
        3,
        (PyBuiltin.F3)
            (t, s, a, b, c) -> {
              Ops.setitem(t, a, b, c);
              return PySingleton.NONE;
            });
    both(
        m,
        ts,
        "delitem",
        2,
        (PyBuiltin.F2)
            (t, s, a, b) -> {
              Ops.delitem(t, a, b);
              return PySingleton.NONE;
            });
    both(m, ts, "index", 1, (PyBuiltin.F1) (t, s, a) -> PyInt.of(t, Ops.index(t, a)));
    both(m, ts, "concat", 2, (PyBuiltin.F2) (t, s, a, b) -> concat(t, a, b, Arith.ADD));
    both(
        m,
        ts,
        "iconcat",
        2,
        (PyBuiltin.F2) (t, s, a, b) -> concat(t, a, b, Arith.ADD + Arith.INPLACE));
    fn(m, ts, "length_hint", 1, (PyBuiltin.F2) OperatorModule::lengthHint);
    fn(m, ts, "call", 1, (PyBuiltin.FN) OperatorModule::call);
    m.put(ts, "itemgetter", OperatorObjects.ITEMGETTER);
    m.put(ts, "attrgetter", OperatorObjects.ATTRGETTER);
    m.put(ts, "methodcaller", OperatorObjects.METHODCALLER);
    return m;
  }

  private static PyObject abs(ThreadState ts, PyObject self, PyObject a) {
    PyObject m = a.type.lookup("__abs__");
    if (m == null) {
      throw Exc.typeError(ts, "bad operand type for abs(): '" + a.typeName() + "'");
    }
    return dev.weft.runtime.interpreter.Calls.callMethod(ts, m, a);
  }

  /** {@code a + b} for sequences only: CPython checks {@code __getitem__} on the first operand. */
  private static PyObject concat(ThreadState ts, PyObject a, PyObject b, int op) {
    if (a.type.lookup("__getitem__") == null) {
      throw Exc.typeError(ts, "'" + a.typeName() + "' object can't be concatenated");
    }
    return Arith.binary(ts, a, b, op);
  }

  private static PyObject countOf(ThreadState ts, PyObject self, PyObject seq, PyObject x) {
    long n = 0;
    PyObject it = Ops.iter(ts, seq);
    try {
      PyObject item;
      while ((item = Ops.next(ts, it)) != null) {
        try {
          if (item == x || Ops.keysEqual(ts, item, x)) {
            n++;
          }
        } finally {
          Ops.decref(ts, item);
        }
      }
    } finally {
      Ops.decref(ts, it);
    }
    return PyInt.of(ts, n);
  }

  private static PyObject indexOf(ThreadState ts, PyObject self, PyObject seq, PyObject x) {
    long i = 0;
    PyObject it = Ops.iter(ts, seq);
    try {
      PyObject item;
      while ((item = Ops.next(ts, it)) != null) {
        try {
          if (item == x || Ops.keysEqual(ts, item, x)) {
            return PyInt.of(ts, i);
          }
        } finally {
          Ops.decref(ts, item);
        }
        i++;
      }
    } finally {
      Ops.decref(ts, it);
    }
    throw Exc.valueError(ts, "sequence.index(x): x not in sequence");
  }

  /** CPython's {@code PyObject_LengthHint}: {@code len()}, then {@code __length_hint__}. */
  private static PyObject lengthHint(ThreadState ts, PyObject self, PyObject o, PyObject dflt) {
    long fallback = 0;
    if (dflt != null) {
      if (!(dflt instanceof PyInt)) {
        throw Exc.typeError(
            ts, "'" + dflt.typeName() + "' object cannot be interpreted as an integer");
      }
      fallback = Ops.index(ts, dflt);
    }
    if (o.type.lookup("__len__") != null) {
      return PyInt.of(ts, Ops.length(ts, o));
    }
    PyObject hint = o.type.lookup("__length_hint__");
    if (hint == null) {
      return PyInt.of(ts, fallback);
    }
    PyObject r = dev.weft.runtime.interpreter.Calls.callMethod(ts, hint, o);
    if (r == PySingleton.NOT_IMPLEMENTED) {
      return PyInt.of(ts, fallback);
    }
    if (!(r instanceof PyInt ri)) {
      String name = r.typeName();
      Ops.decref(ts, r);
      throw Exc.typeError(ts, "__length_hint__ must be an integer, not " + name);
    }
    if (ri.signum() < 0) {
      Ops.decref(ts, r);
      throw Exc.valueError(ts, "__length_hint__() should return >= 0");
    }
    return r;
  }

  private static PyObject call(
      ThreadState ts,
      PyObject self,
      PyObject[] args,
      int off,
      int n,
      dev.weft.runtime.objects.PyTuple kw) {
    int nkw = kw == null ? 0 : kw.items.length;
    if (n - nkw < 1) {
      throw Exc.typeError(ts, "call() missing 1 required positional argument: 'obj'");
    }
    return dev.weft.runtime.interpreter.Calls.call(ts, args[off], args, off + 1, n - 1, kw);
  }

  /** The function under its name and its dunder name ({@code add} and {@code __add__}). */
  private static void both(PyModule m, ThreadState ts, String name, int minArgs, Object impl) {
    fn(m, ts, name, minArgs, impl);
    String bare = name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
    String dunder = "__" + bare + "__";
    m.put(ts, dunder, PyBuiltin.function(dunder, minArgs, impl));
  }

  private static void fn(PyModule m, ThreadState ts, String name, int minArgs, Object impl) {
    m.put(ts, name, PyBuiltin.function(name, minArgs, impl));
  }
}
