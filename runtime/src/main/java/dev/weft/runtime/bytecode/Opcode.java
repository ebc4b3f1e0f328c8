package dev.weft.runtime.bytecode;

import static dev.weft.runtime.bytecode.ArgKind.BINARY_OP;
import static dev.weft.runtime.bytecode.ArgKind.COMPARE;
import static dev.weft.runtime.bytecode.ArgKind.CONST;
import static dev.weft.runtime.bytecode.ArgKind.COUNT;
import static dev.weft.runtime.bytecode.ArgKind.FLAGS;
import static dev.weft.runtime.bytecode.ArgKind.INTRINSIC;
import static dev.weft.runtime.bytecode.ArgKind.LOCAL;
import static dev.weft.runtime.bytecode.ArgKind.NAME;
import static dev.weft.runtime.bytecode.ArgKind.NONE;

/**
 * The one table that describes every instruction: its number, what its argument means, how many
 * inline cache words follow it, how it transfers control and what it does to the value stack.
 *
 * <p>Semantics are CPython 3.12's unless the comment on a constant says otherwise. An instruction
 * is one {@code int} word, {@code code() | oparg << 8}, followed by {@link #caches()} words; the
 * specializer (ARCHITECTURE.md §6) keeps its counters and guards there. Codes are assigned in
 * declaration order from 1, so new opcodes are added at the end to keep existing codes stable.
 *
 * <p>Pseudo-ops exist only between the code generator and the {@link Assembler}: {@code JUMP}
 * becomes {@code JUMP_FORWARD} or {@code JUMP_BACKWARD}, and the {@code SETUP_*}/{@code POP_BLOCK}
 * brackets become the exception table (CPython's {@code Python/flowgraph.c}).
 */
public enum Opcode {
  NOP(NONE, 0, 0),
  /** Oparg 0 at function start, 1 after a yield. */
  RESUME(COUNT, 0, 0),
  POP_TOP(NONE, 0, 0),
  PUSH_NULL(NONE, 0, 0),
  COPY(COUNT, 0, 0),
  SWAP(COUNT, 0, 0),

  LOAD_CONST(CONST, 0, 0),
  RETURN_CONST(CONST, 0, Flow.TERMINATES),
  RETURN_VALUE(NONE, 0, Flow.TERMINATES),

  LOAD_FAST(LOCAL, 0, 0),
  STORE_FAST(LOCAL, 0, 0),
  DELETE_FAST(LOCAL, 0, 0),
  LOAD_DEREF(LOCAL, 0, 0),
  STORE_DEREF(LOCAL, 0, 0),
  DELETE_DEREF(LOCAL, 0, 0),
  LOAD_CLOSURE(LOCAL, 0, 0),
  MAKE_CELL(LOCAL, 0, 0),
  COPY_FREE_VARS(COUNT, 0, 0),
  /** CPython 3.11: a free variable read in a class body (the class namespace first). */
  LOAD_CLASSDEREF(LOCAL, 0, 0),

  /** Oparg {@code namei << 1 | pushNull}. */
  LOAD_GLOBAL(NAME, 4, 0),
  STORE_GLOBAL(NAME, 0, 0),
  DELETE_GLOBAL(NAME, 0, 0),
  LOAD_NAME(NAME, 0, 0),
  STORE_NAME(NAME, 0, 0),
  DELETE_NAME(NAME, 0, 0),

  /**
   * Oparg {@code namei << 1 | method}; with the method bit it pushes {@code [method, self]} or
   * {@code [NULL, attr]}.
   */
  LOAD_ATTR(NAME, 9, 0),
  STORE_ATTR(NAME, 4, 0),
  DELETE_ATTR(NAME, 0, 0),

  BINARY_OP(ArgKind.BINARY_OP, 1, 0),

  UNARY_NEGATIVE(NONE, 0, 0),
  UNARY_NOT(NONE, 0, 0),
  UNARY_INVERT(NONE, 0, 0),
  CALL_INTRINSIC_1(INTRINSIC, 0, 0),

  COMPARE_OP(COMPARE, 1, 0),
  /** Oparg 1 inverts ({@code is not}). */
  IS_OP(COUNT, 0, 0),
  /** Oparg 1 inverts ({@code not in}). */
  CONTAINS_OP(COUNT, 1, 0),

