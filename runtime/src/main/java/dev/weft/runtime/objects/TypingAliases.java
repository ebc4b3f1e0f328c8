package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;
import static dev.weft.runtime.objects.Typing.*;

import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.modules.Builtins;
import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code typing}'s aliases do (CPython 3.11's {@code _BaseGenericAlias} and its subclasses):
 * subscription of the special aliases with their argument checks ({@code List[int]}, {@code
 * Tuple[int, ...]}, {@code Callable[[int], str]}), substitution of type variables in subscripted
 * ones ({@code Dict[str, T][int]}), their reprs, equality and hashing, calling, {@code
 * __mro_entries__} and the isinstance rules; and the special forms' methods.
 */
final class TypingAliases {
  private TypingAliases() {}

  // --- Subscription of the aliases ---

  /** {@code _check_generic}. */
  static void checkGeneric(ThreadState ts, PyObject cls, int given, int expected) {
    if (expected == 0) {
      throw Exc.typeError(ts, Ops.strString(ts, cls) + " is not a generic class");
    }
    if (given != expected) {
      throw Exc.typeError(
          ts,
          "Too "
              + (given > expected ? "many" : "few")
              + " arguments for "
              + Ops.strString(ts, cls)
              + "; actual "
              + given
              + ", expected "
              + expected);
    }
  }

  /** A new alias like {@code a} over {@code params} ({@code copy_with}). */
  static PyObject copyWith(ThreadState ts, Alias a, PyTuple params) {
    switch (a.kind) {
      case K_UNION -> {
        return union(ts, params.items);
      }
      case K_ANNOTATED -> {
        return annotatedAlias(ts, params.items[0], a.metadata.items);
      }
      case K_CALLABLE, K_CALLABLE_TYPE -> {
        return new Alias(
            ts, CALLABLE_ALIAS, K_CALLABLE, a.origin, params, "Callable", a.inst, null);
      }
      case K_LITERAL -> {
        return new Alias(ts, LITERAL_ALIAS, K_LITERAL, a.origin, params, a.name, a.inst, null);
      }
      case K_CONCATENATE -> {
        return new Alias(ts, CONCATENATE_ALIAS, K_CONCATENATE, a.origin, params, null, true, null);
      }
      default -> {
        return new Alias(ts, GENERIC_ALIAS, K_GENERIC, a.origin, params, a.name, a.inst, null);
      }
    }
  }

  static PyObject aliasGetItem(ThreadState ts, Alias a, PyObject params) {
    if (a.special()) {
      return specialGetItem(ts, a, params);
    }
    if (a.origin == TypingClasses.GENERIC || a.origin == TypingClasses.PROTOCOL) {
      throw Exc.typeError(ts, "Cannot subscript already-subscripted " + Ops.strString(ts, a));
    }
    PyTuple tparams = a.parameters(ts);
    if (tparams.items.length == 0) {
      throw Exc.typeError(ts, Ops.strString(ts, a) + " is not a generic class");
    }
    PyObject[] given = items(params);
    PyObject[] converted = new PyObject[given.length];
    for (int i = 0; i < given.length; i++) {
      converted[i] = typeConvert(ts, given[i], false);
    }
    PyTuple args = PyTuple.steal(ts, converted);
    try {
      int n = tparams.items.length;
      // A ParamSpec's substitute may be a list of types; a lone one takes all the items.
      PyObject item = args;
      if (n == 1 && isParamSpecLike(tparams.items[0]) && !(given.length == 1)) {
        item = PyTuple.of(ts, args);
      } else {
        Ops.incref(ts, item);
      }
      try {
        PyTuple newArgs = GenericAliases.substitute(ts, a, a.args, tparams, item);
        try {
          return copyWith(ts, a, newArgs);
        } finally {
          Ops.decref(ts, newArgs);
        }
      } finally {
        Ops.decref(ts, item);
      }
    } finally {
      Ops.decref(ts, args);
    }
  }

