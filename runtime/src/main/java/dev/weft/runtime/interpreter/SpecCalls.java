package dev.weft.runtime.interpreter;

import dev.weft.runtime.modules.Builtins;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBool;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyCode;
import dev.weft.runtime.objects.PyFunction;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyMethod;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.objects.SequenceOps;
import dev.weft.runtime.threads.CriticalSection;
import dev.weft.runtime.threads.ThreadState;

/**
 * The specialized forms of CALL (CPython's {@code CALL_PY_EXACT_ARGS}, {@code CALL_LEN}, ...). The
 * stack is the generic instruction's: {@code [NULL or function, callable or self, args...]} (see
 * {@link Uops#call}). Each form checks that the callable is the one its record names (by identity:
 * Java objects are never reused, so an identity guard cannot be fooled by a freed and reallocated
 * object, except for bound methods, which sit on a freelist and so are never the guarded object),
 * that no keyword names are pending, and then does what the generic call would do for that
 * callable, leaving the same result and the same references. A Python call returns the callee's
 * frame for the loop to enter, as {@link Uops#call} does; the others return null. On a guard
 * failure a form counts a miss and runs {@link Uops#call}.
 *
 * <p>Functions are guarded by identity and by their code object: a function's code is what decides
 * how arguments bind (its defaults matter only to the general form, which binds through {@link
 * Calls#newFrame} and so reads them afresh on every call). A class is guarded by identity and by
 * its version tag, which changes whenever its namespace or a base's does, so the {@code __init__}
 * the record holds is still the one a lookup would find.
 */
public final class SpecCalls {
  private SpecCalls() {}

  /**
   * CALL_PY_EXACT_ARGS and CALL_BOUND_METHOD_EXACT_ARGS: functions whose code binds exactly, each
   * with the code it had. CPython's form serves one function; a site that calls a method overridden
   * in several subclasses would miss its way between them, so Weft's record keeps up to {@link
   * #MAX_FUNCTIONS}, the newest first.
   */
  public record ExactArgsCache(PyFunction[] functions, PyCode[] codes) {
    public static final int MAX_FUNCTIONS = 4;

    /** The record for {@code fn}, keeping the other functions of {@code previous}. */
    public static ExactArgsCache of(PyFunction fn, Object previous) {
      PyFunction[] fs = new PyFunction[MAX_FUNCTIONS];
      PyCode[] cs = new PyCode[MAX_FUNCTIONS];
      fs[0] = fn;
      cs[0] = fn.code;
      int n = 1;
      if (previous instanceof ExactArgsCache p) {
        for (int i = 0; i < p.functions.length && n < MAX_FUNCTIONS; i++) {
          if (p.functions[i] != fn) {
            fs[n] = p.functions[i];
            cs[n++] = p.codes[i];
          }
        }
      }
      return new ExactArgsCache(java.util.Arrays.copyOf(fs, n), java.util.Arrays.copyOf(cs, n));
    }

    /**
     * The code to run for {@code callable} called with {@code nargs} arguments: one of the
     * functions, still with its code, taking exactly that many; else null (a miss).
     */
    PyCode codeFor(PyObject callable, int nargs) {
      PyFunction[] fs = functions;
      for (int i = 0; i < fs.length; i++) {
        if (fs[i] == callable) {
          PyCode code = codes[i];
          return fs[i].code == code && nargs == code.argCount ? code : null;
        }
      }
      return null;
    }
  }

  /** CALL_PY_GENERAL: a Python function, called through the full binding. */
  public record GeneralCache(PyFunction function) {}

  /** CALL_BUILTIN_FAST and CALL_METHOD_DESCRIPTOR: a builtin function or method descriptor. */
  public record BuiltinCache(PyBuiltin builtin) {}

  /** CALL_LIST_APPEND: {@code list.append}, the method descriptor. */
  public record ListAppendCache(PyBuiltin append) {}

  /**
   * CALL_ALLOC_AND_ENTER_INIT: a heap class of metaclass {@code type} whose {@code __new__} is
   * {@code object.__new__}, while its version tag is {@code version}, and its {@code __init__}.
   */
  public record InitCache(PyType type, int version, PyFunction init) {}

