package dev.weft.runtime.interpreter;

import dev.weft.runtime.objects.Arith;
import dev.weft.runtime.objects.Compare;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBaseException;
import dev.weft.runtime.objects.PyBool;
import dev.weft.runtime.objects.PyException;
import dev.weft.runtime.objects.PyGenerator;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyTraceback;
import dev.weft.runtime.threads.ThreadState;

/**
 * The tier-1 interpreter: one loop that runs a frame and every Python frame it calls, switching
 * frames on calls and returns without Java recursion (CPython 3.11's design). Java code that calls
 * Python ({@link Calls}) enters a nested loop through {@link #run}; that loop returns when its
 * entry frame returns or yields.
 *
 * <p>Each case is a few lines: the common stack operations inline, everything else a call to a
 * {@link Uops} method, so that {@link #execute} stays under HotSpot's 8000-byte compile limit
 * ({@code InterpreterSizeTest} checks it). Before each instruction the loop records its index
 * ({@code lasti}) and the stack depth in the frame: an instruction that fails leaves its inputs on
 * the stack, so the unwinder ({@link #unwind}) knows exactly which references the stack owns.
 */
public final class Interpreter {
  private Interpreter() {}

  /** Runs {@code entry} until it returns or yields; returns that value (a new reference). */
  public static PyObject run(ThreadState ts, Frame entry) {
    entry.useCopyOf(ts);
    entry.entry = true;
    entry.yielded = false;
    push(ts, entry);
    return loop(ts, entry);
  }

  /**
   * Resumes a suspended generator frame by raising {@code e} at its yield (generator {@code
   * throw()}); returns what the frame yields or returns next.
   */
  static PyObject runThrowing(ThreadState ts, Frame entry, PyException e) {
    entry.useCopyOf(ts);
    entry.entry = true;
    entry.yielded = false;
    push(ts, entry);
    entry.lasti = entry.pc - 1;
    return loop(ts, unwind(ts, e));
  }

  private static PyObject loop(ThreadState ts, Frame f) {
    while (true) {
      try {
        return execute(ts, f);
      } catch (PyException e) {
        f = unwind(ts, e);
      } catch (StackOverflowError e) {
        f = unwind(ts, Exc.raise(ts, Exc.RecursionError, "maximum recursion depth exceeded"));
      } catch (OutOfMemoryError e) {
        f = unwind(ts, Exc.raise(ts, Exc.MemoryError, ""));
      } catch (RuntimeException e) {
        f = unwind(ts, internalError(ts, e));
      }
    }
  }

  /**
   * A Java exception escaping an instruction is a bug in the runtime; it reaches the program as a
   * SystemError (with the Java stack trace on stderr when {@code -Dweft.debug=true}), never as a
   * Java exception.
   */
  private static PyException internalError(ThreadState ts, RuntimeException e) {
    if (Boolean.getBoolean("weft.debug")) {
      e.printStackTrace();
    }
    return Exc.raise(ts, Exc.SystemError, "internal error: " + e);
  }

  /** Makes {@code f} the innermost frame of the thread. */
  static void push(ThreadState ts, Frame f) {
    f.previous = ts.frame;
    ts.frame = f;
    if (++ts.depth > ts.runtime.recursionLimit) {
      ts.depth--;
      ts.frame = f.previous;
      f.clear(ts.rc);
      throw Exc.raise(ts, Exc.RecursionError, "maximum recursion depth exceeded");
    }
  }

  /** Removes the innermost frame (which must be {@code f}); returns its caller. */
  static Frame pop(ThreadState ts, Frame f) {
    ts.depth--;
    ts.frame = f.previous;
    return f.previous;
  }

