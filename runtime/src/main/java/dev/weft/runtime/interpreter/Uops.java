package dev.weft.runtime.interpreter;

import dev.weft.runtime.objects.Attributes;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.HasDict;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBool;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyException;
import dev.weft.runtime.objects.PyFunction;
import dev.weft.runtime.objects.PyInstance;
import dev.weft.runtime.objects.PyMethod;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PySuper;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.ThreadState;

/**
 * The semantics of the instructions, one static method each (CPython's uops): the interpreter's
 * dispatch calls them, and the tier-2 work will call the same methods. Each works on the frame's
 * value stack ({@link Frame#slots} up to {@link Frame#sp}) and keeps the rule the unwinder relies
 * on: if it raises, it has popped nothing.
 */
public final class Uops {
  private Uops() {}

  static void handleEvalBreaker(ThreadState ts) {
    int bits = ts.evalBreaker;
    if ((bits & ThreadState.STOP_REQUESTED) != 0) {
      ts.suspendForStop();
    }
    if ((bits & ThreadState.DELAYED_FREE) != 0) {
      // Storage retired through QSBR: whatever every thread has moved past returns to the heap.
      ts.clearBreak(ThreadState.DELAYED_FREE);
      ts.heap.processDelayed();
    }
    if ((bits & ThreadState.MERGE_PENDING) != 0) {
      ts.clearBreak(ThreadState.MERGE_PENDING);
      ts.rc.mergeQueued();
    }
    if ((bits & ThreadState.INTERRUPT) != 0) {
      ts.clearBreak(ThreadState.INTERRUPT);
      throw Exc.raise(ts, Exc.KeyboardInterrupt, "");
    }
  }

  static PyException unboundLocal(ThreadState ts, Frame f, int index) {
    return Exc.raise(
        ts,
        Exc.UnboundLocalError,
        "cannot access local variable '"
            + f.code.localsPlusNames[index].value
            + "' where it is not associated with a value");
  }

  /** LOAD_GLOBAL: globals, then builtins; {@code oparg & 1} pushes NULL first. */
  static int loadGlobal(ThreadState ts, Frame f, int oparg) {
    PyStr name = f.code.names[oparg >> 1];
    // New references read safely against other threads storing globals (SPEC_04's base case).
    PyObject v = f.globals.getRefStr(ts, name);
    if (v == null) {
      v = f.builtins.getRefStr(ts, name);
      if (v == null) {
        throw Exc.nameError(ts, name.value);
      }
    }
    return pushGlobal(f, oparg, v);
  }

  /** Pushes a global's value {@code v}, after a NULL when {@code oparg & 1}; returns the depth. */
  static int pushGlobal(Frame f, int oparg, PyObject v) {
    PyObject[] s = f.slots;
    int sp = f.sp;
    if ((oparg & 1) != 0) {
      s[sp++] = null;
    }
    s[sp++] = v;
    return f.sp = sp;
  }

  /**
   * LOAD_ATTR. With the method bit, a function found on the type (and not shadowed by the instance)
   * is pushed unbound with the owner as {@code self}: {@code [function, self]}, saving the bound
   * method object; anything else is {@code [NULL, attribute]}.
   */
  static int loadAttr(ThreadState ts, Frame f, int oparg) {
    PyObject[] s = f.slots;
    int sp = f.sp;
    PyObject owner = s[sp - 1];
    PyStr name = f.code.names[oparg >> 1];
    if ((oparg & 1) != 0) {
      PyType t = owner.type;
      if (!t.customGetattribute && !(owner instanceof PyType)) {
        PyObject descr = t.lookup(name.value);
        if ((descr instanceof PyFunction || descr instanceof PyBuiltin b && b.isDescriptor())
            && !shadowed(ts, owner, name)) {
          Ops.incref(ts, descr);
          s[sp - 1] = descr;
          s[sp] = owner;
          return f.sp = sp + 1;
        }
      }
      PyObject attr = Attributes.get(ts, owner, name);
      s[sp - 1] = null;
      s[sp] = attr;
      f.sp = sp + 1;
      Ops.decref(ts, owner);
      return sp + 1;
    }
    PyObject attr = Attributes.get(ts, owner, name);
    s[sp - 1] = attr;
    Ops.decref(ts, owner);
    return sp;
  }