  /** The one entry from the dispatch loop: each specialized CALL form to its handler. */
  static Frame call(ThreadState ts, Frame f, int pc, int op, int n) {
    return switch (op) {
      case Op.CALL_PY_EXACT_ARGS -> pyExactArgs(ts, f, pc, n);
      case Op.CALL_BOUND_METHOD_EXACT_ARGS -> boundMethodExactArgs(ts, f, pc, n);
      case Op.CALL_PY_GENERAL -> pyGeneral(ts, f, pc, n);
      case Op.CALL_BUILTIN_FAST -> builtinFast(ts, f, pc, n);
      case Op.CALL_LEN -> len(ts, f, pc, n);
      case Op.CALL_ISINSTANCE -> isinstance(ts, f, pc, n);
      case Op.CALL_LIST_APPEND -> listAppend(ts, f, pc, n);
      case Op.CALL_METHOD_DESCRIPTOR -> methodDescriptor(ts, f, pc, n);
      case Op.CALL_TYPE_1 -> type1(ts, f, pc, n);
      case Op.CALL_STR_1 -> str1(ts, f, pc, n);
      case Op.CALL_TUPLE_1 -> tuple1(ts, f, pc, n);
      case Op.CALL_ALLOC_AND_ENTER_INIT -> allocAndEnterInit(ts, f, pc, n);
      default -> throw new IllegalStateException("not a CALL form: " + op);
    };
  }

  // --- Python functions ---

  /** {@code [NULL, function, args...]} or {@code [function, self, args...]}. */
  static Frame pyExactArgs(ThreadState ts, Frame f, int pc, int n) {
    PyObject[] s = f.slots;
    int base = f.sp - n - 2;
    if (Spec.cache(f, pc) instanceof ExactArgsCache c && f.kwnames == null) {
      PyObject first = s[base];
      int nargs = first != null ? n + 1 : n;
      PyObject callable = first != null ? first : s[base + 1];
      PyCode code = c.codeFor(callable, nargs);
      if (code != null) {
        Spec.hit(ts, Op.CALL_PY_EXACT_ARGS);
        PyFunction fn = (PyFunction) callable;
        // The stack's reference to the function and to each argument moves into the new frame.
        Frame callee = new Frame(ts, code, fn, fn.globals, fn.builtins, null);
        int argStart = f.sp - nargs;
        System.arraycopy(s, argStart, callee.slots, 0, nargs);
        clear(f, base);
        return callee;
      }
    }
    Spec.miss(ts, f, pc);
    return Uops.call(ts, f, n);
  }

  /** {@code [NULL, bound method, args...]}: the method's self becomes the first argument. */
  static Frame boundMethodExactArgs(ThreadState ts, Frame f, int pc, int n) {
    PyObject[] s = f.slots;
    int base = f.sp - n - 2;
    PyCode code;
    if (Spec.cache(f, pc) instanceof ExactArgsCache c
        && f.kwnames == null
        && s[base] == null
        && s[base + 1] instanceof PyMethod m
        && (code = c.codeFor(m.function, n + 1)) != null) {
      Spec.hit(ts, Op.CALL_BOUND_METHOD_EXACT_ARGS);
      PyFunction fn = (PyFunction) m.function;
      Ops.incref(ts, fn);
      Frame callee = new Frame(ts, code, fn, fn.globals, fn.builtins, null);
      PyObject self = m.self;
      Ops.incref(ts, self);
      callee.slots[0] = self;
      System.arraycopy(s, base + 2, callee.slots, 1, n);
      clear(f, base);
      Ops.decref(ts, m);
      return callee;
    }
    Spec.miss(ts, f, pc);
    return Uops.call(ts, f, n);
  }