  /**
   * Finds the handler for {@code e}: in the innermost frame, or in a caller after popping frames
   * without one. Returns the frame to continue in, with the exception pushed; rethrows when the
   * entry frame has no handler.
   */
  private static Frame unwind(ThreadState ts, PyException e) {
    Frame f = ts.frame;
    PyBaseException exc = e.value;
    if (!e.reraised && ts.handled != null && ts.handled != exc && exc.context == null) {
      Exceptions.setContextAvoidingCycle(ts, exc, ts.handled);
    }
    boolean skipTraceback = e.reraised;
    while (true) {
      if (!skipTraceback) {
        PyTraceback old = exc.traceback;
        exc.traceback = new PyTraceback(ts, old, f.code, f.lasti);
      }
      skipTraceback = false;
      int h = f.code.handlerFor(f.lasti);
      if (h >= 0) {
        int[] table = f.code.exceptionTable;
        int depth = f.stackBase() + table[h + 3];
        PyObject[] s = f.slots;
        while (f.sp > depth) {
          PyObject v = s[--f.sp];
          s[f.sp] = null;
          Ops.xdecref(ts, v);
        }
        if (table[h + 4] != 0) {
          s[f.sp++] = PyInt.of(ts, f.lasti);
        }
        s[f.sp++] = exc;
        f.pc = table[h + 2];
        return f;
      }
      f.clear(ts.rc);
      Frame caller = pop(ts, f);
      if (f.entry) {
        e.reraised = false;
        throw e;
      }
      f = caller;
    }
  }

