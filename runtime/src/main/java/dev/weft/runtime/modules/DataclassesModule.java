package dev.weft.runtime.modules;

import dev.weft.runtime.compiler.FrontEnd;
import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.objects.ClassBuilder;
import dev.weft.runtime.objects.DataclassObjects;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBool;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code dataclasses}, as CPython 3.11 defines it: {@code dataclass} (with all its keyword
 * arguments; {@link DataclassProcess} decorates the class, {@link DataclassMethods} are the methods
 * it adds), {@code field}, {@code Field}, {@code fields}, {@code asdict}, {@code astuple}, {@code
 * replace}, {@code is_dataclass}, {@code make_dataclass}, {@code InitVar}, {@code KW_ONLY}, {@code
 * MISSING} and {@code FrozenInstanceError}. Not provided: {@code abc.update_abstractmethods} on the
 * decorated class (Weft has no {@code abc} yet) and {@code Field.__class_getitem__} (no generic
 * aliases yet).
 */
final class DataclassesModule {
  private DataclassesModule() {}

  /** What the module's functions share: the module and its {@code FrozenInstanceError} class. */
  record State(PyModule module, PyType frozenError) {}

  private static final PythonParameters DATACLASS =
      new PythonParameters(
          "dataclass",
          1,
          1,
          0,
          false,
          "cls",
          "init",
          "repr",
          "eq",
          "order",
          "unsafe_hash",
          "frozen",
          "match_args",
          "kw_only",
          "slots",
          "weakref_slot");

  /** The flags' defaults, in the order of {@link #DATACLASS}'s names after {@code cls}. */
  private static final boolean[] FLAG_DEFAULTS = {
    true, true, true, false, false, false, true, false, false, false
  };

  private static final PythonParameters FIELD =
      new PythonParameters(
          "field",
          0,
          0,
          0,
          false,
          "default",
          "default_factory",
          "init",
          "repr",
          "hash",
          "compare",
          "metadata",
          "kw_only");

  private static final PythonParameters FIELDS =
      new PythonParameters("fields", 0, 1, 1, false, "class_or_instance");
  private static final PythonParameters ASDICT =
      new PythonParameters("asdict", 0, 1, 1, false, "obj", "dict_factory");
  private static final PythonParameters ASTUPLE =
      new PythonParameters("astuple", 0, 1, 1, false, "obj", "tuple_factory");
  private static final PythonParameters REPLACE =
      new PythonParameters("replace", 1, 1, 1, true, "obj");
  private static final PythonParameters IS_DATACLASS =
      new PythonParameters("is_dataclass", 0, 1, 1, false, "obj");

  private static final PythonParameters MAKE_DATACLASS =
      new PythonParameters(
          "make_dataclass",
          0,
          2,
          2,
          false,
          "cls_name",
          "fields",
          "bases",
          "namespace",
          "init",
          "repr",
          "eq",
          "order",
          "unsafe_hash",
          "frozen",
          "match_args",
          "kw_only",
          "slots",
          "weakref_slot");

  static PyModule create(ThreadState ts) {
    PyModule m = new PyModule(ts, "dataclasses");
    PyType frozenError = frozenInstanceError(ts);
    State st = new State(m, frozenError);
    m.put(ts, "FrozenInstanceError", frozenError);
    Ops.decref(ts, frozenError);
    fn(m, ts, "dataclass", (PyBuiltin.FN) (t, s, a, off, n, kw) -> dataclass(t, st, a, off, n, kw));
    fn(m, ts, "field", (PyBuiltin.FN) DataclassesModule::field);
    fn(
        m,
        ts,
        "fields",
        (PyBuiltin.FN)
            (t, s, a, off, n, kw) ->
                DataclassConversions.fields(t, FIELDS.bind(t, a, off, n, kw, null)[0]));
    fn(m, ts, "asdict", (PyBuiltin.FN) (t, s, a, off, n, kw) -> convert(t, a, off, n, kw, true));
    fn(m, ts, "astuple", (PyBuiltin.FN) (t, s, a, off, n, kw) -> convert(t, a, off, n, kw, false));
    fn(m, ts, "replace", (PyBuiltin.FN) DataclassesModule::replace);
    fn(
        m,
        ts,
        "is_dataclass",
        (PyBuiltin.FN)
            (t, s, a, off, n, kw) ->
                PyBool.of(
                    DataclassConversions.isDataclass(
                        t, IS_DATACLASS.bind(t, a, off, n, kw, null)[0])));
    fn(
        m,
        ts,
        "make_dataclass",
        (PyBuiltin.FN) (t, s, a, off, n, kw) -> makeDataclass(t, st, a, off, n, kw));
    m.put(ts, "Field", DataclassObjects.FIELD);
    m.put(ts, "InitVar", DataclassObjects.INIT_VAR);
    m.put(ts, "MISSING", DataclassObjects.MISSING);
    m.put(ts, "KW_ONLY", DataclassObjects.KW_ONLY);
    m.put(ts, "_MISSING_TYPE", DataclassObjects.MISSING_TYPE);
    m.put(ts, "_KW_ONLY_TYPE", DataclassObjects.KW_ONLY_TYPE);
    m.put(ts, "_HAS_DEFAULT_FACTORY", DataclassObjects.HAS_DEFAULT_FACTORY);
    m.put(ts, "_FIELD", DataclassObjects.FIELD_KIND);
    m.put(ts, "_FIELD_CLASSVAR", DataclassObjects.CLASSVAR_KIND);
    m.put(ts, "_FIELD_INITVAR", DataclassObjects.INITVAR_KIND);
    m.put(ts, "_DataclassParams", DataclassObjects.PARAMS);
    m.put(ts, "_FIELDS", PyStr.intern("__dataclass_fields__"));
    m.put(ts, "_PARAMS", PyStr.intern("__dataclass_params__"));
    m.put(ts, "_POST_INIT_NAME", PyStr.intern("__post_init__"));
    return m;
  }