  BINARY_SUBSCR(NONE, 1, 0),
  STORE_SUBSCR(NONE, 1, 0),
  DELETE_SUBSCR(NONE, 0, 0),
  BINARY_SLICE(NONE, 0, 0),
  STORE_SLICE(NONE, 0, 0),

  BUILD_TUPLE(COUNT, 0, 0),
  BUILD_LIST(COUNT, 0, 0),
  BUILD_SET(COUNT, 0, 0),
  BUILD_MAP(COUNT, 0, 0),
  BUILD_CONST_KEY_MAP(COUNT, 0, 0),
  BUILD_STRING(COUNT, 0, 0),
  /** Oparg 2 or 3. */
  BUILD_SLICE(COUNT, 0, 0),

  LIST_APPEND(COUNT, 0, 0),
  SET_ADD(COUNT, 0, 0),
  MAP_ADD(COUNT, 0, 0),
  LIST_EXTEND(COUNT, 0, 0),
  SET_UPDATE(COUNT, 0, 0),
  DICT_UPDATE(COUNT, 0, 0),
  DICT_MERGE(COUNT, 0, 0),

  UNPACK_SEQUENCE(COUNT, 1, 0),
  /** Oparg {@code before | after << 8}. */
  UNPACK_EX(COUNT, 0, 0),

  GET_ITER(NONE, 0, 0),
  /**
   * Weft's variant: on exhaustion it pops the iterator and jumps, so no {@code END_FOR} is needed.
   */
  FOR_ITER(ArgKind.JUMP_FORWARD, 1, Flow.JUMPS),

  JUMP_FORWARD(ArgKind.JUMP_FORWARD, 0, Flow.JUMPS | Flow.TERMINATES),
  JUMP_BACKWARD(ArgKind.JUMP_BACKWARD, 0, Flow.JUMPS | Flow.TERMINATES),
  JUMP_BACKWARD_NO_INTERRUPT(ArgKind.JUMP_BACKWARD, 0, Flow.JUMPS | Flow.TERMINATES),
  POP_JUMP_IF_FALSE(ArgKind.JUMP_FORWARD, 0, Flow.JUMPS),
  POP_JUMP_IF_TRUE(ArgKind.JUMP_FORWARD, 0, Flow.JUMPS),
  POP_JUMP_IF_NONE(ArgKind.JUMP_FORWARD, 0, Flow.JUMPS),
  POP_JUMP_IF_NOT_NONE(ArgKind.JUMP_FORWARD, 0, Flow.JUMPS),

  /** Pops {@code [NULL-or-callable, callable-or-self, args...]}, pushes the result. */
  CALL(COUNT, 3, 0),
  KW_NAMES(CONST, 0, 0),
  /** Flag 0x01: a kwargs dict is present. Pops NULL, callable, args[, kwargs]. */
  CALL_FUNCTION_EX(FLAGS, 0, 0),
  /**
   * Flags 0x01 defaults tuple, 0x02 kwdefaults dict, 0x04 annotations tuple, 0x08 closure tuple;
   * pops the code object and the flagged items, pushes the function.
   */
  MAKE_FUNCTION(FLAGS, 0, 0),
  LOAD_BUILD_CLASS(NONE, 0, 0),

  /** Oparg 0..2: the number of operands (exception, cause). */
  RAISE_VARARGS(COUNT, 0, Flow.TERMINATES),
  RERAISE(COUNT, 0, Flow.TERMINATES),
  PUSH_EXC_INFO(NONE, 0, 0),
  POP_EXCEPT(NONE, 0, 0),
  CHECK_EXC_MATCH(NONE, 0, 0),
  LOAD_ASSERTION_ERROR(NONE, 0, 0),

  BEFORE_WITH(NONE, 0, 0),
  WITH_EXCEPT_START(NONE, 0, 0),