  /**
   * LOAD_SUPER_ATTR: {@code [super, class, self]}. When {@code super} is the builtin and the class
   * a type, the lookup runs here without a super object ({@link #superAttr}); otherwise {@code
   * super} is called as the source wrote it (with the two arguments for {@code oparg & 2}, else
   * with none, so it reads the frame itself) and the attribute is taken from what it returns.
   */
  static int loadSuperAttr(ThreadState ts, Frame f, int oparg) {
    PyObject[] s = f.slots;
    int sp = f.sp;
    if (s[sp - 3] == PySuper.TYPE && s[sp - 2] instanceof PyType cls) {
      return superAttr(ts, f, oparg, cls);
    }
    PyObject sup = Calls.call(ts, s[sp - 3], s, sp - 2, oparg & 2, null);
    PyObject attr;
    try {
      attr = Attributes.get(ts, sup, f.code.names[oparg >> 2]);
    } finally {
      Ops.decref(ts, sup);
    }
    return superResult(ts, f, oparg, null, attr);
  }

  /**
   * {@code getattr(super(cls, self), name)} for the builtin super, without allocating it: the first
   * definition after {@code cls} on the MRO, bound as super binds it. With the method bit, a
   * function (or method descriptor) found for an instance is pushed unbound as {@code [function,
   * self]}, as LOAD_ATTR's method form does. Names the MRO lacks go to a real super object, whose
   * own attributes or AttributeError are the answer.
   */
  static int superAttr(ThreadState ts, Frame f, int oparg, PyType cls) {
    PyObject[] s = f.slots;
    PyObject self = s[f.sp - 1];
    PyStr name = f.code.names[oparg >> 2];
    PyType objType = PySuper.searchType(ts, cls, self);
    PyObject found =
        name.value.equals("__class__") ? null : PySuper.findAfter(ts, cls, objType, name);
    if (found == null) {
      PySuper sup = PySuper.of(ts, cls, self);
      PyObject attr;
      try {
        attr = Attributes.get(ts, sup, name);
      } finally {
        Ops.decref(ts, sup);
      }
      return superResult(ts, f, oparg, null, attr);
    }
    if ((oparg & 1) != 0
        && self != objType
        && (found instanceof PyFunction || found instanceof PyBuiltin b && b.isDescriptor())) {
      return superResult(ts, f, oparg, found, self);
    }
    PyObject attr;
    try {
      attr = PySuper.bind(ts, found, self, objType);
    } finally {
      Ops.decref(ts, found);
    }
    return superResult(ts, f, oparg, null, attr);
  }

  /**
   * Replaces {@code [super, class, self]} (owned) by {@code [attr]}, or with the method bit by
   * {@code [function, self]} (when {@code function} is not null: it and {@code attr}, which then is
   * self, keep their references) or {@code [NULL, attr]}.
   */
  private static int superResult(
      ThreadState ts, Frame f, int oparg, PyObject function, PyObject attr) {
    PyObject[] s = f.slots;
    int sp = f.sp;
    PyObject global = s[sp - 3], cls = s[sp - 2], self = s[sp - 1];
    s[sp - 1] = null;
    if ((oparg & 1) == 0) {
      s[sp - 3] = attr;
      s[sp - 2] = null;
      f.sp = sp - 2;
    } else {
      s[sp - 3] = function;
      s[sp - 2] = attr;
      f.sp = sp - 1;
    }
    Ops.decref(ts, global);
    Ops.decref(ts, cls);
    if (function == null) {
      Ops.decref(ts, self);
    }
    return f.sp;
  }

  /**
   * LOAD_ATTR_FAST ({@link dev.weft.runtime.bytecode.BorrowedLocals}): the attribute of the object
   * in local slot {@code oparg & 0xFFF}, which stays there uncounted, so threads reading one shared
   * object's attributes write nothing to it.
   */
  static int loadAttrFast(ThreadState ts, Frame f, int oparg) {
    PyObject[] s = f.slots;
    int sp = f.sp;
    s[sp] = Attributes.get(ts, s[oparg & 0xFFF], f.code.names[oparg >>> 12]);
    return f.sp = sp + 1;
  }

