package dev.weft.runtime.modules;

import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.interpreter.Frame;
import dev.weft.runtime.interpreter.Functions;
import dev.weft.runtime.interpreter.Imports;
import dev.weft.runtime.objects.Abc;
import dev.weft.runtime.objects.ArgParser;
import dev.weft.runtime.objects.Arith;
import dev.weft.runtime.objects.BuiltinIterators;
import dev.weft.runtime.objects.Compare;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Formatting;
import dev.weft.runtime.objects.Iterators;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBool;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyBytes;
import dev.weft.runtime.objects.PyComplex;
import dev.weft.runtime.objects.PyDescriptors;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyException;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyRange;
import dev.weft.runtime.objects.PySet;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PySlice;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PySuper;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.objects.SequenceOps;
import dev.weft.runtime.threads.ThreadState;
import java.math.BigInteger;
import java.util.Map;
import java.util.WeakHashMap;

/** The {@code builtins} module. */
public final class Builtins {
  private Builtins() {}

  private static final Map<PyObject, Long> IDS = new WeakHashMap<>();

  /**
   * {@code len} and {@code isinstance}, one object for every runtime, so that the specialized calls
   * CALL_LEN and CALL_ISINSTANCE can recognise them by identity (as CPython's interpreter caches
   * them in {@code interp->callable_cache}).
   */
  public static final PyBuiltin LEN =
      PyBuiltin.function("len", 1, (PyBuiltin.F1) (t, s, o) -> PyInt.of(t, Ops.length(t, o)));

  public static final PyBuiltin ISINSTANCE =
      PyBuiltin.function(
          "isinstance", 2, (PyBuiltin.F2) (t, s, o, cls) -> PyBool.of(isInstance(t, o, cls)));
  private static long nextId = 0x7f0000001000L;