  private static PyObject specialGetItem(ThreadState ts, Alias a, PyObject params) {
    if (a.kind == K_TUPLE_TYPE) {
      PyObject[] ps = items(params);
      if (ps.length >= 2 && ps[ps.length - 1] == PySingleton.ELLIPSIS) {
        PyObject[] checked = new PyObject[ps.length];
        for (int i = 0; i < ps.length - 1; i++) {
          checked[i] = typeCheck(ts, ps[i], "Tuple[t, ...]: t must be a type.", true, false);
        }
        checked[ps.length - 1] = PySingleton.ELLIPSIS;
        return withArgs(ts, a, checked);
      }
      PyObject[] checked = new PyObject[ps.length];
      for (int i = 0; i < ps.length; i++) {
        checked[i] =
            typeCheck(ts, ps[i], "Tuple[t0, t1, ...]: each t must be a type.", true, false);
      }
      return withArgs(ts, a, checked);
    }
    if (a.kind == K_CALLABLE_TYPE) {
      if (!(params instanceof PyTuple t) || t.items.length != 2) {
        throw Exc.typeError(ts, "Callable must be used as Callable[[arg, ...], result].");
      }
      PyObject args = t.items[0];
      PyObject result =
          typeCheck(ts, t.items[1], "Callable[args, result]: result must be a type.", true, false);
      try {
        List<PyObject> all = new ArrayList<>();
        if (args == PySingleton.ELLIPSIS) {
          all.add(Ops.newRef(ts, args));
        } else {
          PyObject[] as =
              args instanceof PyList l
                  ? java.util.Arrays.copyOf(l.items, l.size)
                  : args instanceof PyTuple at ? at.items : new PyObject[] {args};
          for (PyObject x : as) {
            all.add(typeConvert(ts, x, false));
          }
        }
        all.add(Ops.newRef(ts, result));
        PyTuple tuple = PyTuple.steal(ts, all.toArray(PyObject[]::new));
        try {
          return new Alias(
              ts, CALLABLE_ALIAS, K_CALLABLE, a.origin, tuple, "Callable", a.inst, null);
        } finally {
          Ops.decref(ts, tuple);
        }
      } finally {
        Ops.decref(ts, result);
      }
    }
    PyObject[] ps = items(params);
    PyObject[] checked = new PyObject[ps.length];
    for (int i = 0; i < ps.length; i++) {
      checked[i] = typeCheck(ts, ps[i], "Parameters to generic types must be types.", true, false);
    }
    try {
      checkGeneric(ts, a, ps.length, a.nparams);
    } catch (RuntimeException e) {
      for (PyObject c : checked) {
        Ops.decref(ts, c);
      }
      throw e;
    }
    return withArgs(ts, a, checked);
  }

  /** A subscripted alias of the special alias {@code a}, taking over {@code args}. */
  private static PyObject withArgs(ThreadState ts, Alias a, PyObject[] args) {
    PyTuple t = PyTuple.steal(ts, args);
    try {
      return new Alias(ts, GENERIC_ALIAS, K_GENERIC, a.origin, t, a.name, a.inst, null);
    } finally {
      Ops.decref(ts, t);
    }
  }

  // --- repr, ==, hash ---

  static String aliasRepr(ThreadState ts, Alias a) {
    if (a.special()) {
      return "typing." + a.name;
    }
    PyObject[] args = a.args.items;
    switch (a.kind) {
      case K_UNION -> {
        if (args.length == 2) {
          if (args[0] == PySingleton.NONE_TYPE) {
            return "typing.Optional[" + typeRepr(ts, args[1]) + "]";
          }
          if (args[1] == PySingleton.NONE_TYPE) {
            return "typing.Optional[" + typeRepr(ts, args[0]) + "]";
          }
        }
      }
      case K_ANNOTATED -> {
        StringBuilder sb = new StringBuilder("typing.Annotated[").append(typeRepr(ts, a.origin));
        for (PyObject m : a.metadata.items) {
          sb.append(", ").append(Ops.reprString(ts, m));
        }
        return sb.append(']').toString();
      }
      case K_CALLABLE -> {
        if (!(args.length == 2 && (GenericAliases.isParamExpr(args[0])))) {
          StringBuilder sb = new StringBuilder("typing.Callable[[");
          for (int i = 0; i < args.length - 1; i++) {
            if (i > 0) {
              sb.append(", ");
            }
            sb.append(typeRepr(ts, args[i]));
          }
          return sb.append("], ")
              .append(typeRepr(ts, args[args.length - 1]))
              .append(']')
              .toString();
        }
      }
      default -> {}
    }
    String name = a.name != null ? "typing." + a.name : typeRepr(ts, a.origin);
    StringBuilder sb = new StringBuilder(name).append('[');
    if (args.length == 0) {
      sb.append("()");
    }
    for (int i = 0; i < args.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(typeRepr(ts, args[i]));
    }
    return sb.append(']').toString();
  }

