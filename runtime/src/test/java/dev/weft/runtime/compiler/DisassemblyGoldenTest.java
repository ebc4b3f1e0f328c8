package dev.weft.runtime.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.runtime.bytecode.Disassembler;
import org.junit.jupiter.api.Test;

/**
 * The disassembly of a handful of functions (closures, a class using zero-argument super, nested
 * with/for/try/except/finally, a generator delegating to a generator expression) stays as reviewed
 * in {@code dis/functions.dis}. The golden file is Weft's own output, checked by hand against
 * CPython 3.11's layout when it was made; after an intended change to code generation, regenerate
 * it with {@code ./weft dis runtime/src/test/resources/dis/functions.py} (file name shortened to
 * {@code functions.py}) and review the diff.
 */
class DisassemblyGoldenTest {

  @Test
  void functionsDisassembleAsReviewed() throws Exception {
    String source = SyntaxErrorTableTest.resource("dis/functions.py");
    String expected = SyntaxErrorTableTest.resource("dis/functions.dis");
    assertEquals(expected, Disassembler.disassemble(CodeGenerator.compile("functions.py", source)));
  }
}