  RETURN_GENERATOR(NONE, 0, 0),
  /** Oparg: the depth of the exception-handler stack at the yield, as CPython 3.12. */
  YIELD_VALUE(COUNT, 0, 0),
  GET_YIELD_FROM_ITER(NONE, 0, 0),
  /** One cache word (the specializer's counter), as CPython 3.12; the jump counts from past it. */
  SEND(ArgKind.JUMP_FORWARD, 1, Flow.JUMPS),
  END_SEND(NONE, 0, 0),
  GET_AWAITABLE(COUNT, 0, 0),
  /** {@code async for}: replaces the iterable with its {@code __aiter__()}. */
  GET_AITER(NONE, 0, 0),
  /** {@code async for}: pushes the awaitable of {@code __anext__()}, keeping the iterator. */
  GET_ANEXT(NONE, 0, 0),
  /**
   * {@code async for}'s handler: ends the loop on StopAsyncIteration (popping it and the iterator).
   */
  END_ASYNC_FOR(NONE, 0, 0),
  /** {@code async with}: leaves {@code __aexit__} and the awaitable of {@code __aenter__()}. */
  BEFORE_ASYNC_WITH(NONE, 0, 0),

  IMPORT_NAME(NAME, 0, 0),
  IMPORT_FROM(NAME, 0, 0),
  SETUP_ANNOTATIONS(NONE, 0, 0),
  /** Flags: low 2 bits the conversion (0 none, 1 str, 2 repr, 3 ascii); 0x04 a spec is on stack. */
  FORMAT_VALUE(FLAGS, 0, 0),

  /** Pseudo: resolved to JUMP_FORWARD or JUMP_BACKWARD by the target's position. */
  JUMP(ArgKind.JUMP_FORWARD, 0, Flow.JUMPS | Flow.TERMINATES | Flow.PSEUDO),
  /** Pseudo: the handler is entered with the exception pushed. */
  SETUP_FINALLY(ArgKind.JUMP_FORWARD, 0, Flow.JUMPS | Flow.PSEUDO),
  /** Pseudo: the handler is entered with lasti and the exception pushed. */
  SETUP_CLEANUP(ArgKind.JUMP_FORWARD, 0, Flow.JUMPS | Flow.PSEUDO),
  /**
   * Pseudo: follows BEFORE_WITH; the handler is entered with the {@code __enter__} result replaced
   * by lasti and the exception on top (net +1).
   */
  SETUP_WITH(ArgKind.JUMP_FORWARD, 0, Flow.JUMPS | Flow.PSEUDO),
  /** Pseudo: ends the innermost SETUP_* region. */
  POP_BLOCK(NONE, 0, Flow.PSEUDO),

  /**
   * Weft only, never emitted by the compiler: {@link BorrowedLocals} rewrites {@code LOAD_FAST x}
   * to this when the subscript that consumes it reads {@code x} from its slot instead. Raises
   * UnboundLocalError where LOAD_FAST would; pushes nothing.
   */
  CHECK_FAST(LOCAL, 0, 0),
  /**
   * Weft only ({@link BorrowedLocals}): {@code local[TOS]}, the container read from local slot
   * oparg without taking a reference (CPython 3.14's {@code LOAD_FAST_BORROW} for this case).
   */
  BINARY_SUBSCR_FAST(LOCAL, 1, 0),
  /**
   * Weft only ({@link BorrowedLocals}): pushes {@code local.name}, the object read from a local
   * slot without taking a reference; oparg packs the local (low 12 bits) and the name index (the
   * next 12). Replaces the plain (non-method) LOAD_ATTR, whose caches it keeps.
   */
  LOAD_ATTR_FAST(FLAGS, 9, 0),

