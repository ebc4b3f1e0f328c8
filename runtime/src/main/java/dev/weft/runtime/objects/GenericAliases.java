package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;

import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.GenericAlias} ({@code list[int]}, what {@code __class_getitem__} of the builtin
 * containers and the ABCs returns) and {@code types.UnionType} ({@code int | None}), as CPython
 * 3.11's {@code genericaliasobject.c} and {@code unionobject.c} define them: their reprs, equality
 * and hashing, substitution of type variables by subscription, {@code __mro_entries__} so that
 * {@code class C(list[int])} works, and the isinstance refusals. Annotations evaluate these at
 * definition time, so {@code def f(x: list[int]) -> dict[str, int] | None} needs all of it.
 */
public final class GenericAliases {
  private GenericAliases() {}

  public static final PyType GENERIC_ALIAS =
      PyType.builtin("types.GenericAlias", null, PyType.BASETYPE, null);

  /** {@code collections.abc.Callable[[args], result]}'s alias, which prints its arguments. */
  public static final PyType CALLABLE_ALIAS =
      PyType.builtin("collections.abc._CallableGenericAlias", GENERIC_ALIAS, 0, null);

  public static final PyType UNION = PyType.builtin("types.UnionType", null, 0, null);

  /** A generic alias: the origin and its arguments (owned), the type variables among them. */
  public static final class Alias extends PyObject {
    public final PyObject origin;
    public final PyTuple args;
    private PyTuple parameters;

    Alias(ThreadState ts, PyType type, PyObject origin, PyTuple args) {
      super(ts.rc, type);
      this.origin = Ops.newRef(ts, origin);
      this.args = Ops.newRef(ts, args);
    }

    PyTuple parameters(ThreadState ts) {
      if (parameters == null) {
        parameters = makeParameters(ts, args);
      }
      return parameters;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      visit.accept(origin);
      visit.accept(args);
      visitNonNull(visit, parameters);
    }

    @Override
    protected void release(dev.weft.refcount.RcThread thread) {
      Ops.decref(thread, origin);
      Ops.decref(thread, args);
      Ops.xdecref(thread, parameters);
    }
  }

  /** {@code X | Y}: the flattened, deduplicated arguments (owned). */
  public static final class Union extends PyObject {
    public final PyTuple args;
    private PyTuple parameters;

    Union(ThreadState ts, PyTuple args) {
      super(ts.rc, UNION);
      this.args = Ops.newRef(ts, args);
    }

    PyTuple parameters(ThreadState ts) {
      if (parameters == null) {
        parameters = makeParameters(ts, args);
      }
      return parameters;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      visit.accept(args);
      visitNonNull(visit, parameters);
    }

    @Override
    protected void release(dev.weft.refcount.RcThread thread) {
      Ops.decref(thread, args);
      Ops.xdecref(thread, parameters);
    }
  }

  /** {@code origin[item]} as {@code __class_getitem__} makes it. */
  public static PyObject of(ThreadState ts, PyObject origin, PyObject item) {
    PyTuple args = item instanceof PyTuple t ? Ops.newRef(ts, t) : PyTuple.of(ts, item);
    try {
      return new Alias(ts, GENERIC_ALIAS, origin, args);
    } finally {
      Ops.decref(ts, args);
    }
  }

  /** The classmethod {@code __class_getitem__} that makes {@code cls[item]} a GenericAlias. */
  static final PyDescriptors.Wrapper CLASS_GETITEM =
      Abc.classMethod(
          PyBuiltin.function(
              "__class_getitem__", 2, (PyBuiltin.F2) (ts, unused, cls, item) -> of(ts, cls, item)));

  /** The attributes an alias answers itself; every other one is its origin's. */
  private static final java.util.Set<String> OWN_ATTRIBUTES =
      java.util.Set.of(
          "__class__",
          "__origin__",
          "__args__",
          "__unpacked__",
          "__parameters__",
          "__typing_unpacked_tuple_args__",
          "__mro_entries__",
          "__reduce_ex__",
          "__reduce__",
          "__copy__",
          "__deepcopy__");

