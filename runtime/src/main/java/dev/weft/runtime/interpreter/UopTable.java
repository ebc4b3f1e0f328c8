package dev.weft.runtime.interpreter;

import dev.weft.runtime.bytecode.Opcode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which uop methods carry each instruction's semantics (ARCHITECTURE.md §5): the interpreter's
 * dispatch calls them (or inlines their stack shuffles), and a tier-2 backend lowers an instruction
 * to the same calls. Entries name static methods as {@code Class.method} in the runtime's packages;
 * {@code UopTableTest} checks every non-pseudo instruction has an entry and every name resolves. An
 * empty list marks an instruction that only moves stack slots.
 */
public final class UopTable {
  private UopTable() {}

  private static final Map<Opcode, List<String>> UOPS = new EnumMap<>(Opcode.class);

  private static void define(Opcode op, String... methods) {
    UOPS.put(op, List.of(methods));
  }

  static {
    define(Opcode.NOP);
    define(Opcode.RESUME, "Uops.handleEvalBreaker");
    define(Opcode.POP_TOP);
    define(Opcode.PUSH_NULL);
    define(Opcode.COPY);
    define(Opcode.SWAP);
    define(Opcode.LOAD_CONST);
    define(Opcode.RETURN_CONST);
    define(Opcode.RETURN_VALUE);
    define(Opcode.LOAD_FAST, "Uops.unboundLocal");
    define(Opcode.STORE_FAST);
    define(Opcode.DELETE_FAST, "Stack.deleteFast");
    define(Opcode.LOAD_DEREF, "Stack.loadDeref");
    define(Opcode.STORE_DEREF, "Stack.storeDeref");
    define(Opcode.DELETE_DEREF, "Stack.deleteDeref");
    define(Opcode.LOAD_CLOSURE, "Stack.loadClosure");
    define(Opcode.MAKE_CELL, "Stack.makeCell");
    define(Opcode.COPY_FREE_VARS, "Stack.copyFreeVars");
    define(Opcode.LOAD_CLASSDEREF, "Names.loadClassDeref");
    define(Opcode.LOAD_GLOBAL, "Uops.loadGlobal");
    define(Opcode.STORE_GLOBAL, "Names.storeGlobal");
    define(Opcode.DELETE_GLOBAL, "Names.deleteGlobal");
    define(Opcode.LOAD_NAME, "Names.loadName");
    define(Opcode.STORE_NAME, "Names.storeName");
    define(Opcode.DELETE_NAME, "Names.deleteName");
    define(Opcode.LOAD_ATTR, "Uops.loadAttr");
    define(Opcode.STORE_ATTR, "Uops.storeAttr");
    define(Opcode.DELETE_ATTR, "Names.deleteAttr");
    define(Opcode.BINARY_OP, "Arith.binary");
    define(Opcode.UNARY_NEGATIVE, "Stack.unary");
    define(Opcode.UNARY_NOT, "Stack.unary");
    define(Opcode.UNARY_INVERT, "Stack.unary");
    define(Opcode.CALL_INTRINSIC_1, "Stack.intrinsic");
    define(Opcode.COMPARE_OP, "Compare.richCompare");
    define(Opcode.IS_OP, "Stack.isOp");
    define(Opcode.CONTAINS_OP, "Stack.containsOp");
    define(Opcode.BINARY_SUBSCR, "Ops.getitem");
    define(Opcode.CHECK_FAST, "Uops.unboundLocal");
    define(Opcode.BINARY_SUBSCR_FAST, "Ops.getitem");
    define(Opcode.LOAD_ATTR_FAST, "Uops.loadAttrFast");
    define(Opcode.STORE_SUBSCR, "Uops.storeSubscr");
    define(Opcode.DELETE_SUBSCR, "Stack.deleteSubscr");
    define(Opcode.BINARY_SLICE, "Stack.binarySlice");
    define(Opcode.STORE_SLICE, "Stack.storeSlice");
    define(Opcode.BUILD_TUPLE, "Builders.buildTuple");
    define(Opcode.BUILD_LIST, "Builders.buildList");
    define(Opcode.BUILD_SET, "Builders.buildSet");
    define(Opcode.BUILD_MAP, "Builders.buildMap");
    define(Opcode.BUILD_CONST_KEY_MAP, "Builders.buildConstKeyMap");
    define(Opcode.BUILD_STRING, "Builders.buildString");
    define(Opcode.BUILD_SLICE, "Builders.buildSlice");
    define(Opcode.LIST_APPEND, "Builders.listAppend");
    define(Opcode.SET_ADD, "Builders.setAdd");
    define(Opcode.MAP_ADD, "Builders.mapAdd");
    define(Opcode.LIST_EXTEND, "Builders.listExtend");
    define(Opcode.SET_UPDATE, "Builders.setUpdate");
    define(Opcode.DICT_UPDATE, "Builders.dictUpdate");
    define(Opcode.DICT_MERGE, "Builders.dictUpdate");
    define(Opcode.UNPACK_SEQUENCE, "Builders.unpackSequence");
    define(Opcode.UNPACK_EX, "Builders.unpackEx");
    define(Opcode.GET_ITER, "Ops.iter");
    define(Opcode.FOR_ITER, "Ops.next");
    define(Opcode.JUMP_FORWARD);
    define(Opcode.JUMP_BACKWARD, "Uops.handleEvalBreaker");
    define(Opcode.JUMP_BACKWARD_NO_INTERRUPT);
    define(Opcode.POP_JUMP_IF_FALSE, "Ops.isTrue");
    define(Opcode.POP_JUMP_IF_TRUE, "Ops.isTrue");
    define(Opcode.POP_JUMP_IF_NONE);
    define(Opcode.POP_JUMP_IF_NOT_NONE);
    define(Opcode.CALL, "Uops.call");
    define(Opcode.KW_NAMES);
    define(Opcode.CALL_FUNCTION_EX, "Functions.callFunctionEx");
    define(Opcode.MAKE_FUNCTION, "Functions.makeFunction");
    define(Opcode.LOAD_BUILD_CLASS, "Functions.loadBuildClass");
    define(Opcode.RAISE_VARARGS, "Exceptions.raiseVarargs");
    define(Opcode.RERAISE, "Exceptions.reraise");
    define(Opcode.PUSH_EXC_INFO, "Exceptions.pushExcInfo");
    define(Opcode.POP_EXCEPT, "Exceptions.popExcept");
    define(Opcode.CHECK_EXC_MATCH, "Exceptions.checkExcMatch");
    define(Opcode.LOAD_ASSERTION_ERROR);
    define(Opcode.BEFORE_WITH, "Exceptions.beforeWith");
    define(Opcode.WITH_EXCEPT_START, "Exceptions.withExceptStart");
    define(Opcode.RETURN_GENERATOR, "Calls.newGenerator");
    define(Opcode.YIELD_VALUE);
    define(Opcode.GET_YIELD_FROM_ITER, "Generators.getYieldFromIter");
    define(Opcode.SEND, "Generators.send");
    define(Opcode.END_SEND, "Generators.endSend");
    define(Opcode.GET_AWAITABLE, "Generators.getAwaitable");
    define(Opcode.GET_AITER, "Generators.getAiter");
    define(Opcode.GET_ANEXT, "Generators.getAnext");
    define(Opcode.END_ASYNC_FOR, "Generators.endAsyncFor");
    define(Opcode.BEFORE_ASYNC_WITH, "Generators.beforeAsyncWith");
    define(Opcode.IMPORT_NAME, "Imports.importName");
    define(Opcode.IMPORT_FROM, "Imports.importFrom");
    define(Opcode.SETUP_ANNOTATIONS, "Names.setupAnnotations");
    define(Opcode.FORMAT_VALUE, "Stack.formatValue");
    define(Opcode.TO_BOOL, "Uops.toBool");
    define(Opcode.LOAD_SUPER_ATTR, "Uops.loadSuperAttr");

    // Specialized forms: each handler method runs the guards, then the action, and on a miss the
    // family's generic uop (ARCHITECTURE.md §6).
    define(Opcode.LOAD_GLOBAL_MODULE, "SpecGlobals.loadGlobalModule");
    define(Opcode.LOAD_GLOBAL_BUILTIN, "SpecGlobals.loadGlobalBuiltin");
    define(Opcode.LOAD_ATTR_INSTANCE_VALUE, "SpecAttrs.loadAttrInstanceValue");
    define(Opcode.LOAD_ATTR_SLOT, "SpecAttrs.loadAttrSlot");
    define(Opcode.LOAD_ATTR_MODULE, "SpecAttrs.loadAttrModule");
    define(Opcode.LOAD_ATTR_CLASS, "SpecAttrs.loadAttrClass");
    define(Opcode.LOAD_ATTR_PROPERTY, "SpecAttrs.loadAttrProperty");
    define(Opcode.LOAD_ATTR_METHOD_WITH_VALUES, "SpecAttrs.loadAttrMethodWithValues");
    define(Opcode.LOAD_ATTR_METHOD_NO_DICT, "SpecAttrs.loadAttrMethodNoDict");
    define(Opcode.LOAD_ATTR_FAST_INSTANCE_VALUE, "SpecAttrs.loadAttrFastInstanceValue");
    define(Opcode.LOAD_ATTR_FAST_SLOT, "SpecAttrs.loadAttrFastSlot");
    define(Opcode.LOAD_ATTR_FAST_MODULE, "SpecAttrs.loadAttrFastModule");
    define(Opcode.LOAD_ATTR_FAST_CLASS, "SpecAttrs.loadAttrFastClass");
    define(Opcode.STORE_ATTR_INSTANCE_VALUE, "SpecAttrs.storeAttrInstanceValue");
    define(Opcode.STORE_ATTR_SLOT, "SpecAttrs.storeAttrSlot");
    define(Opcode.CALL_PY_EXACT_ARGS, "SpecCalls.pyExactArgs");
    define(Opcode.CALL_BOUND_METHOD_EXACT_ARGS, "SpecCalls.boundMethodExactArgs");
    define(Opcode.CALL_PY_GENERAL, "SpecCalls.pyGeneral");
    define(Opcode.CALL_BUILTIN_FAST, "SpecCalls.builtinFast");
    define(Opcode.CALL_LEN, "SpecCalls.len");
    define(Opcode.CALL_ISINSTANCE, "SpecCalls.isinstance");
    define(Opcode.CALL_LIST_APPEND, "SpecCalls.listAppend");
    define(Opcode.CALL_METHOD_DESCRIPTOR, "SpecCalls.methodDescriptor");
    define(Opcode.CALL_TYPE_1, "SpecCalls.type1");
    define(Opcode.CALL_STR_1, "SpecCalls.str1");
    define(Opcode.CALL_TUPLE_1, "SpecCalls.tuple1");
    define(Opcode.CALL_ALLOC_AND_ENTER_INIT, "SpecCalls.allocAndEnterInit");
    define(Opcode.BINARY_OP_ADD_INT, "SpecOps.binaryOpAddInt");
    define(Opcode.BINARY_OP_SUBTRACT_INT, "SpecOps.binaryOpSubtractInt");
    define(Opcode.BINARY_OP_MULTIPLY_INT, "SpecOps.binaryOpMultiplyInt");
    define(Opcode.BINARY_OP_ADD_FLOAT, "SpecOps.binaryOpAddFloat");
    define(Opcode.BINARY_OP_SUBTRACT_FLOAT, "SpecOps.binaryOpSubtractFloat");
    define(Opcode.BINARY_OP_MULTIPLY_FLOAT, "SpecOps.binaryOpMultiplyFloat");
    define(Opcode.BINARY_OP_ADD_UNICODE, "SpecOps.binaryOpAddUnicode");
    define(Opcode.BINARY_SUBSCR_LIST_INT, "SpecOps.binarySubscrListInt");
    define(Opcode.BINARY_SUBSCR_TUPLE_INT, "SpecOps.binarySubscrTupleInt");
    define(Opcode.BINARY_SUBSCR_STR_INT, "SpecOps.binarySubscrStrInt");
    define(Opcode.BINARY_SUBSCR_DICT, "SpecOps.binarySubscrDict");
    define(Opcode.BINARY_SUBSCR_FAST_LIST_INT, "SpecOps.binarySubscrFastListInt");
    define(Opcode.BINARY_SUBSCR_FAST_DICT, "SpecOps.binarySubscrFastDict");
    define(Opcode.COMPARE_OP_INT, "SpecOps.compareOpInt");
    define(Opcode.COMPARE_OP_FLOAT, "SpecOps.compareOpFloat");
    define(Opcode.COMPARE_OP_STR, "SpecOps.compareOpStr");
    define(Opcode.CONTAINS_OP_SET, "SpecOps.containsOpSet");
    define(Opcode.CONTAINS_OP_DICT, "SpecOps.containsOpDict");
    define(Opcode.UNPACK_SEQUENCE_TWO_TUPLE, "SpecOps.unpackSequenceTwoTuple");
    define(Opcode.UNPACK_SEQUENCE_TUPLE, "SpecOps.unpackSequenceTuple");
    define(Opcode.UNPACK_SEQUENCE_LIST, "SpecOps.unpackSequenceList");
    define(Opcode.STORE_SUBSCR_LIST_INT, "SpecOps.storeSubscrListInt");
    define(Opcode.STORE_SUBSCR_DICT, "SpecOps.storeSubscrDict");
    define(Opcode.FOR_ITER_LIST, "SpecIters.forIterList");
    define(Opcode.FOR_ITER_TUPLE, "SpecIters.forIterTuple");
    define(Opcode.FOR_ITER_RANGE, "SpecIters.forIterRange");
    define(Opcode.FOR_ITER_GEN, "SpecIters.forIterGen");
    define(Opcode.TO_BOOL_BOOL, "SpecBools.toBoolBool");
    define(Opcode.TO_BOOL_INT, "SpecBools.toBoolInt");
    define(Opcode.TO_BOOL_LIST, "SpecBools.toBoolList");
    define(Opcode.TO_BOOL_NONE, "SpecBools.toBoolNone");
    define(Opcode.TO_BOOL_STR, "SpecBools.toBoolStr");
    define(Opcode.TO_BOOL_ALWAYS_TRUE, "SpecBools.toBoolAlwaysTrue");
    define(Opcode.SEND_GEN, "SpecIters.sendGen");
    define(Opcode.LOAD_SUPER_ATTR_ATTR, "SpecSuper.loadSuperAttrAttr");
    define(Opcode.LOAD_SUPER_ATTR_METHOD, "SpecSuper.loadSuperAttrMethod");
  }

  /** The uop methods of {@code op}; empty for pure stack moves; null for pseudo-instructions. */
  public static List<String> uops(Opcode op) {
    return UOPS.get(op);
  }
}
