package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;

import dev.weft.runtime.compiler.CodeGenerator;
import dev.weft.runtime.compiler.PySyntaxError;
import dev.weft.runtime.interpreter.Frame;
import dev.weft.runtime.interpreter.Interpreter;
import dev.weft.runtime.threads.ThreadState;

/**
 * {@code typing.TypeVar}, {@code typing.ParamSpec}, {@code typing.ForwardRef} and {@code
 * typing.NewType}, as CPython 3.11 defines them, and the evaluation of forward references (a string
 * compiled as an expression and run against a module's globals), which {@code get_type_hints}
 * needs.
 */
public final class TypingVars {
  private TypingVars() {}

  public static final PyType TYPEVAR = PyType.builtin("TypeVar", null, 0, null);
  public static final PyType PARAMSPEC = PyType.builtin("ParamSpec", null, 0, null);
  public static final PyType PARAMSPEC_ARGS = PyType.builtin("ParamSpecArgs", null, 0, null);
  public static final PyType PARAMSPEC_KWARGS = PyType.builtin("ParamSpecKwargs", null, 0, null);
  public static final PyType FORWARD_REF = PyType.builtin("ForwardRef", null, 0, null);
  public static final PyType NEWTYPE = PyType.builtin("NewType", null, 0, null);

  /** A type variable (or, with {@code paramSpec}, a parameter specification). */
  public static final class TypeVar extends Holder {
    final boolean covariant, contravariant, paramSpec;

    /** refs: name, bound (or null), constraints. */
    TypeVar(
        ThreadState ts,
        PyType type,
        PyObject name,
        PyObject bound,
        PyTuple constraints,
        boolean covariant,
        boolean contravariant) {
      super(ts, type, Ops.newRef(ts, name), bound, Ops.newRef(ts, constraints));
      this.covariant = covariant;
      this.contravariant = contravariant;
      this.paramSpec = type == PARAMSPEC;
    }

    PyObject name() {
      return refs[0];
    }
  }

  /** {@code P.args} / {@code P.kwargs}. */
  static final class ParamSpecPart extends Holder {
    ParamSpecPart(ThreadState ts, PyType type, PyObject origin) {
      super(ts, type, Ops.newRef(ts, origin));
    }
  }

  /** refs: the string, the module (or None), the evaluated value (or null). */
  public static final class ForwardRef extends Holder {
    final boolean isArgument, isClass;

    ForwardRef(ThreadState ts, PyStr arg, boolean isArgument, PyObject module, boolean isClass) {
      super(ts, FORWARD_REF, Ops.newRef(ts, arg), Ops.newRef(ts, module), null);
      this.isArgument = isArgument;
      this.isClass = isClass;
    }

    public String arg() {
      return ((PyStr) refs[0]).value;
    }
  }

  static ForwardRef forwardRef(
      ThreadState ts, PyStr arg, boolean isArgument, PyObject module, boolean isClass) {
    return new ForwardRef(ts, arg, isArgument, module, isClass);
  }

  /** refs: name, qualname, supertype, module. */
  static final class NewType extends Holder {
    NewType(ThreadState ts, PyObject name, PyObject supertype, PyObject module) {
      super(
          ts,
          NEWTYPE,
          Ops.newRef(ts, name),
          Ops.newRef(ts, name),
          Ops.newRef(ts, supertype),
          Ops.newRef(ts, module));
    }
  }

  /** The module of the Python code calling now ({@code sys._getframe(1).f_globals['__name__']}). */
  static PyObject callerModule(ThreadState ts) {
    PyObject name = ts.frame != null ? ts.frame.globals.getString("__name__") : null;
    return name != null ? name : PyStr.intern("__main__");
  }

  private static PyObject orNone(PyObject o) {
    return o == null ? PySingleton.NONE : o;
  }

