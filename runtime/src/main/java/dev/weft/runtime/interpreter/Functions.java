package dev.weft.runtime.interpreter;

import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyCell;
import dev.weft.runtime.objects.PyCode;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyFunction;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.objects.SequenceOps;
import dev.weft.runtime.threads.ThreadState;

/** Uops that make functions and classes, and the {@code f(*args, **kwargs)} call. */
public final class Functions {
  private Functions() {}

  /** CALL_FUNCTION_EX: {@code [NULL, callable, args tuple, kwargs dict?]}. */
  static void callFunctionEx(ThreadState ts, Frame f, int flags) {
    boolean hasKw = (flags & 1) != 0;
    PyObject kwargs = hasKw ? Stack.peek(f, 1) : null;
    PyObject args = Stack.peek(f, hasKw ? 2 : 1);
    PyObject callable = Stack.peek(f, hasKw ? 3 : 2);
    PyObject first = Stack.peek(f, hasKw ? 4 : 3);
    PyObject r = callWithArgsAndKwargs(ts, callable, first, args, kwargs);
    Stack.replace(ts, f, hasKw ? 4 : 3, r);
  }

  /** {@code callable(*args, **kwargs)}; {@code self} (or null) goes first. */
  public static PyObject callWithArgsAndKwargs(
      ThreadState ts, PyObject callable, PyObject self, PyObject args, PyObject kwargs) {
    PyObject[] positional;
    if (args instanceof PyTuple t) {
      positional = t.items;
    } else {
      PyTuple t = SequenceOps.toTuple(ts, args);
      try {
        return callWithArgsAndKwargs(ts, callable, self, t, kwargs);
      } finally {
        Ops.decref(ts, t);
      }
    }
    int extra = self != null ? 1 : 0;
    int nkw = 0;
    PyDict kw = null;
    if (kwargs != null) {
      kw = (PyDict) kwargs;
      nkw = kw.size();
    }
    PyObject[] all = new PyObject[extra + positional.length + nkw];
    if (self != null) {
      all[0] = self;
    }
    System.arraycopy(positional, 0, all, extra, positional.length);
    PyTuple kwnames = null;
    if (nkw > 0) {
      PyObject[] names = new PyObject[nkw];
      int i = 0;
      for (int p = kw.next(0); p >= 0; p = kw.next(p + 1)) {
        names[i] = kw.keyAt(p);
        all[extra + positional.length + i] = kw.valueAt(p);
        i++;
      }
      kwnames = PyTuple.of(ts, names);
    }
    try {
      return Calls.call(ts, callable, all, 0, all.length, kwnames);
    } finally {
      Ops.xdecref(ts, kwnames);
    }
  }

  /** MAKE_FUNCTION: the code object on top, under it the flagged extras (closure nearest). */
  static void makeFunction(ThreadState ts, Frame f, int flags) {
    PyCode code = (PyCode) Stack.peek(f, 1);
    int depth = 2;
    PyTuple closure = (flags & 0x08) != 0 ? (PyTuple) Stack.peek(f, depth++) : null;
    PyObject annotations = (flags & 0x04) != 0 ? Stack.peek(f, depth++) : null;
    PyDict kwdefaults = (flags & 0x02) != 0 ? (PyDict) Stack.peek(f, depth++) : null;
    PyTuple defaults = (flags & 0x01) != 0 ? (PyTuple) Stack.peek(f, depth++) : null;
    PyFunction fn = new PyFunction(ts, code, f.globals, closure);
    if (defaults != null) {
      fn.defaults = Ops.newRef(ts, defaults);
    }
    if (kwdefaults != null) {
      fn.kwdefaults = Ops.newRef(ts, kwdefaults);
    }
    if (annotations != null) {
      fn.annotations = annotationsDict(ts, annotations);
    }
    Stack.replace(ts, f, depth - 1, fn);
  }