  /** {@code a == other}, or null for NotImplemented. */
  static Boolean aliasEquals(ThreadState ts, Alias a, PyObject other) {
    if (a.special()) {
      if (!(other instanceof Alias o) || !o.special()) {
        return null;
      }
      return Ops.richEq(ts, a.origin, o.origin) && a.nparams == o.nparams;
    }
    switch (a.kind) {
      case K_UNION -> {
        if (other instanceof GenericAliases.Union u) {
          return UnionTypes.sameMembers(ts, a.args, u.args);
        }
        if (!(other instanceof Alias o) || o.kind != K_UNION) {
          return null;
        }
        return UnionTypes.sameMembers(ts, a.args, o.args);
      }
      case K_LITERAL -> {
        if (!(other instanceof Alias o) || o.kind != K_LITERAL) {
          return null;
        }
        PyTuple x = valueAndType(ts, a.args), y = valueAndType(ts, o.args);
        try {
          return UnionTypes.sameMembers(ts, x, y);
        } finally {
          Ops.decref(ts, x);
          Ops.decref(ts, y);
        }
      }
      case K_ANNOTATED -> {
        if (!(other instanceof Alias o) || o.kind != K_ANNOTATED) {
          return null;
        }
        return Ops.richEq(ts, a.origin, o.origin) && Ops.richEq(ts, a.metadata, o.metadata);
      }
      default -> {
        if (!(other instanceof Alias o) || o.special()) {
          return null;
        }
        return Ops.richEq(ts, a.origin, o.origin) && Ops.richEq(ts, a.args, o.args);
      }
    }
  }

  /** {@code tuple(_value_and_type_iter(args))}: (value, type(value)) pairs. */
  private static PyTuple valueAndType(ThreadState ts, PyTuple args) {
    PyObject[] pairs = new PyObject[args.items.length];
    for (int i = 0; i < pairs.length; i++) {
      pairs[i] = PyTuple.of(ts, args.items[i], args.items[i].type);
    }
    return PyTuple.steal(ts, pairs);
  }

  static long aliasHash(ThreadState ts, Alias a) {
    if (a.special()) {
      return Ops.hash(ts, a.origin) ^ 0x5bd1e995L;
    }
    switch (a.kind) {
      case K_UNION -> {
        return UnionTypes.frozenHash(ts, a.args);
      }
      case K_LITERAL -> {
        PyTuple x = valueAndType(ts, a.args);
        try {
          return UnionTypes.frozenHash(ts, x);
        } finally {
          Ops.decref(ts, x);
        }
      }
      case K_ANNOTATED -> {
        PyTuple t = PyTuple.of(ts, a.origin, a.metadata);
        try {
          return Ops.hash(ts, t);
        } finally {
          Ops.decref(ts, t);
        }
      }
      default -> {
        PyTuple t = PyTuple.of(ts, a.origin, a.args);
        try {
          return Ops.hash(ts, t);
        } finally {
          Ops.decref(ts, t);
        }
      }
    }
  }

  // --- Method setup ---

  private static final PyStr MODULE = PyStr.intern("typing");

