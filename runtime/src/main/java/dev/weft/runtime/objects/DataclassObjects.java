package dev.weft.runtime.objects;

import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.threads.ThreadState;

/**
 * The objects of the {@code dataclasses} module, as CPython 3.11's {@code dataclasses.py} defines
 * them: {@code Field} (its eleven slots, all writable, and {@code __set_name__} passed on to the
 * default), {@code InitVar}, {@code _DataclassParams}, and the sentinels {@code MISSING}, {@code
 * KW_ONLY}, {@code _HAS_DEFAULT_FACTORY} and the field kinds {@code _FIELD}, {@code
 * _FIELD_CLASSVAR}, {@code _FIELD_INITVAR}. The decorator itself is {@code
 * modules.DataclassesModule}.
 */
public final class DataclassObjects {
  private DataclassObjects() {}

  public static final PyType FIELD = PyType.builtin("Field", null, 0, null);
  public static final PyType INIT_VAR = PyType.builtin("InitVar", null, 0, null);
  public static final PyType PARAMS = PyType.builtin("_DataclassParams", null, 0, null);
  public static final PyType MISSING_TYPE = PyType.builtin("_MISSING_TYPE", null, 0, null);
  public static final PyType KW_ONLY_TYPE = PyType.builtin("_KW_ONLY_TYPE", null, 0, null);
  public static final PyType FACTORY_TYPE =
      PyType.builtin("_HAS_DEFAULT_FACTORY_CLASS", null, 0, null);
  public static final PyType FIELD_BASE = PyType.builtin("_FIELD_BASE", null, 0, null);

  /** An immortal marker object with a name (its repr for the field kinds). */
  public static final class Sentinel extends PyObject {
    final String name;

    Sentinel(PyType type, String name) {
      super(type, true);
      this.name = name;
    }
  }

  public static final Sentinel MISSING = new Sentinel(MISSING_TYPE, "MISSING");
  public static final Sentinel KW_ONLY = new Sentinel(KW_ONLY_TYPE, "KW_ONLY");
  public static final Sentinel HAS_DEFAULT_FACTORY = new Sentinel(FACTORY_TYPE, "<factory>");
  public static final Sentinel FIELD_KIND = new Sentinel(FIELD_BASE, "_FIELD");
  public static final Sentinel CLASSVAR_KIND = new Sentinel(FIELD_BASE, "_FIELD_CLASSVAR");
  public static final Sentinel INITVAR_KIND = new Sentinel(FIELD_BASE, "_FIELD_INITVAR");

  /** The metadata of a field given none: one read-only empty mapping shared by all. */
  public static final MappingProxy EMPTY_METADATA = MappingProxy.immortal(new PyDict(true));

  /** A {@code Field}: the slots named in {@link #SLOTS}, in that order. */
  public static final class Field extends Holder {
    public static final int NAME = 0, TYPE = 1, DEFAULT = 2, DEFAULT_FACTORY = 3, REPR = 4;
    public static final int HASH = 5, INIT = 6, COMPARE = 7, METADATA = 8, KW_ONLY = 9, KIND = 10;

    static final String[] SLOTS = {
      "name",
      "type",
      "default",
      "default_factory",
      "repr",
      "hash",
      "init",
      "compare",
      "metadata",
      "kw_only",
      "_field_type"
    };

    Field(ThreadState ts, PyObject[] owned) {
      super(ts, FIELD, owned);
    }

    /** The slot's value (borrowed), or null when it was deleted. */
    public PyObject get(int slot) {
      return refs[slot];
    }

    /** The slot's value (borrowed); AttributeError when it was deleted. */
    public PyObject require(ThreadState ts, int slot) {
      PyObject v = refs[slot];
      if (v == null) {
        throw Exc.attributeError(ts, this, SLOTS[slot]);
      }
      return v;
    }

    /** Stores a new reference to {@code value} (null deletes). */
    public void set(ThreadState ts, int slot, PyObject value) {
      if (value != null) {
        Ops.incref(ts, value);
      }
      PyObject old = refs[slot];
      refs[slot] = value;
      Ops.xdecref(ts, old);
    }
  }

