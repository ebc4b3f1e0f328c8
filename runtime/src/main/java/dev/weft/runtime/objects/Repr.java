package dev.weft.runtime.objects;

import dev.weft.runtime.bytecode.Disassembler;
import dev.weft.runtime.format.FloatFormat;
import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.threads.ThreadState;
import java.util.IdentityHashMap;

/**
 * {@code repr()} and {@code str()}: the builtin types' forms in Java, user types through {@code
 * __repr__}/{@code __str__}. Containers that contain themselves print {@code [...]} and {@code
 * {...}}, as CPython's {@code Py_ReprEnter} arranges.
 */
public final class Repr {
  private Repr() {}

  public static PyStr repr(ThreadState ts, PyObject o) {
    PyType t = o.type;
    if (t == PyStr.TYPE
        || t == PyInt.TYPE
        || t == PyFloat.TYPE
        || t == PyList.TYPE
        || t == PyTuple.TYPE
        || t == PyDict.TYPE
        || t == PyBool.TYPE
        || t == PySingleton.NONE_TYPE) {
      return PyStr.of(ts, builtinRepr(ts, o));
    }
    PyObject r = Calls.callMethod(ts, t.lookup("__repr__"), o);
    if (!(r instanceof PyStr s)) {
      String n = r.typeName();
      Ops.decref(ts, r);
      throw Exc.typeError(ts, "__repr__ returned non-string (type " + n + ")");
    }
    return s;
  }

  public static PyStr str(ThreadState ts, PyObject o) {
    PyType t = o.type;
    if (t == PyStr.TYPE) {
      Ops.incref(ts, o);
      return (PyStr) o;
    }
    PyObject m = t.lookup("__str__");
    if (m == Bootstrap.objectStr) {
      return repr(ts, o);
    }
    if (m instanceof PyBuiltin b
        && b.owner == Exc.BaseException
        && o instanceof PyBaseException e) {
      return PyStr.of(ts, ExceptionMethods.str(ts, e));
    }
    PyObject r = Calls.callMethod(ts, m, o);
    if (!(r instanceof PyStr s)) {
      String n = r.typeName();
      Ops.decref(ts, r);
      throw Exc.typeError(ts, "__str__ returned non-string (type " + n + ")");
    }
    return s;
  }

  /** The repr of the builtin part of {@code o}. */
  public static String builtinRepr(ThreadState ts, PyObject o) {
    return switch (o) {
      case PyStr s -> quote(s.value);
      case PyInt i -> i.toString();
      case PyFloat f -> FloatFormat.repr(f.value);
      case PyList l -> guarded(ts, o, "[...]", () -> items(ts, l.items, l.size, "[", "]", false));
      case PyTuple t ->
          guarded(
              ts,
              o,
              "(...)",
              () ->
                  items(ts, t.items, t.items.length, "(", t.items.length == 1 ? ",)" : ")", false));
      case PyDict d -> guarded(ts, o, "{...}", () -> dict(ts, d));
      case PySet s -> guarded(ts, o, s.typeName() + "(...)", () -> set(ts, s));
      case PyType t -> "<class '" + qualifiedName(t) + "'>";
      case PyBaseException e -> ExceptionMethods.repr(ts, e);
      case PyFunction f -> "<function " + f.qualname.value + " at " + address(f) + ">";
      case PyGetSet g -> g.owner == null ? objectRepr(o) : descriptorRepr(g);
      case PyBuiltin b -> builtinRepr(ts, b);
      case PyMethod m ->
          "<bound method " + qualname(ts, m.function) + " of " + Ops.reprString(ts, m.self) + ">";
      case PyModule m -> "<module '" + m.name() + "'>";
      case PyBytes b -> b.toString();
      case PyRange r -> r.toString();
      case PySlice s ->
          "slice("
              + Ops.reprString(ts, s.start)
              + ", "
              + Ops.reprString(ts, s.stop)
              + ", "
              + Ops.reprString(ts, s.step)
              + ")";
      case PySingleton s -> s.toString();
      case PyComplex c -> c.toString();
      case PyCell c -> "<cell at " + address(c) + ">";
      case PyCode c ->
          "<code object "
              + c.name.value
              + " at "
              + address(c)
              + ", file \""
              + c.filename()
              + "\", line "
              + c.code.firstLine()
              + ">";
      default -> objectRepr(o);
    };
  }

  /** {@code <member 'x' of 'C' objects>} or {@code <attribute 'x' of 'C' objects>}. */
  private static String descriptorRepr(PyGetSet g) {
    String kind = g.type == PyGetSet.MEMBER_TYPE ? "member" : "attribute";
    return "<" + kind + " '" + g.name + "' of '" + g.owner.name + "' objects>";
  }

