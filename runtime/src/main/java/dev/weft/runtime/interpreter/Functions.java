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

  /** {@code __build_class__(body, name, *bases, **keywords)}. */
  public static final PyBuiltin BUILD_CLASS =
      PyBuiltin.function(
          "__build_class__",
          2,
          (PyBuiltin.FN)
              (ts, self, args, off, n, kwnames) -> {
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
                PyObject[] bases = new PyObject[npos - 2];
                for (int i = 0; i < bases.length; i++) {
                  PyObject b = args[off + 2 + i];
                  if (!(b instanceof PyType)) {
                    throw Exc.typeError(
                        ts,
                        "metaclass conflict: the metaclass of a derived class must be a"
                            + " (non-strict) subclass of the metaclasses of all its bases");
                  }
                  bases[i] = b;
                }
                PyDict keywords = null;
                for (int k = 0; k < nkw; k++) {
                  PyStr key = (PyStr) kwnames.items[k];
                  PyObject value = args[off + npos + k];
                  if (key.value.equals("metaclass")) {
                    if (value != PyType.TYPE) {
                      throw Exc.raise(
                          ts,
                          Exc.NotImplementedError,
                          "metaclasses other than type are not supported yet");
                    }
                    continue;
                  }
                  if (keywords == null) {
                    keywords = new PyDict(ts);
                  }
                  keywords.put(ts, key, value);
                }
                PyDict ns = new PyDict(ts);
                PyTuple basesTuple = PyTuple.of(ts, bases);
                try {
                  PyObject cell = runBody(ts, body, ns);
                  if (cell instanceof PyCell) {
                    ns.putString(ts, "__classcell__", cell);
                  }
                  Ops.decref(ts, cell);
                  PyDict kw = keywords;
                  return TypeCalls.newClass(ts, name, basesTuple, ns, kw);
                } finally {
                  Ops.decref(ts, basesTuple);
                  Ops.decref(ts, ns);
                  Ops.xdecref(ts, keywords);
                }
              });

  /** Runs a class body with {@code ns} as its namespace; returns its result (the class cell). */
  private static PyObject runBody(ThreadState ts, PyFunction body, PyDict ns) {
    Ops.incref(ts, ns);
    Ops.incref(ts, body);
    Frame frame = new Frame(body.code, body, body.globals, body.builtins, ns);
    PyObject r = Interpreter.run(ts, frame);
    return r == null ? Ops.newRef(ts, PySingleton.NONE) : r;
  }
}