  public static PyModule create(ThreadState ts) {
    PyModule m = new PyModule(ts, "builtins");
    PyDict d = m.dict;
    d.putString(ts, "None", PySingleton.NONE);
    d.putString(ts, "True", PyBool.TRUE);
    d.putString(ts, "False", PyBool.FALSE);
    d.putString(ts, "Ellipsis", PySingleton.ELLIPSIS);
    d.putString(ts, "NotImplemented", PySingleton.NOT_IMPLEMENTED);
    d.putString(ts, "__debug__", PyBool.TRUE);
    PyType[] types = {
      PyType.OBJECT,
      PyType.TYPE,
      PyInt.TYPE,
      PyBool.TYPE,
      PyFloat.TYPE,
      PyComplex.TYPE,
      PyStr.TYPE,
      PyBytes.TYPE,
      PyTuple.TYPE,
      PyList.TYPE,
      PyDict.TYPE,
      PySet.SET_TYPE,
      PySet.FROZENSET_TYPE,
      PyRange.TYPE,
      PySlice.TYPE,
      PyDescriptors.PROPERTY,
      PyDescriptors.CLASSMETHOD,
      PyDescriptors.STATICMETHOD,
      PySuper.TYPE,
      BuiltinIterators.ENUMERATE,
      BuiltinIterators.ZIP,
      BuiltinIterators.MAP,
      BuiltinIterators.FILTER,
      BuiltinIterators.REVERSED
    };
    for (PyType t : types) {
      d.putString(ts, t.name, t);
    }
    for (PyType t : Exc.all()) {
      d.putString(ts, t.name, t);
    }
    d.putString(ts, "EnvironmentError", Exc.OSError);
    d.putString(ts, "IOError", Exc.OSError);
    d.putString(ts, "__build_class__", Functions.BUILD_CLASS);
    fn(d, ts, "print", 0, (PyBuiltin.FN) Builtins::print);
    d.putString(ts, "len", LEN);
    fn(d, ts, "repr", 1, (PyBuiltin.F1) (t, s, o) -> Ops.repr(t, o));
    fn(
        d,
        ts,
        "ascii",
        1,
        (PyBuiltin.F1) (t, s, o) -> PyStr.of(t, Formatting.ascii(Ops.reprString(t, o))));
    fn(d, ts, "abs", 1, (PyBuiltin.F1) Builtins::abs);
    fn(d, ts, "hash", 1, (PyBuiltin.F1) (t, s, o) -> PyInt.of(t, Ops.hash(t, o)));
    fn(d, ts, "id", 1, (PyBuiltin.F1) (t, s, o) -> PyInt.of(t, id(o)));
    fn(d, ts, "callable", 1, (PyBuiltin.F1) (t, s, o) -> PyBool.of(isCallable(o)));
    fn(d, ts, "chr", 1, (PyBuiltin.F1) Builtins::chr);
    fn(d, ts, "ord", 1, (PyBuiltin.F1) Builtins::ord);
    fn(d, ts, "bin", 1, (PyBuiltin.F1) (t, s, o) -> radix(t, o, 2, "0b"));
    fn(d, ts, "oct", 1, (PyBuiltin.F1) (t, s, o) -> radix(t, o, 8, "0o"));
    fn(d, ts, "hex", 1, (PyBuiltin.F1) (t, s, o) -> radix(t, o, 16, "0x"));
    fn(d, ts, "divmod", 2, (PyBuiltin.F2) Builtins::divmod);
    fn(d, ts, "pow", 2, (PyBuiltin.FN) Builtins::pow);
    fn(d, ts, "round", 1, (PyBuiltin.FN) Builtins::round);
    fn(
        d,
        ts,
        "format",
        1,
        (PyBuiltin.F2)
            (t, s, v, spec) ->
                Formatting.format(
                    t,
                    v,
                    spec == null
                        ? PyStr.EMPTY
                        : (PyStr) requireStr(t, spec, "format() argument 2")));
    d.putString(ts, "isinstance", ISINSTANCE);
    fn(d, ts, "issubclass", 2, (PyBuiltin.F2) (t, s, c, cls) -> PyBool.of(isSubclass(t, c, cls)));
    fn(d, ts, "getattr", 2, (PyBuiltin.F3) Builtins::getattr);
    fn(
        d,
        ts,
        "setattr",
        3,
        (PyBuiltin.F3)
            (t, s, o, name, v) -> {
              Ops.setattr(t, o, attrName(t, name, "setattr"), v);
              return PySingleton.NONE;
            });
    fn(
        d,
        ts,
        "delattr",
        2,
        (PyBuiltin.F2)
            (t, s, o, name) -> {
              Ops.delattr(t, o, attrName(t, name, "delattr"));
              return PySingleton.NONE;
            });
    fn(
        d,
        ts,
        "hasattr",
        2,
        (PyBuiltin.F2)
            (t, s, o, name) -> {
              PyObject v = Ops.getattrOrNull(t, o, attrName(t, name, "hasattr"));
              Ops.xdecref(t, v);
              return PyBool.of(v != null);
            });
    fn(
        d,
        ts,
        "iter",
        1,
        (PyBuiltin.F2)
            (t, s, o, sentinel) -> {
              if (sentinel == null) {
                return Ops.iter(t, o);
              }
              if (!isCallable(o)) {
                throw Exc.typeError(t, "iter(v, w): v must be callable");
              }
              return new Iterators.CallableIter(t, o, sentinel);
            });
    fn(d, ts, "next", 1, (PyBuiltin.F2) Builtins::next);
    fn(d, ts, "sum", 1, (PyBuiltin.FN) Builtins::sum);
    fn(
        d,
        ts,
        "min",
        0,
        (PyBuiltin.FN) (t, s, args, off, n, kw) -> minMax(t, args, off, n, kw, "min", Compare.LT));
    fn(
        d,
        ts,
        "max",
        0,
        (PyBuiltin.FN) (t, s, args, off, n, kw) -> minMax(t, args, off, n, kw, "max", Compare.GT));
    fn(d, ts, "all", 1, (PyBuiltin.F1) (t, s, o) -> PyBool.of(allAny(t, o, true)));
    fn(d, ts, "any", 1, (PyBuiltin.F1) (t, s, o) -> PyBool.of(allAny(t, o, false)));
    fn(d, ts, "sorted", 1, (PyBuiltin.FN) Builtins::sorted);
    fn(d, ts, "dir", 0, (PyBuiltin.F1) (t, s, o) -> o == null ? localsKeys(t) : dir(t, o));
    fn(d, ts, "globals", 0, (PyBuiltin.F0) (t, s) -> Ops.newRef(t, t.frame.globals));
    fn(d, ts, "locals", 0, (PyBuiltin.F0) (t, s) -> locals(t));
    fn(
        d,
        ts,
        "vars",
        0,
        (PyBuiltin.F1)
            (t, s, o) -> {
              if (o == null) {
                return locals(t);
              }
              PyObject v = Ops.getattrOrNull(t, o, PyStr.intern("__dict__"));
              if (v == null) {
                throw Exc.typeError(t, "vars() argument must have __dict__ attribute");
              }
              return v;
            });
    fn(
        d,
        ts,
        "__import__",
        1,
        (PyBuiltin.FN)
            (t, s, args, off, n, kw) -> {
              ArgParser p =
                  new ArgParser(
                      t,
                      "__import__",
                      args,
                      off,
                      n,
                      kw,
                      "name",
                      "globals",
                      "locals",
                      "fromlist",
                      "level");
              String name = ((PyStr) requireStr(t, p.get(0), "__import__() argument 1")).value;
              PyModule module = Imports.importModule(t, name);
              // Without a fromlist, `import a.b` binds a: the top-level package is the result.
              if (name.contains(".") && !(p.has(3) && Ops.isTrue(t, p.get(3)))) {
                Ops.decref(t, module);
                return Imports.importModule(t, name.substring(0, name.indexOf('.')));
              }
              return module;
            });
    fn(
        d,
        ts,
        "exec",
        1,
        (PyBuiltin.FN)
            (t, s, args, off, n, kw) -> {
              throw Exc.raise(t, Exc.NotImplementedError, "exec() is not supported yet");
            });
    fn(
        d,
        ts,
        "eval",
        1,
        (PyBuiltin.FN)
            (t, s, args, off, n, kw) -> {
              throw Exc.raise(t, Exc.NotImplementedError, "eval() is not supported yet");
            });
    fn(d, ts, "open", 1, (PyBuiltin.FN) OpenFunction::open);
    fn(d, ts, "input", 0, (PyBuiltin.F1) Builtins::input);
    return m;
  }

