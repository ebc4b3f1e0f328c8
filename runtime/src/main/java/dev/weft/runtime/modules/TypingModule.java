package dev.weft.runtime.modules;

import dev.weft.runtime.objects.Abc;
import dev.weft.runtime.objects.ArgParser;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.GenericAliases;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBool;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyBytes;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyFunction;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.objects.Typing;
import dev.weft.runtime.objects.TypingClasses;
import dev.weft.runtime.objects.TypingVars;
import dev.weft.runtime.threads.ThreadState;

/**
 * {@code typing}, as CPython 3.11 names it: the special forms, the generic aliases of the builtin
 * and {@code collections.abc} classes, {@code TypeVar}, {@code Generic}, {@code Protocol} and the
 * {@code Supports*} protocols, {@code NamedTuple}, {@code TypedDict}, {@code NewType}, and the
 * functions ({@code cast}, {@code overload}, {@code get_type_hints}, {@code get_origin}, {@code
 * get_args}, ...). Not here: {@code IO}, {@code TextIO}, {@code BinaryIO}, {@code Pattern}, {@code
 * Match}, {@code ContextManager}, {@code TypeVarTuple}.
 */
final class TypingModule {
  private TypingModule() {}

  static PyModule create(ThreadState ts) {
    PyModule m = new PyModule(ts, "typing");
    m.put(ts, "Any", TypingClasses.ANY);
    for (Typing.SpecialForm f : Typing.FORMS) {
      m.put(ts, f.name, f);
    }
    for (Typing.Alias a : Typing.ALIASES) {
      m.put(ts, a.name(), a);
    }
    m.put(ts, "Generic", TypingClasses.GENERIC);
    m.put(ts, "Annotated", TypingClasses.ANNOTATED);
    m.put(ts, "Protocol", TypingClasses.PROTOCOL);
    m.put(ts, "NamedTuple", TypingClasses.NAMED_TUPLE);
    m.put(ts, "TypedDict", TypingClasses.TYPED_DICT);
    m.put(ts, "TypeVar", TypingVars.TYPEVAR);
    m.put(ts, "ParamSpec", TypingVars.PARAMSPEC);
    m.put(ts, "ParamSpecArgs", TypingVars.PARAMSPEC_ARGS);
    m.put(ts, "ParamSpecKwargs", TypingVars.PARAMSPEC_KWARGS);
    m.put(ts, "ForwardRef", TypingVars.FORWARD_REF);
    m.put(ts, "NewType", TypingVars.NEWTYPE);
    m.put(ts, "Text", dev.weft.runtime.objects.PyStr.TYPE);
    m.put(ts, "TYPE_CHECKING", PyBool.FALSE);
    PyModule collections = dev.weft.runtime.interpreter.Imports.importModule(ts, "collections");
    try {
      PyObject chainMap = collections.dict.getString("ChainMap");
      if (chainMap instanceof PyType cm) {
        m.put(ts, "ChainMap", Typing.chainMapAlias(cm));
      }
    } finally {
      Ops.decref(ts, collections);
    }
    PyObject[] anyStr = {TypingVars.TYPEVAR, PyStr.intern("AnyStr"), PyBytes.TYPE, PyStr.TYPE};
    PyObject tv = Ops.callMethod(ts, TypingVars.TYPEVAR, "__new__", anyStr);
    m.dict.putStringSteal(ts, "AnyStr", tv);
    Ops.setattr(ts, tv, PyStr.intern("__module__"), PyStr.intern("typing"));
    fn(m, ts, "cast", 2, (PyBuiltin.F2) (t, s, typ, val) -> Ops.newRef(t, val));
    fn(m, ts, "assert_type", 2, (PyBuiltin.F2) (t, s, val, typ) -> Ops.newRef(t, val));
    fn(m, ts, "overload", 1, (PyBuiltin.F1) TypingModule::overload);
    fn(m, ts, "get_overloads", 1, (PyBuiltin.F1) TypingModule::getOverloads);
    fn(
        m,
        ts,
        "clear_overloads",
        0,
        (PyBuiltin.F0)
            (t, s) -> {
              registry(t).clear(t);
              return PySingleton.NONE;
            });
    fn(m, ts, "final", 1, (PyBuiltin.F1) (t, s, f) -> mark(t, f, "__final__"));
    fn(m, ts, "no_type_check", 1, (PyBuiltin.F1) TypingModule::noTypeCheck);
    fn(m, ts, "no_type_check_decorator", 1, (PyBuiltin.F1) (t, s, d) -> Ops.newRef(t, d));
    fn(
        m,
        ts,
        "runtime_checkable",
        1,
        (PyBuiltin.F1)
            (t, s, cls) -> dev.weft.runtime.objects.TypingProtocols.runtimeCheckable(t, cls));
    fn(m, ts, "get_type_hints", 1, (PyBuiltin.FN) TypingModule::getTypeHints);
    fn(m, ts, "get_origin", 1, (PyBuiltin.F1) TypingModule::getOrigin);
    fn(m, ts, "get_args", 1, (PyBuiltin.F1) TypingModule::getArgs);
    fn(
        m,
        ts,
        "is_typeddict",
        1,
        (PyBuiltin.F1) (t, s, tp) -> PyBool.of(tp.type.isSubtypeOf(TypingClasses.TYPED_DICT_META)));
    fn(
        m,
        ts,
        "assert_never",
        1,
        (PyBuiltin.F1)
            (t, s, arg) -> {
              String value = Ops.reprString(t, arg);
              if (value.length() > 100) {
                value = value.substring(0, 100) + "...";
              }
              throw Exc.raise(
                  t, Exc.AssertionError, "Expected code to be unreachable, but got: " + value);
            });
    fn(
        m,
        ts,
        "reveal_type",
        1,
        (PyBuiltin.F1)
            (t, s, obj) -> {
              PyObject err =
                  ((PyModule) t.runtime.modules.getString("sys")).dict.getString("stderr");
              PyStr line =
                  PyStr.of(
                      t,
                      "Runtime type is "
                          + dev.weft.runtime.objects.Repr.quote(obj.type.shortName())
                          + "\n");
              try {
                Ops.decref(t, Ops.callMethod(t, err, "write", line));
              } finally {
                Ops.decref(t, line);
              }
              return Ops.newRef(t, obj);
            });
    fn(
        m,
        ts,
        "dataclass_transform",
        0,
        (PyBuiltin.FN)
            (t, s, args, off, n, kw) ->
                PyBuiltin.function(
                    "decorator", 1, (PyBuiltin.F1) (t2, s2, cls) -> Ops.newRef(t2, cls)));
    supports(ts, m);
    io(ts, m, tv);
    return m;
  }