  static void setup() {
    PyStr typing = PyStr.intern("typing");
    for (PyType t :
        new PyType[] {TYPEVAR, PARAMSPEC, PARAMSPEC_ARGS, PARAMSPEC_KWARGS, FORWARD_REF, NEWTYPE}) {
      Bootstrap.constant(t, "__module__", typing);
    }
    Bootstrap.newMethod(TYPEVAR, TypingVars::newTypeVar);
    Bootstrap.newMethod(PARAMSPEC, TypingVars::newParamSpec);
    for (PyType t : new PyType[] {TYPEVAR, PARAMSPEC}) {
      def(
          t,
          "__repr__",
          0,
          (PyBuiltin.F0)
              (ts, self) -> {
                TypeVar v = (TypeVar) self;
                String prefix = v.covariant ? "+" : v.contravariant ? "-" : "~";
                if (!(v.name() instanceof PyStr s)) {
                  throw Exc.typeError(
                      ts, "can only concatenate str (not \"" + v.name().typeName() + "\") to str");
                }
                return PyStr.of(ts, prefix + s.value);
              });
      def(
          t,
          "__or__",
          1,
          (PyBuiltin.F1) (ts, self, other) -> Typing.union(ts, new PyObject[] {self, other}));
      def(
          t,
          "__ror__",
          1,
          (PyBuiltin.F1) (ts, self, other) -> Typing.union(ts, new PyObject[] {other, self}));
      def(
          t,
          "__typing_subst__",
          1,
          (PyBuiltin.F1) (ts, self, arg) -> Typing.substituteTypeVar(ts, self, arg));
      def(t, "__reduce__", 0, (PyBuiltin.F0) (ts, self) -> Ops.newRef(ts, ((TypeVar) self).name()));
      def(t, "__copy__", 0, (PyBuiltin.F0) (ts, self) -> Ops.newRef(ts, self));
      def(t, "__deepcopy__", 1, (PyBuiltin.F1) (ts, self, memo) -> Ops.newRef(ts, self));
      Bootstrap.getset(t, "__name__", (ts, self) -> Ops.newRef(ts, ((TypeVar) self).name()), null);
      Bootstrap.getset(
          t, "__bound__", (ts, self) -> Ops.newRef(ts, orNone(((TypeVar) self).refs[1])), null);
      Bootstrap.getset(
          t, "__covariant__", (ts, self) -> PyBool.of(((TypeVar) self).covariant), null);
      Bootstrap.getset(
          t, "__contravariant__", (ts, self) -> PyBool.of(((TypeVar) self).contravariant), null);
    }
    Bootstrap.getset(
        TYPEVAR, "__constraints__", (ts, self) -> Ops.newRef(ts, ((TypeVar) self).refs[2]), null);
    Bootstrap.getset(
        PARAMSPEC, "args", (ts, self) -> new ParamSpecPart(ts, PARAMSPEC_ARGS, self), null);
    Bootstrap.getset(
        PARAMSPEC, "kwargs", (ts, self) -> new ParamSpecPart(ts, PARAMSPEC_KWARGS, self), null);
    for (PyType t : new PyType[] {PARAMSPEC_ARGS, PARAMSPEC_KWARGS}) {
      String suffix = t == PARAMSPEC_ARGS ? ".args" : ".kwargs";
      def(
          t,
          "__repr__",
          0,
          (PyBuiltin.F0)
              (ts, self) -> {
                TypeVar v = (TypeVar) ((ParamSpecPart) self).refs[0];
                return PyStr.of(ts, Ops.strString(ts, v.name()) + suffix);
              });
      Bootstrap.getset(
          t, "__origin__", (ts, self) -> Ops.newRef(ts, ((ParamSpecPart) self).refs[0]), null);
      def(
          t,
          "__eq__",
          1,
          (PyBuiltin.F1)
              (ts, self, other) ->
                  other.type != self.type
                      ? PySingleton.NOT_IMPLEMENTED
                      : PyBool.of(
                          ((ParamSpecPart) self).refs[0] == ((ParamSpecPart) other).refs[0]));
      def(
          t,
          "__hash__",
          0,
          (PyBuiltin.F0)
              (ts, self) -> PyInt.of(ts, Ops.identityHash(((ParamSpecPart) self).refs[0])));
    }

    PyType f = FORWARD_REF;
    Bootstrap.newMethod(
        f,
        (ts, self, args, off, n, kw) -> {
          ArgParser p =
              new ArgParser(
                  ts,
                  "ForwardRef",
                  args,
                  off + 1,
                  n - 1,
                  kw,
                  "arg",
                  "is_argument",
                  "module",
                  "*is_class");
          PyObject arg = p.get(0);
          if (!(arg instanceof PyStr s)) {
            throw Exc.typeError(
                ts,
                "Forward reference must be a string -- got "
                    + (arg == null ? "None" : Ops.reprString(ts, arg)));
          }
          return new ForwardRef(
              ts,
              s,
              !p.has(1) || Ops.isTrue(ts, p.get(1)),
              p.get(2, PySingleton.NONE),
              p.has(3) && Ops.isTrue(ts, p.get(3)));
        });
    def(
        f,
        "__repr__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              ForwardRef r = (ForwardRef) self;
              String module =
                  r.refs[1] == PySingleton.NONE ? "" : ", module=" + Ops.reprString(ts, r.refs[1]);
              return PyStr.of(ts, "ForwardRef(" + Ops.reprString(ts, r.refs[0]) + module + ")");
            });
    def(
        f,
        "__eq__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              if (!(other instanceof ForwardRef o)) {
                return PySingleton.NOT_IMPLEMENTED;
              }
              ForwardRef r = (ForwardRef) self;
              return PyBool.of(
                  Ops.richEq(ts, r.refs[0], o.refs[0]) && Ops.richEq(ts, r.refs[1], o.refs[1]));
            });
    def(
        f,
        "__hash__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              ForwardRef r = (ForwardRef) self;
              PyTuple t = PyTuple.of(ts, r.refs[0], r.refs[1]);
              try {
                return PyInt.of(ts, Ops.hash(ts, t));
              } finally {
                Ops.decref(ts, t);
              }
            });
    def(
        f,
        "__or__",
        1,
        (PyBuiltin.F1) (ts, self, other) -> Typing.union(ts, new PyObject[] {self, other}));
    def(
        f,
        "__ror__",
        1,
        (PyBuiltin.F1) (ts, self, other) -> Typing.union(ts, new PyObject[] {other, self}));
    Bootstrap.getset(
        f, "__forward_arg__", (ts, self) -> Ops.newRef(ts, ((ForwardRef) self).refs[0]), null);
    Bootstrap.getset(
        f, "__forward_module__", (ts, self) -> Ops.newRef(ts, ((ForwardRef) self).refs[1]), null);
    Bootstrap.getset(
        f,
        "__forward_is_argument__",
        (ts, self) -> PyBool.of(((ForwardRef) self).isArgument),
        null);
    Bootstrap.getset(
        f, "__forward_is_class__", (ts, self) -> PyBool.of(((ForwardRef) self).isClass), null);
    Bootstrap.getset(
        f,
        "__forward_evaluated__",
        (ts, self) -> PyBool.of(((ForwardRef) self).refs[2] != null),
        null);
    Bootstrap.getset(
        f,
        "__forward_value__",
        (ts, self) -> Ops.newRef(ts, orNone(((ForwardRef) self).refs[2])),
        null);
    def(
        f,
        "_evaluate",
        2,
        (PyBuiltin.F3)
            (ts, self, globalns, localns, guard) ->
                evaluate(
                    ts,
                    (ForwardRef) self,
                    globalns instanceof PyDict g ? g : null,
                    localns instanceof PyDict l ? l : null));

    PyType nt = NEWTYPE;
    Bootstrap.newMethod(
        nt,
        (ts, self, args, off, n, kw) -> {
          ArgParser p = new ArgParser(ts, "NewType", args, off + 1, n - 1, kw, "name", "tp");
          if (!p.has(0) || !p.has(1)) {
            throw Exc.typeError(
                ts,
                "NewType.__init__() missing "
                    + (p.has(0)
                        ? "1 required positional argument: 'tp'"
                        : "2 required positional arguments: 'name' and 'tp'"));
          }
          NewType t = new NewType(ts, p.get(0), p.get(1), callerModule(ts));
          t.dict(ts).putString(ts, "__module__", t.refs[3]);
          return t;
        });
    def(nt, "__call__", 1, (PyBuiltin.F1) (ts, self, x) -> Ops.newRef(ts, x));
    def(
        nt,
        "__repr__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              NewType t = (NewType) self;
              return PyStr.of(
                  ts, Ops.strString(ts, t.refs[3]) + "." + Ops.strString(ts, t.refs[1]));
            });
    def(
        nt,
        "__or__",
        1,
        (PyBuiltin.F1) (ts, self, other) -> Typing.union(ts, new PyObject[] {self, other}));
    def(
        nt,
        "__ror__",
        1,
        (PyBuiltin.F1) (ts, self, other) -> Typing.union(ts, new PyObject[] {other, self}));
    def(
        nt,
        "__mro_entries__",
        1,
        (PyBuiltin.F1)
            (ts, self, bases) -> {
              // A class whose __init_subclass__ refuses, naming the would-be subclass (bpo-46170).
              String superName = Ops.strString(ts, ((NewType) self).refs[0]);
              PyBuiltin refuse =
                  PyBuiltin.function(
                      "__init_subclass__",
                      1,
                      (PyBuiltin.FN)
                          (t, s2, args, off, n, kw) -> {
                            String sub = ((PyType) args[off]).name;
                            throw Exc.typeError(
                                t,
                                "Cannot subclass an instance of NewType. Perhaps you were looking"
                                    + " for: `"
                                    + sub
                                    + " = NewType("
                                    + Repr.quote(sub)
                                    + ", "
                                    + superName
                                    + ")`");
                          });
              PyDict ns = new PyDict(ts);
              try {
                ns.putStringSteal(ts, "__init_subclass__", Abc.classMethod(refuse));
                ns.putString(ts, "__module__", PyStr.intern("typing"));
                PyType dummy = ClassBuilder.create(ts, "Dummy", new PyType[0], ns, null);
                try {
                  return PyTuple.of(ts, dummy);
                } finally {
                  Ops.decref(ts, dummy);
                }
              } finally {
                Ops.decref(ts, ns);
              }
            });
    Bootstrap.getset(nt, "__name__", (ts, self) -> Ops.newRef(ts, ((NewType) self).refs[0]), null);
    Bootstrap.getset(
        nt, "__qualname__", (ts, self) -> Ops.newRef(ts, ((NewType) self).refs[1]), null);
    Bootstrap.getset(
        nt, "__supertype__", (ts, self) -> Ops.newRef(ts, ((NewType) self).refs[2]), null);
  }

  /** {@code TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False)}. */
  private static PyObject newTypeVar(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    int nkw = kw == null ? 0 : kw.items.length;
    int npos = n - 1 - nkw;
    if (npos < 1) {
      throw Exc.typeError(ts, "TypeVar.__init__() missing 1 required positional argument: 'name'");
    }
    PyObject name = args[off + 1];
    PyObject bound = null;
    boolean co = false, contra = false;
    for (int k = 0; k < nkw; k++) {
      String key = ((PyStr) kw.items[k]).value;
      PyObject v = args[off + 1 + npos + k];
      switch (key) {
        case "bound" -> bound = v;
        case "covariant" -> co = Ops.isTrue(ts, v);
        case "contravariant" -> contra = Ops.isTrue(ts, v);
        case "name" ->
            throw Exc.typeError(ts, "TypeVar.__init__() got multiple values for argument 'name'");
        default ->
            throw Exc.typeError(
                ts, "TypeVar.__init__() got an unexpected keyword argument '" + key + "'");
      }
    }
    if (co && contra) {
      throw Exc.valueError(ts, "Bivariant types are not supported.");
    }
    PyObject checkedBound = null;
    if (bound != null && bound != PySingleton.NONE) {
      checkedBound = Typing.typeCheck(ts, bound, "Bound must be a type.", true, false);
    }
    try {
      int nc = npos - 1;
      if (nc > 0 && checkedBound != null) {
        throw Exc.typeError(ts, "Constraints cannot be combined with bound=...");
      }
      if (nc == 1) {
        throw Exc.typeError(ts, "A single constraint is not allowed");
      }
      PyObject[] cs = new PyObject[nc];
      int made = 0;
      try {
        for (int i = 0; i < nc; i++) {
          cs[i] =
              Typing.typeCheck(
                  ts,
                  args[off + 2 + i],
                  "TypeVar(name, constraint, ...): constraints must be types.",
                  true,
                  false);
          made++;
        }
      } catch (RuntimeException e) {
        for (int i = 0; i < made; i++) {
          Ops.decref(ts, cs[i]);
        }
        throw e;
      }
      PyTuple constraints = PyTuple.steal(ts, cs);
      try {
        TypeVar v = new TypeVar(ts, TYPEVAR, name, checkedBound, constraints, co, contra);
        checkedBound = null;
        v.dict(ts).putString(ts, "__module__", callerModule(ts));
        return v;
      } finally {
        Ops.decref(ts, constraints);
      }
    } finally {
      Ops.xdecref(ts, checkedBound);
    }
  }

  /** {@code ParamSpec(name, *, bound=None, covariant=False, contravariant=False)}. */
  private static PyObject newParamSpec(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    ArgParser p =
        new ArgParser(
            ts,
            "ParamSpec",
            args,
            off + 1,
            n - 1,
            kw,
            "name",
            "*bound",
            "*covariant",
            "*contravariant");
    if (!p.has(0)) {
      throw Exc.typeError(
          ts, "ParamSpec.__init__() missing 1 required positional argument: 'name'");
    }
    boolean co = p.has(2) && Ops.isTrue(ts, p.get(2));
    boolean contra = p.has(3) && Ops.isTrue(ts, p.get(3));
    if (co && contra) {
      throw Exc.valueError(ts, "Bivariant types are not supported.");
    }
    PyObject bound = p.get(1, PySingleton.NONE);
    PyObject checked =
        bound == PySingleton.NONE
            ? null
            : Typing.typeCheck(ts, bound, "Bound must be a type.", true, false);
    TypeVar v = new TypeVar(ts, PARAMSPEC, p.get(0), checked, PyTuple.EMPTY, co, contra);
    v.dict(ts).putString(ts, "__module__", callerModule(ts));
    return v;
  }

  // --- Evaluating forward references ---

  /**
   * {@code eval(source, globals, locals)} for an expression: compiled as the assignment of a
   * module-level name and run in a frame whose locals are a copy of {@code locals} (so names
   * resolve locals, then globals, then builtins, as {@code eval} resolves them).
   */
  public static PyObject eval(ThreadState ts, String source, PyDict globals, PyDict locals) {
    String result = "__weft_typing_eval__";
    PyCode code;
    try {
      code = new PyCode(CodeGenerator.compile("<string>", result + " = (" + source + "\n)"));
    } catch (PySyntaxError e) {
      throw Exc.raise(
          ts,
          Exc.SyntaxError,
          "Forward reference must be an expression -- got " + Repr.quote(source));
    }
    PyDict ns = new PyDict(ts);
    try {
      if (locals != null) {
        DictOps.update(ts, ns, locals);
      }
      PyDict g = globals != null ? globals : new PyDict(ts);
      try {
        Ops.incref(ts, ns); // the frame owns its locals, not its globals
        Frame frame = new Frame(ts, code, null, g, ts.runtime.builtins.dict, ns);
        PyObject r = Interpreter.run(ts, frame);
        Ops.xdecref(ts, r);
      } finally {
        if (globals == null) {
          Ops.decref(ts, g);
        }
      }
      PyObject v = ns.getString(result);
      if (v == null) {
        throw Exc.runtimeError(ts, "could not evaluate " + source);
      }
      return Ops.newRef(ts, v);
    } finally {
      Ops.decref(ts, ns);
    }
  }

  /** {@code ForwardRef._evaluate}: the string evaluated, type-checked and remembered. */
  static PyObject evaluate(ThreadState ts, ForwardRef r, PyDict globals, PyDict locals) {
    if (r.refs[2] != null && locals == null) {
      return Ops.newRef(ts, r.refs[2]);
    }
    PyDict g = globals;
    if (r.refs[1] != PySingleton.NONE
        && ts.runtime.modules.get(ts, r.refs[1]) instanceof PyModule m) {
      g = m.dict;
    }
    PyObject value = eval(ts, r.arg(), g, locals);
    PyObject checked;
    try {
      checked =
          Typing.typeCheck(
              ts, value, "Forward references must evaluate to types.", r.isArgument, r.isClass);
    } finally {
      Ops.decref(ts, value);
    }
    PyObject evaluated;
    try {
      evaluated = TypeHints.evalType(ts, checked, g, locals);
    } finally {
      Ops.decref(ts, checked);
    }
    PyObject old = r.refs[2];
    r.refs[2] = Ops.newRef(ts, evaluated);
    Ops.xdecref(ts, old);
    return evaluated;
  }
}
