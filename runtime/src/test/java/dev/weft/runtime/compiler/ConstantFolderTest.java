package dev.weft.runtime.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstantFolderTest {

  private static Object fold(String expression) throws PySyntaxError {
    Ast.Stmt stmt = Parser.parse("t.py", expression + "\n").body().getFirst();
    return ConstantFolder.fold(((Ast.ExprStmt) stmt).value());
  }

  @Test
  void foldsArithmeticOnIntsWithPythonsFloorSemantics() throws PySyntaxError {
    assertEquals(6L, fold("2 * 3"));
    assertEquals(-4L, fold("-7 // 2"));
    assertEquals(1L, fold("-7 % 2"));
    assertEquals(1024L, fold("1 << 10"));
    assertEquals(-6L, fold("~5"));
    assertEquals(new BigInteger("18446744073709551616"), fold("2 ** 64"));
    assertEquals(Long.MIN_VALUE, fold("-9223372036854775808"));
  }

  @Test
  void foldsFloatsStringsAndTuples() throws PySyntaxError {
    assertEquals(3.5, fold("1.5 + 2"));
    assertEquals("abab", fold("'ab' * 2"));
    assertEquals("xy", fold("'x' + 'y'"));
    assertEquals(
        new TupleConstant(List.of(1L, -2L, new TupleConstant(List.of("a")))),
        fold("(1, -2, ('a',))"));
  }

  @Test
  void listsOfConstantsThatAreOnlyIteratedBecomeTuples() throws PySyntaxError {
    String dis =
        dev.weft.runtime.bytecode.Disassembler.disassemble(
            CodeGenerator.compile("t.py", "for x in [1, 2]:\n    y = x in [3, 4]\n"));
    assertEquals(true, dis.contains("((1, 2))") && dis.contains("((3, 4))"), dis);
    assertEquals(false, dis.contains("BUILD_LIST"), dis);
  }

  @Test
  void leavesAloneWhatMustHappenAtRunTime() throws PySyntaxError {
    assertNull(fold("1 / 0"), "division by zero raises at run time");
    assertNull(fold("1 // 0"));
    assertNull(fold("2.0 ** 0.5"), "float pow is the C library's");
    assertNull(fold("2 ** 200"), "larger than CPython's 128-bit limit");
    assertNull(fold("'a' * 5000"), "longer than CPython's 4096-character limit");
    assertNull(fold("-True"));
    assertEquals(0.5, fold("1 / 2"));
    assertNull(
        fold("(2 ** 60) / 3"), "past 2**53 the runtime's correctly rounded division decides");
    assertNull(fold("(1, x)"));
  }
}
