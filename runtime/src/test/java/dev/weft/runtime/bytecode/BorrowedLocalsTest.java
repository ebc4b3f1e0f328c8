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
      } else if (op == Opcode.LOAD_ATTR_FAST) {
        int packed = words[p] >>> 8;
        ops.add(
            op.name()
                + " "
                + f.localsPlus().get(packed & 0xFFF)
                + "."
                + f.names().get(packed >>> 12));
      } else if (op == Opcode.BINARY_SUBSCR || op == Opcode.LOAD_FAST || op == Opcode.LOAD_ATTR) {
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
    // A subscript of a subscript: the inner index is the outer container's index, not its own.
    assertEquals(
        List.of("CHECK_FAST x", "LOAD_FAST", "BINARY_SUBSCR_FAST x", "BINARY_SUBSCR"),
        rewritten("    return x[i][0]"));
    // Nested: both the inner and the outer subscript.
    assertEquals(
        List.of("CHECK_FAST x", "CHECK_FAST i", "BINARY_SUBSCR_FAST i", "BINARY_SUBSCR_FAST x"),
        rewritten("    return x[i[0]]"));
  }

  @Test
  void attributesOfLocalsReadTheSlot() throws Exception {
    assertEquals(
        List.of("CHECK_FAST x", "LOAD_ATTR_FAST x.width"), rewritten("    return x.width"));
    // The index of a subscript may itself be a borrowed attribute: both are rewritten.
    assertEquals(
        List.of("CHECK_FAST x", "CHECK_FAST i", "LOAD_ATTR_FAST i.k", "BINARY_SUBSCR_FAST x"),
        rewritten("    return x[i.k]"));
    // The method form pushes x again as self: it keeps its reference.
    assertEquals(List.of("LOAD_FAST", "LOAD_ATTR"), rewritten("    return x.m()"));
    // An attribute of an attribute: only the first load reads a slot.
    assertEquals(
        List.of("CHECK_FAST x", "LOAD_ATTR_FAST x.a", "LOAD_ATTR"), rewritten("    return x.a.b"));
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
