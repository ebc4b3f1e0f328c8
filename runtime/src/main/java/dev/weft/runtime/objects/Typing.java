package dev.weft.runtime.objects;

import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.List;

/**
 * The special forms and generic aliases of {@code typing} (CPython 3.11's {@code typing.py}):
 * {@code Union}, {@code Optional}, {@code ClassVar}, {@code Final}, {@code Literal}, {@code
 * Annotated}, ... as {@link SpecialForm}s; {@code List}, {@code Dict}, {@code Callable}, {@code
 * Tuple}, {@code Iterable}, ... as special aliases; and what subscripting them makes, with
 * CPython's argument checks and messages, reprs ({@code typing.Optional[int]}), equality and
 * hashing, {@code __mro_entries__}, isinstance rules and substitution of type variables.
 */
public final class Typing {
  private Typing() {}

  private static PyType type(String name, PyType base) {
    return PyType.builtin(name, base, 0, null);
  }

  public static final PyType SPECIAL_FORM = type("_SpecialForm", null);
  public static final PyType BASE_ALIAS = type("_BaseGenericAlias", null);
  public static final PyType GENERIC_ALIAS = type("_GenericAlias", BASE_ALIAS);
  public static final PyType SPECIAL_ALIAS = type("_SpecialGenericAlias", BASE_ALIAS);
  public static final PyType UNION_ALIAS = type("_UnionGenericAlias", GENERIC_ALIAS);
  public static final PyType LITERAL_ALIAS = type("_LiteralGenericAlias", GENERIC_ALIAS);
  public static final PyType CALLABLE_ALIAS = type("_CallableGenericAlias", GENERIC_ALIAS);
  public static final PyType ANNOTATED_ALIAS = type("_AnnotatedAlias", GENERIC_ALIAS);
  public static final PyType CONCATENATE_ALIAS = type("_ConcatenateGenericAlias", GENERIC_ALIAS);
  public static final PyType CALLABLE_TYPE = type("_CallableType", SPECIAL_ALIAS);
  public static final PyType TUPLE_TYPE = type("_TupleType", SPECIAL_ALIAS);

  // --- Special forms ---

  static final int NO_RETURN = 0,
      NEVER = 1,
      SELF = 2,
      LITERAL_STRING = 3,
      TYPE_ALIAS = 4,
      CLASS_VAR = 5,
      FINAL = 6,
      UNION = 7,
      OPTIONAL = 8,
      LITERAL = 9,
      CONCATENATE = 10,
      TYPE_GUARD = 11,
      REQUIRED = 12,
      NOT_REQUIRED = 13,
      UNPACK = 14;

  /** A special form: a name, and what subscripting it does. */
  public static final class SpecialForm extends PyObject {
    public final String name;
    final int kind;

    SpecialForm(String name, int kind) {
      super(SPECIAL_FORM, true);
      this.name = name;
      this.kind = kind;
    }
  }

  public static final SpecialForm NO_RETURN_FORM = new SpecialForm("NoReturn", NO_RETURN),
      NEVER_FORM = new SpecialForm("Never", NEVER),
      SELF_FORM = new SpecialForm("Self", SELF),
      LITERAL_STRING_FORM = new SpecialForm("LiteralString", LITERAL_STRING),
      TYPE_ALIAS_FORM = new SpecialForm("TypeAlias", TYPE_ALIAS),
      CLASS_VAR_FORM = new SpecialForm("ClassVar", CLASS_VAR),
      FINAL_FORM = new SpecialForm("Final", FINAL),
      UNION_FORM = new SpecialForm("Union", UNION),
      OPTIONAL_FORM = new SpecialForm("Optional", OPTIONAL),
      LITERAL_FORM = new SpecialForm("Literal", LITERAL),
      CONCATENATE_FORM = new SpecialForm("Concatenate", CONCATENATE),
      TYPE_GUARD_FORM = new SpecialForm("TypeGuard", TYPE_GUARD),
      REQUIRED_FORM = new SpecialForm("Required", REQUIRED),
      NOT_REQUIRED_FORM = new SpecialForm("NotRequired", NOT_REQUIRED),
      UNPACK_FORM = new SpecialForm("Unpack", UNPACK);

