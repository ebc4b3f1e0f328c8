package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;

import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.List;

/**
 * The classes of {@code typing} that programs subclass, as CPython 3.11 defines them: {@code Any}
 * (with its metaclass), {@code Generic} (subscription and {@code __parameters__}), {@code Protocol}
 * (no instantiation, {@code @runtime_checkable} structural checks, through {@code _ProtocolMeta},
 * an ABCMeta), {@code NamedTuple} (class syntax through {@code NamedTupleMeta}, producing a {@code
 * collections.namedtuple} class) and {@code TypedDict}; and the evaluation of annotations that
 * {@code get_type_hints} performs.
 */
public final class TypingClasses {
  private TypingClasses() {}

  public static final PyType ANY_META =
      PyType.builtin("_AnyMeta", PyType.TYPE, PyType.BASETYPE, null);
  public static final PyType ANY = PyType.builtin("Any", null, PyType.BASETYPE, null);
  public static final PyType GENERIC = PyType.builtin("Generic", null, PyType.BASETYPE, null);
  public static final PyType PROTOCOL_META =
      PyType.builtin("_ProtocolMeta", Abc.ABCMETA, PyType.BASETYPE, null);
  public static final PyType PROTOCOL = PyType.builtin("Protocol", GENERIC, PyType.BASETYPE, null);
  public static final PyType NAMED_TUPLE_META =
      PyType.builtin("NamedTupleMeta", PyType.TYPE, PyType.BASETYPE, null);
  public static final PyType NAMED_TUPLE_BASE =
      PyType.builtin("NamedTuple", null, PyType.BASETYPE, null);
  public static final PyType TYPED_DICT_META =
      PyType.builtin("_TypedDictMeta", PyType.TYPE, PyType.BASETYPE, null);
  public static final PyType TYPED_DICT_BASE =
      PyType.builtin("TypedDict", null, PyType.BASETYPE, null);
  public static final PyType ANNOTATED = PyType.builtin("Annotated", null, PyType.BASETYPE, null);

  /** The type of {@code typing.NamedTuple} and {@code typing.TypedDict}, functions in CPython. */
  public static final PyType FUNCTION = PyType.builtin("function", null, 0, null);

  /**
   * {@code NamedTuple} or {@code TypedDict}: callable, and a base through {@code __mro_entries__}.
   */
  public static final class TypingFunction extends PyObject {
    final String name;

    TypingFunction(String name) {
      super(FUNCTION, true);
      this.name = name;
    }
  }

  public static final TypingFunction NAMED_TUPLE = new TypingFunction("NamedTuple");
  public static final TypingFunction TYPED_DICT = new TypingFunction("TypedDict");

  private static final PyStr MODULE = PyStr.intern("typing");

