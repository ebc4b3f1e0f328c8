package dev.weft.runtime.interpreter;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyCode;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyFunction;
import dev.weft.runtime.objects.PyGenerator;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyTuple;

/**
 * A Python frame (CPython's {@code _PyInterpreterFrame}): one array holds the local variables,
 * cells and free variables ("localsplus") followed by the value stack. Slots below {@link #sp} own
 * their references; slots at or above it are null. Frames link to their caller so that calls and
 * returns between Python functions switch frames inside one interpreter loop.
 */
public final class Frame {
  public final PyCode code;

  /**
   * The copy of the code's instructions this frame runs: its thread's (TLBC). A generator resumed
   * by another thread switches to that thread's copy first ({@link #useCopyOf}).
   */
  public dev.weft.runtime.objects.Bytecode bytecode;

  public final PyObject[] slots;

  /** One past the top of the value stack (an index into {@link #slots}). */
  public int sp;

  /** The word index of the instruction executing, or last executed. */
  public int lasti;

  /** Where execution continues when the frame resumes (after a call returns, or a yield). */
  public int pc;

  public Frame previous;
  public final PyDict globals;
  public final PyDict builtins;

  /** The namespace of LOAD_NAME/STORE_NAME (module and class bodies), owned; null in functions. */
  public PyObject locals;

  /** The function running here (owned, as CPython's frame holds {@code f_funcobj}), or null. */
  public PyFunction function;

  /** The generator or coroutine owning this frame, or null. */
  public PyGenerator generator;

  /** Keyword names for the next CALL (set by KW_NAMES; an immortal constant). */
  PyTuple kwnames;

  /** The keyword names pending for the next CALL, or null (what the specializer sees). */
  public PyTuple kwnames() {
    return kwnames;
  }

  /** Whether {@link Interpreter#run} returns when this frame returns or yields. */
  boolean entry;

  /** Set when the frame left the loop by yielding rather than returning. */
  public boolean yielded;

  /**
   * A frame for {@code ts} to run; it takes over a reference to {@code function} (null for module
   * code).
   */
  public Frame(
      dev.weft.runtime.threads.ThreadState ts,
      PyCode code,
      PyFunction function,
      PyDict globals,
      PyDict builtins,
      PyObject locals) {
    this.code = code;
    this.bytecode = code.bytecode(ts.tlbcIndex);
    this.function = function;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    this.slots = new PyObject[code.localsPlusCount + code.stackSize + 1];
    this.sp = code.localsPlusCount;
  }

  /**
   * Makes the frame run {@code ts}'s copy (a generator started on one thread and resumed on
   * another); copies share their layout, so {@link #pc} stays valid (TLBC_03).
   */
  void useCopyOf(dev.weft.runtime.threads.ThreadState ts) {
    if (bytecode.index != ts.tlbcIndex) {
      bytecode = code.bytecode(ts.tlbcIndex);
    }
  }

  public int stackBase() {
    return code.localsPlusCount;
  }

  /** The current source line. */
  public int line() {
    return code.lineOf(lasti);
  }

  /** Visits every reference the frame owns (for a suspended generator's leak accounting). */
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    for (int i = 0; i < sp; i++) {
      if (slots[i] != null) {
        visit.accept(slots[i]);
      }
    }
    if (locals != null) {
      visit.accept(locals);
    }
  }

  /** Drops every reference the frame holds (locals, cells, stack, namespace). */
  public void clear(RcThread thread) {
    PyObject[] s = slots;
    int top = sp;
    sp = code.localsPlusCount;
    for (int i = 0; i < top; i++) {
      PyObject v = s[i];
      if (v != null) {
        s[i] = null;
        Ops.decref(thread, v);
      }
    }
    PyObject l = locals;
    locals = null;
    Ops.xdecref(thread, l);
    PyFunction fn = function;
    if (fn != null) {
      function = null;
      Ops.decref(thread, fn);
    }
  }
}