  /** {@code input([prompt])}: the prompt goes to sys.stdout, the line comes from sys.stdin. */
  private static PyObject input(ThreadState ts, PyObject self, PyObject prompt) {
    PyObject stdin = ts.runtime.sys.dict.getString("stdin");
    PyObject stdout = ts.runtime.sys.dict.getString("stdout");
    if (prompt != null) {
      PyStr text = Ops.str(ts, prompt);
      try {
        Ops.decref(ts, Ops.callMethod(ts, stdout, "write", text));
      } finally {
        Ops.decref(ts, text);
      }
    }
    Ops.decref(ts, Ops.callMethod(ts, stdout, "flush"));
    if (stdin instanceof TextStream stream) {
      return PyStr.of(ts, TextStream.inputLine(ts, stream));
    }
    PyObject line = Ops.callMethod(ts, stdin, "readline");
    try {
      if (!(line instanceof PyStr s)) {
        throw Exc.typeError(ts, "object.readline() returned non-string");
      }
      if (s.value.isEmpty()) {
        throw Exc.raise(ts, Exc.EOFError, "EOF when reading a line");
      }
      String v = s.value.endsWith("\n") ? s.value.substring(0, s.value.length() - 1) : s.value;
      return PyStr.of(ts, v);
    } finally {
      Ops.decref(ts, line);
    }
  }

  private static void fn(PyDict d, ThreadState ts, String name, int minArgs, Object impl) {
    d.putString(ts, name, PyBuiltin.function(name, minArgs, impl));
  }

  static long id(PyObject o) {
    synchronized (IDS) {
      return IDS.computeIfAbsent(o, k -> nextId += 16);
    }
  }

  public static boolean isCallable(PyObject o) {
    return o instanceof PyType
        || o instanceof dev.weft.runtime.objects.PyFunction
        || o instanceof PyBuiltin
        || o instanceof dev.weft.runtime.objects.PyMethod
        || o.type.lookup("__call__") != null;
  }

  private static PyObject requireStr(ThreadState ts, PyObject o, String what) {
    if (!(o instanceof PyStr)) {
      throw Exc.typeError(ts, what + " must be str, not " + o.typeName());
    }
    return o;
  }

  private static PyStr attrName(ThreadState ts, PyObject name, String fn) {
    if (!(name instanceof PyStr s)) {
      throw Exc.typeError(ts, "attribute name must be string, not '" + name.typeName() + "'");
    }
    return s;
  }