  private static boolean shadowed(ThreadState ts, PyObject owner, PyStr name) {
    if (owner instanceof PyInstance inst) {
      return inst.getAttribute(name.value) != null;
    }
    return owner instanceof HasDict h && h.dict(ts).getStr(name) != null;
  }

  /**
   * TO_BOOL: the value on top of the stack becomes its truth, an exact bool; if {@code __bool__} or
   * {@code __len__} raises, the value stays where it was.
   */
  static void toBool(ThreadState ts, Frame f) {
    PyObject[] s = f.slots;
    int top = f.sp - 1;
    PyObject v = s[top];
    if (v == PyBool.TRUE || v == PyBool.FALSE) {
      return;
    }
    s[top] = PyBool.of(Ops.isTrue(ts, v));
    Ops.decref(ts, v);
  }

  /** STORE_ATTR: {@code [value, owner]}. */
  static int storeAttr(ThreadState ts, Frame f, int oparg) {
    PyObject[] s = f.slots;
    int sp = f.sp;
    PyObject owner = s[sp - 1], value = s[sp - 2];
    Attributes.set(ts, owner, f.code.names[oparg], value);
    s[sp - 1] = null;
    s[sp - 2] = null;
    f.sp = sp - 2;
    Ops.decref(ts, owner);
    Ops.decref(ts, value);
    return sp - 2;
  }

  /** STORE_SUBSCR: {@code [value, container, key]}. */
  static int storeSubscr(ThreadState ts, Frame f) {
    PyObject[] s = f.slots;
    int sp = f.sp;
    Ops.setitem(ts, s[sp - 2], s[sp - 1], s[sp - 3]);
    return dropThree(ts, f);
  }

  /** Pops and releases {@code [value, container, key]} after a store; returns the new depth. */
  static int dropThree(ThreadState ts, Frame f) {
    PyObject[] s = f.slots;
    int sp = f.sp;
    PyObject value = s[sp - 3], container = s[sp - 2], key = s[sp - 1];
    s[sp - 1] = null;
    s[sp - 2] = null;
    s[sp - 3] = null;
    f.sp = sp - 3;
    Ops.decref(ts, value);
    Ops.decref(ts, container);
    Ops.decref(ts, key);
    return sp - 3;
  }

  /**
   * CALL: {@code [NULL or function, callable or self, args...]}. A Python function gets a new frame
   * (returned, for the loop to enter); anything else is called here and its result pushed (null
   * returned).
   */
  static Frame call(ThreadState ts, Frame f, int n) {
    PyObject[] s = f.slots;
    int sp = f.sp;
    int base = sp - n - 2;
    PyTuple kwnames = f.kwnames;
    f.kwnames = null;
    PyObject first = s[base], second = s[base + 1];
    PyObject callable;
    PyObject self = null;
    int argStart;
    int nargs;
    if (first != null) {
      callable = first;
      argStart = base + 1;
      nargs = n + 1;
    } else {
      callable = second;
      argStart = base + 2;
      nargs = n;
    }
    if (callable instanceof PyMethod m && m.function instanceof PyFunction) {
      self = m.self;
      callable = m.function;
    }
    if (callable instanceof PyFunction fn) {
      Frame callee;
      if (self != null) {
        callee = Calls.newFrame(ts, fn, self, s, argStart, nargs, kwnames);
      } else {
        callee = Calls.newFrame(ts, fn, null, s, argStart, nargs, kwnames);
      }
      popCall(ts, f, base, sp);
      return callee;
    }
    PyObject result = Calls.call(ts, callable, s, argStart, nargs, kwnames);
    popCall(ts, f, base, sp);
    s[f.sp++] = result;
    return null;
  }

  /** Pops a call's inputs {@code s[base, sp)}, dropping the references they hold. */
  static void popCall(ThreadState ts, Frame f, int base, int sp) {
    PyObject[] s = f.slots;
    f.sp = base;
    for (int i = base; i < sp; i++) {
      PyObject v = s[i];
      s[i] = null;
      if (v != null) {
        Ops.decref(ts, v);
      }
    }
  }

