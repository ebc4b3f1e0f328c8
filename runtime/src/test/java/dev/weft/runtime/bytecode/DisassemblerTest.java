package dev.weft.runtime.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.runtime.bytecode.CodeObject.Shape;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisassemblerTest {
  /**
   * Hand-assembled, standing for:
   *
   * <pre>
   * def f(a):
   *     if a is None:
   *         return g(a, 'x')
   *     try:
   *         return a.b() + -0.5
   *     except:
   *         return None
   * </pre>
   */
  private static CodeObject function() {
    Assembler a = new Assembler("f", "f", "t.py", 1);
    Label tryStart = a.newLabel();
    Label handler = a.newLabel();
    int none = a.addConstant(null);
    a.emit(Opcode.RESUME, 0, 1);
    a.emit(Opcode.LOAD_FAST, 0, 2);
    a.emitJump(Opcode.POP_JUMP_IF_NOT_NONE, tryStart, -1);
    a.emit(Opcode.LOAD_GLOBAL, a.addName("g") << 1 | 1, 3);
    a.emit(Opcode.LOAD_FAST, 0, -1);
    a.emit(Opcode.LOAD_CONST, a.addConstant("x"), -1);
    a.emit(Opcode.CALL, 2, -1);
    a.emit(Opcode.RETURN_VALUE, 0, -1);
    a.bind(tryStart);
    a.emitJump(Opcode.SETUP_FINALLY, handler, 4);
    a.emit(Opcode.NOP, 0, -1);
    a.emit(Opcode.LOAD_FAST, 0, 5);
    a.emit(Opcode.LOAD_ATTR, a.addName("b") << 1 | 1, -1);
    a.emit(Opcode.CALL, 0, -1);
    a.emit(Opcode.LOAD_CONST, a.addConstant(-0.5), -1);
    a.emit(Opcode.BINARY_OP, 0, -1);
    a.emit(Opcode.POP_BLOCK, 0, -1);
    a.emit(Opcode.RETURN_VALUE, 0, -1);
    a.bind(handler);
    a.emit(Opcode.POP_TOP, 0, 6);
    a.emit(Opcode.RETURN_CONST, none, 7);
    return a.assemble(
        new Shape(
            1,
            0,
            0,
            CodeObject.OPTIMIZED | CodeObject.NEWLOCALS,
            List.of("a"),
            List.of(),
            List.of()));
  }

  private static CodeObject module() {
    Assembler a = new Assembler("<module>", "<module>", "t.py", 1);
    a.emit(Opcode.RESUME, 0, 1);
    a.emit(Opcode.LOAD_CONST, a.addConstant(function()), -1);
    a.emit(Opcode.MAKE_FUNCTION, 0, -1);
    a.emit(Opcode.STORE_NAME, a.addName("f"), -1);
    a.emit(Opcode.RETURN_CONST, a.addConstant(null), -1);
    return a.assemble(new Shape(0, 0, 0, 0, List.of(), List.of(), List.of()));
  }

  @Test
  void smallModuleDisassemblesLikeDis() {
    String expected =
        """
        Disassembly of <code object <module>, file "t.py", line 1>:
          1           0 RESUME                   0
                      1 LOAD_CONST               0 (<code object f, file "t.py", line 1>)
                      2 MAKE_FUNCTION            0
                      3 STORE_NAME               0 (f)
                      4 RETURN_CONST             1 (None)

        Disassembly of <code object f, file "t.py", line 1>:
          1           0 RESUME                   0

          2           1 LOAD_FAST                0 (a)
                      2 POP_JUMP_IF_NOT_NONE    12 (to 15)

          3           3 LOAD_GLOBAL              1 (NULL + g)
                      8 LOAD_FAST                0 (a)
                      9 LOAD_CONST               1 ('x')
                     10 CALL                     2
                     14 RETURN_VALUE

          4     >>   15 NOP

          5          16 LOAD_FAST                0 (a)
                     17 LOAD_ATTR                3 (NULL|self + b)
                     27 CALL                     0
                     31 LOAD_CONST               2 (-0.5)
                     32 BINARY_OP                0 (+)
                     34 RETURN_VALUE

          6     >>   35 POP_TOP

          7          36 RETURN_CONST             0 (None)
        ExceptionTable:
          15 to 33 -> 35 [0]
        """;
    assertEquals(expected, Disassembler.disassemble(module()));
  }

  @Test
  void flagsAndIntrinsicsAreSpelledOut() {
    Assembler a = new Assembler("g", "g", "t.py", 1);
    int one = a.addConstant(1L);
    a.emit(Opcode.LOAD_CONST, a.addConstant(List.of(1L)), 1);
    a.emit(Opcode.LOAD_CONST, one, -1);
    a.emit(Opcode.LOAD_CONST, one, -1);
    a.emit(Opcode.MAKE_FUNCTION, 0x09, -1);
    a.emit(Opcode.LOAD_CONST, one, -1);
    a.emit(Opcode.FORMAT_VALUE, 0x04 | 2, -1);
    a.emit(Opcode.CALL_INTRINSIC_1, 5, -1);
    a.emit(Opcode.LOAD_CONST, one, -1);
    a.emit(Opcode.COMPARE_OP, 3, -1);
    a.emit(Opcode.LOAD_CONST, one, -1);
    a.emit(Opcode.BINARY_OP, 21, -1);
    a.emit(Opcode.RETURN_VALUE, 0, -1);
    String text =
        Disassembler.disassemble(
            a.assemble(new Shape(0, 0, 0, 0, List.of(), List.of(), List.of())));
    String expected =
        """
        Disassembly of <code object g, file "t.py", line 1>:
          1           0 LOAD_CONST               1 ((1,))
                      1 LOAD_CONST               0 (1)
                      2 LOAD_CONST               0 (1)
                      3 MAKE_FUNCTION            9 (defaults, closure)
                      4 LOAD_CONST               0 (1)
                      5 FORMAT_VALUE             6 (repr, with format)
                      6 CALL_INTRINSIC_1         5 (INTRINSIC_UNARY_POSITIVE)
                      7 LOAD_CONST               0 (1)
                      8 COMPARE_OP               3 (!=)
                     10 LOAD_CONST               0 (1)
                     11 BINARY_OP               21 (**=)
                     13 RETURN_VALUE
        """;
    assertEquals(expected, text);
  }

  @Test
  void constantsUsePythonRepr() {
    assertEquals("'abc'", Disassembler.repr("abc"));
    assertEquals("\"it's\"", Disassembler.repr("it's"));
    assertEquals("'both \\' and \"'", Disassembler.repr("both ' and \""));
    assertEquals("'a\\nb\\t\\\\\\x00\\u200b\u00e9'", Disassembler.repr("a\nb\t\\\0\u200b\u00e9"));
    assertEquals("b'a\\x00\\xff\"'", Disassembler.repr(new byte[] {'a', 0, (byte) 0xFF, '"'}));
    assertEquals("True", Disassembler.repr(true));
    assertEquals("None", Disassembler.repr(null));
    assertEquals("-0.0", Disassembler.repr(-0.0));
    assertEquals(
        "123456789012345678901234567890",
        Disassembler.repr(new BigInteger("123456789012345678901234567890")));
    assertEquals("()", Disassembler.repr(List.of()));
    assertEquals("('a', 2)", Disassembler.repr(List.of("a", 2L)));
  }
}