  /** Any call of the function (or of a method bound to it), keywords included. */
  static Frame pyGeneral(ThreadState ts, Frame f, int pc, int n) {
    PyObject[] s = f.slots;
    int sp = f.sp;
    int base = sp - n - 2;
    if (Spec.cache(f, pc) instanceof GeneralCache c) {
      PyObject first = s[base];
      PyObject callable = first != null ? first : s[base + 1];
      PyObject self = null;
      if (callable instanceof PyMethod m && first == null) {
        self = m.self;
        callable = m.function;
      }
      if (callable == c.function()) {
        Spec.hit(ts, Op.CALL_PY_GENERAL);
        PyTuple kwnames = f.kwnames;
        f.kwnames = null;
        int argStart = first != null ? base + 1 : base + 2;
        int nargs = first != null ? n + 1 : n;
        Frame callee = Calls.newFrame(ts, c.function(), self, s, argStart, nargs, kwnames);
        Uops.popCall(ts, f, base, sp);
        return callee;
      }
    }
    Spec.miss(ts, f, pc);
    return Uops.call(ts, f, n);
  }

  // --- Builtins ---

  /** {@code [NULL, builtin, args...]}, positional arguments only. */
  static Frame builtinFast(ThreadState ts, Frame f, int pc, int n) {
    PyObject[] s = f.slots;
    int base = f.sp - n - 2;
    if (Spec.cache(f, pc) instanceof BuiltinCache c
        && f.kwnames == null
        && s[base] == null
        && s[base + 1] == c.builtin()) {
      Spec.hit(ts, Op.CALL_BUILTIN_FAST);
      return pushResult(ts, f, base, c.builtin().call(ts, s, base + 2, n, null));
    }
    Spec.miss(ts, f, pc);
    return Uops.call(ts, f, n);
  }

  /** {@code [descriptor, self, args...]} with self of exactly the descriptor's type. */
  static Frame methodDescriptor(ThreadState ts, Frame f, int pc, int n) {
    PyObject[] s = f.slots;
    int base = f.sp - n - 2;
    if (Spec.cache(f, pc) instanceof BuiltinCache c
        && f.kwnames == null
        && s[base] == c.builtin()
        && s[base + 1].type == c.builtin().owner) {
      Spec.hit(ts, Op.CALL_METHOD_DESCRIPTOR);
      return pushResult(ts, f, base, c.builtin().call(ts, s, base + 1, n + 1, null));
    }
    Spec.miss(ts, f, pc);
    return Uops.call(ts, f, n);
  }

  /** {@code [NULL, len, x]}. */
  static Frame len(ThreadState ts, Frame f, int pc, int n) {
    PyObject[] s = f.slots;
    int base = f.sp - n - 2;
    if (n == 1 && f.kwnames == null && s[base] == null && s[base + 1] == Builtins.LEN) {
      Spec.hit(ts, Op.CALL_LEN);
      return pushResult(ts, f, base, PyInt.of(ts, Ops.length(ts, s[base + 2])));
    }
    Spec.miss(ts, f, pc);
    return Uops.call(ts, f, n);
  }

  /** {@code [NULL, isinstance, x, cls]}. */
  static Frame isinstance(ThreadState ts, Frame f, int pc, int n) {
    PyObject[] s = f.slots;
    int base = f.sp - n - 2;
    if (n == 2 && f.kwnames == null && s[base] == null && s[base + 1] == Builtins.ISINSTANCE) {
      Spec.hit(ts, Op.CALL_ISINSTANCE);
      boolean r = Builtins.isInstance(ts, s[base + 2], s[base + 3]);
      return pushResult(ts, f, base, PyBool.of(r));
    }
    Spec.miss(ts, f, pc);
    return Uops.call(ts, f, n);
  }

  /**
   * {@code [list.append, list, x]} on an exact list: appends in the list's critical section, as the
   * descriptor's call does, handing over the stack's reference to {@code x}.
   */
  static Frame listAppend(ThreadState ts, Frame f, int pc, int n) {
    PyObject[] s = f.slots;
    int base = f.sp - n - 2;
    if (Spec.cache(f, pc) instanceof ListAppendCache c
        && n == 1
        && f.kwnames == null
        && s[base] == c.append()
        && s[base + 1] instanceof PyList list
        && list.type == PyList.TYPE) {
      Spec.hit(ts, Op.CALL_LIST_APPEND);
      PyObject x = s[base + 2];
      CriticalSection.begin(ts, list);
      try {
        list.appendSteal(ts, x);
      } finally {
        CriticalSection.end(ts);
      }
      s[base + 2] = null;
      return pushResult(ts, f, base, PySingleton.NONE);
    }
    Spec.miss(ts, f, pc);
    return Uops.call(ts, f, n);
  }