  public static final SpecialForm[] FORMS = {
    NO_RETURN_FORM,
    NEVER_FORM,
    SELF_FORM,
    LITERAL_STRING_FORM,
    TYPE_ALIAS_FORM,
    CLASS_VAR_FORM,
    FINAL_FORM,
    UNION_FORM,
    OPTIONAL_FORM,
    LITERAL_FORM,
    CONCATENATE_FORM,
    TYPE_GUARD_FORM,
    REQUIRED_FORM,
    NOT_REQUIRED_FORM,
    UNPACK_FORM
  };

  // --- Aliases ---

  static final int K_GENERIC = 0,
      K_SPECIAL = 1,
      K_UNION = 2,
      K_LITERAL = 3,
      K_CALLABLE = 4,
      K_ANNOTATED = 5,
      K_CONCATENATE = 6,
      K_CALLABLE_TYPE = 7,
      K_TUPLE_TYPE = 8;

  /**
   * A generic alias: {@code origin} subscripted with {@code args} ({@code List[int]}), or (a
   * special alias, {@code args} null) the unsubscripted {@code List} itself. {@code name} is the
   * {@code _name} that makes the repr {@code typing.Name[...]}; {@code inst} whether calling it
   * creates an instance of the origin.
   */
  public static final class Alias extends PyObject implements HasDict {
    final int kind;
    public final PyObject origin;
    public final PyTuple args;
    final String name;
    final boolean inst;
    final int nparams;
    final PyTuple metadata;
    private PyTuple parameters;
    private final InstanceDict namespace = new InstanceDict();

    /**
     * A special alias's namespace: immortal like the alias, which every runtime shares, so that
     * looking an attribute up never leaves a runtime's dict in it.
     */
    private final PyDict shared;

    /** A special alias ({@code typing.List}), immortal. */
    Alias(PyType type, int kind, PyObject origin, String name, int nparams, boolean inst) {
      super(type, true);
      this.kind = kind;
      this.origin = origin;
      this.args = null;
      this.name = name;
      this.inst = inst;
      this.nparams = nparams;
      this.metadata = null;
      this.shared = new PyDict(true);
    }

    /** A subscripted alias, taking new references to {@code origin}, {@code args}, metadata. */
    Alias(
        ThreadState ts,
        PyType type,
        int kind,
        PyObject origin,
        PyTuple args,
        String name,
        boolean inst,
        PyTuple metadata) {
      super(ts.rc, type);
      this.kind = kind;
      this.origin = Ops.newRef(ts, origin);
      this.args = Ops.newRef(ts, args);
      this.name = name;
      this.inst = inst;
      this.nparams = -1;
      this.metadata = metadata == null ? null : Ops.newRef(ts, metadata);
      this.shared = null;
      if (name == null && !(origin instanceof SpecialForm)) {
        // An alias of a user's generic class belongs to the class's module (CPython sets it).
        PyObject module = origin instanceof PyType t ? t.dict.getString("__module__") : null;
        if (module != null) {
          namespace.get(ts).putString(ts, "__module__", module);
        }
      }
    }

    boolean special() {
      return args == null;
    }

    /** The {@code _name} ("List" for {@code typing.List[int]}), or null. */
    public String name() {
      return name;
    }

    PyTuple parameters(ThreadState ts) {
      if (parameters == null) {
        parameters = args == null ? PyTuple.EMPTY : collectParameters(ts, args.items);
      }
      return parameters;
    }

    @Override
    public PyDict dict(ThreadState ts) {
      return shared != null ? shared : namespace.get(ts);
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      if (args != null) {
        visit.accept(origin);
        visit.accept(args);
      }
      visitNonNull(visit, metadata);
      visitNonNull(visit, parameters);
      namespace.traverse(visit);
    }

    @Override
    protected void release(dev.weft.refcount.RcThread thread) {
      if (args != null) {
        Ops.decref(thread, origin);
        Ops.decref(thread, args);
      }
      Ops.xdecref(thread, metadata);
      Ops.xdecref(thread, parameters);
      namespace.release(thread);
    }
  }

  private static Alias special(PyObject origin, int nparams, boolean inst, String name) {
    return new Alias(SPECIAL_ALIAS, K_SPECIAL, origin, name, nparams, inst);
  }

  private static Alias special(PyType origin, int nparams) {
    return special(origin, nparams, true, origin.shortName());
  }

