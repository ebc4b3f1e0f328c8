package dev.weft.runtime.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.runtime.compiler.CodeGenerator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BorrowedLocalsTest {
  /** The opcodes of function {@code f}'s body after the rewrite, by name. */
  private static List<String> rewritten(String body) throws Exception {
    CodeObject module = CodeGenerator.compile("<test>", "def f(x, i):\n" + body + "\n");
    CodeObject f =
        (CodeObject)
            module.constants().stream().filter(c -> c instanceof CodeObject).findFirst().get();
    int[] words = f.code();
    BorrowedLocals.rewrite(words, BorrowedLocals.jumpTargets(f, words));
    List<String> ops = new ArrayList<>();
    for (int p = 0; p < words.length; p += 1 + Opcode.of(words[p] & 0xFF).caches()) {
      Opcode op = Opcode.of(words[p] & 0xFF);
      if (op == Opcode.CHECK_FAST || op == Opcode.BINARY_SUBSCR_FAST) {
        ops.add(op.name() + " " + f.localsPlus().get(words[p] >>> 8));
      } else if (op == Opcode.BINARY_SUBSCR || op == Opcode.LOAD_FAST) {
        ops.add(op.name());
      }
    }
    return ops;
  }

  @Test
  void subscriptsOfLocalsReadTheSlot() throws Exception {
    assertEquals(
        List.of("CHECK_FAST x", "LOAD_FAST", "BINARY_SUBSCR_FAST x"), rewritten("    return x[i]"));
    assertEquals(
        List.of("CHECK_FAST x", "LOAD_FAST", "BINARY_SUBSCR_FAST x"),
        rewritten("    return x[i % 3 + 1]"));
    // Nested: both the inner and the outer subscript.
    assertEquals(
        List.of("CHECK_FAST x", "CHECK_FAST i", "BINARY_SUBSCR_FAST i", "BINARY_SUBSCR_FAST x"),
        rewritten("    return x[i[0]]"));
  }

  @Test
  void anythingElseBetweenKeepsTheReference() throws Exception {
    // A call in the index, an augmented assignment (COPY), a walrus (STORE_FAST), a conditional
    // (jumps): the value stays on the stack, counted.
    assertEquals(
        List.of("LOAD_FAST", "BINARY_SUBSCR"), rewritten("    return x[len(())]").subList(0, 2));
    assertEquals(
        List.of("LOAD_FAST", "LOAD_FAST", "BINARY_SUBSCR"),
        rewritten("    x[i] += 1").subList(0, 3));
    assertEquals("LOAD_FAST", rewritten("    return x[(x := 0)]").get(0));
    assertEquals("LOAD_FAST", rewritten("    return x[i if i else 0]").get(0));
  }
}