  // --- Classes ---

  /** {@code [NULL, type, x]}: the type of x. */
  static Frame type1(ThreadState ts, Frame f, int pc, int n) {
    PyObject[] s = f.slots;
    int base = f.sp - n - 2;
    if (n == 1 && f.kwnames == null && s[base] == null && s[base + 1] == PyType.TYPE) {
      Spec.hit(ts, Op.CALL_TYPE_1);
      return pushResult(ts, f, base, Ops.newRef(ts, s[base + 2].type));
    }
    Spec.miss(ts, f, pc);
    return Uops.call(ts, f, n);
  }

  /** {@code [NULL, str, x]}: {@code str(x)}, what {@code str.__new__} does for exactly str. */
  static Frame str1(ThreadState ts, Frame f, int pc, int n) {
    PyObject[] s = f.slots;
    int base = f.sp - n - 2;
    if (n == 1 && f.kwnames == null && s[base] == null && s[base + 1] == PyStr.TYPE) {
      Spec.hit(ts, Op.CALL_STR_1);
      return pushResult(ts, f, base, Ops.str(ts, s[base + 2]));
    }
    Spec.miss(ts, f, pc);
    return Uops.call(ts, f, n);
  }

  /** {@code [NULL, tuple, x]}: {@code tuple(x)}, what {@code tuple.__new__} does for tuple. */
  static Frame tuple1(ThreadState ts, Frame f, int pc, int n) {
    PyObject[] s = f.slots;
    int base = f.sp - n - 2;
    if (n == 1 && f.kwnames == null && s[base] == null && s[base + 1] == PyTuple.TYPE) {
      Spec.hit(ts, Op.CALL_TUPLE_1);
      return pushResult(ts, f, base, SequenceOps.toTuple(ts, s[base + 2]));
    }
    Spec.miss(ts, f, pc);
    return Uops.call(ts, f, n);
  }

  /**
   * {@code [NULL, class, args...]}: allocates the instance as {@code object.__new__} does and runs
   * {@code __init__} on it, which must return None ({@link TypeCalls#construct}'s steps for such a
   * class). {@code __init__} runs in a nested loop ({@link Calls#callFunction}) rather than in a
   * frame the loop enters: entering it would need a frame that checks the result and replaces it
   * with the instance on return (CPython's {@code _Py_InitCleanup}), which this loop does not have.
   */
  static Frame allocAndEnterInit(ThreadState ts, Frame f, int pc, int n) {
    PyObject[] s = f.slots;
    int base = f.sp - n - 2;
    if (Spec.cache(f, pc) instanceof InitCache c
        && f.kwnames == null
        && s[base] == null
        && s[base + 1] == c.type()
        && c.type().versionTag == c.version()
        && c.type().type == PyType.TYPE
        && (c.type().flags & PyType.ABSTRACT) == 0) {
      Spec.hit(ts, Op.CALL_ALLOC_AND_ENTER_INIT);
      PyType t = c.type();
      PyObject obj = t.factory.create(ts, t);
      TypeCalls.init(ts, c.init(), obj, s, base + 2, n, null);
      return pushResult(ts, f, base, obj);
    }
    Spec.miss(ts, f, pc);
    return Uops.call(ts, f, n);
  }

  // --- Stack ---

  /** Pops the call's inputs (dropping their references) and pushes {@code result} (owned). */
  private static Frame pushResult(ThreadState ts, Frame f, int base, PyObject result) {
    Uops.popCall(ts, f, base, f.sp);
    f.slots[f.sp++] = result;
    return null;
  }

  /** Empties the stack down to {@code base} without dropping references (they moved). */
  private static void clear(Frame f, int base) {
    PyObject[] s = f.slots;
    for (int i = base; i < f.sp; i++) {
      s[i] = null;
    }
    f.sp = base;
  }
}