  public static final Alias HASHABLE = special(CollectionsAbc.HASHABLE, 0),
      AWAITABLE = special(CollectionsAbc.AWAITABLE, 1),
      COROUTINE = special(CollectionsAbc.COROUTINE, 3),
      ASYNC_ITERABLE = special(CollectionsAbc.ASYNC_ITERABLE, 1),
      ASYNC_ITERATOR = special(CollectionsAbc.ASYNC_ITERATOR, 1),
      ITERABLE = special(CollectionsAbc.ITERABLE, 1),
      ITERATOR = special(CollectionsAbc.ITERATOR, 1),
      REVERSIBLE = special(CollectionsAbc.REVERSIBLE, 1),
      SIZED = special(CollectionsAbc.SIZED, 0),
      CONTAINER = special(CollectionsAbc.CONTAINER, 1),
      COLLECTION = special(CollectionsAbc.COLLECTION, 1),
      CALLABLE =
          new Alias(CALLABLE_TYPE, K_CALLABLE_TYPE, CollectionsAbc.CALLABLE, "Callable", 2, true),
      ABSTRACT_SET = special(CollectionsAbc.SET, 1, true, "AbstractSet"),
      MUTABLE_SET = special(CollectionsAbc.MUTABLE_SET, 1),
      MAPPING = special(CollectionsAbc.MAPPING, 2),
      MUTABLE_MAPPING = special(CollectionsAbc.MUTABLE_MAPPING, 2),
      SEQUENCE = special(CollectionsAbc.SEQUENCE, 1),
      MUTABLE_SEQUENCE = special(CollectionsAbc.MUTABLE_SEQUENCE, 1),
      BYTE_STRING = special(CollectionsAbc.BYTE_STRING, 0),
      TUPLE = new Alias(TUPLE_TYPE, K_TUPLE_TYPE, PyTuple.TYPE, "Tuple", -1, false),
      LIST = special(PyList.TYPE, 1, false, "List"),
      DEQUE = special(PyDeque.TYPE, 1, true, "Deque"),
      SET = special(PySet.SET_TYPE, 1, false, "Set"),
      FROZEN_SET = special(PySet.FROZENSET_TYPE, 1, false, "FrozenSet"),
      MAPPING_VIEW = special(CollectionsAbc.MAPPING_VIEW, 1),
      KEYS_VIEW = special(CollectionsAbc.KEYS_VIEW, 1),
      ITEMS_VIEW = special(CollectionsAbc.ITEMS_VIEW, 2),
      VALUES_VIEW = special(CollectionsAbc.VALUES_VIEW, 1),
      DICT = special(PyDict.TYPE, 2, false, "Dict"),
      DEFAULT_DICT = special(PyDefaultDict.TYPE, 2, true, "DefaultDict"),
      ORDERED_DICT = special(OrderedDicts.TYPE, 2, true, "OrderedDict"),
      COUNTER = special(Counters.TYPE, 1, true, "Counter"),
      GENERATOR = special(CollectionsAbc.GENERATOR, 3),
      ASYNC_GENERATOR = special(CollectionsAbc.ASYNC_GENERATOR, 2),
      TYPE = special(PyType.TYPE, 1, false, "Type");

  /** The special aliases by their {@code typing} names. */
  public static final Alias[] ALIASES = {
    HASHABLE,
    AWAITABLE,
    COROUTINE,
    ASYNC_ITERABLE,
    ASYNC_ITERATOR,
    ITERABLE,
    ITERATOR,
    REVERSIBLE,
    SIZED,
    CONTAINER,
    COLLECTION,
    CALLABLE,
    ABSTRACT_SET,
    MUTABLE_SET,
    MAPPING,
    MUTABLE_MAPPING,
    SEQUENCE,
    MUTABLE_SEQUENCE,
    BYTE_STRING,
    TUPLE,
    LIST,
    DEQUE,
    SET,
    FROZEN_SET,
    MAPPING_VIEW,
    KEYS_VIEW,
    ITEMS_VIEW,
    VALUES_VIEW,
    DICT,
    DEFAULT_DICT,
    ORDERED_DICT,
    COUNTER,
    GENERATOR,
    ASYNC_GENERATOR,
    TYPE
  };

