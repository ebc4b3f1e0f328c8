package dev.weft.runtime.interpreter;

import dev.weft.runtime.bytecode.Opcode;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBaseException;
import dev.weft.runtime.objects.PyException;
import dev.weft.runtime.objects.PyGenerator;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.threads.ThreadState;

/**
 * Generators and coroutines: resuming a suspended frame with a value or an exception, {@code yield
 * from}/{@code await} delegation (SEND), {@code close()}, and the PEP 479 rule that a StopIteration
 * escaping a generator becomes a RuntimeError.
 */
public final class Generators {
  private Generators() {}

  /**
   * Resumes {@code g} sending {@code value} (borrowed), or throwing {@code toThrow} (owned) at its
   * yield. Returns the next yielded value (new reference), or null when the generator returned (its
   * value is left in {@link PyGenerator#returnValue}).
   */
  public static PyObject resume(
      ThreadState ts, PyGenerator g, PyObject value, PyException toThrow) {
    // One thread at a time runs a generator: the claim is a CAS, so two threads resuming it at
    // once get "already executing" rather than both running its frame.
    if (!g.claim()) {
      if (toThrow != null) {
        Ops.decref(ts, toThrow.value);
      }
      throw Exc.valueError(
          ts, (g.isCoroutine() ? "coroutine" : "generator") + " already executing");
    }
    try {
      return resume(ts, g, value, toThrow, true);
    } finally {
      g.unclaim();
    }
  }

  /** {@code delegate} false raises {@code toThrow} in this frame even inside {@code yield from}. */
  private static PyObject resume(
      ThreadState ts, PyGenerator g, PyObject value, PyException toThrow, boolean delegate) {
    if (g.running) {
      if (toThrow != null) {
        Ops.decref(ts, toThrow.value);
      }
      throw Exc.valueError(
          ts, (g.isCoroutine() ? "coroutine" : "generator") + " already executing");
    }
    Frame f = g.frame;
    if (f == null) {
      if (toThrow != null) {
        throw toThrow;
      }
      if (g.isCoroutine()) {
        throw Exc.runtimeError(ts, "cannot reuse already awaited coroutine");
      }
      return null;
    }
    if (!g.started && toThrow == null && value != PySingleton.NONE) {
      throw Exc.typeError(
          ts,
          "can't send non-None value to a just-started "
              + (g.isCoroutine() ? "coroutine" : "generator"));
    }
    if (toThrow != null && delegate && g.started && isDelegating(f)) {
      return throwIntoDelegate(ts, g, f, toThrow);
    }
    if (toThrow != null && !g.started) {
      // Thrown before the first instruction: the generator finishes with the exception.
      g.frame = null;
      f.clear(ts.rc);
      throw toThrow;
    }
    if (g.started) {
      f.slots[f.sp++] = Ops.newRef(ts, value);
    }
    g.started = true;
    g.running = true;
    PyBaseException outerHandled = ts.handled;
    ts.handled = g.savedHandled;
    g.savedHandled = null;
    PyObject result;
    try {
      result = toThrow != null ? Interpreter.runThrowing(ts, f, toThrow) : Interpreter.run(ts, f);
    } catch (PyException e) {
      g.frame = null;
      throw stopIterationToRuntimeError(ts, g, e);
    } finally {
      g.running = false;
      if (g.frame != null && f.yielded) {
        g.savedHandled = ts.handled;
      }
      ts.handled = outerHandled;
    }
    if (f.yielded) {
      return result;
    }
    g.frame = null;
    g.returnValue = result;
    return null;
  }

  private static PyException stopIterationToRuntimeError(
      ThreadState ts, PyGenerator g, PyException e) {
    if (!e.matches(Exc.StopIteration) && !e.matches(Exc.StopAsyncIteration)) {
      return e;
    }
    PyException r =
        Exc.runtimeError(
            ts, (g.isCoroutine() ? "coroutine" : "generator") + " raised StopIteration");
    r.value.setCause(ts, e.value);
    r.value.setContext(ts, e.value);
    Ops.decref(ts, e.value);
    return r;
  }

  /** Whether the frame is suspended inside a {@code yield from}/{@code await} loop. */
  private static boolean isDelegating(Frame f) {
    int word = f.code.words[f.pc];
    return (word & 0xFF) == Op.RESUME && (word >>> 8) >= 2;
  }

