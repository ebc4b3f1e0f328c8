package dev.weft.runtime.interpreter;

/**
 * The opcode numbers of {@link dev.weft.runtime.bytecode.Opcode} as compile-time constants, so that
 * the dispatch switch compiles to a table. {@code OpTest} checks that every constant equals its
 * enum's {@code code()}.
 */
final class Op {
  private Op() {}

  public static final int NOP = 1;
  public static final int RESUME = 2;
  public static final int POP_TOP = 3;
  public static final int PUSH_NULL = 4;
  public static final int COPY = 5;
  public static final int SWAP = 6;
  public static final int LOAD_CONST = 7;
  public static final int RETURN_CONST = 8;
  public static final int RETURN_VALUE = 9;
  public static final int LOAD_FAST = 10;
  public static final int STORE_FAST = 11;
  public static final int DELETE_FAST = 12;
  public static final int LOAD_DEREF = 13;
  public static final int STORE_DEREF = 14;
  public static final int DELETE_DEREF = 15;
  public static final int LOAD_CLOSURE = 16;
  public static final int MAKE_CELL = 17;
  public static final int COPY_FREE_VARS = 18;
  public static final int LOAD_CLASSDEREF = 19;
  public static final int LOAD_GLOBAL = 20;
  public static final int STORE_GLOBAL = 21;
  public static final int DELETE_GLOBAL = 22;
  public static final int LOAD_NAME = 23;
  public static final int STORE_NAME = 24;
  public static final int DELETE_NAME = 25;
  public static final int LOAD_ATTR = 26;
  public static final int STORE_ATTR = 27;
  public static final int DELETE_ATTR = 28;
  public static final int BINARY_OP = 29;
  public static final int UNARY_NEGATIVE = 30;
  public static final int UNARY_NOT = 31;
  public static final int UNARY_INVERT = 32;
  public static final int CALL_INTRINSIC_1 = 33;
  public static final int COMPARE_OP = 34;
  public static final int IS_OP = 35;
  public static final int CONTAINS_OP = 36;
  public static final int BINARY_SUBSCR = 37;
  public static final int STORE_SUBSCR = 38;
  public static final int DELETE_SUBSCR = 39;
  public static final int BINARY_SLICE = 40;
  public static final int STORE_SLICE = 41;
  public static final int BUILD_TUPLE = 42;
  public static final int BUILD_LIST = 43;
  public static final int BUILD_SET = 44;
  public static final int BUILD_MAP = 45;
  public static final int BUILD_CONST_KEY_MAP = 46;
  public static final int BUILD_STRING = 47;
  public static final int BUILD_SLICE = 48;
  public static final int LIST_APPEND = 49;
  public static final int SET_ADD = 50;
  public static final int MAP_ADD = 51;
  public static final int LIST_EXTEND = 52;
  public static final int SET_UPDATE = 53;
  public static final int DICT_UPDATE = 54;
  public static final int DICT_MERGE = 55;
  public static final int UNPACK_SEQUENCE = 56;
  public static final int UNPACK_EX = 57;
  public static final int GET_ITER = 58;
  public static final int FOR_ITER = 59;
  public static final int JUMP_FORWARD = 60;
  public static final int JUMP_BACKWARD = 61;
  public static final int JUMP_BACKWARD_NO_INTERRUPT = 62;
  public static final int POP_JUMP_IF_FALSE = 63;
  public static final int POP_JUMP_IF_TRUE = 64;
  public static final int POP_JUMP_IF_NONE = 65;
  public static final int POP_JUMP_IF_NOT_NONE = 66;
  public static final int CALL = 67;
  public static final int KW_NAMES = 68;
  public static final int CALL_FUNCTION_EX = 69;
  public static final int MAKE_FUNCTION = 70;
  public static final int LOAD_BUILD_CLASS = 71;
  public static final int RAISE_VARARGS = 72;
  public static final int RERAISE = 73;
  public static final int PUSH_EXC_INFO = 74;
  public static final int POP_EXCEPT = 75;
  public static final int CHECK_EXC_MATCH = 76;
  public static final int LOAD_ASSERTION_ERROR = 77;
  public static final int BEFORE_WITH = 78;
  public static final int WITH_EXCEPT_START = 79;
  public static final int RETURN_GENERATOR = 80;
  public static final int YIELD_VALUE = 81;
  public static final int GET_YIELD_FROM_ITER = 82;
  public static final int SEND = 83;
  public static final int END_SEND = 84;
  public static final int GET_AWAITABLE = 85;
  public static final int GET_AITER = 86;
  public static final int GET_ANEXT = 87;
  public static final int END_ASYNC_FOR = 88;
  public static final int BEFORE_ASYNC_WITH = 89;
  public static final int IMPORT_NAME = 90;
  public static final int IMPORT_FROM = 91;
  public static final int SETUP_ANNOTATIONS = 92;
  public static final int FORMAT_VALUE = 93;
  public static final int JUMP = 94;
  public static final int SETUP_FINALLY = 95;
  public static final int SETUP_CLEANUP = 96;
  public static final int SETUP_WITH = 97;
  public static final int POP_BLOCK = 98;
}