  /** The annotations tuple {@code (name, value, ...)} as the dict {@code __annotations__} holds. */
  private static PyObject annotationsDict(ThreadState ts, PyObject annotations) {
    if (annotations instanceof PyTuple t) {
      PyDict d = new PyDict(ts);
      for (int i = 0; i + 1 < t.items.length; i += 2) {
        d.put(ts, t.items[i], t.items[i + 1]);
      }
      return d;
    }
    return Ops.newRef(ts, annotations);
  }

  static void loadBuildClass(ThreadState ts, Frame f) {
    PyObject bc = f.builtins.getString("__build_class__");
    if (bc == null) {
      throw Exc.nameError(ts, "__build_class__");
    }
    Stack.push(f, Ops.newRef(ts, bc));
  }

  /**
   * {@code __build_class__(body, name, *bases, **keywords)}: bases are resolved through {@code
   * __mro_entries__} (PEP 560, the originals kept as {@code __orig_bases__}), the metaclass is the
   * explicit one or the most derived of the bases' ({@code type} creates the class directly, any
   * other is called as {@code meta(name, bases, ns, **keywords)}, after its {@code __prepare__} if
   * it has one).
   */
  public static final PyBuiltin BUILD_CLASS =
      PyBuiltin.function("__build_class__", 2, (PyBuiltin.FN) Functions::buildClass);

  private static PyObject buildClass(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kwnames) {
    int nkw = kwnames == null ? 0 : kwnames.items.length;
    int npos = n - nkw;
    if (npos < 2) {
      throw Exc.typeError(ts, "__build_class__: not enough arguments");
    }
    if (!(args[off] instanceof PyFunction body)) {
      throw Exc.typeError(ts, "__build_class__: func must be a function");
    }
    if (!(args[off + 1] instanceof PyStr name)) {
      throw Exc.typeError(ts, "__build_class__: name is not a string");
    }
    PyTuple orig = PyTuple.copyOf(ts, args, off + 2, npos - 2);
    PyTuple bases = null;
    PyDict keywords = null;
    PyDict ns = null;
    try {
      bases = resolveBases(ts, orig);
      PyObject meta = null;
      for (int k = 0; k < nkw; k++) {
        PyStr key = (PyStr) kwnames.items[k];
        PyObject value = args[off + npos + k];
        if (key.value.equals("metaclass")) {
          meta = value;
          continue;
        }
        if (keywords == null) {
          keywords = new PyDict(ts);
        }
        keywords.put(ts, key, value);
      }
      if (meta == null) {
        meta = bases.items.length == 0 ? PyType.TYPE : bases.items[0].type;
      }
      if (meta instanceof PyType mt) {
        PyType winner = mt;
        for (PyObject b : bases.items) {
          PyType t = b.type;
          if (winner.isSubtypeOf(t)) {
            continue;
          }
          if (t.isSubtypeOf(winner)) {
            winner = t;
            continue;
          }
          throw Exc.typeError(
              ts,
              "metaclass conflict: the metaclass of a derived class must be a (non-strict)"
                  + " subclass of the metaclasses of all its bases");
        }
        meta = winner;
      }
      ns = prepare(ts, meta, name, bases, keywords);
      PyObject cell = runBody(ts, body, ns);
      if (cell instanceof PyCell) {
        ns.putString(ts, "__classcell__", cell);
      }
      Ops.decref(ts, cell);
      if (bases != orig) {
        ns.putString(ts, "__orig_bases__", orig);
      }
      if (meta == PyType.TYPE) {
        PyDict kw = keywords;
        keywords = null;
        return TypeCalls.newClass(ts, name, bases, ns, kw, PyType.TYPE);
      }
      int extra = keywords == null ? 0 : keywords.size();
      PyObject[] callArgs = new PyObject[3 + extra];
      callArgs[0] = name;
      callArgs[1] = bases;
      callArgs[2] = ns;
      PyTuple names = null;
      if (extra > 0) {
        PyObject[] keys = new PyObject[extra];
        int i = 0;
        for (int p = keywords.next(0); p >= 0; p = keywords.next(p + 1)) {
          keys[i] = keywords.keyAt(p);
          callArgs[3 + i++] = keywords.valueAt(p);
        }
        names = PyTuple.of(ts, keys);
      }
      try {
        return Calls.call(ts, meta, callArgs, 0, callArgs.length, names);
      } finally {
        Ops.xdecref(ts, names);
      }
    } finally {
      Ops.decref(ts, orig);
      Ops.xdecref(ts, bases);
      Ops.xdecref(ts, keywords);
      Ops.xdecref(ts, ns);
    }
  }