  static void setup() {
    for (PyType t :
        new PyType[] {
          ANY_META,
          ANY,
          GENERIC,
          PROTOCOL_META,
          PROTOCOL,
          NAMED_TUPLE_META,
          NAMED_TUPLE_BASE,
          TYPED_DICT_META,
          TYPED_DICT_BASE,
          ANNOTATED
        }) {
      Bootstrap.constant(t, "__module__", MODULE);
    }
    Bootstrap.constant(ANNOTATED, "__slots__", PyTuple.EMPTY);
    Bootstrap.newMethod(
        ANNOTATED,
        (ts, self, args, off, n, kw) -> {
          throw Exc.typeError(ts, "Type Annotated cannot be instantiated.");
        });
    Bootstrap.classMethod(
        ANNOTATED,
        "__class_getitem__",
        2,
        (PyBuiltin.F2) (ts, unused, cls, params) -> Typing.annotated(ts, params));
    Bootstrap.classMethod(
        ANNOTATED,
        "__init_subclass__",
        1,
        (PyBuiltin.FN)
            (ts, unused, args, off, n, kw) -> {
              throw Exc.typeError(ts, "Cannot subclass typing.Annotated");
            });
    anySetup();
    genericSetup();
    TypingProtocols.setup();
    TypingNamedTypes.setup();
    def(
        FUNCTION,
        "__repr__",
        0,
        (PyBuiltin.F0)
            (ts, self) ->
                PyStr.of(
                    ts,
                    "<function "
                        + ((TypingFunction) self).name
                        + " at "
                        + Repr.address(self)
                        + ">"));
    Bootstrap.getset(
        FUNCTION, "__name__", (ts, self) -> PyStr.of(ts, ((TypingFunction) self).name), null);
    def(
        FUNCTION,
        "__call__",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) ->
                self == NAMED_TUPLE
                    ? TypingNamedTypes.namedTupleCall(ts, args, off, n, kw)
                    : TypingNamedTypes.typedDictCall(ts, args, off, n, kw));
    def(
        FUNCTION,
        "__mro_entries__",
        1,
        (PyBuiltin.F1)
            (ts, self, bases) ->
                PyTuple.of(ts, self == NAMED_TUPLE ? NAMED_TUPLE_BASE : TYPED_DICT_BASE));
  }

  // --- Any ---

  private static void anySetup() {
    def(
        ANY_META,
        "__instancecheck__",
        1,
        (PyBuiltin.F1)
            (ts, self, o) -> {
              if (self == ANY) {
                throw Exc.typeError(ts, "typing.Any cannot be used with isinstance()");
              }
              return PyBool.of(o.type.isSubtypeOf((PyType) self));
            });
    def(
        ANY_META,
        "__repr__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> PyStr.of(ts, self == ANY ? "typing.Any" : Repr.builtinRepr(ts, self)));
    Bootstrap.newMethod(
        ANY,
        (ts, self, args, off, n, kw) -> {
          PyType cls = (PyType) args[off];
          if (cls == ANY) {
            throw Exc.typeError(ts, "Any cannot be instantiated");
          }
          return cls.factory.create(ts, cls);
        });
    Bootstrap.ready(ANY);
    ANY.type = ANY_META;
  }

  // --- Generic ---

  private static void genericSetup() {
    Bootstrap.constant(GENERIC, "__slots__", PyTuple.EMPTY);
    Bootstrap.constant(GENERIC, "_is_protocol", PyBool.FALSE);
    Bootstrap.classMethod(
        GENERIC, "__class_getitem__", 2, (PyBuiltin.F2) TypingClasses::classGetItem);
    Bootstrap.classMethod(
        GENERIC,
        "__init_subclass__",
        1,
        (PyBuiltin.FN)
            (ts, unused, args, off, n, kw) -> {
              PyType cls = (PyType) args[off];
              superInitSubclass(ts, cls, GENERIC, args, off, n, kw);
              genericInitSubclass(ts, cls);
              return PySingleton.NONE;
            });
  }

  /** {@code super(after, cls).__init_subclass__(*args, **kwargs)}. */
  static void superInitSubclass(
      ThreadState ts, PyType cls, PyType after, PyObject[] args, int off, int n, PyTuple kw) {
    PyType[] mro = cls.mro;
    int i = 0;
    while (i < mro.length && mro[i] != after) {
      i++;
    }
    for (i++; i < mro.length; i++) {
      PyObject init = mro[i].dict.getString("__init_subclass__");
      if (init == null) {
        continue;
      }
      if (init == PyType.OBJECT.dict.getString("__init_subclass__")) {
        if (n > 1) {
          throw Exc.typeError(ts, cls.name + ".__init_subclass__() takes no keyword arguments");
        }
        return;
      }
      PyObject bound = Attributes.bindToClass(ts, init, cls);
      try {
        Ops.decref(ts, Calls.call(ts, bound, args, off + 1, n - 1, kw));
      } finally {
        Ops.decref(ts, bound);
      }
      return;
    }
  }

  /** Generic's {@code __init_subclass__}: the class's {@code __parameters__}. */
  private static void genericInitSubclass(ThreadState ts, PyType cls) {
    PyObject orig = cls.dict.getString("__orig_bases__");
    boolean error;
    if (orig instanceof PyTuple ot) {
      error = contains(ot.items, GENERIC);
    } else {
      error =
          contains(cls.bases, GENERIC)
              && !cls.name.equals("Protocol")
              && cls.type != TYPED_DICT_META;
    }
    if (error) {
      throw Exc.typeError(ts, "Cannot inherit from plain Generic");
    }
    PyTuple tvars;
    if (orig instanceof PyTuple ot) {
      tvars = Typing.collectParameters(ts, ot.items);
      PyTuple gvars = null;
      for (PyObject base : ot.items) {
        if (base instanceof Typing.Alias a && a.args != null && a.origin == GENERIC) {
          if (gvars != null) {
            Ops.decref(ts, tvars);
            throw Exc.typeError(ts, "Cannot inherit from Generic[...] multiple types.");
          }
          gvars = a.parameters(ts);
        }
      }
      if (gvars != null) {
        List<String> missing = new ArrayList<>();
        for (PyObject t : tvars.items) {
          if (!contains(gvars.items, t)) {
            missing.add(Ops.strString(ts, t));
          }
        }
        if (!missing.isEmpty()) {
          List<String> all = new ArrayList<>();
          for (PyObject g : gvars.items) {
            all.add(Ops.strString(ts, g));
          }
          Ops.decref(ts, tvars);
          throw Exc.typeError(
              ts,
              "Some type variables ("
                  + String.join(", ", missing)
                  + ") are not listed in Generic["
                  + String.join(", ", all)
                  + "]");
        }
        Ops.decref(ts, tvars);
        tvars = Ops.newRef(ts, gvars);
      }
    } else {
      tvars = PyTuple.EMPTY;
    }
    try {
      Ops.setattr(ts, cls, PyStr.intern("__parameters__"), tvars);
    } finally {
      Ops.decref(ts, tvars);
    }
  }

  static boolean contains(PyObject[] items, PyObject x) {
    for (PyObject i : items) {
      if (i == x) {
        return true;
      }
    }
    return false;
  }

  /** {@code Generic.__class_getitem__}: {@code C[int]} for a generic class {@code C}. */
  private static PyObject classGetItem(
      ThreadState ts, PyObject unused, PyObject clsObj, PyObject p) {
    PyType cls = (PyType) clsObj;
    PyObject[] given = p instanceof PyTuple t ? t.items : new PyObject[] {p};
    PyObject[] params = new PyObject[given.length];
    for (int i = 0; i < given.length; i++) {
      params[i] = Typing.typeConvert(ts, given[i], false);
    }
    PyTuple args = PyTuple.steal(ts, params);
    try {
      if (cls == GENERIC || cls == PROTOCOL) {
        if (params.length == 0) {
          throw Exc.typeError(ts, "Parameter list to " + cls.qualname + "[...] cannot be empty");
        }
        for (PyObject x : params) {
          if (!Typing.isTypeVarLike(x)) {
            throw Exc.typeError(
                ts,
                "Parameters to "
                    + cls.shortName()
                    + "[...] must all be type variables or parameter specification variables.");
          }
        }
        for (int i = 0; i < params.length; i++) {
          for (int j = 0; j < i; j++) {
            if (params[i] == params[j]) {
              throw Exc.typeError(
                  ts, "Parameters to " + cls.shortName() + "[...] must all be unique");
            }
          }
        }
      } else {
        PyObject tparams = Ops.getattr(ts, cls, "__parameters__");
        try {
          int expected = tparams instanceof PyTuple tp ? tp.items.length : 0;
          if (expected == 1
              && Typing.isParamSpecLike(((PyTuple) tparams).items[0])
              && !(params.length == 1 && isParamList(params[0]))) {
            PyTuple packed = PyTuple.of(ts, PyTuple.of(ts, params));
            Ops.decref(ts, args);
            args = packed;
            Ops.decref(ts, ((PyTuple) packed).items[0]);
          } else {
            TypingAliases.checkGeneric(ts, cls, params.length, expected);
          }
        } finally {
          Ops.decref(ts, tparams);
        }
      }
      return new Typing.Alias(
          ts, Typing.GENERIC_ALIAS, Typing.K_GENERIC, cls, args, null, true, null);
    } finally {
      Ops.decref(ts, args);
    }
  }

  private static boolean isParamList(PyObject o) {
    return o instanceof PyList
        || o instanceof PyTuple
        || o == PySingleton.ELLIPSIS
        || Typing.isParamSpecLike(o);
  }

  /** Whether {@code cls.<name>} is true (false when it has no such attribute). */
  static boolean flag(ThreadState ts, PyObject cls, String name) {
    PyObject v = Ops.getattrOrNull(ts, cls, PyStr.intern(name));
    if (v == null) {
      return false;
    }
    try {
      return Ops.isTrue(ts, v);
    } finally {
      Ops.decref(ts, v);
    }
  }
}
