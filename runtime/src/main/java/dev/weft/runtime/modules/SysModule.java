package dev.weft.runtime.modules;

import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBaseException;
import dev.weft.runtime.objects.PyBool;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyException;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.StructSeq;
import dev.weft.runtime.threads.ThreadState;

/** The {@code sys} module. */
public final class SysModule {
  private SysModule() {}

  public static PyModule create(ThreadState ts) {
    PyModule m = new PyModule(ts, "sys");
    TextStream.setup(ts);
    PyList argv = new PyList(ts);
    for (String a : ts.runtime.argv) {
      argv.appendSteal(ts, PyStr.of(ts, a));
    }
    m.dict.putStringSteal(ts, "argv", argv);
    m.put(ts, "modules", ts.runtime.modules);
    TextStream out = new TextStream(ts, ts.runtime.stdout, "stdout");
    TextStream err = new TextStream(ts, ts.runtime.stderr, "stderr");
    m.put(ts, "stdout", out);
    m.put(ts, "__stdout__", out);
    m.put(ts, "stderr", err);
    m.put(ts, "__stderr__", err);
    TextStream in = new TextStream(ts, new StdinReader(ts.runtime.stdin), "stdin");
    m.put(ts, "stdin", in);
    m.put(ts, "__stdin__", in);
    Ops.decref(ts, in);
    Ops.decref(ts, out);
    Ops.decref(ts, err);
    m.dict.putStringSteal(ts, "maxsize", PyInt.of(ts, Long.MAX_VALUE));
    m.dict.putStringSteal(ts, "version", PyStr.of(ts, "3.11.7 (Weft)"));
    m.dict.putStringSteal(
        ts,
        "version_info",
        StructSeq.of(
            ts,
            StructSeq.VERSION_INFO,
            PyInt.small(3),
            PyInt.small(11),
            PyInt.small(7),
            PyStr.intern("final"),
            PyInt.small(0)));
    numberInfo(ts, m);
    m.dict.putStringSteal(ts, "hexversion", PyInt.of(ts, 0x030B07F0));
    m.put(ts, "platform", PyStr.intern("linux"));
    m.put(ts, "byteorder", PyStr.intern("little"));
    m.put(ts, "executable", PyStr.intern("weft"));
    PyList path = new PyList(ts);
    if (ts.runtime.searchPath != null) {
      path.appendSteal(ts, PyStr.of(ts, ts.runtime.searchPath.toAbsolutePath().toString()));
    }
    m.dict.putStringSteal(ts, "path", path);
    fn(
        m,
        ts,
        "exit",
        0,
        (PyBuiltin.F1)
            (t, s, code) -> {
              PyBaseException e =
                  code == null
                      ? Exc.create(t, Exc.SystemExit)
                      : Exc.create(t, Exc.SystemExit, code);
              throw new PyException(e);
            });
    fn(
        m,
        ts,
        "getrecursionlimit",
        0,
        (PyBuiltin.F0) (t, s) -> PyInt.of(t, t.runtime.recursionLimit));
    fn(
        m,
        ts,
        "setrecursionlimit",
        1,
        (PyBuiltin.F1)
            (t, s, limit) -> {
              if (!(limit instanceof PyInt)) {
                throw Exc.typeError(
                    t, "'" + limit.typeName() + "' object cannot be interpreted as an integer");
              }
              long n = Ops.index(t, limit);
              if (n < 1) {
                throw Exc.valueError(t, "recursion limit must be greater or equal than 1");
              }
              if (n <= t.depth) {
                throw Exc.raise(
                    t,
                    Exc.RecursionError,
                    "cannot set the recursion limit to "
                        + n
                        + " at the recursion depth "
                        + t.depth
                        + ": the limit is too low");
              }
              t.runtime.recursionLimit = (int) Math.min(n, Integer.MAX_VALUE);
              return PySingleton.NONE;
            });
    fn(m, ts, "getrefcount", 1, (PyBuiltin.F1) (t, s, o) -> PyInt.of(t, o.referenceCount()));
    fn(m, ts, "_is_gil_enabled", 0, (PyBuiltin.F0) (t, s) -> PyBool.FALSE);
    fn(
        m,
        ts,
        "intern",
        1,
        (PyBuiltin.F1)
            (t, s, o) -> {
              if (!(o instanceof PyStr str)) {
                throw Exc.typeError(t, "intern() argument must be str, not " + o.typeName());
              }
              return PyStr.intern(str.value);
            });
    fn(
        m,
        ts,
        "exc_info",
        0,
        (PyBuiltin.F0)
            (t, s) -> {
              PyBaseException e = t.handled;
              if (e == null) {
                return PyTuple.of(t, PySingleton.NONE, PySingleton.NONE, PySingleton.NONE);
              }
              PyObject tb = e.traceback == null ? PySingleton.NONE : e.traceback;
              return PyTuple.of(t, e.type, e, tb);
            });
    fn(
        m,
        ts,
        "exception",
        0,
        (PyBuiltin.F0) (t, s) -> Ops.newRef(t, t.handled == null ? PySingleton.NONE : t.handled));
    return m;
  }

  /** {@code float_info}, {@code int_info}, {@code hash_info}: the values CPython 3.11 reports. */
  private static void numberInfo(ThreadState ts, PyModule m) {
    m.dict.putStringSteal(
        ts,
        "float_info",
        StructSeq.of(
            ts,
            StructSeq.FLOAT_INFO,
            PyFloat.of(ts, Double.MAX_VALUE),
            PyInt.of(ts, Double.MAX_EXPONENT + 1),
            PyInt.of(ts, 308),
            PyFloat.of(ts, Double.MIN_NORMAL),
            PyInt.of(ts, Double.MIN_EXPONENT + 1),
            PyInt.of(ts, -307),
            PyInt.of(ts, 15),
            PyInt.of(ts, 53),
            PyFloat.of(ts, Math.ulp(1.0)),
            PyInt.of(ts, 2),
            PyInt.of(ts, 1)));
    // Weft's ints are not made of 30-bit digits; these are CPython's figures, which programs
    // read for the str-conversion limit (Weft applies the same 4300-digit limit).
    m.dict.putStringSteal(
        ts,
        "int_info",
        StructSeq.of(
            ts,
            StructSeq.INT_INFO,
            PyInt.of(ts, 30),
            PyInt.of(ts, 4),
            PyInt.of(ts, 4300),
            PyInt.of(ts, 640)));
    m.dict.putStringSteal(
        ts,
        "hash_info",
        StructSeq.of(
            ts,
            StructSeq.HASH_INFO,
            PyInt.of(ts, 64),
            PyInt.of(ts, (1L << 61) - 1),
            PyInt.of(ts, 314159),
            PyInt.of(ts, 0),
            PyInt.of(ts, 1000003),
            PyStr.intern("siphash13"),
            PyInt.of(ts, 64),
            PyInt.of(ts, 128),
            PyInt.of(ts, 0)));
    m.dict.putStringSteal(ts, "maxunicode", PyInt.of(ts, Character.MAX_CODE_POINT));
    m.put(ts, "float_repr_style", PyStr.intern("short"));
    fn(m, ts, "getdefaultencoding", 0, (PyBuiltin.F0) (t, s) -> PyStr.intern("utf-8"));
  }

  private static void fn(PyModule m, ThreadState ts, String name, int minArgs, Object impl) {
    m.put(ts, name, PyBuiltin.function(name, minArgs, impl));
  }
}
