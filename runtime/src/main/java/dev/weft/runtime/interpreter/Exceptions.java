package dev.weft.runtime.interpreter;

import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBaseException;
import dev.weft.runtime.objects.PyBool;
import dev.weft.runtime.objects.PyException;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.ThreadState;

/** Uops of raising and handling exceptions, and of {@code with}. */
public final class Exceptions {
  private Exceptions() {}

  /**
   * Sets {@code exc.__context__ = context}, first cutting {@code exc} out of the context's own
   * chain so that no cycle forms (CPython's {@code _PyErr_SetObject}).
   */
  static void setContextAvoidingCycle(
      ThreadState ts, PyBaseException exc, PyBaseException context) {
    PyBaseException o = context;
    int guard = 0;
    while (o != null && guard++ < 1000) {
      PyBaseException next = o.context;
      if (next == exc) {
        o.setContext(ts, null);
        break;
      }
      o = next;
    }
    exc.setContext(ts, context);
  }

  /** An exception instance for {@code raise X}: a class is called with no arguments. */
  public static PyBaseException instantiate(ThreadState ts, PyObject x) {
    if (x instanceof PyType t && t.isSubtypeOf(Exc.BaseException)) {
      PyObject e = Ops.call0(ts, t);
      if (!(e instanceof PyBaseException be)) {
        String n = e.typeName();
        Ops.decref(ts, e);
        throw Exc.typeError(
            ts,
            "calling " + t.name + " should have returned an instance of BaseException, not " + n);
      }
      return be;
    }
    if (x instanceof PyBaseException be) {
      Ops.incref(ts, be);
      return be;
    }
    throw Exc.typeError(ts, "exceptions must derive from BaseException");
  }

  static void raiseVarargs(ThreadState ts, Frame f, int n) {
    if (n == 0) {
      PyBaseException current = ts.handled;
      if (current == null) {
        throw Exc.runtimeError(ts, "No active exception to reraise");
      }
      Ops.incref(ts, current);
      PyException e = new PyException(current);
      e.reraised = true;
      throw e;
    }
    PyObject cause = n == 2 ? Stack.peek(f, 1) : null;
    PyObject x = Stack.peek(f, n);
    PyBaseException exc = instantiate(ts, x);
    if (cause != null) {
      if (cause == PySingleton.NONE) {
        exc.setCause(ts, null);
      } else {
        PyBaseException c;
        try {
          c = instantiate(ts, cause);
        } catch (PyException e) {
          Ops.decref(ts, exc);
          if (e.matches(Exc.TypeError)) {
            Ops.decref(ts, e.value);
            throw Exc.typeError(ts, "exception causes must derive from BaseException");
          }
          throw e;
        }
        exc.setCause(ts, c);
        Ops.decref(ts, c);
      }
    }
    Stack.drop(ts, f, n);
    throw new PyException(exc);
  }

  /**
   * RERAISE: re-raises the top. The oparg names the lasti saved on the stack, which CPython uses
   * only to restore the frame's line number; the handler search starts at this instruction, and the
   * traceback already holds this frame's entry, so Weft needs neither.
   */
  static void reraise(ThreadState ts, Frame f, int oparg) {
    PyBaseException exc = (PyBaseException) Stack.pop(f);
    PyException e = new PyException(exc);
    e.reraised = true;
    throw e;
  }

  /**
   * PUSH_EXC_INFO: {@code [exc]} becomes {@code [previous handled or None, exc]}. As in CPython the
   * thread's handled exception owns a reference: the previous one's moves to the stack, and the new
   * one gets its own.
   */
  static void pushExcInfo(ThreadState ts, Frame f) {
    PyObject exc = Stack.pop(f);
    PyBaseException previous = ts.handled;
    Stack.push(f, previous == null ? PySingleton.NONE : previous);
    Stack.push(f, exc);
    ts.handled = (PyBaseException) Ops.newRef(ts, exc);
  }

  /** POP_EXCEPT: the saved exception moves back from the stack to the thread. */
  static void popExcept(ThreadState ts, Frame f) {
    PyObject previous = Stack.pop(f);
    PyBaseException current = ts.handled;
    ts.handled = previous == PySingleton.NONE ? null : (PyBaseException) previous;
    Ops.xdecref(ts, current);
  }

  static void checkExcMatch(ThreadState ts, Frame f) {
    PyObject type = Stack.peek(f, 1);
    PyObject exc = Stack.peek(f, 2);
    boolean match = matches(ts, exc, type);
    Stack.replace(ts, f, 1, PyBool.of(match));
  }

  static boolean matches(ThreadState ts, PyObject exc, PyObject type) {
    if (type instanceof PyTuple t) {
      for (PyObject item : t.items) {
        if (matches(ts, exc, item)) {
          return true;
        }
      }
      return false;
    }
    if (!(type instanceof PyType cls) || !cls.isSubtypeOf(Exc.BaseException)) {
      throw Exc.typeError(
          ts, "catching classes that do not inherit from BaseException is not allowed");
    }
    return exc.type.isSubtypeOf(cls);
  }

  /** BEFORE_WITH: {@code [manager]} becomes {@code [bound __exit__, __enter__()]}. */
  static void beforeWith(ThreadState ts, Frame f) {
    PyObject mgr = Stack.peek(f, 1);
    PyObject enter = mgr.type.lookup("__enter__");
    PyObject exit = mgr.type.lookup("__exit__");
    if (enter == null) {
      throw Exc.typeError(
          ts, "'" + mgr.typeName() + "' object does not support the context manager protocol");
    }
    if (exit == null) {
      throw Exc.typeError(
          ts,
          "'"
              + mgr.typeName()
              + "' object does not support the context manager protocol (missed __exit__"
              + " method)");
    }
    PyObject boundExit = dev.weft.runtime.objects.Attributes.bind(ts, exit, mgr, mgr.type);
    PyObject result;
    try {
      result = Calls.callMethod(ts, enter, mgr);
    } catch (RuntimeException e) {
      Ops.decref(ts, boundExit);
      throw e;
    }
    Stack.replace(ts, f, 1, boundExit);
    Stack.push(f, result);
  }

  /**
   * WITH_EXCEPT_START: {@code [exit, lasti, previous, exc]}; pushes {@code exit(type, exc, tb)}.
   */
  static void withExceptStart(ThreadState ts, Frame f) {
    PyBaseException exc = (PyBaseException) Stack.peek(f, 1);
    PyObject exit = Stack.peek(f, 4);
    PyObject tb = exc.traceback == null ? PySingleton.NONE : exc.traceback;
    PyObject r = Calls.call(ts, exit, new PyObject[] {exc.type, exc, tb}, 0, 3, null);
    Stack.push(f, r);
  }
}