  /**
   * {@code IO} ({@code class IO(Generic[AnyStr])}), {@code TextIO} ({@code IO[str]}) and {@code
   * BinaryIO} ({@code IO[bytes]}): classes of this runtime that annotations name; their methods,
   * abstract but not enforced in CPython, are left out.
   */
  private static void io(ThreadState ts, PyModule m, PyObject anyStr) {
    PyType io = ioClass(ts, "IO", Ops.getitem(ts, TypingClasses.GENERIC, anyStr));
    m.dict.putStringSteal(ts, "IO", io);
    m.dict.putStringSteal(ts, "TextIO", ioClass(ts, "TextIO", Ops.getitem(ts, io, PyStr.TYPE)));
    m.dict.putStringSteal(
        ts, "BinaryIO", ioClass(ts, "BinaryIO", Ops.getitem(ts, io, PyBytes.TYPE)));
  }

  /** {@code class name(base): __slots__ = ()} in {@code typing}, taking over {@code base}. */
  private static PyType ioClass(ThreadState ts, String name, PyObject base) {
    PyDict ns = new PyDict(ts);
    PyTuple orig = PyTuple.of(ts, base);
    Ops.decref(ts, base);
    try {
      ns.putString(ts, "__module__", PyStr.intern("typing"));
      ns.putString(ts, "__slots__", PyTuple.EMPTY);
      ns.putString(ts, "__orig_bases__", orig);
      PyObject entries = Ops.getattr(ts, base, "__mro_entries__");
      PyObject bases;
      try {
        bases = Ops.call1(ts, entries, orig);
      } finally {
        Ops.decref(ts, entries);
      }
      try {
        PyTuple bt = (PyTuple) bases;
        PyType[] types = new PyType[bt.items.length];
        for (int k = 0; k < types.length; k++) {
          types[k] = (PyType) bt.items[k];
        }
        return dev.weft.runtime.objects.ClassBuilder.create(ts, name, types, ns, null);
      } finally {
        Ops.decref(ts, bases);
      }
    } finally {
      Ops.decref(ts, ns);
      Ops.decref(ts, orig);
    }
  }

  private static void fn(PyModule m, ThreadState ts, String name, int minArgs, Object impl) {
    m.put(ts, name, PyBuiltin.function(name, minArgs, impl));
  }