  /** {@code ChainMap}'s alias, made once the class exists. */
  public static Alias chainMapAlias(PyType chainMap) {
    return special(chainMap, 2, true, "ChainMap");
  }

  // --- Helpers: _type_convert, _type_check, _type_repr ---

  /** {@code _type_convert}: None is NoneType, a string a ForwardRef (new reference). */
  static PyObject typeConvert(ThreadState ts, PyObject arg, boolean isClass) {
    if (arg == PySingleton.NONE) {
      return PySingleton.NONE_TYPE;
    }
    if (arg instanceof PyStr s) {
      return TypingVars.forwardRef(ts, s, true, PySingleton.NONE, isClass);
    }
    return Ops.newRef(ts, arg);
  }

  /** {@code _type_check(arg, msg)}: the converted argument, or TypeError (new reference). */
  static PyObject typeCheck(
      ThreadState ts, PyObject arg, String msg, boolean isArgument, boolean allowSpecialForms) {
    PyObject a = typeConvert(ts, arg, allowSpecialForms);
    try {
      if (a instanceof Alias al && al.args != null) {
        PyObject o = al.origin;
        boolean invalid =
            o == TypingClasses.GENERIC
                || o == TypingClasses.PROTOCOL
                || (!allowSpecialForms && (o == CLASS_VAR_FORM || (isArgument && o == FINAL_FORM)));
        if (invalid) {
          throw Exc.typeError(ts, Ops.strString(ts, a) + " is not valid as type argument");
        }
      }
      if (a == TypingClasses.ANY
          || a == LITERAL_STRING_FORM
          || a == NO_RETURN_FORM
          || a == NEVER_FORM
          || a == SELF_FORM
          || a == TYPE_ALIAS_FORM) {
        return a;
      }
      if (allowSpecialForms && (a == CLASS_VAR_FORM || a == FINAL_FORM)) {
        return a;
      }
      if (a instanceof SpecialForm || a == TypingClasses.GENERIC || a == TypingClasses.PROTOCOL) {
        throw Exc.typeError(ts, "Plain " + Ops.strString(ts, a) + " is not valid as type argument");
      }
      if (a.type == PyTuple.TYPE) {
        String r = Ops.reprString(ts, a);
        throw Exc.typeError(ts, msg + " Got " + (r.length() > 100 ? r.substring(0, 100) : r) + ".");
      }
      return a;
    } catch (RuntimeException e) {
      Ops.decref(ts, a);
      throw e;
    }
  }

  /** {@code typing._type_repr}. */
  public static String typeRepr(ThreadState ts, PyObject o) {
    if (o instanceof GenericAliases.Alias) {
      return Ops.reprString(ts, o);
    }
    if (o instanceof PyType t) {
      String mod = GenericAliases.moduleOf(t);
      return mod.equals("builtins") ? t.qualname : mod + "." + t.qualname;
    }
    if (o == PySingleton.ELLIPSIS) {
      return "...";
    }
    if (o instanceof PyFunction f) {
      return f.name.value;
    }
    return Ops.reprString(ts, o);
  }

  /** Type variables and parameter specifications: what {@code __parameters__} collects. */
  public static boolean isTypeVarLike(PyObject o) {
    return o instanceof TypingVars.TypeVar;
  }

  /** What may stand for Callable's parameter list: a ParamSpec or a Concatenate. */
  static boolean isParamSpecLike(PyObject o) {
    return (o instanceof TypingVars.TypeVar tv && tv.paramSpec)
        || (o instanceof Alias a && a.kind == K_CONCATENATE);
  }

  /** {@code _collect_parameters}: the type variables in {@code args}, nested ones included. */
  static PyTuple collectParameters(ThreadState ts, PyObject[] args) {
    List<PyObject> out = new ArrayList<>();
    for (PyObject t : args) {
      if (t instanceof PyType) {
        continue;
      }
      if (isTypeVarLike(t)) {
        if (!out.contains(t)) {
          out.add(t);
        }
        continue;
      }
      PyTuple sub = null;
      if (t instanceof Alias a) {
        sub = a.args == null ? null : a.parameters(ts);
      } else if (t instanceof GenericAliases.Alias g) {
        sub = g.parameters(ts);
      } else if (t instanceof GenericAliases.Union || t instanceof PyList) {
        PyObject p =
            t instanceof PyList l
                ? collectParameters(ts, java.util.Arrays.copyOf(l.items, l.size))
                : Ops.getattrOrNull(ts, t, PyStr.intern("__parameters__"));
        if (p instanceof PyTuple pt) {
          for (PyObject x : pt.items) {
            if (!out.contains(x)) {
              out.add(x);
            }
          }
        }
        Ops.xdecref(ts, p);
        continue;
      }
      if (sub != null) {
        for (PyObject x : sub.items) {
          if (!out.contains(x)) {
            out.add(x);
          }
        }
      }
    }
    return PyTuple.of(ts, out.toArray(PyObject[]::new));
  }