  /** {@code class FrozenInstanceError(AttributeError): pass}, in this module. */
  private static PyType frozenInstanceError(ThreadState ts) {
    PyDict ns = new PyDict(ts);
    try {
      ns.putString(ts, "__module__", PyStr.intern("dataclasses"));
      ns.putString(ts, "__qualname__", PyStr.intern("FrozenInstanceError"));
      return ClassBuilder.create(
          ts, "FrozenInstanceError", new PyType[] {Exc.AttributeError}, ns, null);
    } finally {
      Ops.decref(ts, ns);
    }
  }

  private static void fn(PyModule m, ThreadState ts, String name, Object impl) {
    m.put(ts, name, PyBuiltin.function(name, 0, impl));
  }

  // --- dataclass ---

  /** {@code dataclass(cls=None, /, *, init=True, ...)}: decorates cls, or returns the decorator. */
  private static PyObject dataclass(
      ThreadState ts, State st, PyObject[] a, int off, int n, PyTuple kw) {
    PyObject[] bound = DATACLASS.bind(ts, a, off, n, kw, null);
    boolean[] flags = flags(ts, bound, 1, FLAG_DEFAULTS);
    DataclassProcess.Options o = options(flags);
    PyObject cls = bound[0];
    if (cls == null || cls == PySingleton.NONE) {
      return PyBuiltin.function(
          "wrap",
          1,
          (PyBuiltin.F1) (t, self, target) -> DataclassProcess.process(t, st, target, o));
    }
    return DataclassProcess.process(ts, st, cls, o);
  }

  /** The truth of each flag argument from {@code bound[from]} on, or its default. */
  private static boolean[] flags(ThreadState ts, PyObject[] bound, int from, boolean[] defaults) {
    boolean[] out = new boolean[defaults.length];
    for (int i = 0; i < defaults.length; i++) {
      PyObject v = bound[from + i];
      out[i] = v == null ? defaults[i] : Ops.isTrue(ts, v);
    }
    return out;
  }

