package dev.weft.runtime.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpcodeTest {
  @Test
  void codesStartAtOneInDeclarationOrderAndRoundTrip() {
    assertEquals(1, Opcode.NOP.code());
    assertEquals(2, Opcode.RESUME.code());
    for (Opcode op : Opcode.values()) {
      assertEquals(op.ordinal() + 1, op.code());
      assertTrue(op.code() <= 255);
      assertSame(op, Opcode.of(op.code()));
    }
    assertThrows(IllegalArgumentException.class, () -> Opcode.of(0));
    assertThrows(IllegalArgumentException.class, () -> Opcode.of(255));
  }

  @Test
  void exactlyTheUnconditionalTransfersTerminate() {
    Set<Opcode> expected =
        EnumSet.of(
            Opcode.RETURN_VALUE,
            Opcode.RETURN_CONST,
            Opcode.RAISE_VARARGS,
            Opcode.RERAISE,
            Opcode.JUMP_FORWARD,
            Opcode.JUMP_BACKWARD,
            Opcode.JUMP_BACKWARD_NO_INTERRUPT,
            Opcode.JUMP);
    for (Opcode op : Opcode.values()) {
      assertEquals(expected.contains(op), op.terminates(), op.name());
    }
  }

  @Test
  void pseudoOpsAreTheJumpAndBlockBrackets() {
    Set<Opcode> expected =
        EnumSet.of(
            Opcode.JUMP,
            Opcode.SETUP_FINALLY,
            Opcode.SETUP_CLEANUP,
            Opcode.SETUP_WITH,
            Opcode.POP_BLOCK);
    for (Opcode op : Opcode.values()) {
      assertEquals(expected.contains(op), op.pseudo(), op.name());
    }
    assertTrue(Opcode.FOR_ITER.jumps());
    assertTrue(Opcode.SEND.jumps());
    assertTrue(Opcode.SETUP_WITH.jumps());
    assertFalse(Opcode.POP_BLOCK.jumps());
  }

  @Test
  void cacheSizesFollowTheSpecializableFamilies() {
    assertEquals(4, Opcode.LOAD_GLOBAL.caches());
    assertEquals(9, Opcode.LOAD_ATTR.caches());
    assertEquals(4, Opcode.STORE_ATTR.caches());
    assertEquals(1, Opcode.BINARY_OP.caches());
    assertEquals(1, Opcode.COMPARE_OP.caches());
    assertEquals(1, Opcode.BINARY_SUBSCR.caches());
    assertEquals(1, Opcode.STORE_SUBSCR.caches());
    assertEquals(1, Opcode.UNPACK_SEQUENCE.caches());
    assertEquals(1, Opcode.FOR_ITER.caches());
    assertEquals(3, Opcode.CALL.caches());
    assertEquals(0, Opcode.LOAD_FAST.caches());
  }

  @Test
  void loadGlobalAndLoadAttrPushOneMoreWithTheirLowBit() {
    assertEquals(1, Opcode.LOAD_GLOBAL.stackEffect(4 << 1, false));
    assertEquals(2, Opcode.LOAD_GLOBAL.stackEffect(4 << 1 | 1, false));
    assertEquals(0, Opcode.LOAD_ATTR.stackEffect(3 << 1, false));
    assertEquals(1, Opcode.LOAD_ATTR.stackEffect(3 << 1 | 1, false));
  }

  @Test
  void callsPopCallableSelfOrNullAndArguments() {
    assertEquals(-1, Opcode.CALL.stackEffect(0, false));
    assertEquals(-4, Opcode.CALL.stackEffect(3, false));
    assertEquals(-2, Opcode.CALL_FUNCTION_EX.stackEffect(0, false));
    assertEquals(-3, Opcode.CALL_FUNCTION_EX.stackEffect(1, false));
    assertEquals(0, Opcode.MAKE_FUNCTION.stackEffect(0, false));
    assertEquals(-1, Opcode.MAKE_FUNCTION.stackEffect(0x08, false));
    assertEquals(-4, Opcode.MAKE_FUNCTION.stackEffect(0x0F, false));
  }

  @Test
  void buildersAndUnpackersCountTheirItems() {
    assertEquals(1, Opcode.BUILD_TUPLE.stackEffect(0, false));
    assertEquals(-2, Opcode.BUILD_LIST.stackEffect(3, false));
    assertEquals(-5, Opcode.BUILD_MAP.stackEffect(3, false));
    assertEquals(-3, Opcode.BUILD_CONST_KEY_MAP.stackEffect(3, false));
    assertEquals(-1, Opcode.BUILD_SLICE.stackEffect(2, false));
    assertEquals(-2, Opcode.BUILD_SLICE.stackEffect(3, false));
    assertEquals(2, Opcode.UNPACK_SEQUENCE.stackEffect(3, false));
    assertEquals(-1, Opcode.UNPACK_SEQUENCE.stackEffect(0, false));
    assertEquals(3, Opcode.UNPACK_EX.stackEffect(1 | 2 << 8, false));
    assertEquals(-2, Opcode.RAISE_VARARGS.stackEffect(2, false));
    assertEquals(-1, Opcode.FORMAT_VALUE.stackEffect(0x04 | 2, false));
    assertEquals(0, Opcode.FORMAT_VALUE.stackEffect(1, false));
    assertEquals(-4, Opcode.STORE_SLICE.stackEffect(0, false));
    assertEquals(-3, Opcode.STORE_SUBSCR.stackEffect(0, false));
  }

  @Test
  void branchesDifferByDirection() {
    assertEquals(1, Opcode.FOR_ITER.stackEffect(7, false));
    assertEquals(-1, Opcode.FOR_ITER.stackEffect(7, true));
    assertEquals(0, Opcode.SEND.stackEffect(3, false));
    assertEquals(-1, Opcode.SEND.stackEffect(3, true));
    assertEquals(-1, Opcode.POP_JUMP_IF_NONE.stackEffect(3, false));
    assertEquals(-1, Opcode.POP_JUMP_IF_NONE.stackEffect(3, true));
  }

  @Test
  void setupOpsPushOnlyOnTheWayIntoTheHandler() {
    assertEquals(0, Opcode.SETUP_FINALLY.stackEffect(0, false));
    assertEquals(1, Opcode.SETUP_FINALLY.stackEffect(0, true));
    assertEquals(0, Opcode.SETUP_CLEANUP.stackEffect(0, false));
    assertEquals(2, Opcode.SETUP_CLEANUP.stackEffect(0, true));
    assertEquals(0, Opcode.SETUP_WITH.stackEffect(0, false));
    assertEquals(1, Opcode.SETUP_WITH.stackEffect(0, true));
    assertEquals(0, Opcode.POP_BLOCK.stackEffect(0, false));
  }

  @Test
  void operatorSymbolsAreCPythons() {
    assertEquals("+", Opcode.binaryOpSymbol(0));
    assertEquals("//", Opcode.binaryOpSymbol(2));
    assertEquals("-", Opcode.binaryOpSymbol(10));
    assertEquals("^", Opcode.binaryOpSymbol(12));
    assertEquals("+=", Opcode.binaryOpSymbol(13));
    assertEquals("**=", Opcode.binaryOpSymbol(21));
    assertEquals("^=", Opcode.binaryOpSymbol(25));
    assertThrows(IllegalArgumentException.class, () -> Opcode.binaryOpSymbol(26));
    assertEquals(">=", Opcode.compareOpSymbol(5));
    assertEquals("INTRINSIC_LIST_TO_TUPLE", Opcode.intrinsicName(6));
  }
}