  // Specialized forms (ARCHITECTURE.md §6), written over their family's generic instruction by the
  // specializer; each has its family's argument and cache layout, and misses fall back to it.
  LOAD_GLOBAL_MODULE(LOAD_GLOBAL),
  LOAD_GLOBAL_BUILTIN(LOAD_GLOBAL),
  LOAD_ATTR_INSTANCE_VALUE(LOAD_ATTR),
  LOAD_ATTR_SLOT(LOAD_ATTR),
  LOAD_ATTR_MODULE(LOAD_ATTR),
  LOAD_ATTR_CLASS(LOAD_ATTR),
  LOAD_ATTR_PROPERTY(LOAD_ATTR),
  LOAD_ATTR_METHOD_WITH_VALUES(LOAD_ATTR),
  LOAD_ATTR_METHOD_NO_DICT(LOAD_ATTR),
  LOAD_ATTR_FAST_INSTANCE_VALUE(LOAD_ATTR_FAST),
  LOAD_ATTR_FAST_SLOT(LOAD_ATTR_FAST),
  LOAD_ATTR_FAST_MODULE(LOAD_ATTR_FAST),
  LOAD_ATTR_FAST_CLASS(LOAD_ATTR_FAST),
  STORE_ATTR_INSTANCE_VALUE(STORE_ATTR),
  STORE_ATTR_SLOT(STORE_ATTR),
  BINARY_OP_ADD_INT(BINARY_OP),
  BINARY_OP_SUBTRACT_INT(BINARY_OP),
  BINARY_OP_MULTIPLY_INT(BINARY_OP),
  BINARY_OP_ADD_FLOAT(BINARY_OP),
  BINARY_OP_SUBTRACT_FLOAT(BINARY_OP),
  BINARY_OP_MULTIPLY_FLOAT(BINARY_OP),
  BINARY_OP_ADD_UNICODE(BINARY_OP),
  BINARY_SUBSCR_LIST_INT(BINARY_SUBSCR),
  BINARY_SUBSCR_TUPLE_INT(BINARY_SUBSCR),
  BINARY_SUBSCR_STR_INT(BINARY_SUBSCR),
  BINARY_SUBSCR_DICT(BINARY_SUBSCR),
  BINARY_SUBSCR_FAST_LIST_INT(BINARY_SUBSCR_FAST),
  BINARY_SUBSCR_FAST_DICT(BINARY_SUBSCR_FAST),
  COMPARE_OP_INT(COMPARE_OP),
  COMPARE_OP_FLOAT(COMPARE_OP),
  COMPARE_OP_STR(COMPARE_OP),
  CONTAINS_OP_SET(CONTAINS_OP),
  CONTAINS_OP_DICT(CONTAINS_OP),
  UNPACK_SEQUENCE_TWO_TUPLE(UNPACK_SEQUENCE),
  UNPACK_SEQUENCE_TUPLE(UNPACK_SEQUENCE),
  UNPACK_SEQUENCE_LIST(UNPACK_SEQUENCE),
  STORE_SUBSCR_LIST_INT(STORE_SUBSCR),
  STORE_SUBSCR_DICT(STORE_SUBSCR),
  CALL_PY_EXACT_ARGS(CALL),
  CALL_BOUND_METHOD_EXACT_ARGS(CALL),
  CALL_PY_GENERAL(CALL),
  CALL_BUILTIN_FAST(CALL),
  CALL_LEN(CALL),
  CALL_ISINSTANCE(CALL),
  CALL_LIST_APPEND(CALL),
  CALL_METHOD_DESCRIPTOR(CALL),
  CALL_TYPE_1(CALL),
  CALL_STR_1(CALL),
  CALL_TUPLE_1(CALL),
  CALL_ALLOC_AND_ENTER_INIT(CALL),
  FOR_ITER_LIST(FOR_ITER),
  FOR_ITER_TUPLE(FOR_ITER),
  FOR_ITER_RANGE(FOR_ITER),
  FOR_ITER_GEN(FOR_ITER),

  /**
   * CPython 3.13: replaces the value on top of the stack with its truth as an exact bool, so that
   * the POP_JUMP_IF_FALSE/TRUE or UNARY_NOT after it never calls {@code __bool__}. The code
   * generator omits it after an instruction that already pushes a bool. Generic, although declared
   * among the forms: codes are assigned in declaration order and must stay stable.
   */
  TO_BOOL(NONE, 3, 0),
  TO_BOOL_BOOL(TO_BOOL),
  TO_BOOL_INT(TO_BOOL),
  TO_BOOL_LIST(TO_BOOL),
  TO_BOOL_NONE(TO_BOOL),
  TO_BOOL_STR(TO_BOOL),
  TO_BOOL_ALWAYS_TRUE(TO_BOOL),
  SEND_GEN(SEND),

  /**
   * CPython 3.12: {@code super().name} and {@code super(C, obj).name} in one instruction. Pops
   * {@code [super, class, self]}; oparg {@code namei << 2 | twoArguments << 1 | method}; with the
   * method bit it pushes {@code [function, self]} or {@code [NULL, attr]}.
   */
  LOAD_SUPER_ATTR(NAME, 1, 0),
  LOAD_SUPER_ATTR_ATTR(LOAD_SUPER_ATTR),
  LOAD_SUPER_ATTR_METHOD(LOAD_SUPER_ATTR);