  /** {@code throw()} while delegating: the subiterator gets the exception first. */
  private static PyObject throwIntoDelegate(
      ThreadState ts, PyGenerator g, Frame f, PyException toThrow) {
    PyObject receiver = f.slots[f.sp - 1];
    boolean closing = toThrow.matches(Exc.GeneratorExit);
    PyObject yielded;
    PyObject returned = null;
    g.running = true;
    try {
      if (receiver instanceof PyGenerator sub) {
        yielded = resume(ts, sub, PySingleton.NONE, toThrow);
        if (yielded == null) {
          returned = sub.returnValue == null ? Ops.newRef(ts, PySingleton.NONE) : sub.returnValue;
          sub.returnValue = null;
        }
      } else {
        PyObject method =
            Ops.getattrOrNull(
                ts, receiver, dev.weft.runtime.objects.PyStr.intern(closing ? "close" : "throw"));
        if (method == null) {
          g.running = false;
          return resume(ts, g, PySingleton.NONE, toThrow, false);
        }
        try {
          if (closing) {
            Ops.decref(ts, Ops.call0(ts, method));
            g.running = false;
            return resume(ts, g, PySingleton.NONE, toThrow, false);
          }
          yielded = Ops.call1(ts, method, toThrow.value);
          Ops.decref(ts, toThrow.value);
        } catch (PyException e) {
          if (!e.matches(Exc.StopIteration)) {
            throw e;
          }
          returned = Exc.stopIterationValue(ts, e.value);
          Ops.decref(ts, e.value);
          yielded = null;
        } finally {
          Ops.decref(ts, method);
        }
      }
    } catch (PyException e) {
      g.running = false;
      return resume(ts, g, PySingleton.NONE, e, false);
    } finally {
      g.running = false;
    }
    if (yielded != null) {
      return yielded;
    }
    // The delegate finished: pop it, continue after the SEND loop with its value. The frame
    // stopped at the RESUME after the loop's YIELD_VALUE; the JUMP_BACKWARD_NO_INTERRUPT after it
    // leads back to the SEND, whose jump (counted from past its cache words) leaves the loop.
    Ops.decref(ts, Stack.pop(f));
    int jumpBack = f.code.words[f.pc + 1];
    int send = f.pc + 2 - (jumpBack >>> 8);
    int sendWord = f.code.words[send];
    f.pc = send + 1 + Opcode.SEND.caches() + (sendWord >>> 8);
    f.slots[f.sp++] = returned;
    g.running = true;
    PyBaseException outerHandled = ts.handled;
    ts.handled = g.savedHandled;
    g.savedHandled = null;
    PyObject result;
    try {
      result = Interpreter.run(ts, f);
    } catch (PyException e) {
      g.frame = null;
      throw stopIterationToRuntimeError(ts, g, e);
    } finally {
      g.running = false;
      if (g.frame != null && f.yielded) {
        g.savedHandled = ts.handled;
      }
      ts.handled = outerHandled;
    }
    if (f.yielded) {
      return result;
    }
    g.frame = null;
    g.returnValue = result;
    return null;
  }

  /** {@code gen.close()}: GeneratorExit at the yield; a generator that yields again is an error. */
  public static void close(ThreadState ts, PyGenerator g) {
    if (g.frame == null) {
      return;
    }
    if (!g.started) {
      Frame f = g.frame;
      g.frame = null;
      f.clear(ts.rc);
      return;
    }
    PyObject r;
    try {
      r = resume(ts, g, PySingleton.NONE, new PyException(Exc.create(ts, Exc.GeneratorExit)));
    } catch (PyException e) {
      if (e.matches(Exc.GeneratorExit) || e.matches(Exc.StopIteration)) {
        Ops.decref(ts, e.value);
        return;
      }
      throw e;
    }
    if (r != null) {
      Ops.decref(ts, r);
      throw Exc.runtimeError(
          ts, (g.isCoroutine() ? "coroutine" : "generator") + " ignored GeneratorExit");
    }
    Ops.xdecref(ts, g.returnValue);
    g.returnValue = null;
  }

  /** A suspended generator being deallocated is closed first, as CPython's finalizer does. */
  public static void closeOnRelease(ThreadState ts, PyGenerator g) {
    if (!g.started || g.running) {
      return;
    }
    try {
      close(ts, g);
    } catch (PyException e) {
      ts.runtime.stdout.flush();
      ts.runtime.stderr.println(
          "Exception ignored in: <generator object " + g.qualname.value + ">");
      ts.runtime.stderr.print(Tracebacks.format(ts, e.value));
      Ops.decref(ts, e.value);
    }
  }

  static void getYieldFromIter(ThreadState ts, Frame f) {
    PyObject v = Stack.peek(f, 1);
    if (v instanceof PyGenerator g) {
      if (g.isCoroutine()) {
        throw Exc.typeError(
            ts, "cannot 'yield from' a coroutine object in a non-coroutine generator");
      }
      return;
    }
    Stack.replace(ts, f, 1, Ops.iter(ts, v));
  }

  /**
   * SEND: {@code [receiver, value]}; yields through, or jumps with the delegate's result. Called
   * with {@link Frame#pc} past the instruction's cache word; the jump is {@code oparg} from there.
   */
  static void send(ThreadState ts, Frame f, int oparg) {
    PyObject receiver = Stack.peek(f, 2);
    if (receiver instanceof PyGenerator g) {
      sendGenerator(ts, f, g, oparg);
      return;
    }
    PyObject value = Stack.peek(f, 1);
    PyObject yielded;
    PyObject returned = null;
    try {
      if (value == PySingleton.NONE) {
        PyObject next = receiver.type.lookup("__next__");
        if (next == null) {
          throw Exc.typeError(ts, "'" + receiver.typeName() + "' object is not an iterator");
        }
        yielded = Calls.callMethod(ts, next, receiver);
      } else {
        yielded = Ops.callMethod(ts, receiver, "send", value);
      }
    } catch (PyException e) {
      if (!e.matches(Exc.StopIteration)) {
        throw e;
      }
      returned = Exc.stopIterationValue(ts, e.value);
      Ops.decref(ts, e.value);
      yielded = null;
    }
    sent(ts, f, oparg, yielded, returned);
  }

