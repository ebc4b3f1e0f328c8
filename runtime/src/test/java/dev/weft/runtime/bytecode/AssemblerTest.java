package dev.weft.runtime.bytecode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.bytecode.CodeObject.ExceptionEntry;
import dev.weft.runtime.bytecode.CodeObject.Shape;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssemblerTest {
  private static final Shape NO_LOCALS = new Shape(0, 0, 0, 0, List.of(), List.of(), List.of());
  private static final Shape ONE_ARG =
      new Shape(1, 0, 0, CodeObject.OPTIMIZED, List.of("x", "y"), List.of(), List.of());

  private static Assembler assembler() {
    return new Assembler("f", "f", "t.py", 1);
  }

  private static int word(Opcode op, int oparg) {
    return op.code() | oparg << 8;
  }

  @Test
  void instructionsAreOneWordFollowedByZeroedCaches() {
    Assembler a = assembler();
    a.emit(Opcode.RESUME, 0, 1);
    a.emit(Opcode.LOAD_FAST, 0, -1);
    a.emit(Opcode.LOAD_FAST, 0, -1);
    a.emit(Opcode.BINARY_OP, 10, -1);
    a.emit(Opcode.RETURN_VALUE, 0, -1);
    CodeObject code = a.assemble(ONE_ARG);
    assertArrayEquals(
        new int[] {
          word(Opcode.RESUME, 0),
          word(Opcode.LOAD_FAST, 0),
          word(Opcode.LOAD_FAST, 0),
          word(Opcode.BINARY_OP, 10),
          0,
          word(Opcode.RETURN_VALUE, 0)
        },
        code.code());
    assertEquals(2, code.stackSize());
  }

  @Test
  void opargsBeyondTwentyFourBitsAreRejected() {
    Assembler a = assembler();
    a.emit(Opcode.BUILD_TUPLE, Opcode.MAX_OPARG, 1);
    assertThrows(
        IllegalArgumentException.class, () -> a.emit(Opcode.BUILD_TUPLE, Opcode.MAX_OPARG + 1, 1));
    assertThrows(IllegalArgumentException.class, () -> a.emit(Opcode.POP_TOP, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> a.emit(Opcode.JUMP_FORWARD, 0, 1));
  }

  @Test
  void jumpOffsetsAreRelativeToTheEndOfTheInstructionAndItsCaches() {
    // while x: x = x    -- a backward JUMP and a forward POP_JUMP_IF_FALSE over it
    Assembler a = assembler();
    Label top = a.newLabel();
    Label exit = a.newLabel();
    a.emit(Opcode.RESUME, 0, 1); // 0
    a.bind(top);
    a.emit(Opcode.LOAD_FAST, 0, 2); // 1
    a.emitJump(Opcode.POP_JUMP_IF_FALSE, exit, -1); // 2
    a.emit(Opcode.LOAD_GLOBAL, 0 << 1 | 1, 3); // 3, caches 4..7
    a.emit(Opcode.CALL, 0, -1); // 8, caches 9..11
    a.emit(Opcode.STORE_FAST, 0, -1); // 12
    a.emitJump(Opcode.JUMP, top, -1); // 13
    a.bind(exit);
    a.emit(Opcode.RETURN_CONST, a.addConstant(null), 4); // 14
    a.addName("g");
    int[] code = a.assemble(ONE_ARG).code();
    assertEquals(15, code.length);
    assertEquals(word(Opcode.POP_JUMP_IF_FALSE, 14 - 3), code[2]);
    assertEquals(word(Opcode.JUMP_BACKWARD, 14 - 1), code[13]);
  }

  @Test
  void forwardJumpPseudoOpBecomesJumpForward() {
    Assembler a = assembler();
    Label end = a.newLabel();
    a.emitJump(Opcode.JUMP, end, 1);
    a.emit(Opcode.NOP, 0, -1);
    a.bind(end);
    a.emit(Opcode.RETURN_CONST, a.addConstant(null), -1);
    int[] code = a.assemble(NO_LOCALS).code();
    assertEquals(word(Opcode.JUMP_FORWARD, 1), code[0]);
  }

  @Test
  void forIterExhaustionJumpSkipsItsCache() {
    Assembler a = assembler();
    Label top = a.newLabel();
    Label end = a.newLabel();
    a.emit(Opcode.LOAD_FAST, 0, 1); // 0
    a.emit(Opcode.GET_ITER, 0, -1); // 1
    a.bind(top);
    a.emitJump(Opcode.FOR_ITER, end, -1); // 2, cache 3
    a.emit(Opcode.STORE_FAST, 1, -1); // 4
    a.emitJump(Opcode.JUMP_BACKWARD, top, -1); // 5
    a.bind(end);
    a.emit(Opcode.RETURN_CONST, a.addConstant(null), -1); // 6
    CodeObject code = a.assemble(ONE_ARG);
    assertEquals(word(Opcode.FOR_ITER, 2), code.code()[2]);
    assertEquals(word(Opcode.JUMP_BACKWARD, 4), code.code()[5]);
    assertEquals(2, code.stackSize());
  }

  @Test
  void aJumpInTheWrongDirectionIsACodeGeneratorBug() {
    Assembler a = assembler();
    Label top = a.newLabel();
    a.bind(top);
    a.emit(Opcode.NOP, 0, 1);
    a.emitJump(Opcode.JUMP_FORWARD, top, -1);
    assertThrows(IllegalStateException.class, () -> a.assemble(NO_LOCALS));
  }

  @Test
  void equalConstantsOfTheSameClassShareAnIndex() {
    Assembler a = assembler();
    assertEquals(0, a.addConstant(1L));
    assertEquals(0, a.addConstant(1L));
    assertEquals(1, a.addConstant(Boolean.TRUE));
    assertEquals(2, a.addConstant(0.0));
    assertEquals(3, a.addConstant(-0.0));
    assertEquals(2, a.addConstant(0.0));
    assertEquals(4, a.addConstant(BigInteger.ONE));
    assertEquals(5, a.addConstant("a"));
    assertEquals(5, a.addConstant(new String("a")));
    assertEquals(6, a.addConstant(new byte[] {1, 2}));
    assertEquals(6, a.addConstant(new byte[] {1, 2}));
    assertEquals(7, a.addConstant(null));
    assertEquals(7, a.addConstant(null));
    assertEquals(8, a.addConstant(Double.NaN));
    assertEquals(8, a.addConstant(Double.NaN));
    assertEquals(9, a.addConstant(List.of(1L, 2L)));
    assertEquals(10, a.addConstant(List.of(true, 2L)));
    assertEquals(9, a.addConstant(List.of(1L, 2L)));
  }

  @Test
  void nestedCodeObjectsAreNeverMerged() {
    CodeObject first = trivial("g");
    CodeObject second = trivial("g");
    Assembler a = assembler();
    assertEquals(0, a.addConstant(first));
    assertEquals(1, a.addConstant(second));
    assertEquals(0, a.addConstant(first));
  }

  @Test
  void namesAreDeduplicatedInInsertionOrder() {
    Assembler a = assembler();
    assertEquals(0, a.addName("b"));
    assertEquals(1, a.addName("a"));
    assertEquals(0, a.addName("b"));
    a.emit(Opcode.RETURN_CONST, a.addConstant(null), 1);
    assertEquals(List.of("b", "a"), a.assemble(NO_LOCALS).names());
  }

  @Test
  void localsPlusAppendsCellsAndFreesAndMergesCapturedParameters() {
    Shape shape =
        new Shape(
            1, 0, 0, CodeObject.OPTIMIZED, List.of("a", "b"), List.of("a", "c"), List.of("d"));
    Assembler a = assembler();
    a.emit(Opcode.RETURN_CONST, a.addConstant(null), 1);
    CodeObject code = a.assemble(shape);
    assertEquals(List.of("a", "b", "c", "d"), code.localsPlus());
    assertEquals(CodeObject.LOCAL | CodeObject.CELL, code.localsPlusKind(0));
    assertEquals(CodeObject.LOCAL, code.localsPlusKind(1));
    assertEquals(CodeObject.CELL, code.localsPlusKind(2));
    assertEquals(CodeObject.FREE, code.localsPlusKind(3));
  }

  @Test
  void operandsMustIndexExistingEntries() {
    Assembler a = assembler();
    a.emit(Opcode.LOAD_FAST, 2, 1);
    a.emit(Opcode.RETURN_VALUE, 0, 1);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> a.assemble(ONE_ARG));
    assertTrue(e.getMessage().contains("LOAD_FAST"), e.getMessage());
  }

  @Test
  void lineTableGivesEveryWordItsInstructionsLine() {
    Assembler a = new Assembler("f", "f", "t.py", 7);
    a.emit(Opcode.RESUME, 0, -1); // inherits the first line
    a.emit(Opcode.LOAD_GLOBAL, 0, 8); // 1..5
    a.emit(Opcode.POP_TOP, 0, -1); // 6
    a.emit(Opcode.RETURN_CONST, a.addConstant(null), 9); // 7
    a.addName("g");
    CodeObject code = a.assemble(NO_LOCALS);
    int[] expected = {7, 8, 8, 8, 8, 8, 8, 9};
    for (int word = 0; word < expected.length; word++) {
      assertEquals(expected[word], code.lineOf(word), "word " + word);
    }
  }

  @Test
  void nestedRegionsGiveTheInnermostHandlerAndMergeRuns() {
    Assembler a = assembler();
    Label outer = a.newLabel();
    Label inner = a.newLabel();
    a.emit(Opcode.RESUME, 0, 1); // 0
    a.emitJump(Opcode.SETUP_CLEANUP, outer, -1);
    a.emit(Opcode.NOP, 0, -1); // 1
    a.emitJump(Opcode.SETUP_FINALLY, inner, -1);
    a.emit(Opcode.LOAD_CONST, a.addConstant(1L), -1); // 2
    a.emit(Opcode.POP_TOP, 0, -1); // 3
    a.emit(Opcode.POP_BLOCK, 0, -1);
    a.emit(Opcode.NOP, 0, -1); // 4
    a.emit(Opcode.POP_BLOCK, 0, -1);
    a.emit(Opcode.RETURN_CONST, a.addConstant(null), -1); // 5
    a.bind(inner); // still inside the outer region
    a.emit(Opcode.POP_TOP, 0, -1); // 6
    a.emit(Opcode.RETURN_CONST, a.addConstant(null), -1); // 7
    a.bind(outer);
    a.emit(Opcode.POP_TOP, 0, -1); // 8
    a.emit(Opcode.POP_TOP, 0, -1); // 9
    a.emit(Opcode.RETURN_CONST, a.addConstant(null), -1); // 10
    CodeObject code = a.assemble(NO_LOCALS);
    assertEquals(11, code.codeLength());
    assertEquals(
        List.of(
            new ExceptionEntry(1, 2, 8, 0, true),
            new ExceptionEntry(2, 4, 6, 0, false),
            new ExceptionEntry(4, 5, 8, 0, true),
            new ExceptionEntry(6, 8, 8, 0, true)),
        code.exceptionTable());
    assertEquals(2, code.stackSize());
  }

  @Test
  void handlerDepthInsideALoopKeepsTheIterator() {
    Assembler a = assembler();
    Label top = a.newLabel();
    Label end = a.newLabel();
    Label handler = a.newLabel();
    a.emit(Opcode.LOAD_FAST, 0, 1); // 0
    a.emit(Opcode.GET_ITER, 0, -1); // 1
    a.bind(top);
    a.emitJump(Opcode.FOR_ITER, end, -1); // 2, cache 3
    a.emitJump(Opcode.SETUP_FINALLY, handler, -1);
    a.emit(Opcode.STORE_FAST, 1, -1); // 4
    a.emit(Opcode.POP_BLOCK, 0, -1);
    a.emitJump(Opcode.JUMP, top, -1); // 5
    a.bind(handler); // [iterator, item, exception]
    a.emit(Opcode.POP_TOP, 0, -1); // 6
    a.emit(Opcode.POP_TOP, 0, -1); // 7
    a.emitJump(Opcode.JUMP, top, -1); // 8
    a.bind(end);
    a.emit(Opcode.RETURN_CONST, a.addConstant(null), -1); // 9
    CodeObject code = a.assemble(ONE_ARG);
    assertEquals(List.of(new ExceptionEntry(4, 5, 6, 2, false)), code.exceptionTable());
    assertEquals(3, code.stackSize());
    assertEquals(word(Opcode.JUMP_BACKWARD, 7), code.code()[8]);
  }

  @Test
  void withHandlerDepthExcludesTheEnterResult() {
    // with m as v: pass  -- CPython's shape: BEFORE_WITH; SETUP_WITH; STORE (enter result) ...
    Assembler b = assembler();
    Label withHandler = b.newLabel();
    Label end = b.newLabel();
    b.emit(Opcode.LOAD_FAST, 0, 1); // 0
    b.emit(Opcode.BEFORE_WITH, 0, -1); // 1
    b.emitJump(Opcode.SETUP_WITH, withHandler, -1);
    b.emit(Opcode.STORE_FAST, 1, -1); // 2
    b.emit(Opcode.POP_BLOCK, 0, -1);
    b.emit(Opcode.POP_TOP, 0, -1); // 3
    b.emitJump(Opcode.JUMP, end, -1); // 4
    b.bind(withHandler);
    b.emit(Opcode.PUSH_EXC_INFO, 0, -1); // 5
    b.emit(Opcode.WITH_EXCEPT_START, 0, -1); // 6
    b.emit(Opcode.RERAISE, 2, -1); // 7
    b.bind(end);
    b.emit(Opcode.RETURN_CONST, b.addConstant(null), -1); // 8
    CodeObject code = b.assemble(ONE_ARG);
    assertEquals(List.of(new ExceptionEntry(2, 3, 5, 1, true)), code.exceptionTable());
    assertEquals(5, code.stackSize());
  }

  @Test
  void branchesThatMergeAtDifferentDepthsAreRejectedWithTheirOffset() {
    Assembler a = new Assembler("broken", "C.broken", "t.py", 1);
    Label join = a.newLabel();
    a.emit(Opcode.LOAD_FAST, 0, 1); // 0
    a.emitJump(Opcode.POP_JUMP_IF_FALSE, join, -1); // 1
    a.emit(Opcode.LOAD_FAST, 0, -1); // 2
    a.bind(join);
    a.emit(Opcode.RETURN_CONST, a.addConstant(null), -1); // 3
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> a.assemble(ONE_ARG));
    assertTrue(e.getMessage().contains("C.broken"), e.getMessage());
    assertTrue(e.getMessage().contains("offset 3"), e.getMessage());
  }

  @Test
  void stackUnderflowIsRejected() {
    Assembler a = assembler();
    a.emit(Opcode.NOP, 0, 1);
    a.emit(Opcode.POP_TOP, 0, 1);
    a.emit(Opcode.RETURN_CONST, a.addConstant(null), 1);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> a.assemble(NO_LOCALS));
    assertTrue(e.getMessage().contains("offset 1"), e.getMessage());
    assertTrue(e.getMessage().contains("underflow"), e.getMessage());
  }

  @Test
  void fallingOffTheEndAndUnboundLabelsAreRejected() {
    Assembler a = assembler();
    a.emit(Opcode.NOP, 0, 1);
    assertThrows(IllegalStateException.class, () -> a.assemble(NO_LOCALS));

    Assembler b = assembler();
    b.emitJump(Opcode.JUMP, b.newLabel(), 1);
    assertThrows(IllegalStateException.class, () -> b.assemble(NO_LOCALS));

    Assembler c = assembler();
    Label label = c.newLabel();
    c.bind(label);
    assertThrows(IllegalStateException.class, () -> c.bind(label));
    assertThrows(IllegalArgumentException.class, () -> assembler().bind(label));
  }

  @Test
  void unreachableCodeIsKeptButHasNoHandler() {
    Assembler a = assembler();
    Label handler = a.newLabel();
    a.emitJump(Opcode.SETUP_FINALLY, handler, 1);
    a.emit(Opcode.RETURN_CONST, a.addConstant(null), -1); // 0
    a.emit(Opcode.POP_TOP, 0, -1); // 1: dead, would underflow
    a.bind(handler);
    a.emit(Opcode.RERAISE, 0, -1); // 2
    CodeObject code = a.assemble(NO_LOCALS);
    assertEquals(3, code.codeLength());
    assertEquals(List.of(new ExceptionEntry(0, 1, 2, 0, false)), code.exceptionTable());
    assertNotEquals(0, code.code()[1]);
  }

  static CodeObject trivial(String name) {
    Assembler a = new Assembler(name, name, "t.py", 1);
    a.emit(Opcode.RETURN_CONST, a.addConstant(null), 1);
    return a.assemble(NO_LOCALS);
  }
}