  /**
   * {@code Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)} with
   * name, type and kind None, as {@code Field.__init__} leaves them; the arguments are borrowed.
   */
  public static Field newField(
      ThreadState ts,
      PyObject dflt,
      PyObject factory,
      PyObject init,
      PyObject repr,
      PyObject hash,
      PyObject compare,
      PyObject metadata,
      PyObject kwOnly) {
    PyObject proxy = metadata == PySingleton.NONE ? EMPTY_METADATA : MappingProxy.of(ts, metadata);
    PyObject[] slots = {
      PySingleton.NONE,
      PySingleton.NONE,
      dflt,
      factory,
      repr,
      hash,
      init,
      compare,
      null,
      kwOnly,
      PySingleton.NONE
    };
    for (PyObject o : slots) {
      if (o != null) {
        Ops.incref(ts, o);
      }
    }
    slots[Field.METADATA] = proxy;
    return new Field(ts, slots);
  }

  /** {@code InitVar(type)}: refs 0 = the type. */
  public static final class InitVar extends Holder {
    InitVar(ThreadState ts, PyObject type) {
      super(ts, INIT_VAR, Ops.newRef(ts, type));
    }
  }

  /** {@code _DataclassParams}: the decorator's flags, refs in {@link #PARAM_NAMES} order. */
  static final class Params extends Holder {
    Params(ThreadState ts, PyObject[] owned) {
      super(ts, PARAMS, owned);
    }
  }

  static final String[] PARAM_NAMES = {"init", "repr", "eq", "order", "unsafe_hash", "frozen"};

  /** A {@code _DataclassParams} of the six flags, in {@link #PARAM_NAMES} order. */
  public static PyObject newParams(ThreadState ts, boolean... flags) {
    PyObject[] values = new PyObject[flags.length];
    for (int i = 0; i < flags.length; i++) {
      values[i] = PyBool.of(flags[i]);
    }
    return new Params(ts, values);
  }

  // --- methods ---