  /** Bits of {@link #properties}; a nested class because enum constants cannot see later fields. */
  private static final class Flow {
    static final int JUMPS = 1;
    static final int TERMINATES = 2;
    static final int PSEUDO = 4;
  }

  /** The largest oparg one word can carry: 24 bits above the opcode byte. */
  public static final int MAX_OPARG = (1 << 24) - 1;

  private static final Opcode[] BY_CODE = new Opcode[256];

  static {
    for (Opcode op : values()) {
      BY_CODE[op.code()] = op;
    }
  }

  private final ArgKind arg;
  private final int caches;
  private final int properties;
  private final Opcode family;

  Opcode(ArgKind arg, int caches, int properties) {
    this.arg = arg;
    this.caches = caches;
    this.properties = properties;
    this.family = null;
  }

  /** A specialized form of {@code family}: same argument, caches and control flow. */
  Opcode(Opcode family) {
    this.arg = family.arg;
    this.caches = family.caches;
    this.properties = family.properties;
    this.family = family;
  }

  /** The generic instruction this is a specialized form of, or null for a generic one. */
  public Opcode family() {
    return family;
  }

  /**
   * This instruction, or the generic instruction of its family (CPython's {@code _PyOpcode_Deopt}).
   */
  public Opcode deopt() {
    return family == null ? this : family;
  }

  /** The instruction's number, 1..255, stable across runs; 0 is never used. */
  public int code() {
    return ordinal() + 1;
  }

  public ArgKind arg() {
    return arg;
  }

  /** The number of inline cache words that follow the instruction word. */
  public int caches() {
    return caches;
  }

  /** Whether the instruction has a jump target (including FOR_ITER, SEND and SETUP_*). */
  public boolean jumps() {
    return (properties & Flow.JUMPS) != 0;
  }

  /** Whether control never falls through to the next instruction. */
  public boolean terminates() {
    return (properties & Flow.TERMINATES) != 0;
  }

  /** Whether the instruction exists only before assembly. */
  public boolean pseudo() {
    return (properties & Flow.PSEUDO) != 0;
  }

  /** The opcode whose {@link #code()} is {@code code}. */
  public static Opcode of(int code) {
    Opcode op = code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    if (op == null) {
      throw new IllegalArgumentException("no opcode " + code);
    }
    return op;
  }