  /**
   * SEND's step when the receiver {@code g} (on the stack) is a generator or coroutine: it is
   * resumed by the nested loop of {@link #resume}, as every resume of a generator is; no frame is
   * pushed onto this loop. Also the action of the specialized form SEND_GEN.
   */
  static void sendGenerator(ThreadState ts, Frame f, PyGenerator g, int oparg) {
    PyObject yielded = resume(ts, g, Stack.peek(f, 1), null);
    PyObject returned = null;
    if (yielded == null) {
      returned = g.returnValue == null ? Ops.newRef(ts, PySingleton.NONE) : g.returnValue;
      g.returnValue = null;
    }
    sent(ts, f, oparg, yielded, returned);
  }

  /**
   * The end of SEND: the delegate's yielded value replaces the sent one, or its return value
   * replaces both and the loop is left.
   */
  private static void sent(
      ThreadState ts, Frame f, int oparg, PyObject yielded, PyObject returned) {
    if (yielded != null) {
      Stack.replace(ts, f, 1, yielded);
      return;
    }
    Stack.replace(ts, f, 2, returned);
    f.pc += oparg;
  }

  static void endSend(ThreadState ts, Frame f) {
    PyObject v = Stack.pop(f);
    Stack.replace(ts, f, 1, v);
  }

  /**
   * GET_AWAITABLE: a coroutine stays; anything else must give an iterator from {@code __await__}.
   */
  static void getAwaitable(ThreadState ts, Frame f, int where) {
    PyObject v = Stack.peek(f, 1);
    Stack.replace(ts, f, 1, awaitable(ts, v, where));
  }

  static PyObject awaitable(ThreadState ts, PyObject v, int where) {
    if (v instanceof PyGenerator g && g.isCoroutine()) {
      return Ops.newRef(ts, v);
    }
    PyObject m = v.type.lookup("__await__");
    if (m == null) {
      String context =
          where == 1
              ? "'async with' received an object from __aenter__ that does not implement __await__: "
              : where == 2
                  ? "'async with' received an object from __aexit__ that does not implement __await__: "
                  : "object ";
      String msg =
          where == 0
              ? "object " + v.typeName() + " can't be used in 'await' expression"
              : context + v.typeName();
      throw Exc.typeError(ts, msg);
    }
    PyObject it = Calls.callMethod(ts, m, v);
    if (it instanceof PyGenerator g && g.isCoroutine()) {
      Ops.decref(ts, it);
      throw Exc.typeError(ts, "__await__() returned a coroutine");
    }
    if (it.type.lookup("__next__") == null && !(it instanceof dev.weft.runtime.objects.PyIter)) {
      String n = it.typeName();
      Ops.decref(ts, it);
      throw Exc.typeError(ts, "__await__() returned non-iterator of type '" + n + "'");
    }
    return it;
  }

  static void getAiter(ThreadState ts, Frame f) {
    PyObject v = Stack.peek(f, 1);
    PyObject m = v.type.lookup("__aiter__");
    if (m == null) {
      throw Exc.typeError(
          ts, "'async for' requires an object with __aiter__ method, got " + v.typeName());
    }
    Stack.replace(ts, f, 1, Calls.callMethod(ts, m, v));
  }

  static void getAnext(ThreadState ts, Frame f) {
    PyObject it = Stack.peek(f, 1);
    PyObject m = it.type.lookup("__anext__");
    if (m == null) {
      throw Exc.typeError(
          ts, "'async for' requires an iterator with __anext__ method, got " + it.typeName());
    }
    PyObject next = Calls.callMethod(ts, m, it);
    try {
      Stack.push(f, awaitable(ts, next, 0));
    } finally {
      Ops.decref(ts, next);
    }
  }

  /** END_ASYNC_FOR: {@code [iterator, exc]}; StopAsyncIteration ends the loop. */
  static void endAsyncFor(ThreadState ts, Frame f) {
    PyObject exc = Stack.peek(f, 1);
    if (exc.type.isSubtypeOf(Exc.StopAsyncIteration)) {
      Stack.drop(ts, f, 2);
      return;
    }
    PyBaseException e = (PyBaseException) Stack.pop(f);
    PyException pe = new PyException(e);
    pe.reraised = true;
    throw pe;
  }

  static void beforeAsyncWith(ThreadState ts, Frame f) {
    PyObject mgr = Stack.peek(f, 1);
    PyObject enter = mgr.type.lookup("__aenter__");
    PyObject exit = mgr.type.lookup("__aexit__");
    if (enter == null || exit == null) {
      throw Exc.typeError(
          ts,
          "'"
              + mgr.typeName()
              + "' object does not support the asynchronous context manager protocol");
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
}