  /**
   * A builtin function or method; one made for a heap type (a dataclass's generated methods) reads
   * as the Python function it stands for.
   */
  private static String builtinRepr(ThreadState ts, PyBuiltin b) {
    if (b.closure != null) {
      String qualname = b.owner.qualname + "." + b.name;
      return b.isDescriptor()
          ? "<function " + qualname + " at " + address(b) + ">"
          : "<bound method " + qualname + " of " + Ops.reprString(ts, b.self) + ">";
    }
    if (b.isDescriptor()) {
      return "<method '" + b.name + "' of '" + b.owner.name + "' objects>";
    }
    return b.self != null
        ? "<built-in method "
            + b.name
            + " of "
            + b.self.typeName()
            + " object at "
            + address(b.self)
            + ">"
        : "<built-in function " + b.name + ">";
  }

  private static String qualname(ThreadState ts, PyObject f) {
    if (f instanceof PyFunction fn) {
      return fn.qualname.value;
    }
    if (f instanceof PyBuiltin b) {
      return b.name;
    }
    return f.typeName();
  }

  /** {@code object.__repr__}: {@code <module.Name object at 0x...>}. */
  public static String objectRepr(PyObject o) {
    return "<" + qualifiedName(o.type) + " object at " + address(o) + ">";
  }

  static String qualifiedName(PyType t) {
    PyObject m = t.dict == null ? null : t.dict.getString("__module__");
    String mod = m instanceof PyStr s ? s.value : "builtins";
    return mod.equals("builtins") ? t.qualname : mod + "." + t.qualname;
  }

  public static String address(PyObject o) {
    return String.format(
        "0x%012x", 0x7f0000000000L + (System.identityHashCode(o) & 0xffffffffL) * 16);
  }

  interface Body {
    String get();
  }

  /**
   * {@code body}'s result, or {@code recursive} when {@code o}'s repr is already being computed on
   * this thread (a repr that reaches its own object again): {@code reprlib.recursive_repr}.
   */
  public static String guardedBy(
      ThreadState ts, PyObject o, String recursive, java.util.function.Supplier<String> body) {
    return guarded(ts, o, recursive, body::get);
  }

  static String guarded(ThreadState ts, PyObject o, String recursive, Body body) {
    if (ts.reprActive == null) {
      ts.reprActive = new IdentityHashMap<>();
    }
    if (ts.reprActive.containsKey(o)) {
      return recursive;
    }
    ts.reprActive.put(o, Boolean.TRUE);
    try {
      return body.get();
    } finally {
      ts.reprActive.remove(o);
    }
  }

  private static String items(
      ThreadState ts, PyObject[] items, int n, String open, String close, boolean unused) {
    StringBuilder sb = new StringBuilder(open);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(Ops.reprString(ts, items[i]));
    }
    return sb.append(close).toString();
  }

  /** The {@code {k: v, ...}} form of any dict, its subclasses' included ({@code dict.__repr__}). */
  static String plainDict(ThreadState ts, PyDict d) {
    return guarded(ts, d, "{...}", () -> dict(ts, d, false));
  }

  private static String dict(ThreadState ts, PyDict d) {
    return dict(ts, d, d.type != PyDict.TYPE && !d.type.isHeap());
  }

  private static String dict(ThreadState ts, PyDict d, boolean named) {
    StringBuilder sb = new StringBuilder();
    if (named) {
      sb.append(d.typeName()).append('(');
    }
    sb.append('{');
    boolean first = true;
    for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
      if (!first) {
        sb.append(", ");
      }
      first = false;
      PyObject k = d.keyAt(p), v = d.valueAt(p);
      Ops.incref(ts, k);
      Ops.incref(ts, v);
      try {
        sb.append(Ops.reprString(ts, k)).append(": ").append(Ops.reprString(ts, v));
      } finally {
        Ops.decref(ts, k);
        Ops.decref(ts, v);
      }
    }
    sb.append('}');
    if (named) {
      sb.append(')');
    }
    return sb.toString();
  }

  private static String set(ThreadState ts, PySet s) {
    boolean frozen = s.isFrozen();
    String name = s.type == PySet.SET_TYPE ? null : s.typeName();
    if (s.size() == 0) {
      return (name == null ? "set" : name) + "()";
    }
    StringBuilder sb = new StringBuilder();
    if (name != null) {
      sb.append(name).append('(');
    }
    sb.append('{');
    boolean first = true;
    for (int j = s.next(0); j >= 0; j = s.next(j + 1)) {
      if (!first) {
        sb.append(", ");
      }
      first = false;
      sb.append(Ops.reprString(ts, s.keyAt(j)));
    }
    sb.append('}');
    if (name != null) {
      sb.append(')');
    }
    return frozen || name != null ? sb.toString() : sb.toString();
  }

  /** Python's repr of a str: quotes chosen as CPython does, non-printables escaped. */
  public static String quote(String s) {
    return Disassembler.stringRepr(s);
  }
}