  /**
   * The adaptive counter of a generic instruction dispatched here (at {@code f.pc - 1}): when it
   * fires, the instruction is specialized for next time and runs generically this once.
   */
  private static void countOrSpecialize(ThreadState ts, Frame f) {
    if (Spec.ENABLED && Spec.tick(f.bytecode.words, f.pc)) {
      Spec.specializeAt(ts, f, f.pc - 1);
    }
  }

  /** Every instruction the loop does not inline. */
  static void execute(ThreadState ts, Frame f, int op, int oparg) {
    switch (op) {
      case Op.DELETE_FAST -> Stack.deleteFast(ts, f, oparg);
      case Op.LOAD_DEREF -> Stack.loadDeref(ts, f, oparg);
      case Op.STORE_DEREF -> Stack.storeDeref(ts, f, oparg);
      case Op.DELETE_DEREF -> Stack.deleteDeref(ts, f, oparg);
      case Op.LOAD_CLOSURE -> Stack.loadClosure(ts, f, oparg);
      case Op.MAKE_CELL -> Stack.makeCell(ts, f, oparg);
      case Op.COPY_FREE_VARS -> Stack.copyFreeVars(ts, f, oparg);
      case Op.LOAD_CLASSDEREF -> Names.loadClassDeref(ts, f, oparg);
      case Op.STORE_GLOBAL -> Names.storeGlobal(ts, f, oparg);
      case Op.DELETE_GLOBAL -> Names.deleteGlobal(ts, f, oparg);
      case Op.LOAD_NAME -> Names.loadName(ts, f, oparg);
      case Op.STORE_NAME -> Names.storeName(ts, f, oparg);
      case Op.DELETE_NAME -> Names.deleteName(ts, f, oparg);
      case Op.DELETE_ATTR -> Names.deleteAttr(ts, f, oparg);
      case Op.UNARY_NEGATIVE, Op.UNARY_NOT, Op.UNARY_INVERT -> Stack.unary(ts, f, op);
      case Op.CALL_INTRINSIC_1 -> Stack.intrinsic(ts, f, oparg);
      case Op.IS_OP -> Stack.isOp(ts, f, oparg);
      case Op.CONTAINS_OP -> {
        countOrSpecialize(ts, f);
        Stack.containsOp(ts, f, oparg);
        f.pc++;
      }
      case Op.CONTAINS_OP_SET -> {
        SpecOps.containsOpSet(ts, f, f.pc - 1, oparg);
        f.pc++;
      }
      case Op.CONTAINS_OP_DICT -> {
        SpecOps.containsOpDict(ts, f, f.pc - 1, oparg);
        f.pc++;
      }
      case Op.LOAD_SUPER_ATTR -> {
        countOrSpecialize(ts, f);
        loadSuperAttr(ts, f, oparg);
        f.pc++;
      }
      case Op.LOAD_SUPER_ATTR_ATTR -> {
        SpecSuper.loadSuperAttrAttr(ts, f, f.pc - 1, oparg);
        f.pc++;
      }
      case Op.LOAD_SUPER_ATTR_METHOD -> {
        SpecSuper.loadSuperAttrMethod(ts, f, f.pc - 1, oparg);
        f.pc++;
      }
      case Op.DELETE_SUBSCR -> Stack.deleteSubscr(ts, f);
      case Op.BINARY_SLICE -> Stack.binarySlice(ts, f);
      case Op.STORE_SLICE -> Stack.storeSlice(ts, f);
      case Op.BUILD_TUPLE -> Builders.buildTuple(ts, f, oparg);
      case Op.BUILD_LIST -> Builders.buildList(ts, f, oparg);
      case Op.BUILD_SET -> Builders.buildSet(ts, f, oparg);
      case Op.BUILD_MAP -> Builders.buildMap(ts, f, oparg);
      case Op.BUILD_CONST_KEY_MAP -> Builders.buildConstKeyMap(ts, f, oparg);
      case Op.BUILD_STRING -> Builders.buildString(ts, f, oparg);
      case Op.BUILD_SLICE -> Builders.buildSlice(ts, f, oparg);
      case Op.LIST_APPEND -> Builders.listAppend(ts, f, oparg);
      case Op.SET_ADD -> Builders.setAdd(ts, f, oparg);
      case Op.MAP_ADD -> Builders.mapAdd(ts, f, oparg);
      case Op.LIST_EXTEND -> Builders.listExtend(ts, f, oparg);
      case Op.SET_UPDATE -> Builders.setUpdate(ts, f, oparg);
      case Op.DICT_UPDATE -> Builders.dictUpdate(ts, f, oparg, false);
      case Op.DICT_MERGE -> Builders.dictUpdate(ts, f, oparg, true);
      case Op.UNPACK_SEQUENCE -> {
        countOrSpecialize(ts, f);
        Builders.unpackSequence(ts, f, oparg);
        f.pc++;
      }
      case Op.UNPACK_SEQUENCE_TWO_TUPLE -> {
        SpecOps.unpackSequenceTwoTuple(ts, f, f.pc - 1, oparg);
        f.pc++;
      }
      case Op.UNPACK_SEQUENCE_TUPLE -> {
        SpecOps.unpackSequenceTuple(ts, f, f.pc - 1, oparg);
        f.pc++;
      }
      case Op.UNPACK_SEQUENCE_LIST -> {
        SpecOps.unpackSequenceList(ts, f, f.pc - 1, oparg);
        f.pc++;
      }
      case Op.UNPACK_EX -> Builders.unpackEx(ts, f, oparg);
      case Op.CALL_FUNCTION_EX -> Functions.callFunctionEx(ts, f, oparg);
      case Op.MAKE_FUNCTION -> Functions.makeFunction(ts, f, oparg);
      case Op.LOAD_BUILD_CLASS -> Functions.loadBuildClass(ts, f);
      case Op.RAISE_VARARGS -> Exceptions.raiseVarargs(ts, f, oparg);
      case Op.RERAISE -> Exceptions.reraise(ts, f, oparg);
      case Op.PUSH_EXC_INFO -> Exceptions.pushExcInfo(ts, f);
      case Op.POP_EXCEPT -> Exceptions.popExcept(ts, f);
      case Op.CHECK_EXC_MATCH -> Exceptions.checkExcMatch(ts, f);
      case Op.LOAD_ASSERTION_ERROR -> Stack.push(f, Ops.newRef(ts, Exc.AssertionError));
      case Op.BEFORE_WITH -> Exceptions.beforeWith(ts, f);
      case Op.WITH_EXCEPT_START -> Exceptions.withExceptStart(ts, f);
      case Op.GET_YIELD_FROM_ITER -> Generators.getYieldFromIter(ts, f);
      case Op.SEND -> {
        countOrSpecialize(ts, f);
        f.pc++;
        Generators.send(ts, f, oparg);
      }
      case Op.SEND_GEN -> {
        int pc = f.pc - 1;
        f.pc++;
        SpecIters.sendGen(ts, f, pc, oparg);
      }
      case Op.END_SEND -> Generators.endSend(ts, f);
      case Op.GET_AWAITABLE -> Generators.getAwaitable(ts, f, oparg);
      case Op.GET_AITER -> Generators.getAiter(ts, f);
      case Op.GET_ANEXT -> Generators.getAnext(ts, f);
      case Op.END_ASYNC_FOR -> Generators.endAsyncFor(ts, f);
      case Op.BEFORE_ASYNC_WITH -> Generators.beforeAsyncWith(ts, f);
      case Op.IMPORT_NAME -> Imports.importName(ts, f, oparg);
      case Op.IMPORT_FROM -> Imports.importFrom(ts, f, oparg);
      case Op.SETUP_ANNOTATIONS -> Names.setupAnnotations(ts, f);
      case Op.FORMAT_VALUE -> Stack.formatValue(ts, f, oparg);
      default ->
          throw Exc.raise(
              ts, Exc.SystemError, "unknown opcode " + dev.weft.runtime.bytecode.Opcode.of(op));
    }
  }
}