  /**
   * The net change in stack depth. For instructions with a target, {@code jump} selects the taken
   * branch (for SETUP_*, entering the handler), as CPython's {@code stack_effect}.
   */
  public int stackEffect(int oparg, boolean jump) {
    if (family != null) {
      return family.stackEffect(oparg, jump);
    }
    return switch (this) {
      case NOP,
          RESUME,
          SWAP,
          RETURN_CONST,
          DELETE_FAST,
          DELETE_DEREF,
          MAKE_CELL,
          COPY_FREE_VARS,
          DELETE_GLOBAL,
          DELETE_NAME,
          UNARY_NEGATIVE,
          UNARY_NOT,
          UNARY_INVERT,
          CALL_INTRINSIC_1,
          GET_ITER,
          JUMP_FORWARD,
          JUMP_BACKWARD,
          JUMP_BACKWARD_NO_INTERRUPT,
          KW_NAMES,
          CHECK_EXC_MATCH,
          RETURN_GENERATOR,
          YIELD_VALUE,
          GET_YIELD_FROM_ITER,
          GET_AWAITABLE,
          GET_AITER,
          SETUP_ANNOTATIONS,
          JUMP,
          POP_BLOCK,
          CHECK_FAST,
          BINARY_SUBSCR_FAST,
          TO_BOOL ->
          0;
      case PUSH_NULL,
          COPY,
          LOAD_CONST,
          LOAD_FAST,
          LOAD_ATTR_FAST,
          LOAD_DEREF,
          LOAD_CLOSURE,
          LOAD_CLASSDEREF,
          LOAD_NAME,
          LOAD_BUILD_CLASS,
          PUSH_EXC_INFO,
          LOAD_ASSERTION_ERROR,
          BEFORE_WITH,
          BEFORE_ASYNC_WITH,
          GET_ANEXT,
          WITH_EXCEPT_START,
          IMPORT_FROM ->
          1;
      case POP_TOP,
          RETURN_VALUE,
          STORE_FAST,
          STORE_DEREF,
          STORE_GLOBAL,
          STORE_NAME,
          DELETE_ATTR,
          BINARY_OP,
          COMPARE_OP,
          IS_OP,
          CONTAINS_OP,
          BINARY_SUBSCR,
          LIST_APPEND,
          SET_ADD,
          LIST_EXTEND,
          SET_UPDATE,
          DICT_UPDATE,
          DICT_MERGE,
          RERAISE,
          POP_EXCEPT,
          END_SEND,
          IMPORT_NAME,
          POP_JUMP_IF_FALSE,
          POP_JUMP_IF_TRUE,
          POP_JUMP_IF_NONE,
          POP_JUMP_IF_NOT_NONE ->
          -1;
      case STORE_ATTR, DELETE_SUBSCR, BINARY_SLICE, MAP_ADD, END_ASYNC_FOR -> -2;
      case STORE_SUBSCR -> -3;
      case STORE_SLICE -> -4;
      case LOAD_GLOBAL -> 1 + (oparg & 1);
      case LOAD_ATTR -> oparg & 1;
      case LOAD_SUPER_ATTR -> -2 + (oparg & 1);
      case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING, BUILD_SLICE -> 1 - oparg;
      case BUILD_MAP -> 1 - 2 * oparg;
      case BUILD_CONST_KEY_MAP -> -oparg;
      case UNPACK_SEQUENCE -> oparg - 1;
      case UNPACK_EX -> (oparg & 0xFF) + (oparg >> 8);
      case FOR_ITER -> jump ? -1 : 1;
      case CALL -> -(oparg + 1);
      case CALL_FUNCTION_EX -> (oparg & 0x01) != 0 ? -3 : -2;
      case MAKE_FUNCTION -> -Integer.bitCount(oparg & 0x0F);
      case RAISE_VARARGS -> -oparg;
      case SEND -> jump ? -1 : 0;
      case FORMAT_VALUE -> (oparg & 0x04) != 0 ? -1 : 0;
      case SETUP_FINALLY, SETUP_WITH -> jump ? 1 : 0;
      case SETUP_CLEANUP -> jump ? 2 : 0;
      default -> throw new IllegalStateException("no stack effect for " + this);
    };
  }

  // CPython 3.12's NB_* order (Include/internal/pycore_opcode_utils.h and dis._nb_ops).
  private static final String[] BINARY_OP_SYMBOLS = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="
  };

  private static final String[] COMPARE_OP_SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};

  // CPython 3.12's Include/internal/pycore_intrinsics.h.
  private static final String[] INTRINSIC_NAMES = {
    "INTRINSIC_1_INVALID",
    "INTRINSIC_PRINT",
    "INTRINSIC_IMPORT_STAR",
    "INTRINSIC_STOPITERATION_ERROR",
    "INTRINSIC_ASYNC_GEN_WRAP",
    "INTRINSIC_UNARY_POSITIVE",
    "INTRINSIC_LIST_TO_TUPLE",
    "INTRINSIC_TYPEVAR",
    "INTRINSIC_PARAMSPEC",
    "INTRINSIC_TYPEVARTUPLE",
    "INTRINSIC_SUBSCRIPT_GENERIC",
    "INTRINSIC_TYPEALIAS"
  };

  /** The operator BINARY_OP's oparg names, as dis shows it: {@code "+"}, {@code "**="}. */
  public static String binaryOpSymbol(int oparg) {
    return lookup(BINARY_OP_SYMBOLS, oparg, "BINARY_OP");
  }

  /** The comparison COMPARE_OP's oparg names: {@code "<"} ... {@code ">="}. */
  public static String compareOpSymbol(int oparg) {
    return lookup(COMPARE_OP_SYMBOLS, oparg, "COMPARE_OP");
  }

  /** CPython 3.12's name for a CALL_INTRINSIC_1 oparg, as dis shows it. */
  public static String intrinsicName(int oparg) {
    return lookup(INTRINSIC_NAMES, oparg, "CALL_INTRINSIC_1");
  }

  private static String lookup(String[] table, int oparg, String what) {
    if (oparg < 0 || oparg >= table.length) {
      throw new IllegalArgumentException("no " + what + " oparg " + oparg);
    }
    return table[oparg];
  }
}