  /** {@code obj.<flag> = True} where the object allows it; returns the object. */
  private static PyObject mark(ThreadState ts, PyObject obj, String flag) {
    try {
      Ops.setattr(ts, obj, PyStr.intern(flag), PyBool.TRUE);
    } catch (dev.weft.runtime.objects.PyException e) {
      if (!e.matches(Exc.AttributeError) && !e.matches(Exc.TypeError)) {
        throw e;
      }
      Ops.decref(ts, e.value);
    }
    return Ops.newRef(ts, obj);
  }

  /** {@code @no_type_check}: the function, or the class and its functions, marked. */
  private static PyObject noTypeCheck(ThreadState ts, PyObject self, PyObject arg) {
    if (arg instanceof PyType t) {
      PyDict d = t.dict;
      for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
        if (d.valueAt(p) instanceof PyFunction f) {
          Ops.decref(ts, mark(ts, f, "__no_type_check__"));
        }
      }
    }
    return mark(ts, arg, "__no_type_check__");
  }

  // --- overload ---

  private static final PyBuiltin OVERLOAD_DUMMY =
      PyBuiltin.function(
          "_overload_dummy",
          0,
          (PyBuiltin.FN)
              (ts, self, args, off, n, kw) -> {
                throw Exc.raise(
                    ts,
                    Exc.NotImplementedError,
                    "You should not call an overloaded function. A series of @overload-decorated"
                        + " functions outside a stub module should always be followed by an"
                        + " implementation that is not @overload-ed.");
              });

  /** The registry of overloads, kept in the module: {@code (module, qualname)} to a list. */
  private static PyDict registry(ThreadState ts) {
    PyModule m = (PyModule) ts.runtime.modules.getString("typing");
    PyObject r = m.dict.getString("_overload_registry");
    if (r instanceof PyDict d) {
      return d;
    }
    PyDict d = new PyDict(ts);
    m.dict.putStringSteal(ts, "_overload_registry", d);
    return d;
  }

  private static PyTuple overloadKey(ThreadState ts, PyObject func) {
    PyObject f = Ops.getattrOrNull(ts, func, PyStr.intern("__func__"));
    if (f == null) {
      f = Ops.newRef(ts, func);
    }
    try {
      if (!(f instanceof PyFunction fn)) {
        return null;
      }
      PyObject module = fn.globals.getString("__name__");
      return PyTuple.of(ts, module == null ? PySingleton.NONE : module, fn.qualname);
    } finally {
      Ops.decref(ts, f);
    }
  }

  private static PyObject overload(ThreadState ts, PyObject self, PyObject func) {
    PyTuple key = overloadKey(ts, func);
    if (key != null) {
      try {
        PyDict reg = registry(ts);
        PyList list = reg.get(ts, key) instanceof PyList existing ? existing : null;
        if (list == null) {
          list = new PyList(ts);
          reg.put(ts, key, list);
          Ops.decref(ts, list);
        }
        list.append(ts, func);
      } finally {
        Ops.decref(ts, key);
      }
    }
    return Ops.newRef(ts, OVERLOAD_DUMMY);
  }

  private static PyObject getOverloads(ThreadState ts, PyObject self, PyObject func) {
    PyTuple key = overloadKey(ts, func);
    if (key == null) {
      return new PyList(ts);
    }
    try {
      PyObject list = registry(ts).get(ts, key);
      return list instanceof PyList l
          ? dev.weft.runtime.objects.SequenceOps.toList(ts, l)
          : new PyList(ts);
    } finally {
      Ops.decref(ts, key);
    }
  }

  // --- get_type_hints, get_origin, get_args ---

  private static PyObject getTypeHints(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    ArgParser p =
        new ArgParser(
            ts, "get_type_hints", args, off, n, kw, "obj", "globalns", "localns", "include_extras");
    if (!p.has(0)) {
      throw Exc.typeError(ts, "get_type_hints() missing 1 required positional argument: 'obj'");
    }
    PyObject g = p.get(1, PySingleton.NONE), l = p.get(2, PySingleton.NONE);
    return dev.weft.runtime.objects.TypeHints.typeHints(
        ts,
        p.get(0),
        g instanceof PyDict gd ? gd : null,
        l instanceof PyDict ld ? ld : null,
        p.has(3) && Ops.isTrue(ts, p.get(3)));
  }

  private static PyObject getOrigin(ThreadState ts, PyObject self, PyObject tp) {
    if (tp instanceof Typing.Alias a) {
      PyObject md = Ops.getattrOrNull(ts, a, PyStr.intern("__metadata__"));
      if (md != null) {
        Ops.decref(ts, md);
        return TypingClasses.ANNOTATED;
      }
      return Ops.newRef(ts, a.origin);
    }
    if (tp instanceof GenericAliases.Alias g) {
      return Ops.newRef(ts, g.origin);
    }
    if (tp.type == TypingVars.PARAMSPEC_ARGS || tp.type == TypingVars.PARAMSPEC_KWARGS) {
      return Ops.getattr(ts, tp, "__origin__");
    }
    if (tp == TypingClasses.GENERIC) {
      return tp;
    }
    if (tp instanceof GenericAliases.Union) {
      return GenericAliases.UNION;
    }
    return PySingleton.NONE;
  }

  private static PyObject getArgs(ThreadState ts, PyObject self, PyObject tp) {
    if (tp instanceof Typing.Alias a) {
      PyObject md = Ops.getattrOrNull(ts, a, PyStr.intern("__metadata__"));
      if (md != null) {
        try {
          PyObject[] meta = ((PyTuple) md).items;
          PyObject[] all = new PyObject[meta.length + 1];
          all[0] = a.origin;
          System.arraycopy(meta, 0, all, 1, meta.length);
          return PyTuple.of(ts, all);
        } finally {
          Ops.decref(ts, md);
        }
      }
      if (a.args == null) {
        return PyTuple.EMPTY;
      }
      return unflattenCallable(ts, a.origin, a.args);
    }
    if (tp instanceof GenericAliases.Alias g) {
      return unflattenCallable(ts, g.origin, g.args);
    }
    if (tp instanceof GenericAliases.Union u) {
      return Ops.newRef(ts, u.args);
    }
    return PyTuple.EMPTY;
  }

  /** {@code Callable[[a, b], r]}'s arguments as {@code ([a, b], r)}. */
  private static PyObject unflattenCallable(ThreadState ts, PyObject origin, PyTuple args) {
    PyObject[] items = args.items;
    if (origin != dev.weft.runtime.objects.CollectionsAbc.CALLABLE
        || items.length == 0
        || (items.length == 2
            && (items[0] == PySingleton.ELLIPSIS || items[0] instanceof PyList))) {
      return Ops.newRef(ts, args);
    }
    PyObject[] params = java.util.Arrays.copyOf(items, items.length - 1);
    PyList l = PyList.steal(ts, params, params.length);
    for (PyObject x : params) {
      Ops.incref(ts, x);
    }
    try {
      return PyTuple.of(ts, l, items[items.length - 1]);
    } finally {
      Ops.decref(ts, l);
    }
  }

  // --- The Supports* protocols ---

  private static final String[][] SUPPORTS = {
    {"SupportsInt", "__int__"},
    {"SupportsFloat", "__float__"},
    {"SupportsComplex", "__complex__"},
    {"SupportsBytes", "__bytes__"},
    {"SupportsIndex", "__index__"},
    {"SupportsAbs", "__abs__"},
    {"SupportsRound", "__round__"}
  };

  /** Their abstract methods, shared by every runtime's classes. */
  private static final java.util.Map<String, PyBuiltin> SUPPORTS_METHODS =
      new java.util.HashMap<>();

  static {
    for (String[] s : SUPPORTS) {
      PyBuiltin method =
          PyBuiltin.method(PyType.OBJECT, s[1], 0, (PyBuiltin.F0) (t, self) -> PySingleton.NONE);
      Abc.markAbstractMethod(method);
      SUPPORTS_METHODS.put(s[1], method);
    }
  }

  /** The {@code @runtime_checkable} one-method protocols, as classes of this runtime. */
  private static void supports(ThreadState ts, PyModule m) {
    for (String[] s : SUPPORTS) {
      PyDict ns = new PyDict(ts);
      try {
        ns.putString(ts, "__module__", PyStr.intern("typing"));
        ns.putString(ts, "__qualname__", PyStr.intern(s[0]));
        ns.putString(ts, "__slots__", PyTuple.EMPTY);
        ns.putString(ts, s[1], SUPPORTS_METHODS.get(s[1]));
        PyObject bases = PyTuple.of(ts, TypingClasses.PROTOCOL);
        PyObject cls;
        try {
          cls =
              dev.weft.runtime.interpreter.Calls.call(
                  ts,
                  TypingClasses.PROTOCOL_META,
                  new PyObject[] {PyStr.intern(s[0]), bases, ns},
                  0,
                  3,
                  null);
        } finally {
          Ops.decref(ts, bases);
        }
        Ops.setattr(ts, cls, PyStr.intern("_is_runtime_protocol"), PyBool.TRUE);
        m.dict.putStringSteal(ts, s[0], cls);
      } finally {
        Ops.decref(ts, ns);
      }
    }
  }
}
