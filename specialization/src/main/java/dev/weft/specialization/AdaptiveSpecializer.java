package dev.weft.specialization;

import dev.weft.runtime.bytecode.Opcode;
import dev.weft.runtime.interpreter.Frame;
import dev.weft.runtime.interpreter.Spec;
import dev.weft.runtime.interpreter.Specializer;
import dev.weft.runtime.threads.ThreadState;

/**
 * The adaptive specializer (CPython's {@code Python/specialize.c}): given a generic instruction
 * whose counter fired, it looks at the operands on the stack and picks the specialized form whose
 * guards they pass, with the cache record those guards read, or records the reason none fits. One
 * class per family group does the choosing; this one routes by family.
 */
public final class AdaptiveSpecializer implements Specializer {
  @Override
  public void specialize(ThreadState ts, Frame f, int pc) {
    Opcode op = Opcode.of(f.bytecode.words[pc] & 0xFF);
    switch (op) {
      case LOAD_GLOBAL -> GlobalSpecializer.loadGlobal(ts, f, pc);
      case LOAD_ATTR -> AttrSpecializer.loadAttr(ts, f, pc);
      case LOAD_ATTR_FAST -> AttrSpecializer.loadAttrFast(ts, f, pc);
      case STORE_ATTR -> AttrSpecializer.storeAttr(ts, f, pc);
      case CALL -> CallSpecializer.call(ts, f, pc);
      case BINARY_OP -> OpSpecializer.binaryOp(ts, f, pc);
      case COMPARE_OP -> OpSpecializer.compareOp(ts, f, pc);
      case BINARY_SUBSCR -> OpSpecializer.binarySubscr(ts, f, pc);
      case BINARY_SUBSCR_FAST -> OpSpecializer.binarySubscrFast(ts, f, pc);
      case STORE_SUBSCR -> OpSpecializer.storeSubscr(ts, f, pc);
      case CONTAINS_OP -> OpSpecializer.containsOp(ts, f, pc);
      case UNPACK_SEQUENCE -> OpSpecializer.unpackSequence(ts, f, pc);
      case FOR_ITER -> IterSpecializer.forIter(ts, f, pc);
      case SEND -> IterSpecializer.send(ts, f, pc);
      case TO_BOOL -> BoolSpecializer.toBool(ts, f, pc);
      case LOAD_SUPER_ATTR -> SuperSpecializer.loadSuperAttr(ts, f, pc);
      default -> Spec.fail(ts, f, pc, "family not specialized");
    }
  }
}