  /** A type variable's replacement when subscripting ({@code TypeVar.__typing_subst__}). */
  static PyObject substituteTypeVar(ThreadState ts, PyObject tv, PyObject arg) {
    if (tv instanceof TypingVars.TypeVar v && v.paramSpec) {
      if (arg instanceof PyList || arg instanceof PyTuple) {
        PyTuple t = SequenceOps.toTuple(ts, arg);
        return t;
      }
      return Ops.newRef(ts, arg);
    }
    return typeCheck(ts, arg, "Parameters to generic types must be types.", true, false);
  }

  // --- Union ---

  /** {@code Union[params]}: flattened, deduplicated, a lone member standing for itself. */
  static PyObject union(ThreadState ts, PyObject[] params) {
    if (params.length == 0) {
      throw Exc.typeError(ts, "Cannot take a Union of no types.");
    }
    List<PyObject> checked = new ArrayList<>();
    try {
      for (PyObject p : params) {
        checked.add(typeCheck(ts, p, "Union[arg, ...]: each arg must be a type.", true, false));
      }
      List<PyObject> flat = new ArrayList<>();
      for (PyObject p : checked) {
        if (p instanceof Alias a && a.kind == K_UNION) {
          flat.addAll(List.of(a.args.items));
        } else if (p instanceof GenericAliases.Union u) {
          flat.addAll(List.of(u.args.items));
        } else {
          flat.add(p);
        }
      }
      List<PyObject> unique = deduplicate(ts, flat);
      if (unique.size() == 1) {
        return Ops.newRef(ts, unique.getFirst());
      }
      PyTuple args = PyTuple.of(ts, unique.toArray(PyObject[]::new));
      try {
        String name =
            unique.size() == 2 && unique.contains(PySingleton.NONE_TYPE) ? "Optional" : null;
        return new Alias(ts, UNION_ALIAS, K_UNION, UNION_FORM, args, name, true, null);
      } finally {
        Ops.decref(ts, args);
      }
    } finally {
      for (PyObject p : checked) {
        Ops.decref(ts, p);
      }
    }
  }

  /** {@code _deduplicate}: the first of each run of equal parameters, by hash and {@code ==}. */
  private static List<PyObject> deduplicate(ThreadState ts, List<PyObject> params) {
    List<PyObject> out = new ArrayList<>();
    for (PyObject p : params) {
      boolean seen = false;
      for (PyObject q : out) {
        if (p == q || Ops.richEq(ts, p, q)) {
          seen = true;
          break;
        }
      }
      if (!seen) {
        out.add(p);
      }
    }
    return out;
  }

  // --- Subscription of the special forms ---

  static PyObject[] items(PyObject params) {
    return params instanceof PyTuple t ? t.items : new PyObject[] {params};
  }

  private static PyObject single(ThreadState ts, SpecialForm f, PyObject item, String msg) {
    PyObject arg = typeCheck(ts, item, msg, true, false);
    try {
      PyTuple args = PyTuple.of(ts, arg);
      try {
        return new Alias(ts, GENERIC_ALIAS, K_GENERIC, f, args, null, true, null);
      } finally {
        Ops.decref(ts, args);
      }
    } finally {
      Ops.decref(ts, arg);
    }
  }