  private static PyObject print(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    int nkw = kw == null ? 0 : kw.items.length;
    int npos = n - nkw;
    String sep = " ", end = "\n";
    PyObject file = null;
    boolean flush = false;
    for (int k = 0; k < nkw; k++) {
      String name = ((PyStr) kw.items[k]).value;
      PyObject v = args[off + npos + k];
      switch (name) {
        case "sep" ->
            sep = v == PySingleton.NONE ? " " : ((PyStr) requireStrArg(ts, v, "sep")).value;
        case "end" ->
            end = v == PySingleton.NONE ? "\n" : ((PyStr) requireStrArg(ts, v, "end")).value;
        case "file" -> file = v == PySingleton.NONE ? null : v;
        case "flush" -> flush = Ops.isTrue(ts, v);
        default ->
            throw Exc.typeError(ts, "'" + name + "' is an invalid keyword argument for print()");
      }
    }
    if (file == null) {
      file = ts.runtime.sys.dict.getString("stdout");
    }
    if (file instanceof TextStream stream) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < npos; i++) {
        if (i > 0) {
          sb.append(sep);
        }
        sb.append(Ops.strString(ts, args[off + i]));
      }
      sb.append(end);
      if (stream.out == ts.runtime.stderr) {
        ts.runtime.stdout.flush();
      }
      stream.out.print(sb);
      if (flush) {
        stream.out.flush();
      }
      return PySingleton.NONE;
    }
    for (int i = 0; i < npos; i++) {
      if (i > 0) {
        Ops.decref(ts, Ops.callMethod(ts, file, "write", PyStr.of(ts, sep)));
      }
      PyStr s = Ops.str(ts, args[off + i]);
      try {
        Ops.decref(ts, Ops.callMethod(ts, file, "write", s));
      } finally {
        Ops.decref(ts, s);
      }
    }
    PyStr e = PyStr.of(ts, end);
    try {
      Ops.decref(ts, Ops.callMethod(ts, file, "write", e));
    } finally {
      Ops.decref(ts, e);
    }
    return PySingleton.NONE;
  }

  private static PyObject requireStrArg(ThreadState ts, PyObject v, String name) {
    if (!(v instanceof PyStr)) {
      throw Exc.typeError(ts, name + " must be None or a string, not " + v.typeName());
    }
    return v;
  }

  private static PyObject abs(ThreadState ts, PyObject self, PyObject o) {
    PyObject m = o.type.lookup("__abs__");
    if (m == null) {
      throw Exc.typeError(ts, "bad operand type for abs(): '" + o.typeName() + "'");
    }
    return Calls.callMethod(ts, m, o);
  }

  private static PyObject chr(ThreadState ts, PyObject self, PyObject o) {
    if (!(o instanceof PyInt)) {
      throw Exc.typeError(ts, "'" + o.typeName() + "' object cannot be interpreted as an integer");
    }
    long c = Ops.indexClamped(ts, o);
    if (c < 0 || c > 0x10FFFF) {
      throw Exc.valueError(ts, "chr() arg not in range(0x110000)");
    }
    return PyStr.ofChar(ts, (int) c);
  }

  private static PyObject ord(ThreadState ts, PyObject self, PyObject o) {
    if (o instanceof PyStr s) {
      if (s.length() != 1) {
        throw Exc.typeError(
            ts, "ord() expected a character, but string of length " + s.length() + " found");
      }
      return PyInt.of(ts, s.codePointAt(0));
    }
    if (o instanceof PyBytes b) {
      if (b.value.length != 1) {
        throw Exc.typeError(
            ts, "ord() expected a character, but string of length " + b.value.length + " found");
      }
      return PyInt.of(ts, b.value[0] & 0xFF);
    }
    throw Exc.typeError(ts, "ord() expected string of length 1, but " + o.typeName() + " found");
  }

  private static PyObject radix(ThreadState ts, PyObject o, int radix, String prefix) {
    PyInt i = Ops.indexInt(ts, o);
    BigInteger v = i.bigValue();
    Ops.decref(ts, i);
    String digits = v.abs().toString(radix);
    return PyStr.of(ts, (v.signum() < 0 ? "-" : "") + prefix + digits);
  }

  private static PyObject divmod(ThreadState ts, PyObject self, PyObject a, PyObject b) {
    PyObject m = a.type.lookup("__divmod__");
    if (m != null) {
      PyObject r = Calls.callMethod(ts, m, a, b);
      if (r != PySingleton.NOT_IMPLEMENTED) {
        return r;
      }
    }
    PyObject rm = b.type.lookup("__rdivmod__");
    if (rm != null && a.type != b.type) {
      PyObject r = Calls.callMethod(ts, rm, b, a);
      if (r != PySingleton.NOT_IMPLEMENTED) {
        return r;
      }
    }
    throw Exc.typeError(
        ts,
        "unsupported operand type(s) for divmod(): '"
            + a.typeName()
            + "' and '"
            + b.typeName()
            + "'");
  }

  private static PyObject pow(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    ArgParser p = new ArgParser(ts, "pow", args, off, n, kw, "base", "exp", "mod");
    if (!p.has(0) || !p.has(1)) {
      throw Exc.typeError(
          ts,
          "pow() missing required argument '"
              + (p.has(0) ? "exp" : "base")
              + "' (pos "
              + (p.has(0) ? 2 : 1)
              + ")");
    }
    PyObject mod = p.get(2, PySingleton.NONE);
    if (mod == PySingleton.NONE) {
      return Arith.binary(ts, p.get(0), p.get(1), Arith.POW);
    }
    if (p.get(0) instanceof PyInt a && p.get(1) instanceof PyInt b && mod instanceof PyInt m) {
      return Arith.intPowMod(ts, a, b, m);
    }
    PyObject pm = p.get(0).type.lookup("__pow__");
    if (pm != null && p.get(0).type.isHeap()) {
      return Calls.callMethod(ts, pm, p.get(0), p.get(1), mod);
    }
    throw Exc.typeError(ts, "pow() 3rd argument not allowed unless all arguments are integers");
  }

  private static PyObject round(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    ArgParser p = new ArgParser(ts, "round", args, off, n, kw, "number", "ndigits");
    PyObject x = p.get(0);
    if (x == null) {
      throw Exc.typeError(ts, "round() missing required argument 'number' (pos 1)");
    }
    PyObject m = x.type.lookup("__round__");
    if (m == null) {
      throw Exc.typeError(ts, "type " + x.typeName() + " doesn't define __round__ method");
    }
    PyObject nd = p.get(1, PySingleton.NONE);
    return nd == PySingleton.NONE ? Calls.callMethod(ts, m, x) : Calls.callMethod(ts, m, x, nd);
  }

  /**
   * {@code isinstance(o, cls)}: the exact type first, then a class whose metaclass is {@code type}
   * by its MRO, a tuple item by item, and anything else through {@code type(cls).__instancecheck__}
   * (ABCs, generic aliases, unions).
   */
  public static boolean isInstance(ThreadState ts, PyObject o, PyObject cls) {
    if (o.type == cls) {
      return true;
    }
    if (cls instanceof PyType t) {
      if (t.type == PyType.TYPE) {
        return o.type.isSubtypeOf(t);
      }
      if (t.type == Abc.ABCMETA) {
        return Abc.instanceCheck(ts, t, o);
      }
    }
    if (cls instanceof PyTuple tuple) {
      for (PyObject c : tuple.items) {
        if (isInstance(ts, o, c)) {
          return true;
        }
      }
      return false;
    }
    PyObject check = cls.type.lookup("__instancecheck__");
    if (check != null) {
      PyObject r = Calls.callMethod(ts, check, cls, o);
      try {
        return Ops.isTrue(ts, r);
      } finally {
        Ops.decref(ts, r);
      }
    }
    throw Exc.typeError(ts, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  }

  /** {@code issubclass(c, cls)}, with the same dispatch as {@link #isInstance}. */
  public static boolean isSubclass(ThreadState ts, PyObject c, PyObject cls) {
    if (cls instanceof PyType t && t.type == PyType.TYPE) {
      if (!(c instanceof PyType ct)) {
        throw Exc.typeError(ts, "issubclass() arg 1 must be a class");
      }
      return ct.isSubtypeOf(t);
    }
    if (cls instanceof PyTuple tuple) {
      for (PyObject x : tuple.items) {
        if (isSubclass(ts, c, x)) {
          return true;
        }
      }
      return false;
    }
    PyObject check = cls.type.lookup("__subclasscheck__");
    if (check != null) {
      PyObject r = Calls.callMethod(ts, check, cls, c);
      try {
        return Ops.isTrue(ts, r);
      } finally {
        Ops.decref(ts, r);
      }
    }
    throw Exc.typeError(ts, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  }

  private static PyObject getattr(
      ThreadState ts, PyObject self, PyObject o, PyObject name, PyObject dflt) {
    PyStr s = attrName(ts, name, "getattr");
    if (dflt == null) {
      return Ops.getattr(ts, o, s);
    }
    PyObject v = Ops.getattrOrNull(ts, o, s);
    return v != null ? v : Ops.newRef(ts, dflt);
  }

  private static PyObject sum(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    ArgParser p = new ArgParser(ts, "sum", args, off, n, kw, "iterable", "start");
    PyObject start = p.get(1, PyInt.ZERO);
    if (start instanceof PyStr) {
      throw Exc.typeError(ts, "sum() can't sum strings [use ''.join(seq) instead]");
    }
    if (start instanceof PyBytes) {
      throw Exc.typeError(ts, "sum() can't sum bytes [use b''.join(seq) instead]");
    }
    PyObject total = Ops.newRef(ts, start);
    PyObject it = Ops.iter(ts, p.get(0));
    try {
      PyObject x;
      while ((x = Ops.next(ts, it)) != null) {
        // CPython 3.11 adds floats plainly (3.12 made float sums compensated).
        PyObject next;
        try {
          next = Arith.binary(ts, total, x, Arith.ADD);
        } finally {
          Ops.decref(ts, x);
        }
        Ops.decref(ts, total);
        total = next;
      }
    } catch (RuntimeException e) {
      Ops.decref(ts, total);
      throw e;
    } finally {
      Ops.decref(ts, it);
    }
    return total;
  }

  private static PyObject minMax(
      ThreadState ts, PyObject[] args, int off, int n, PyTuple kw, String name, int op) {
    int nkw = kw == null ? 0 : kw.items.length;
    int npos = n - nkw;
    PyObject key = null, dflt = null;
    for (int k = 0; k < nkw; k++) {
      String kn = ((PyStr) kw.items[k]).value;
      PyObject v = args[off + npos + k];
      if (kn.equals("key")) {
        key = v == PySingleton.NONE ? null : v;
      } else if (kn.equals("default")) {
        dflt = v;
      } else {
        throw Exc.typeError(ts, "'" + kn + "' is an invalid keyword argument for " + name + "()");
      }
    }
    if (npos == 0) {
      throw Exc.typeError(ts, name + " expected at least 1 argument, got 0");
    }
    PyObject source;
    if (npos == 1) {
      source = Ops.iter(ts, args[off]);
    } else {
      if (dflt != null) {
        throw Exc.typeError(
            ts, "Cannot specify a default for " + name + "() with multiple positional arguments");
      }
      PyTuple tuple = PyTuple.copyOf(ts, args, off, npos);
      source = Ops.iter(ts, tuple);
      Ops.decref(ts, tuple);
    }
    PyObject best = null, bestKey = null;
    try {
      PyObject x;
      while ((x = Ops.next(ts, source)) != null) {
        PyObject k = key == null ? Ops.newRef(ts, x) : Ops.call1(ts, key, x);
        boolean better;
        try {
          better = best == null || truth(ts, Compare.richCompare(ts, k, bestKey, op));
        } catch (RuntimeException e) {
          Ops.decref(ts, k);
          Ops.decref(ts, x);
          throw e;
        }
        if (better) {
          Ops.xdecref(ts, best);
          Ops.xdecref(ts, bestKey);
          best = x;
          bestKey = k;
        } else {
          Ops.decref(ts, x);
          Ops.decref(ts, k);
        }
      }
    } catch (RuntimeException e) {
      Ops.xdecref(ts, best);
      Ops.xdecref(ts, bestKey);
      throw e;
    } finally {
      Ops.decref(ts, source);
    }
    Ops.xdecref(ts, bestKey);
    if (best == null) {
      if (dflt != null) {
        return Ops.newRef(ts, dflt);
      }
      throw Exc.valueError(ts, name + "() arg is an empty sequence");
    }
    return best;
  }

  private static boolean truth(ThreadState ts, PyObject r) {
    try {
      return Ops.isTrue(ts, r);
    } finally {
      Ops.decref(ts, r);
    }
  }

  private static boolean allAny(ThreadState ts, PyObject o, boolean all) {
    PyObject it = Ops.iter(ts, o);
    try {
      PyObject x;
      while ((x = Ops.next(ts, it)) != null) {
        boolean t;
        try {
          t = Ops.isTrue(ts, x);
        } finally {
          Ops.decref(ts, x);
        }
        if (t != all) {
          return !all;
        }
      }
      return all;
    } finally {
      Ops.decref(ts, it);
    }
  }

  private static PyObject sorted(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    int nkw = kw == null ? 0 : kw.items.length;
    if (n - nkw != 1) {
      throw Exc.typeError(
          ts,
          n - nkw == 0
              ? "sorted expected 1 argument, got 0"
              : "sorted expected 1 argument, got " + (n - nkw));
    }
    PyList list = SequenceOps.toList(ts, args[off]);
    try {
      PyObject sort = PyList.TYPE.dict.getString("sort");
      PyObject[] call = new PyObject[1 + nkw];
      call[0] = list;
      System.arraycopy(args, off + 1, call, 1, nkw);
      Ops.decref(ts, Calls.call(ts, sort, call, 0, 1 + nkw, kw));
    } catch (RuntimeException e) {
      Ops.decref(ts, list);
      throw e;
    }
    return list;
  }

  /** {@code locals()}: the namespace of a module or class body, or a snapshot of a function's. */
  static PyObject locals(ThreadState ts) {
    Frame f = ts.frame;
    if (f.locals != null) {
      return Ops.newRef(ts, f.locals);
    }
    PyDict d = new PyDict(ts);
    for (int i = 0; i < f.code.localsPlusCount; i++) {
      PyObject v = f.slots[i];
      if (v instanceof dev.weft.runtime.objects.PyCell c
          && (f.code.localsPlusKinds[i]
                  & (dev.weft.runtime.bytecode.CodeObject.CELL
                      | dev.weft.runtime.bytecode.CodeObject.FREE))
              != 0) {
        v = c.value;
      }
      if (v != null) {
        d.put(ts, f.code.localsPlusNames[i], v);
      }
    }
    return d;
  }

  private static PyObject localsKeys(ThreadState ts) {
    PyObject l = locals(ts);
    try {
      PyList keys = SequenceOps.toList(ts, l);
      Ops.decref(
          ts,
          Calls.call(ts, PyList.TYPE.dict.getString("sort"), new PyObject[] {keys}, 0, 1, null));
      return keys;
    } finally {
      Ops.decref(ts, l);
    }
  }

  /** {@code dir(o)}: {@code type(o).__dir__(o)}, sorted into a list. */
  private static PyObject dir(ThreadState ts, PyObject o) {
    PyObject names = Calls.callMethod(ts, o.type.lookup("__dir__"), o);
    try {
      PyList list = SequenceOps.toList(ts, names);
      Ops.decref(
          ts,
          Calls.call(ts, PyList.TYPE.dict.getString("sort"), new PyObject[] {list}, 0, 1, null));
      return list;
    } finally {
      Ops.decref(ts, names);
    }
  }

  /** {@code next(it[, default])}: a generator's StopIteration keeps its return value. */
  private static PyObject next(ThreadState ts, PyObject self, PyObject it, PyObject dflt) {
    PyObject v;
    try {
      if (it instanceof dev.weft.runtime.objects.PyIter i
          && !(it instanceof dev.weft.runtime.objects.PyGenerator)) {
        v = i.next(ts);
        if (v == null) {
          throw Exc.stopIteration(ts, PySingleton.NONE);
        }
        return v;
      }
      PyObject m = it.type.lookup("__next__");
      if (m == null) {
        throw Exc.typeError(ts, "'" + it.typeName() + "' object is not an iterator");
      }
      return Calls.callMethod(ts, m, it);
    } catch (PyException e) {
      if (dflt == null || !e.matches(Exc.StopIteration)) {
        throw e;
      }
      Ops.decref(ts, e.value);
      return Ops.newRef(ts, dflt);
    }
  }
}
