package dev.weft.specialization;

import dev.weft.runtime.bytecode.CodeObject;
import dev.weft.runtime.interpreter.Frame;
import dev.weft.runtime.interpreter.Op;
import dev.weft.runtime.interpreter.Spec;
import dev.weft.runtime.interpreter.SpecCalls.BuiltinCache;
import dev.weft.runtime.interpreter.SpecCalls.ExactArgsCache;
import dev.weft.runtime.interpreter.SpecCalls.GeneralCache;
import dev.weft.runtime.interpreter.SpecCalls.InitCache;
import dev.weft.runtime.interpreter.SpecCalls.ListAppendCache;
import dev.weft.runtime.modules.Builtins;
import dev.weft.runtime.objects.Bootstrap;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyCode;
import dev.weft.runtime.objects.PyFunction;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyMethod;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.ThreadState;

/**
 * CALL (CPython's {@code specialize_call}): by the callable on the stack {@code [NULL or function,
 * callable or self, args...]}. Python functions whose code binds the positional arguments exactly
 * (no defaults needed, no star or keyword-only parameters) get the exact-arguments forms, other
 * Python calls the general form, which alone accepts keyword names; builtins, method descriptors
 * called on their own type, {@code len}, {@code isinstance}, {@code list.append}, {@code type(x)},
 * {@code str(x)}, {@code tuple(x)} and classes that allocate with {@code object.__new__} and
 * initialize with a Python {@code __init__} get their own forms.
 */
final class CallSpecializer {
  private CallSpecializer() {}

  static void call(ThreadState ts, Frame f, int pc) {
    int n = f.bytecode.words[pc] >>> 8;
    PyObject[] s = f.slots;
    int base = f.sp - n - 2;
    PyObject first = s[base], second = s[base + 1];
    boolean keywords = f.kwnames() != null;
    if (first != null) {
      methodForm(ts, f, pc, n, first, second, keywords);
      return;
    }
    switch (second) {
      case PyFunction fn -> function(ts, f, pc, fn, n, Op.CALL_PY_EXACT_ARGS, keywords);
      case PyMethod m when m.function instanceof PyFunction fn ->
          function(ts, f, pc, fn, n + 1, Op.CALL_BOUND_METHOD_EXACT_ARGS, keywords);
      case PyMethod m -> Spec.fail(ts, f, pc, "bound method of a non-Python callable");
      case PyBuiltin b when keywords -> Spec.fail(ts, f, pc, "builtin with keywords");
      case PyBuiltin b when b == Builtins.LEN && n == 1 ->
          Spec.specialize(ts, f, pc, Op.CALL_LEN, null);
      case PyBuiltin b when b == Builtins.ISINSTANCE && n == 2 ->
          Spec.specialize(ts, f, pc, Op.CALL_ISINSTANCE, null);
      case PyBuiltin b -> Spec.specialize(ts, f, pc, Op.CALL_BUILTIN_FAST, new BuiltinCache(b));
      case PyType t -> type(ts, f, pc, t, n, keywords);
      default -> Spec.fail(ts, f, pc, "other callable");
    }
  }

  /** {@code [function, self, args...]}, as LOAD_ATTR's method form pushes it. */
  private static void methodForm(
      ThreadState ts, Frame f, int pc, int n, PyObject first, PyObject self, boolean keywords) {
    switch (first) {
      case PyFunction fn -> function(ts, f, pc, fn, n + 1, Op.CALL_PY_EXACT_ARGS, keywords);
      case PyBuiltin b when keywords -> Spec.fail(ts, f, pc, "method descriptor with keywords");
      case PyBuiltin b when b == PyList.TYPE.lookup("append") && self.type == PyList.TYPE ->
          Spec.specialize(ts, f, pc, Op.CALL_LIST_APPEND, new ListAppendCache(b));
      case PyBuiltin b when b.isDescriptor() && self.type == b.owner ->
          Spec.specialize(ts, f, pc, Op.CALL_METHOD_DESCRIPTOR, new BuiltinCache(b));
      case PyBuiltin b -> Spec.fail(ts, f, pc, "method descriptor on a subclass");
      default -> Spec.fail(ts, f, pc, "other method");
    }
  }

  /**
   * A Python function called with {@code nargs} positional arguments (self included): {@code exact}
   * when its code binds them directly, else the general form.
   */
  private static void function(
      ThreadState ts, Frame f, int pc, PyFunction fn, int nargs, int exact, boolean keywords) {
    PyCode code = fn.code;
    if (!keywords
        && nargs == code.argCount
        && (code.flags & (CodeObject.VARARGS | CodeObject.VARKEYWORDS)) == 0
        && code.keywordOnlyCount == 0) {
      Spec.specialize(ts, f, pc, exact, ExactArgsCache.of(fn, f.bytecode.caches[pc]));
      return;
    }
    Spec.specialize(ts, f, pc, Op.CALL_PY_GENERAL, new GeneralCache(fn));
  }

  /** {@code [NULL, class, args...]}. */
  private static void type(ThreadState ts, Frame f, int pc, PyType t, int n, boolean keywords) {
    if (keywords) {
      Spec.fail(ts, f, pc, "class with keywords");
    } else if (n == 1 && t == PyType.TYPE) {
      Spec.specialize(ts, f, pc, Op.CALL_TYPE_1, null);
    } else if (n == 1 && t == PyStr.TYPE) {
      Spec.specialize(ts, f, pc, Op.CALL_STR_1, null);
    } else if (n == 1 && t == PyTuple.TYPE) {
      Spec.specialize(ts, f, pc, Op.CALL_TUPLE_1, null);
    } else if ((t.flags & PyType.HEAP) == 0) {
      Spec.fail(ts, f, pc, "builtin class");
    } else if (t.type != PyType.TYPE) {
      Spec.fail(ts, f, pc, "metaclass");
    } else {
      heapClass(ts, f, pc, t);
    }
  }

  /** A heap class: allocation by {@code object.__new__}, then a Python {@code __init__}. */
  private static void heapClass(ThreadState ts, Frame f, int pc, PyType t) {
    // The tag first: if the namespace changes after the lookups below, the guard fails.
    int version = t.versionTag;
    PyObject init = t.lookup("__init__");
    if (version == 0) {
      Spec.fail(ts, f, pc, "class unversioned");
    } else if (t.lookup("__new__") != Bootstrap.objectNew) {
      Spec.fail(ts, f, pc, "class with __new__");
    } else if (t.factory == null || (t.flags & PyType.ABSTRACT) != 0) {
      Spec.fail(ts, f, pc, "class not instantiable");
    } else if (!(init instanceof PyFunction fn)) {
      Spec.fail(ts, f, pc, "init not python");
    } else if (!fn.isDeferred()) {
      // The form calls the recorded function without counting it: a deferred one is never freed
      // by a concurrent C.__init__ = ..., a nested function (a class defined in a function) could
      // be, mid-call.
      Spec.fail(ts, f, pc, "init not deferred");
    } else {
      Spec.specialize(ts, f, pc, Op.CALL_ALLOC_AND_ENTER_INIT, new InitCache(t, version, fn));
    }
  }
}
