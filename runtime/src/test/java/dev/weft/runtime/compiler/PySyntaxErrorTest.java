package dev.weft.runtime.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.runtime.compiler.PySyntaxError.Kind;
import org.junit.jupiter.api.Test;

/** Each expected output below was printed by CPython 3.11 running the same source as a file. */
class PySyntaxErrorTest {

  private static String formatFirstError(String source) {
    var tokenizer = new Tokenizer("x.py", source);
    try {
      while (tokenizer.next().kind() != TokenKind.ENDMARKER) {}
    } catch (PySyntaxError e) {
      return e.format();
    }
    throw new AssertionError("no error in " + source);
  }

  @Test
  void kindsHaveTheirPythonNames() {
    assertEquals("SyntaxError", Kind.SYNTAX_ERROR.pythonName());
    assertEquals("IndentationError", Kind.INDENTATION_ERROR.pythonName());
    assertEquals("TabError", Kind.TAB_ERROR.pythonName());
  }

  @Test
  void caretUnderTheOffendingBracket() {
    assertEquals(
        "  File \"x.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n",
        formatFirstError("x = (1,\ny = 2\n"));
  }

  @Test
  void leadingIndentationIsStrippedAndCaretFollows() {
    assertEquals(
        "  File \"x.py\", line 3\n    z = 3\n         ^\n"
            + "IndentationError: unindent does not match any outer indentation level\n",
        formatFirstError("if x:\n    y = 2\n  z = 3\n"));
  }

  @Test
  void caretLeftOfTheTextIsNotPrinted() {
    assertEquals(
        "  File \"x.py\", line 3\n    z = 3\n"
            + "TabError: inconsistent use of tabs and spaces in indentation\n",
        formatFirstError("if x:\n\ty = 2\n        z = 3\n"));
  }

  @Test
  void textWithoutNewlineGetsOne() {
    assertEquals(
        "  File \"x.py\", line 1\n    x = 'abc\n        ^\n"
            + "SyntaxError: unterminated string literal (detected at line 1)\n",
        formatFirstError("x = 'abc\n"));
  }

  @Test
  void offsetPastTheEndIsClippedToTheEnd() {
    assertEquals(
        "  File \"x.py\", line 1\n    x = 1 + \\\n             ^\n"
            + "SyntaxError: unexpected EOF while parsing\n",
        formatFirstError("x = 1 + \\"));
  }

  @Test
  void rangeIsUnderlinedWithOneCaretPerColumn() {
    var e =
        new PySyntaxError(
            Kind.SYNTAX_ERROR,
            "Missing parentheses in call to 'print'. Did you mean print(...)?",
            "x.py",
            1,
            1,
            1,
            14,
            "print 'hello'\n");
    assertEquals(
        "  File \"x.py\", line 1\n    print 'hello'\n    ^^^^^^^^^^^^^\n"
            + "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n",
        e.format());
  }

  @Test
  void multiLineErrorIsUnderlinedToTheEndOfItsFirstLine() {
    var e =
        new PySyntaxError(
            Kind.SYNTAX_ERROR,
            "cannot assign to expression here. Maybe you meant '==' instead of '='?",
            "x.py",
            2,
            3,
            3,
            4,
            "  1 +   \n");
    assertEquals(
        "  File \"x.py\", line 2\n    1 +   \n    ^^^^^^\n"
            + "SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of"
            + " '='?\n",
        e.format());
  }

  @Test
  void byteOffsetsAfterNonAsciiTextAreClippedInBytes() {
    assertEquals(
        "  File \"x.py\", line 3\n    é = 3\n          ^\n"
            + "IndentationError: unindent does not match any outer indentation level\n",
        formatFirstError("if x:\n    y = 1\n  é = 3\n"));
  }

  @Test
  void errorWithoutFileIsOnlyTheMessage() {
    assertEquals(
        "SyntaxError: encoding problem: koi9\n",
        PySyntaxError.withoutLocation("encoding problem: koi9").format());
  }

  @Test
  void relocatedKeepsKindAndMessage() {
    var e = new PySyntaxError(Kind.SYNTAX_ERROR, "m", "x.py", 1, 2, 1, 2, "abc\n");
    PySyntaxError moved = e.relocated(1, 3, 1, 4, "abc\n");
    assertEquals("m", moved.message());
    assertEquals(3, moved.offset());
    assertEquals(4, moved.endOffset());
  }
}