  static void setup() {
    for (PyType t :
        new PyType[] {
          SPECIAL_FORM,
          BASE_ALIAS,
          GENERIC_ALIAS,
          SPECIAL_ALIAS,
          UNION_ALIAS,
          LITERAL_ALIAS,
          CALLABLE_ALIAS,
          ANNOTATED_ALIAS,
          CONCATENATE_ALIAS,
          CALLABLE_TYPE,
          TUPLE_TYPE
        }) {
      Bootstrap.constant(t, "__module__", MODULE);
    }
    PyType f = SPECIAL_FORM;
    def(
        f,
        "__repr__",
        0,
        (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, "typing." + ((SpecialForm) self).name));
    def(
        f,
        "__getitem__",
        1,
        (PyBuiltin.F1) (ts, self, params) -> formGetItem(ts, (SpecialForm) self, params));
    def(
        f,
        "__call__",
        0,
        (PyBuiltin.FN)
            (ts, self, a, o, n, k) -> {
              throw Exc.typeError(ts, "Cannot instantiate " + Ops.reprString(ts, self));
            });
    def(
        f,
        "__instancecheck__",
        1,
        (PyBuiltin.F1)
            (ts, self, o) -> {
              throw Exc.typeError(
                  ts, Ops.reprString(ts, self) + " cannot be used with isinstance()");
            });
    def(
        f,
        "__subclasscheck__",
        1,
        (PyBuiltin.F1)
            (ts, self, o) -> {
              throw Exc.typeError(
                  ts, Ops.reprString(ts, self) + " cannot be used with issubclass()");
            });
    def(
        f,
        "__mro_entries__",
        1,
        (PyBuiltin.F1)
            (ts, self, bases) -> {
              throw Exc.typeError(ts, "Cannot subclass " + Ops.reprString(ts, self));
            });
    def(
        f,
        "__or__",
        1,
        (PyBuiltin.F1) (ts, self, other) -> union(ts, new PyObject[] {self, other}));
    def(
        f,
        "__ror__",
        1,
        (PyBuiltin.F1) (ts, self, other) -> union(ts, new PyObject[] {other, self}));
    def(f, "__reduce__", 0, (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, ((SpecialForm) self).name));
    for (String n : new String[] {"_name", "__name__", "__qualname__"}) {
      Bootstrap.getset(f, n, (ts, self) -> PyStr.of(ts, ((SpecialForm) self).name), null);
    }

    PyType b = BASE_ALIAS;
    def(b, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, aliasRepr(ts, (Alias) self)));
    def(
        b,
        "__eq__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              Boolean r = aliasEquals(ts, (Alias) self, other);
              return r == null ? PySingleton.NOT_IMPLEMENTED : PyBool.of(r);
            });
    def(
        b,
        "__ne__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              Boolean r = aliasEquals(ts, (Alias) self, other);
              return r == null ? PySingleton.NOT_IMPLEMENTED : PyBool.of(!r);
            });
    def(b, "__hash__", 0, (PyBuiltin.F0) (ts, self) -> PyInt.of(ts, aliasHash(ts, (Alias) self)));
    def(
        b,
        "__getitem__",
        1,
        (PyBuiltin.F1) (ts, self, params) -> aliasGetItem(ts, (Alias) self, params));
    def(b, "__call__", 0, (PyBuiltin.FN) TypingAliases::aliasCall);
    def(b, "__mro_entries__", 1, (PyBuiltin.F1) TypingAliases::mroEntries);
    def(b, "__instancecheck__", 1, (PyBuiltin.F1) (ts, self, o) -> instanceCheck(ts, self, o));
    def(
        b,
        "__subclasscheck__",
        1,
        (PyBuiltin.F1) (ts, self, c) -> PyBool.of(subclassCheck(ts, (Alias) self, c)));
    def(
        b,
        "__or__",
        1,
        (PyBuiltin.F1) (ts, self, other) -> union(ts, new PyObject[] {self, other}));
    def(
        b,
        "__ror__",
        1,
        (PyBuiltin.F1) (ts, self, other) -> union(ts, new PyObject[] {other, self}));
    def(
        b,
        "__getattr__",
        1,
        (PyBuiltin.F1)
            (ts, self, name) -> {
              String s = ((PyStr) name).value;
              if (s.startsWith("__") && s.endsWith("__")) {
                throw Exc.raise(ts, Exc.AttributeError, s);
              }
              return Ops.getattr(ts, ((Alias) self).origin, (PyStr) name);
            });
    def(
        b,
        "copy_with",
        1,
        (PyBuiltin.F1)
            (ts, self, params) -> {
              PyTuple t = SequenceOps.toTuple(ts, params);
              try {
                return copyWith(ts, (Alias) self, t);
              } finally {
                Ops.decref(ts, t);
              }
            });
    Bootstrap.getset(b, "__origin__", (ts, self) -> Ops.newRef(ts, ((Alias) self).origin), null);
    Bootstrap.getset(
        b,
        "__args__",
        (ts, self) -> {
          Alias a = (Alias) self;
          if (a.special()) {
            throw Exc.raise(ts, Exc.AttributeError, "__args__");
          }
          return Ops.newRef(ts, a.args);
        },
        null);
    Bootstrap.getset(
        b,
        "__parameters__",
        (ts, self) -> {
          Alias a = (Alias) self;
          if (a.special()) {
            throw Exc.raise(ts, Exc.AttributeError, "__parameters__");
          }
          return Ops.newRef(ts, a.parameters(ts));
        },
        null);
    Bootstrap.getset(
        b,
        "__metadata__",
        (ts, self) -> {
          Alias a = (Alias) self;
          if (a.metadata == null) {
            throw Exc.raise(ts, Exc.AttributeError, "__metadata__");
          }
          return Ops.newRef(ts, a.metadata);
        },
        null);
    Bootstrap.getset(
        b,
        "_name",
        (ts, self) -> {
          String n = ((Alias) self).name;
          return n == null ? PySingleton.NONE : PyStr.of(ts, n);
        },
        null);
    Bootstrap.getset(b, "_inst", (ts, self) -> PyBool.of(((Alias) self).inst), null);
    for (String n : new String[] {"__name__", "__qualname__"}) {
      Bootstrap.getset(
          b,
          n,
          (ts, self) -> {
            Alias a = (Alias) self;
            if (a.name != null) {
              return PyStr.of(ts, a.name);
            }
            return Ops.getattr(ts, a.origin, n);
          },
          null);
    }
    Bootstrap.constant(SPECIAL_ALIAS, "__iter__", PySingleton.NONE);
  }

  /** {@code alias(*args)}: an instance of the origin, told its {@code __orig_class__}. */
  private static PyObject aliasCall(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    Alias a = (Alias) self;
    if (!a.inst) {
      throw Exc.typeError(
          ts,
          "Type "
              + a.name
              + " cannot be instantiated; use "
              + ((PyType) a.origin).shortName()
              + "() instead");
    }
    PyObject r = Calls.call(ts, a.origin, args, off, n, kw);
    if (a.special()) {
      return r;
    }
    try {
      Ops.setattr(ts, r, PyStr.intern("__orig_class__"), self);
    } catch (PyException e) {
      if (!e.matches(Exc.AttributeError) && !e.matches(Exc.TypeError)) {
        Ops.decref(ts, r);
        throw e;
      }
      Ops.decref(ts, e.value);
    }
    return r;
  }

  /** {@code __mro_entries__}: the origin (and Generic, when nothing later brings it in). */
  private static PyObject mroEntries(ThreadState ts, PyObject self, PyObject basesObj) {
    Alias a = (Alias) self;
    PyObject[] bases = basesObj instanceof PyTuple t ? t.items : new PyObject[0];
    if (!a.special() && a.kind == K_ANNOTATED) {
      return PyTuple.of(ts, a.origin);
    }
    if (!a.special() && a.origin instanceof SpecialForm) {
      throw Exc.typeError(ts, "Cannot subclass " + Ops.reprString(ts, self));
    }
    if (!a.special() && a.name == null) {
      if (a.origin == TypingClasses.GENERIC) {
        for (PyObject x : bases) {
          if (x == TypingClasses.PROTOCOL) {
            return PyTuple.EMPTY;
          }
        }
        int i = indexOf(bases, self);
        for (int j = i + 1; j < bases.length; j++) {
          if ((bases[j] instanceof Alias) && bases[j] != self) {
            return PyTuple.EMPTY;
          }
        }
      }
      return PyTuple.of(ts, a.origin);
    }
    List<PyObject> res = new ArrayList<>();
    boolean present = false;
    for (PyObject x : bases) {
      if (x == a.origin) {
        present = true;
      }
    }
    if (!present) {
      res.add(a.origin);
    }
    int i = indexOf(bases, self);
    boolean generic = false;
    for (int j = i + 1; j < bases.length; j++) {
      PyObject x = bases[j];
      if (x instanceof Alias || (x instanceof PyType xt && xt.isSubtypeOf(TypingClasses.GENERIC))) {
        generic = true;
        break;
      }
    }
    if (!generic) {
      res.add(TypingClasses.GENERIC);
    }
    return PyTuple.of(ts, res.toArray(PyObject[]::new));
  }

  private static int indexOf(PyObject[] items, PyObject x) {
    for (int i = 0; i < items.length; i++) {
      if (items[i] == x) {
        return i;
      }
    }
    return -1;
  }

  private static PyObject instanceCheck(ThreadState ts, PyObject self, PyObject o) {
    return PyBool.of(subclassCheck(ts, (Alias) self, o.type));
  }

  private static boolean subclassCheck(ThreadState ts, Alias a, PyObject cls) {
    if (a.special()) {
      if (cls instanceof Alias o && o.special()) {
        return Builtins.isSubclass(ts, o.origin, a.origin);
      }
      if (!(cls instanceof Alias)) {
        return Builtins.isSubclass(ts, cls, a.origin);
      }
    } else if (a.kind == K_UNION) {
      for (PyObject arg : a.args.items) {
        if (Builtins.isSubclass(ts, cls, arg)) {
          return true;
        }
      }
      return false;
    }
    throw Exc.typeError(ts, "Subscripted generics cannot be used with class and instance checks");
  }
}