  private static DataclassProcess.Options options(boolean[] f) {
    return new DataclassProcess.Options(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]);
  }

  // --- field ---

  private static PyObject field(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    PyObject[] b = FIELD.bind(ts, a, off, n, kw, null);
    PyObject missing = DataclassObjects.MISSING;
    PyObject dflt = or(b[0], missing), factory = or(b[1], missing);
    if (dflt != missing && factory != missing) {
      throw Exc.valueError(ts, "cannot specify both default and default_factory");
    }
    return DataclassObjects.newField(
        ts,
        dflt,
        factory,
        or(b[2], PyBool.TRUE),
        or(b[3], PyBool.TRUE),
        or(b[4], PySingleton.NONE),
        or(b[5], PyBool.TRUE),
        or(b[6], PySingleton.NONE),
        or(b[7], missing));
  }

  private static PyObject or(PyObject given, PyObject dflt) {
    return given != null ? given : dflt;
  }

  // --- asdict, astuple, replace ---

  private static PyObject convert(
      ThreadState ts, PyObject[] a, int off, int n, PyTuple kw, boolean asDict) {
    PyObject[] b = (asDict ? ASDICT : ASTUPLE).bind(ts, a, off, n, kw, null);
    PyObject factory = or(b[1], asDict ? PyDict.TYPE : PyTuple.TYPE);
    return DataclassConversions.convert(ts, b[0], factory, asDict);
  }

  private static PyObject replace(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    List<PyObject[]> changes = new ArrayList<>();
    PyObject obj = REPLACE.bind(ts, a, off, n, kw, changes)[0];
    return DataclassConversions.replace(ts, obj, changes);
  }

  // --- make_dataclass ---

  /**
   * {@code make_dataclass(cls_name, fields, *, bases=(), namespace=None, ...)}: a class made as
   * {@code types.new_class} makes it (so its {@code __module__} is {@code 'types'}, as in 3.11),
   * with the fields as annotations and their specs as defaults, then decorated.
   */
  private static PyObject makeDataclass(
      ThreadState ts, State st, PyObject[] a, int off, int n, PyTuple kw) {
    PyObject[] b = MAKE_DATACLASS.bind(ts, a, off, n, kw, null);
    boolean[] flags = flags(ts, b, 4, FLAG_DEFAULTS);
    PyDict annotations = new PyDict(ts);
    PyDict defaults = new PyDict(ts);
    PyDict ns = new PyDict(ts);
    try {
      Set<String> seen = new HashSet<>();
      PyObject it = Ops.iter(ts, b[1]);
      try {
        PyObject item;
        while ((item = Ops.next(ts, it)) != null) {
          try {
            addField(ts, item, seen, annotations, defaults);
          } finally {
            Ops.decref(ts, item);
          }
        }
      } finally {
        Ops.decref(ts, it);
      }
      ns.putString(ts, "__module__", PyStr.intern("types"));
      if (b[3] != null && b[3] != PySingleton.NONE) {
        Ops.decref(ts, Ops.callMethod(ts, ns, "update", b[3]));
      }
      Ops.decref(ts, Ops.callMethod(ts, ns, "update", defaults));
      ns.putString(ts, "__annotations__", annotations);
      PyObject bases = b[2] == null ? PyTuple.EMPTY : b[2];
      PyObject cls = Calls.call(ts, PyType.TYPE, new PyObject[] {b[0], bases, ns}, 0, 3, null);
      try {
        return DataclassProcess.process(ts, st, cls, options(flags));
      } finally {
        Ops.decref(ts, cls);
      }
    } finally {
      Ops.decref(ts, ns);
      Ops.decref(ts, defaults);
      Ops.decref(ts, annotations);
    }
  }

  /** One item of make_dataclass's fields: a name, (name, type) or (name, type, spec). */
  private static void addField(
      ThreadState ts, PyObject item, Set<String> seen, PyDict annotations, PyDict defaults) {
    PyObject name, type;
    if (item instanceof PyStr) {
      name = item;
      type = PyStr.intern("typing.Any");
    } else {
      long len = Ops.length(ts, item);
      if (len != 2 && len != 3) {
        throw Exc.typeError(ts, "Invalid field: " + Ops.reprString(ts, item));
      }
      PyObject[] parts = new PyObject[(int) len];
      for (int i = 0; i < len; i++) {
        PyObject index = PyInt.of(ts, i);
        try {
          parts[i] = Ops.getitem(ts, item, index);
        } finally {
          Ops.decref(ts, index);
        }
      }
      try {
        name = parts[0];
        type = parts[1];
        check(ts, name, seen);
        if (len == 3) {
          defaults.put(ts, name, parts[2]);
        }
        annotations.put(ts, name, type);
      } finally {
        for (PyObject p : parts) {
          Ops.decref(ts, p);
        }
      }
      return;
    }
    check(ts, name, seen);
    annotations.put(ts, name, type);
  }

  private static void check(ThreadState ts, PyObject name, Set<String> seen) {
    if (!(name instanceof PyStr s) || !isIdentifier(ts, s)) {
      throw Exc.typeError(ts, "Field names must be valid identifiers: " + Ops.reprString(ts, name));
    }
    if (FrontEnd.isKeyword(s.value)) {
      throw Exc.typeError(ts, "Field names must not be keywords: " + Ops.reprString(ts, name));
    }
    if (!seen.add(s.value)) {
      throw Exc.typeError(ts, "Field name duplicated: " + Ops.reprString(ts, name));
    }
  }

  private static boolean isIdentifier(ThreadState ts, PyStr s) {
    PyObject r = Ops.callMethod(ts, s, "isidentifier");
    Ops.decref(ts, r);
    return r == PyBool.TRUE;
  }
}