  static PyObject formGetItem(ThreadState ts, SpecialForm f, PyObject params) {
    String self = "typing." + f.name;
    switch (f.kind) {
      case CLASS_VAR, FINAL, TYPE_GUARD -> {
        return single(ts, f, params, self + " accepts only single type.");
      }
      case REQUIRED, NOT_REQUIRED -> {
        return single(ts, f, params, f.name + " accepts only a single type.");
      }
      case UNPACK -> {
        return single(ts, f, params, "Unpack[...] accepts only a single type.");
      }
      case UNION -> {
        return union(ts, items(params));
      }
      case OPTIONAL -> {
        PyObject arg = typeCheck(ts, params, self + " requires a single type.", true, false);
        try {
          return union(ts, new PyObject[] {arg, PySingleton.NONE_TYPE});
        } finally {
          Ops.decref(ts, arg);
        }
      }
      case LITERAL -> {
        return literal(ts, items(params));
      }
      case CONCATENATE -> {
        PyObject[] ps = items(params);
        if (ps.length == 0) {
          throw Exc.typeError(ts, "Cannot take a Concatenate of no types.");
        }
        if (!isParamSpecLike(ps[ps.length - 1]) && ps[ps.length - 1] != PySingleton.ELLIPSIS) {
          throw Exc.typeError(
              ts, "The last parameter to Concatenate should be a ParamSpec variable or ellipsis.");
        }
        PyTuple args = PyTuple.of(ts, ps);
        try {
          return new Alias(ts, CONCATENATE_ALIAS, K_CONCATENATE, f, args, null, true, null);
        } finally {
          Ops.decref(ts, args);
        }
      }
      default -> {
        throw Exc.typeError(ts, self + " is not subscriptable");
      }
    }
  }

  /** {@code Literal[...]}: nested Literals flattened, duplicates (by value and type) dropped. */
  private static PyObject literal(ThreadState ts, PyObject[] params) {
    List<PyObject> flat = new ArrayList<>();
    for (PyObject p : params) {
      if (p instanceof Alias a && a.kind == K_LITERAL) {
        flat.addAll(List.of(a.args.items));
      } else {
        flat.add(p);
      }
    }
    List<PyObject> unique = new ArrayList<>();
    boolean hashable = true;
    for (PyObject p : flat) {
      try {
        Ops.hash(ts, p);
      } catch (PyException e) {
        if (!e.matches(Exc.TypeError)) {
          throw e;
        }
        Ops.decref(ts, e.value);
        hashable = false;
      }
    }
    if (hashable) {
      for (PyObject p : flat) {
        boolean seen = false;
        for (PyObject q : unique) {
          if (p.type == q.type && (p == q || Ops.richEq(ts, p, q))) {
            seen = true;
            break;
          }
        }
        if (!seen) {
          unique.add(p);
        }
      }
    } else {
      unique = flat;
    }
    PyTuple args = PyTuple.of(ts, unique.toArray(PyObject[]::new));
    try {
      return new Alias(ts, LITERAL_ALIAS, K_LITERAL, LITERAL_FORM, args, null, true, null);
    } finally {
      Ops.decref(ts, args);
    }
  }

  /** {@code Annotated[t, *metadata]}: nested Annotated flattened into one. */
  static PyObject annotated(ThreadState ts, PyObject params) {
    if (!(params instanceof PyTuple t) || t.items.length < 2) {
      throw Exc.typeError(
          ts,
          "Annotated[...] should be used with at least two arguments (a type and an"
              + " annotation).");
    }
    PyObject origin = typeCheck(ts, t.items[0], "Annotated[t, ...]: t must be a type.", true, true);
    try {
      PyObject[] meta = java.util.Arrays.copyOfRange(t.items, 1, t.items.length);
      return annotatedAlias(ts, origin, meta);
    } finally {
      Ops.decref(ts, origin);
    }
  }

  static PyObject annotatedAlias(ThreadState ts, PyObject origin, PyObject[] metadata) {
    PyObject base = origin;
    PyObject[] meta = metadata;
    if (origin instanceof Alias a && a.kind == K_ANNOTATED) {
      base = a.origin;
      meta = new PyObject[a.metadata.items.length + metadata.length];
      System.arraycopy(a.metadata.items, 0, meta, 0, a.metadata.items.length);
      System.arraycopy(metadata, 0, meta, a.metadata.items.length, metadata.length);
    }
    PyTuple args = PyTuple.of(ts, base);
    PyTuple md = PyTuple.of(ts, meta);
    try {
      return new Alias(ts, ANNOTATED_ALIAS, K_ANNOTATED, base, args, null, true, md);
    } finally {
      Ops.decref(ts, args);
      Ops.decref(ts, md);
    }
  }
}