  private static PyObject newFieldFromPython(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    String[] names = {
      "default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only"
    };
    ArgParser p = new ArgParser(ts, "Field", a, off + 1, n - 1, kw, names);
    int missing = 0;
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      if (!p.has(i)) {
        list.append(missing++ == 0 ? "" : ", ").append('\'').append(names[i]).append('\'');
      }
    }
    if (missing > 0) {
      throw Exc.typeError(
          ts,
          "Field.__init__() missing "
              + missing
              + " required positional argument"
              + (missing == 1 ? "" : "s")
              + ": "
              + list);
    }
    return newField(
        ts, p.get(0), p.get(1), p.get(2), p.get(3), p.get(4), p.get(5), p.get(6), p.get(7));
  }

  /** The slots in the order {@code Field.__repr__} shows them (init before repr and hash). */
  private static final int[] REPR_ORDER = {
    Field.NAME,
    Field.TYPE,
    Field.DEFAULT,
    Field.DEFAULT_FACTORY,
    Field.INIT,
    Field.REPR,
    Field.HASH,
    Field.COMPARE,
    Field.METADATA,
    Field.KW_ONLY,
    Field.KIND
  };

  private static PyObject reprField(ThreadState ts, PyObject self) {
    Field f = (Field) self;
    return PyStr.of(
        ts,
        Repr.guardedBy(
            ts,
            self,
            "...",
            () -> {
              StringBuilder sb = new StringBuilder("Field(");
              for (int k = 0; k < REPR_ORDER.length; k++) {
                int i = REPR_ORDER[k];
                PyObject v = f.require(ts, i);
                sb.append(k == 0 ? "" : ",").append(Field.SLOTS[i]).append('=');
                sb.append(i == Field.KIND ? Ops.strString(ts, v) : Ops.reprString(ts, v));
              }
              return sb.append(')').toString();
            }));
  }

  /** Passes {@code __set_name__} on to the default value, for a descriptor given as default. */
  private static PyObject fieldSetName(
      ThreadState ts, PyObject self, PyObject owner, PyObject name) {
    PyObject dflt = ((Field) self).require(ts, Field.DEFAULT);
    PyObject setName = dflt.type.lookup("__set_name__");
    if (setName != null) {
      Ops.decref(ts, Calls.callMethod(ts, setName, dflt, owner, name));
    }
    return PySingleton.NONE;
  }

  private static PyObject newInitVar(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    ArgParser p = new ArgParser(ts, "InitVar", a, off + 1, n - 1, kw, "type");
    if (!p.has(0)) {
      throw Exc.typeError(ts, "InitVar.__init__() missing 1 required positional argument: 'type'");
    }
    return new InitVar(ts, p.get(0));
  }

  private static PyObject reprInitVar(ThreadState ts, PyObject self) {
    PyObject t = ((InitVar) self).refs[0];
    if (t == null) {
      throw Exc.attributeError(ts, self, "type");
    }
    String name = t instanceof PyType type ? type.name : Ops.reprString(ts, t);
    return PyStr.of(ts, "dataclasses.InitVar[" + name + "]");
  }

  private static PyObject reprParams(ThreadState ts, PyObject self) {
    Params p = (Params) self;
    StringBuilder sb = new StringBuilder("_DataclassParams(");
    for (int i = 0; i < PARAM_NAMES.length; i++) {
      PyObject v = p.refs[i];
      if (v == null) {
        throw Exc.attributeError(ts, self, PARAM_NAMES[i]);
      }
      sb.append(i == 0 ? "" : ",").append(PARAM_NAMES[i]).append('=');
      sb.append(Ops.reprString(ts, v));
    }
    return PyStr.of(ts, sb.append(')').toString());
  }

  /** Slot {@code i} of a Holder as a writable attribute (deletable, as a {@code __slots__} one). */
  private static void slot(PyType t, String name, int i) {
    Bootstrap.getset(
        t,
        name,
        (ts, self) -> {
          PyObject v = ((Holder) self).refs[i];
          if (v == null) {
            throw Exc.attributeError(ts, self, name);
          }
          return Ops.newRef(ts, v);
        },
        (ts, self, value) -> {
          Holder h = (Holder) self;
          PyObject old = h.refs[i];
          if (value == null && old == null) {
            throw Exc.attributeError(ts, self, name);
          }
          h.refs[i] = value == null ? null : Ops.newRef(ts, value);
          Ops.xdecref(ts, old);
        });
  }

  static void setup() {
    PyType[] types = {
      FIELD, INIT_VAR, PARAMS, MISSING_TYPE, KW_ONLY_TYPE, FACTORY_TYPE, FIELD_BASE
    };
    for (PyType t : types) {
      Bootstrap.constant(t, "__module__", PyStr.intern("dataclasses"));
      Bootstrap.constant(t, "__doc__", PySingleton.NONE);
    }
    Bootstrap.newMethod(FIELD, DataclassObjects::newFieldFromPython);
    for (int i = 0; i < Field.SLOTS.length; i++) {
      slot(FIELD, Field.SLOTS[i], i);
    }
    Bootstrap.def(FIELD, "__repr__", 0, (PyBuiltin.F0) DataclassObjects::reprField);
    Bootstrap.def(FIELD, "__set_name__", 2, (PyBuiltin.F2) DataclassObjects::fieldSetName);

    Bootstrap.newMethod(INIT_VAR, DataclassObjects::newInitVar);
    slot(INIT_VAR, "type", 0);
    Bootstrap.def(INIT_VAR, "__repr__", 0, (PyBuiltin.F0) DataclassObjects::reprInitVar);
    Bootstrap.classMethod(
        INIT_VAR,
        "__class_getitem__",
        2,
        (PyBuiltin.F2) (ts, self, cls, type) -> new InitVar(ts, type));

    for (int i = 0; i < PARAM_NAMES.length; i++) {
      slot(PARAMS, PARAM_NAMES[i], i);
    }
    Bootstrap.def(PARAMS, "__repr__", 0, (PyBuiltin.F0) DataclassObjects::reprParams);

    Bootstrap.def(
        FACTORY_TYPE, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> PyStr.intern("<factory>"));
    Bootstrap.def(
        FIELD_BASE,
        "__repr__",
        0,
        (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, ((Sentinel) self).name));
    Bootstrap.getset(FIELD_BASE, "name", (ts, self) -> PyStr.of(ts, ((Sentinel) self).name), null);
  }
}