  static void setup() {
    PyType g = GENERIC_ALIAS;
    Bootstrap.constant(g, "__module__", PyStr.intern("types"));
    Bootstrap.newMethod(
        g,
        (ts, self, args, off, n, kw) -> {
          if (kw != null && kw.items.length > 0) {
            throw Exc.typeError(ts, "GenericAlias() takes no keyword arguments");
          }
          ArgParser.checkPositional(ts, "GenericAlias", n - 1, 2, 2);
          PyType cls = (PyType) args[off];
          PyObject item = args[off + 2];
          PyTuple t = item instanceof PyTuple tt ? Ops.newRef(ts, tt) : PyTuple.of(ts, item);
          try {
            return new Alias(ts, cls, args[off + 1], t);
          } finally {
            Ops.decref(ts, t);
          }
        });
    Bootstrap.getset(g, "__origin__", (ts, self) -> Ops.newRef(ts, ((Alias) self).origin), null);
    Bootstrap.getset(g, "__args__", (ts, self) -> Ops.newRef(ts, ((Alias) self).args), null);
    Bootstrap.getset(
        g, "__parameters__", (ts, self) -> Ops.newRef(ts, ((Alias) self).parameters(ts)), null);
    Bootstrap.getset(g, "__unpacked__", (ts, self) -> PyBool.FALSE, null);
    def(
        g,
        "__getattribute__",
        1,
        (PyBuiltin.F1)
            (ts, self, name) -> {
              if (!(name instanceof PyStr s)) {
                throw Exc.typeError(
                    ts, "attribute name must be string, not '" + name.typeName() + "'");
              }
              if (OWN_ATTRIBUTES.contains(s.value)) {
                PyObject r = Attributes.genericGet(ts, self, s);
                if (r == null) {
                  throw Exc.attributeError(ts, self, s.value);
                }
                return r;
              }
              return Ops.getattr(ts, ((Alias) self).origin, s);
            });
    def(g, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, aliasRepr(ts, (Alias) self)));
    def(
        g,
        "__eq__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              if (!(other instanceof Alias o)) {
                return PySingleton.NOT_IMPLEMENTED;
              }
              Alias a = (Alias) self;
              return PyBool.of(
                  Ops.richEq(ts, a.origin, o.origin) && Ops.richEq(ts, a.args, o.args));
            });
    def(
        g,
        "__ne__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              if (!(other instanceof Alias o)) {
                return PySingleton.NOT_IMPLEMENTED;
              }
              Alias a = (Alias) self;
              return PyBool.of(
                  !(Ops.richEq(ts, a.origin, o.origin) && Ops.richEq(ts, a.args, o.args)));
            });
    def(
        g,
        "__hash__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              Alias a = (Alias) self;
              return PyInt.of(ts, Ops.hash(ts, a.origin) ^ Ops.hash(ts, a.args));
            });
    def(g, "__call__", 0, (PyBuiltin.FN) GenericAliases::call);
    def(
        g,
        "__mro_entries__",
        1,
        (PyBuiltin.F1) (ts, self, bases) -> PyTuple.of(ts, ((Alias) self).origin));
    def(
        g,
        "__instancecheck__",
        1,
        (PyBuiltin.F1)
            (ts, self, o) -> {
              throw Exc.typeError(ts, "isinstance() argument 2 cannot be a parameterized generic");
            });
    def(
        g,
        "__subclasscheck__",
        1,
        (PyBuiltin.F1)
            (ts, self, o) -> {
              throw Exc.typeError(ts, "issubclass() argument 2 cannot be a parameterized generic");
            });
    def(g, "__getitem__", 1, (PyBuiltin.F1) GenericAliases::subscript);
    def(g, "__or__", 1, (PyBuiltin.F1) (ts, self, other) -> UnionTypes.or(ts, self, other));
    def(g, "__ror__", 1, (PyBuiltin.F1) (ts, self, other) -> UnionTypes.or(ts, other, self));
    def(
        g,
        "__reduce__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              Alias a = (Alias) self;
              return PyTuple.steal(
                  ts, new PyObject[] {Ops.newRef(ts, self.type), PyTuple.of(ts, a.origin, a.args)});
            });

    Bootstrap.constant(CALLABLE_ALIAS, "__module__", PyStr.intern("collections.abc"));
    def(
        CALLABLE_ALIAS,
        "__repr__",
        0,
        (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, callableRepr(ts, (Alias) self)));

    UnionTypes.setup();

    for (PyType t :
        new PyType[] {
          PyList.TYPE,
          PyDict.TYPE,
          PyTuple.TYPE,
          PySet.SET_TYPE,
          PySet.FROZENSET_TYPE,
          PyType.TYPE,
          PyDeque.TYPE,
          PyDefaultDict.TYPE,
          OrderedDicts.TYPE,
          Counters.TYPE,
          BuiltinIterators.ENUMERATE,
          DictOps.KEYS_VIEW,
          DictOps.VALUES_VIEW,
          DictOps.ITEMS_VIEW,
          CollectionsAbc.ITERABLE,
          CollectionsAbc.CONTAINER,
          CollectionsAbc.AWAITABLE,
          CollectionsAbc.ASYNC_ITERABLE,
          CollectionsAbc.MAPPING_VIEW
        }) {
      Bootstrap.constant(t, "__class_getitem__", CLASS_GETITEM);
    }
    Bootstrap.constant(
        CollectionsAbc.CALLABLE,
        "__class_getitem__",
        Abc.classMethod(
            PyBuiltin.function(
                "__class_getitem__",
                2,
                (PyBuiltin.F2) (ts, unused, cls, item) -> callableAlias(ts, cls, item))));
  }

  // --- GenericAlias ---

  /** {@code alias(*args)}: the origin called, the result told its {@code __orig_class__}. */
  private static PyObject call(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    PyObject r = Calls.call(ts, ((Alias) self).origin, args, off, n, kw);
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

  /** {@code ga_repr_item}: {@code ...}, an alias's repr, {@code module.qualname}, or repr. */
  static String reprItem(ThreadState ts, PyObject o) {
    if (o == PySingleton.ELLIPSIS) {
      return "...";
    }
    if (o instanceof Alias || o instanceof Union) {
      return Ops.reprString(ts, o);
    }
    if (o instanceof PyType t) {
      String mod = moduleOf(t);
      return mod.equals("builtins") ? t.qualname : mod + "." + t.qualname;
    }
    if (!(o instanceof PyInstance) && !(o instanceof PyFunction)) {
      return Ops.reprString(ts, o);
    }
    PyObject origin = Ops.getattrOrNull(ts, o, PyStr.intern("__origin__"));
    PyObject args = origin == null ? null : Ops.getattrOrNull(ts, o, PyStr.intern("__args__"));
    Ops.xdecref(ts, origin);
    if (args != null) {
      Ops.decref(ts, args);
      return Ops.reprString(ts, o);
    }
    PyObject qualname = Ops.getattrOrNull(ts, o, PyStr.intern("__qualname__"));
    PyObject module =
        qualname == null ? null : Ops.getattrOrNull(ts, o, PyStr.intern("__module__"));
    try {
      if (qualname instanceof PyStr q && module != null) {
        if (module instanceof PyStr m && m.value.equals("builtins")) {
          return q.value;
        }
        return Ops.strString(ts, module) + "." + q.value;
      }
      return Ops.reprString(ts, o);
    } finally {
      Ops.xdecref(ts, qualname);
      Ops.xdecref(ts, module);
    }
  }

  static String moduleOf(PyType t) {
    PyObject m = t.dict == null ? null : t.dict.getString("__module__");
    return m instanceof PyStr s ? s.value : "builtins";
  }

  private static String aliasRepr(ThreadState ts, Alias a) {
    StringBuilder sb = new StringBuilder(reprItem(ts, a.origin)).append('[');
    if (a.args.items.length == 0) {
      sb.append("()");
    }
    for (int i = 0; i < a.args.items.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      PyObject x = a.args.items[i];
      if (x instanceof PyList l) {
        sb.append('[');
        for (int j = 0; j < l.size; j++) {
          if (j > 0) {
            sb.append(", ");
          }
          sb.append(reprItem(ts, l.items[j]));
        }
        sb.append(']');
      } else {
        sb.append(reprItem(ts, x));
      }
    }
    return sb.append(']').toString();
  }

  /** {@code collections.abc.Callable[[a, b], r]}, or the plain form for {@code [..., r]}. */
  private static String callableRepr(ThreadState ts, Alias a) {
    PyObject[] args = a.args.items;
    if (args.length == 2 && isParamExpr(args[0])) {
      return aliasRepr(ts, a);
    }
    StringBuilder sb = new StringBuilder("collections.abc.Callable[[");
    for (int i = 0; i < args.length - 1; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(Typing.typeRepr(ts, args[i]));
    }
    sb.append("], ");
    if (args.length > 0) {
      sb.append(Typing.typeRepr(ts, args[args.length - 1]));
    }
    return sb.append(']').toString();
  }

  static boolean isParamExpr(PyObject o) {
    return o == PySingleton.ELLIPSIS || o instanceof PyList || Typing.isParamSpecLike(o);
  }

  /** {@code Callable[[args], result]} for {@code collections.abc.Callable}. */
  private static PyObject callableAlias(ThreadState ts, PyObject cls, PyObject item) {
    if (!(item instanceof PyTuple t) || t.items.length != 2) {
      throw Exc.typeError(ts, "Callable must be used as Callable[[arg, ...], result].");
    }
    PyObject params = t.items[0];
    PyTuple args;
    if (params instanceof PyList || params instanceof PyTuple) {
      PyList l = SequenceOps.toList(ts, params);
      try {
        l.append(ts, t.items[1]);
        args = PyTuple.copyOf(ts, l.items, 0, l.size);
      } finally {
        Ops.decref(ts, l);
      }
    } else if (isParamExpr(params)) {
      args = Ops.newRef(ts, t);
    } else {
      throw Exc.typeError(
          ts,
          "Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got "
              + Ops.strString(ts, params));
    }
    try {
      return new Alias(ts, CALLABLE_ALIAS, cls, args);
    } finally {
      Ops.decref(ts, args);
    }
  }

  /** {@code _Py_make_parameters}: the type variables among {@code args}, and theirs, in order. */
  static PyTuple makeParameters(ThreadState ts, PyTuple args) {
    List<PyObject> out = new ArrayList<>();
    for (PyObject t : args.items) {
      if (t instanceof PyType) {
        continue;
      }
      if (Typing.isTypeVarLike(t)) {
        addUnique(ts, out, t);
        continue;
      }
      if (t instanceof PyList l) {
        for (int i = 0; i < l.size; i++) {
          PyObject x = l.items[i];
          if (Typing.isTypeVarLike(x)) {
            addUnique(ts, out, x);
          }
        }
        continue;
      }
      if (t instanceof PyStr || t instanceof PyInt || t == PySingleton.ELLIPSIS) {
        continue;
      }
      PyObject sub = Ops.getattrOrNull(ts, t, PyStr.intern("__parameters__"));
      if (sub instanceof PyTuple st) {
        for (PyObject x : st.items) {
          addUnique(ts, out, x);
        }
      }
      Ops.xdecref(ts, sub);
    }
    return PyTuple.of(ts, out.toArray(PyObject[]::new));
  }

  private static void addUnique(ThreadState ts, List<PyObject> out, PyObject x) {
    for (PyObject y : out) {
      if (y == x) {
        return;
      }
    }
    out.add(x);
  }

  /** {@code alias[item]}: the alias's type variables replaced by the items, in order. */
  private static PyObject subscript(ThreadState ts, PyObject self, PyObject item) {
    Alias a = (Alias) self;
    PyTuple params = a.parameters(ts);
    if (params.items.length == 0) {
      throw Exc.typeError(ts, Ops.reprString(ts, self) + " is not a generic class");
    }
    PyTuple newArgs = substitute(ts, self, a.args, params, item);
    try {
      return new Alias(ts, GENERIC_ALIAS, a.origin, newArgs);
    } finally {
      Ops.decref(ts, newArgs);
    }
  }

  /** {@code _Py_subs_parameters}: {@code args} with each parameter replaced by its item. */
  static PyTuple substitute(
      ThreadState ts, PyObject self, PyTuple args, PyTuple params, PyObject item) {
    PyObject[] items = item instanceof PyTuple t ? t.items : new PyObject[] {item};
    int nparams = params.items.length;
    if (items.length != nparams) {
      throw Exc.typeError(
          ts,
          "Too "
              + (items.length > nparams ? "many" : "few")
              + " arguments for "
              + Ops.reprString(ts, self)
              + "; actual "
              + items.length
              + ", expected "
              + nparams);
    }
    PyObject[] out = new PyObject[args.items.length];
    int made = 0;
    try {
      for (PyObject arg : args.items) {
        out[made++] = substituteOne(ts, arg, params, items);
      }
    } catch (RuntimeException e) {
      for (int i = 0; i < made - 1; i++) {
        Ops.xdecref(ts, out[i]);
      }
      throw e;
    }
    return PyTuple.steal(ts, out);
  }

  private static PyObject substituteOne(
      ThreadState ts, PyObject arg, PyTuple params, PyObject[] items) {
    if (arg instanceof PyType) {
      return Ops.newRef(ts, arg);
    }
    for (int i = 0; i < params.items.length; i++) {
      if (params.items[i] == arg) {
        return Typing.substituteTypeVar(ts, arg, items[i]);
      }
    }
    if (arg instanceof PyList l) {
      PyObject[] sub = new PyObject[l.size];
      for (int i = 0; i < l.size; i++) {
        sub[i] = substituteOne(ts, l.items[i], params, items);
      }
      return PyList.steal(ts, sub, sub.length);
    }
    if (arg instanceof PyStr || arg instanceof PyInt || arg == PySingleton.ELLIPSIS) {
      return Ops.newRef(ts, arg);
    }
    PyObject sub = Ops.getattrOrNull(ts, arg, PyStr.intern("__parameters__"));
    try {
      if (!(sub instanceof PyTuple st) || st.items.length == 0) {
        return Ops.newRef(ts, arg);
      }
      PyObject[] subItems = new PyObject[st.items.length];
      for (int j = 0; j < subItems.length; j++) {
        PyObject p = st.items[j];
        PyObject v = p;
        for (int i = 0; i < params.items.length; i++) {
          if (params.items[i] == p) {
            v = items[i];
          }
        }
        subItems[j] = v;
      }
      PyTuple key = PyTuple.of(ts, subItems);
      try {
        return Ops.getitem(ts, arg, subItems.length == 1 ? subItems[0] : key);
      } finally {
        Ops.decref(ts, key);
      }
    } finally {
      Ops.xdecref(ts, sub);
    }
  }
}