  private static PyObject execute(ThreadState ts, Frame f) {
    PyObject[] s = f.slots;
    int[] code = f.bytecode.words;
    PyObject[] consts = f.code.constants;
    int pc = f.pc;
    int sp = f.sp;
    while (true) {
      int word = code[pc];
      int oparg = word >>> 8;
      f.lasti = pc;
      f.sp = sp;
      pc++;
      switch (word & 0xFF) {
        case Op.NOP -> {}
        case Op.RESUME -> {
          ts.qsbr.quiescentState();
          if (ts.evalBreaker != 0) {
            Uops.handleEvalBreaker(ts);
          }
        }
        case Op.LOAD_FAST -> {
          PyObject v = s[oparg];
          if (v == null) {
            throw Uops.unboundLocal(ts, f, oparg);
          }
          Ops.incref(ts, v);
          s[sp++] = v;
        }
        case Op.STORE_FAST -> {
          PyObject v = s[--sp];
          s[sp] = null;
          PyObject old = s[oparg];
          s[oparg] = v;
          f.sp = sp;
          if (old != null) {
            Ops.decref(ts, old);
          }
        }
        case Op.LOAD_CONST -> s[sp++] = consts[oparg];
        case Op.POP_TOP -> {
          PyObject v = s[--sp];
          s[sp] = null;
          f.sp = sp;
          Ops.decref(ts, v);
        }
        case Op.PUSH_NULL -> s[sp++] = null;
        case Op.COPY -> {
          PyObject v = s[sp - oparg];
          Ops.incref(ts, v);
          s[sp++] = v;
        }
        case Op.SWAP -> {
          PyObject v = s[sp - 1];
          s[sp - 1] = s[sp - oparg];
          s[sp - oparg] = v;
        }
        case Op.BINARY_OP -> {
          if (Spec.ENABLED && Spec.tick(code, pc)) {
            Spec.specializeAt(ts, f, pc - 1);
            pc--;
            continue;
          }
          PyObject left = s[sp - 2], right = s[sp - 1];
          PyObject r = Arith.binary(ts, left, right, oparg);
          s[--sp] = null;
          s[sp - 1] = r;
          f.sp = sp;
          Ops.decref(ts, left);
          Ops.decref(ts, right);
          pc++;
        }
        case Op.BINARY_OP_ADD_INT -> {
          sp = SpecOps.binaryOpAddInt(ts, f, pc - 1, oparg);
          pc++;
        }
        case Op.BINARY_OP_SUBTRACT_INT -> {
          sp = SpecOps.binaryOpSubtractInt(ts, f, pc - 1, oparg);
          pc++;
        }
        case Op.BINARY_OP_MULTIPLY_INT -> {
          sp = SpecOps.binaryOpMultiplyInt(ts, f, pc - 1, oparg);
          pc++;
        }
        case Op.BINARY_OP_ADD_FLOAT -> {
          sp = SpecOps.binaryOpAddFloat(ts, f, pc - 1, oparg);
          pc++;
        }
        case Op.BINARY_OP_SUBTRACT_FLOAT -> {
          sp = SpecOps.binaryOpSubtractFloat(ts, f, pc - 1, oparg);
          pc++;
        }
        case Op.BINARY_OP_MULTIPLY_FLOAT -> {
          sp = SpecOps.binaryOpMultiplyFloat(ts, f, pc - 1, oparg);
          pc++;
        }
        case Op.BINARY_OP_ADD_UNICODE -> {
          sp = SpecOps.binaryOpAddUnicode(ts, f, pc - 1, oparg);
          pc++;
        }
        case Op.COMPARE_OP -> {
          if (Spec.ENABLED && Spec.tick(code, pc)) {
            Spec.specializeAt(ts, f, pc - 1);
            pc--;
            continue;
          }
          PyObject left = s[sp - 2], right = s[sp - 1];
          PyObject r = Compare.richCompare(ts, left, right, oparg);
          s[--sp] = null;
          s[sp - 1] = r;
          f.sp = sp;
          Ops.decref(ts, left);
          Ops.decref(ts, right);
          pc++;
        }
        case Op.COMPARE_OP_INT -> {
          sp = SpecOps.compareOpInt(ts, f, pc - 1, oparg);
          pc++;
        }
        case Op.COMPARE_OP_FLOAT -> {
          sp = SpecOps.compareOpFloat(ts, f, pc - 1, oparg);
          pc++;
        }
        case Op.COMPARE_OP_STR -> {
          sp = SpecOps.compareOpStr(ts, f, pc - 1, oparg);
          pc++;
        }
        case Op.TO_BOOL -> {
          if (Spec.ENABLED && Spec.tick(code, pc)) {
            Spec.specializeAt(ts, f, pc - 1);
            pc--;
            continue;
          }
          Uops.toBool(ts, f);
          pc += 3;
        }
        case Op.TO_BOOL_BOOL -> {
          SpecBools.toBoolBool(ts, f, pc - 1);
          pc += 3;
        }
        case Op.TO_BOOL_INT -> {
          SpecBools.toBoolInt(ts, f, pc - 1);
          pc += 3;
        }
        case Op.TO_BOOL_LIST -> {
          SpecBools.toBoolList(ts, f, pc - 1);
          pc += 3;
        }
        case Op.TO_BOOL_NONE -> {
          SpecBools.toBoolNone(ts, f, pc - 1);
          pc += 3;
        }
        case Op.TO_BOOL_STR -> {
          SpecBools.toBoolStr(ts, f, pc - 1);
          pc += 3;
        }
        case Op.TO_BOOL_ALWAYS_TRUE -> {
          SpecBools.toBoolAlwaysTrue(ts, f, pc - 1);
          pc += 3;
        }
        case Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE -> {
          PyObject v = s[sp - 1];
          boolean truth =
              v == PyBool.TRUE || (v != PyBool.FALSE && v != PySingleton.NONE && Ops.isTrue(ts, v));
          s[--sp] = null;
          f.sp = sp;
          Ops.decref(ts, v);
          if (truth == ((word & 0xFF) == Op.POP_JUMP_IF_TRUE)) {
            pc += oparg;
          }
        }
        case Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE -> {
          PyObject v = s[--sp];
          s[sp] = null;
          f.sp = sp;
          Ops.decref(ts, v);
          if ((v == PySingleton.NONE) == ((word & 0xFF) == Op.POP_JUMP_IF_NONE)) {
            pc += oparg;
          }
        }
        case Op.JUMP_FORWARD -> pc += oparg;
        case Op.JUMP_BACKWARD -> {
          pc -= oparg;
          ts.qsbr.quiescentState();
          if (ts.evalBreaker != 0) {
            f.pc = pc;
            Uops.handleEvalBreaker(ts);
          }
        }
        case Op.JUMP_BACKWARD_NO_INTERRUPT -> pc -= oparg;
        case Op.FOR_ITER -> {
          if (Spec.ENABLED && Spec.tick(code, pc)) {
            Spec.specializeAt(ts, f, pc - 1);
            pc--;
            continue;
          }
          PyObject v = Ops.next(ts, s[sp - 1]);
          pc++;
          if (v == null) {
            PyObject it = s[--sp];
            s[sp] = null;
            f.sp = sp;
            Ops.decref(ts, it);
            pc += oparg;
          } else {
            s[sp++] = v;
          }
        }
        case Op.FOR_ITER_LIST -> {
          pc = SpecIters.forIterList(ts, f, pc - 1, oparg);
          sp = f.sp;
        }
        case Op.FOR_ITER_TUPLE -> {
          pc = SpecIters.forIterTuple(ts, f, pc - 1, oparg);
          sp = f.sp;
        }
        case Op.FOR_ITER_RANGE -> {
          pc = SpecIters.forIterRange(ts, f, pc - 1, oparg);
          sp = f.sp;
        }
        case Op.FOR_ITER_GEN -> {
          pc = SpecIters.forIterGen(ts, f, pc - 1, oparg);
          sp = f.sp;
        }
        case Op.GET_ITER -> {
          PyObject v = s[sp - 1];
          s[sp - 1] = Ops.iter(ts, v);
          Ops.decref(ts, v);
        }
        case Op.LOAD_GLOBAL -> {
          if (Spec.ENABLED && Spec.tick(code, pc)) {
            Spec.specializeAt(ts, f, pc - 1);
            pc--;
            continue;
          }
          sp = Uops.loadGlobal(ts, f, oparg);
          pc += 4;
        }
        case Op.LOAD_GLOBAL_MODULE -> {
          sp = SpecGlobals.loadGlobalModule(ts, f, pc - 1, oparg);
          pc += 4;
        }
        case Op.LOAD_GLOBAL_BUILTIN -> {
          sp = SpecGlobals.loadGlobalBuiltin(ts, f, pc - 1, oparg);
          pc += 4;
        }
        case Op.LOAD_ATTR -> {
          if (Spec.ENABLED && Spec.tick(code, pc)) {
            Spec.specializeAt(ts, f, pc - 1);
            pc--;
            continue;
          }
          sp = Uops.loadAttr(ts, f, oparg);
          pc += 9;
        }
        case Op.LOAD_ATTR_INSTANCE_VALUE -> {
          sp = SpecAttrs.loadAttrInstanceValue(ts, f, pc - 1, oparg);
          pc += 9;
        }
        case Op.LOAD_ATTR_SLOT -> {
          sp = SpecAttrs.loadAttrSlot(ts, f, pc - 1, oparg);
          pc += 9;
        }
        case Op.LOAD_ATTR_MODULE -> {
          sp = SpecAttrs.loadAttrModule(ts, f, pc - 1, oparg);
          pc += 9;
        }
        case Op.LOAD_ATTR_CLASS -> {
          sp = SpecAttrs.loadAttrClass(ts, f, pc - 1, oparg);
          pc += 9;
        }
        case Op.LOAD_ATTR_PROPERTY -> {
          sp = SpecAttrs.loadAttrProperty(ts, f, pc - 1, oparg);
          pc += 9;
        }
        case Op.LOAD_ATTR_METHOD_WITH_VALUES -> {
          sp = SpecAttrs.loadAttrMethodWithValues(ts, f, pc - 1, oparg);
          pc += 9;
        }
        case Op.LOAD_ATTR_METHOD_NO_DICT -> {
          sp = SpecAttrs.loadAttrMethodNoDict(ts, f, pc - 1, oparg);
          pc += 9;
        }
        case Op.STORE_ATTR -> {
          if (Spec.ENABLED && Spec.tick(code, pc)) {
            Spec.specializeAt(ts, f, pc - 1);
            pc--;
            continue;
          }
          sp = Uops.storeAttr(ts, f, oparg);
          pc += 4;
        }
        case Op.STORE_ATTR_INSTANCE_VALUE -> {
          sp = SpecAttrs.storeAttrInstanceValue(ts, f, pc - 1, oparg);
          pc += 4;
        }
        case Op.STORE_ATTR_SLOT -> {
          sp = SpecAttrs.storeAttrSlot(ts, f, pc - 1, oparg);
          pc += 4;
        }
        case Op.BINARY_SUBSCR -> {
          if (Spec.ENABLED && Spec.tick(code, pc)) {
            Spec.specializeAt(ts, f, pc - 1);
            pc--;
            continue;
          }
          PyObject container = s[sp - 2], key = s[sp - 1];
          PyObject r = Ops.getitem(ts, container, key);
          s[--sp] = null;
          s[sp - 1] = r;
          f.sp = sp;
          Ops.decref(ts, container);
          Ops.decref(ts, key);
          pc++;
        }
        case Op.BINARY_SUBSCR_LIST_INT -> {
          sp = SpecOps.binarySubscrListInt(ts, f, pc - 1, oparg);
          pc++;
        }
        case Op.BINARY_SUBSCR_TUPLE_INT -> {
          sp = SpecOps.binarySubscrTupleInt(ts, f, pc - 1, oparg);
          pc++;
        }
        case Op.BINARY_SUBSCR_STR_INT -> {
          sp = SpecOps.binarySubscrStrInt(ts, f, pc - 1, oparg);
          pc++;
        }
        case Op.BINARY_SUBSCR_DICT -> {
          sp = SpecOps.binarySubscrDict(ts, f, pc - 1, oparg);
          pc++;
        }
        case Op.CHECK_FAST -> {
          if (s[oparg] == null) {
            throw Uops.unboundLocal(ts, f, oparg);
          }
        }
        case Op.BINARY_SUBSCR_FAST -> {
          if (Spec.ENABLED && Spec.tick(code, pc)) {
            Spec.specializeAt(ts, f, pc - 1);
            pc--;
            continue;
          }
          // The container stays in its local slot (BorrowedLocals): no count, no contention
          // when threads read one shared list or dict.
          PyObject key = s[sp - 1];
          s[sp - 1] = Ops.getitem(ts, s[oparg], key);
          f.sp = sp;
          Ops.decref(ts, key);
          pc++;
        }
        case Op.BINARY_SUBSCR_FAST_LIST_INT -> {
          sp = SpecOps.binarySubscrFastListInt(ts, f, pc - 1, oparg);
          pc++;
        }
        case Op.BINARY_SUBSCR_FAST_DICT -> {
          sp = SpecOps.binarySubscrFastDict(ts, f, pc - 1, oparg);
          pc++;
        }
        case Op.LOAD_ATTR_FAST -> {
          if (Spec.ENABLED && Spec.tick(code, pc)) {
            Spec.specializeAt(ts, f, pc - 1);
            pc--;
            continue;
          }
          sp = Uops.loadAttrFast(ts, f, oparg);
          pc += 9;
        }
        case Op.LOAD_ATTR_FAST_INSTANCE_VALUE -> {
          sp = SpecAttrs.loadAttrFastInstanceValue(ts, f, pc - 1, oparg);
          pc += 9;
        }
        case Op.LOAD_ATTR_FAST_SLOT -> {
          sp = SpecAttrs.loadAttrFastSlot(ts, f, pc - 1, oparg);
          pc += 9;
        }
        case Op.LOAD_ATTR_FAST_MODULE -> {
          sp = SpecAttrs.loadAttrFastModule(ts, f, pc - 1, oparg);
          pc += 9;
        }
        case Op.LOAD_ATTR_FAST_CLASS -> {
          sp = SpecAttrs.loadAttrFastClass(ts, f, pc - 1, oparg);
          pc += 9;
        }
        case Op.STORE_SUBSCR -> {
          if (Spec.ENABLED && Spec.tick(code, pc)) {
            Spec.specializeAt(ts, f, pc - 1);
            pc--;
            continue;
          }
          sp = Uops.storeSubscr(ts, f);
          pc++;
        }
        case Op.STORE_SUBSCR_LIST_INT -> {
          sp = SpecOps.storeSubscrListInt(ts, f, pc - 1, oparg);
          pc++;
        }
        case Op.STORE_SUBSCR_DICT -> {
          sp = SpecOps.storeSubscrDict(ts, f, pc - 1, oparg);
          pc++;
        }
        case Op.CALL -> {
          if (Spec.ENABLED && Spec.tick(code, pc)) {
            Spec.specializeAt(ts, f, pc - 1);
            pc--;
            continue;
          }
          pc += 3;
          f.pc = pc;
          Frame callee = Uops.call(ts, f, oparg);
          if (callee != null) {
            push(ts, callee);
            f = callee;
            s = f.slots;
            code = f.bytecode.words;
            consts = f.code.constants;
            pc = 0;
          }
          sp = f.sp;
        }
        case Op.CALL_PY_EXACT_ARGS,
            Op.CALL_BOUND_METHOD_EXACT_ARGS,
            Op.CALL_PY_GENERAL,
            Op.CALL_BUILTIN_FAST,
            Op.CALL_LEN,
            Op.CALL_ISINSTANCE,
            Op.CALL_LIST_APPEND,
            Op.CALL_METHOD_DESCRIPTOR,
            Op.CALL_TYPE_1,
            Op.CALL_STR_1,
            Op.CALL_TUPLE_1,
            Op.CALL_ALLOC_AND_ENTER_INIT -> {
          // One case for the family: any form may call a Python function (its own action, or the
          // generic call after a miss), so each needs the frame switch below.
          pc += 3;
          f.pc = pc;
          Frame callee = SpecCalls.call(ts, f, pc - 4, word & 0xFF, oparg);
          if (callee != null) {
            push(ts, callee);
            f = callee;
            s = f.slots;
            code = f.bytecode.words;
            consts = f.code.constants;
            pc = 0;
          }
          sp = f.sp;
        }
        case Op.RETURN_VALUE, Op.RETURN_CONST -> {
          PyObject r;
          if ((word & 0xFF) == Op.RETURN_CONST) {
            r = consts[oparg];
          } else {
            r = s[--sp];
            s[sp] = null;
            f.sp = sp;
          }
          f.clear(ts.rc);
          Frame caller = pop(ts, f);
          if (f.entry) {
            return r;
          }
          f = caller;
          s = f.slots;
          code = f.bytecode.words;
          consts = f.code.constants;
          pc = f.pc;
          sp = f.sp;
          s[sp++] = r;
        }
        case Op.RETURN_GENERATOR -> {
          PyGenerator g = Calls.newGenerator(ts, f);
          f.pc = pc;
          Frame caller = pop(ts, f);
          boolean entry = f.entry;
          f.entry = false;
          f.previous = null;
          if (entry) {
            return g;
          }
          f = caller;
          s = f.slots;
          code = f.bytecode.words;
          consts = f.code.constants;
          pc = f.pc;
          sp = f.sp;
          s[sp++] = g;
        }
        case Op.YIELD_VALUE -> {
          PyObject v = s[--sp];
          s[sp] = null;
          f.sp = sp;
          f.pc = pc;
          f.yielded = true;
          pop(ts, f);
          return v;
        }
        case Op.KW_NAMES -> f.kwnames = (dev.weft.runtime.objects.PyTuple) consts[oparg];
        default -> {
          f.pc = pc;
          Uops.execute(ts, f, word & 0xFF, oparg);
          pc = f.pc;
          sp = f.sp;
        }
      }
    }
  }
}