  /**
   * PEP 560's {@code update_bases}: every base that is not a class but has {@code __mro_entries__}
   * is replaced by what that returns; {@code orig} itself (a new reference) when nothing changed.
   */
  static PyTuple resolveBases(ThreadState ts, PyTuple orig) {
    java.util.List<PyObject> out = null;
    PyStr entries = PyStr.intern("__mro_entries__");
    try {
      for (int i = 0; i < orig.items.length; i++) {
        PyObject base = orig.items[i];
        PyObject meth = base instanceof PyType ? null : Ops.getattrOrNull(ts, base, entries);
        if (meth == null) {
          if (out != null) {
            out.add(Ops.newRef(ts, base));
          }
          continue;
        }
        PyObject replacement;
        try {
          replacement = Ops.call1(ts, meth, orig);
        } finally {
          Ops.decref(ts, meth);
        }
        if (!(replacement instanceof PyTuple t)) {
          Ops.decref(ts, replacement);
          throw Exc.typeError(ts, "__mro_entries__ must return a tuple");
        }
        if (out == null) {
          out = new java.util.ArrayList<>();
          for (int j = 0; j < i; j++) {
            out.add(Ops.newRef(ts, orig.items[j]));
          }
        }
        for (PyObject x : t.items) {
          out.add(Ops.newRef(ts, x));
        }
        Ops.decref(ts, t);
      }
    } catch (RuntimeException e) {
      if (out != null) {
        for (PyObject x : out) {
          Ops.decref(ts, x);
        }
      }
      throw e;
    }
    if (out == null) {
      return Ops.newRef(ts, orig);
    }
    return PyTuple.steal(ts, out.toArray(PyObject[]::new));
  }

  /** The class body's namespace: {@code meta.__prepare__(name, bases, **kw)} or a new dict. */
  private static PyDict prepare(
      ThreadState ts, PyObject meta, PyStr name, PyTuple bases, PyDict keywords) {
    if (meta == PyType.TYPE || (meta instanceof PyType t && !t.isHeap())) {
      return new PyDict(ts);
    }
    PyObject prep = Ops.getattrOrNull(ts, meta, PyStr.intern("__prepare__"));
    if (prep == null) {
      return new PyDict(ts);
    }
    PyObject ns;
    try {
      PyTuple args = PyTuple.of(ts, name, bases);
      try {
        ns = callWithArgsAndKwargs(ts, prep, null, args, keywords);
      } finally {
        Ops.decref(ts, args);
      }
    } finally {
      Ops.decref(ts, prep);
    }
    if (!(ns instanceof PyDict d)) {
      String type = ns.typeName();
      Ops.decref(ts, ns);
      throw Exc.typeError(
          ts,
          (meta instanceof PyType t ? t.name : "<metaclass>")
              + ".__prepare__() must return a mapping, not "
              + type);
    }
    return d;
  }

  /** Runs a class body with {@code ns} as its namespace; returns its result (the class cell). */
  private static PyObject runBody(ThreadState ts, PyFunction body, PyDict ns) {
    Ops.incref(ts, ns);
    Ops.incref(ts, body);
    Frame frame = new Frame(ts, body.code, body, body.globals, body.builtins, ns);
    PyObject r = Interpreter.run(ts, frame);
    return r == null ? Ops.newRef(ts, PySingleton.NONE) : r;
  }
}
