package dev.weft.runtime.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private static List<Token> tokens(String source) throws PySyntaxError {
    var tokenizer = new Tokenizer("t.py", source);
    var out = new ArrayList<Token>();
    Token token;
    do {
      token = tokenizer.next();
      out.add(token);
    } while (token.kind() != TokenKind.ENDMARKER);
    return out;
  }

  /** Tokens as "KIND:text" with NEWLINE, INDENT, DEDENT, ENDMARKER shown by kind only. */
  private static String shape(String source) throws PySyntaxError {
    var parts = new ArrayList<String>();
    for (Token t : tokens(source)) {
      parts.add(
          switch (t.kind()) {
            case NEWLINE, INDENT, DEDENT, ENDMARKER -> t.kind().name();
            default -> t.kind().name() + ":" + t.text();
          });
    }
    return String.join(" ", parts);
  }

  private static PySyntaxError error(String source) {
    return assertThrows(PySyntaxError.class, () -> tokens(source));
  }

  @Test
  void simpleStatementEndsWithNewlineAndEndmarker() throws PySyntaxError {
    assertEquals("NAME:x OP:= NUMBER:1 NEWLINE ENDMARKER", shape("x = 1\n"));
  }

  @Test
  void missingFinalNewlineIsSupplied() throws PySyntaxError {
    List<Token> ts = tokens("x = 1");
    assertEquals(new Token(TokenKind.NEWLINE, "", 1, 5, 1, 6), ts.get(3));
    assertEquals(new Token(TokenKind.ENDMARKER, "", 2, 0, 2, 0), ts.get(4));
  }

  @Test
  void emptySourceIsJustEndmarker() throws PySyntaxError {
    assertEquals("ENDMARKER", shape(""));
  }

  @Test
  void positionsAreLinesFromOneAndColumnsFromZeroWithExclusiveEnd() throws PySyntaxError {
    List<Token> ts = tokens("a = 'x'\nbb\n");
    assertEquals(new Token(TokenKind.NAME, "a", 1, 0, 1, 1), ts.get(0));
    assertEquals(new Token(TokenKind.STRING, "'x'", 1, 4, 1, 7), ts.get(2));
    assertEquals(new Token(TokenKind.NEWLINE, "\n", 1, 7, 1, 8), ts.get(3));
    assertEquals(new Token(TokenKind.NAME, "bb", 2, 0, 2, 2), ts.get(4));
  }

  @Test
  void indentAndDedentFollowBlocks() throws PySyntaxError {
    String src = "if x:\n    y\n    if z:\n        w\nv\n";
    assertEquals(
        "NAME:if NAME:x OP:: NEWLINE INDENT NAME:y NEWLINE NAME:if NAME:z OP:: NEWLINE INDENT"
            + " NAME:w NEWLINE DEDENT DEDENT NAME:v NEWLINE ENDMARKER",
        shape(src));
    Token indent = tokens(src).get(4);
    assertEquals(new Token(TokenKind.INDENT, "    ", 2, 0, 2, 4), indent);
  }

  @Test
  void closingDedentsComeBeforeEndmarker() throws PySyntaxError {
    assertEquals(
        "NAME:if NAME:x OP:: NEWLINE INDENT NAME:y NEWLINE DEDENT ENDMARKER", shape("if x:\n  y"));
  }

  @Test
  void blankAndCommentLinesProduceNoTokens() throws PySyntaxError {
    assertEquals(
        "NAME:x NEWLINE NAME:y NEWLINE ENDMARKER", shape("x  # c\n\n   \n# only\n\t# t\ny\n"));
  }

  @Test
  void newlinesInsideBracketsAreIgnored() throws PySyntaxError {
    assertEquals(
        "NAME:f OP:( NUMBER:1 OP:, NUMBER:2 OP:) NEWLINE ENDMARKER", shape("f(1,\n      2)\n"));
  }

  @Test
  void backslashJoinsLines() throws PySyntaxError {
    List<Token> ts = tokens("x = 1 + \\\n    2\n");
    assertEquals("2", ts.get(4).text());
    assertEquals(2, ts.get(4).line());
  }

  @Test
  void crlfAndCrAreNewlines() throws PySyntaxError {
    assertEquals("NAME:a NEWLINE NAME:b NEWLINE NAME:c NEWLINE ENDMARKER", shape("a\r\nb\rc\n"));
  }

  @Test
  void tabsAdvanceToMultiplesOfEight() throws PySyntaxError {
    // A tab and eight spaces are the same column, and both measures agree on the order.
    assertEquals(
        "NAME:if NAME:x OP:: NEWLINE INDENT NAME:y NEWLINE NAME:z NEWLINE DEDENT ENDMARKER",
        shape("if x:\n\t  y\n\t  z\n"));
  }

  @Test
  void formFeedResetsIndentation() throws PySyntaxError {
    assertEquals("NAME:x NEWLINE NAME:y NEWLINE ENDMARKER", shape("x\n  \fy\n"));
  }

  @Test
  void everyOperatorIsOneToken() throws PySyntaxError {
    String ops =
        "( ) [ ] { } , : ; . ... @ = -> += -= *= /= //= %= @= &= |= ^= >>= <<= **= + - * / // % **"
            + " << >> & | ^ ~ < > <= >= == != :=";
    var texts = new ArrayList<String>();
    for (Token t : tokens(ops)) {
      if (t.kind() == TokenKind.OP) {
        texts.add(t.text());
      }
    }
    assertEquals(ops, String.join(" ", texts));
  }

  @Test
  void unknownAsciiCharactersAreOneCharacterOpsForTheParser() throws PySyntaxError {
    assertEquals("NAME:x OP:$ OP:? OP:! NEWLINE ENDMARKER", shape("x $?!\n"));
  }

  @Test
  void numbersKeepTheirText() throws PySyntaxError {
    assertEquals(
        "NUMBER:0x_ff NUMBER:1_000.5e-3j NUMBER:.5 NUMBER:1. NUMBER:0o17 NUMBER:0b1 NUMBER:00"
            + " NUMBER:0e1 NUMBER:09.5 NUMBER:1e+5J NEWLINE ENDMARKER",
        shape("0x_ff 1_000.5e-3j .5 1. 0o17 0b1 00 0e1 09.5 1e+5J\n"));
  }

  @Test
  void numberBeforeKeywordIsAllowedAsInCPython() throws PySyntaxError {
    assertEquals(
        "NUMBER:1 NAME:if NAME:x NAME:else NUMBER:2 NEWLINE ENDMARKER", shape("1if x else 2\n"));
    assertEquals("NUMBER:0x1f NAME:or NEWLINE ENDMARKER", shape("0x1for\n"));
  }

  @Test
  void stringsIncludePrefixAndQuotesAndStaySeparate() throws PySyntaxError {
    assertEquals(
        "STRING:rb'a' STRING:f\"b\" STRING:'''c\nd''' STRING:U\"x\" NAME:bx NEWLINE ENDMARKER",
        shape("rb'a' f\"b\" '''c\nd''' U\"x\" bx\n"));
  }

  @Test
  void multiLineStringEndsOnItsLastLine() throws PySyntaxError {
    Token s = tokens("x = '''a\nbc'''\n").get(2);
    assertEquals(new Token(TokenKind.STRING, "'''a\nbc'''", 1, 4, 2, 5), s);
  }

  @Test
  void escapedQuoteDoesNotEndString() throws PySyntaxError {
    assertEquals("STRING:'a\\'b' NEWLINE ENDMARKER", shape("'a\\'b'\n"));
  }

  @Test
  void unicodeIdentifiersAreNames() throws PySyntaxError {
    assertEquals(
        "NAME:héllo NAME:a\u0300 NAME:_x1 NEWLINE ENDMARKER", shape("héllo a\u0300 _x1\n"));
  }

  @Test
  void unterminatedStringPointsAtItsStart() {
    PySyntaxError e = error("x = 'abc\ny = 1\n");
    assertEquals("unterminated string literal (detected at line 1)", e.message());
    assertEquals(1, e.line());
    assertEquals(5, e.offset());
    assertEquals("x = 'abc", e.text());
  }

  @Test
  void unterminatedTripleQuotedStringNamesTheLastLine() {
    PySyntaxError e = error("x = '''abc\ny = 1\n\n");
    assertEquals("unterminated triple-quoted string literal (detected at line 3)", e.message());
    assertEquals(1, e.line());
    assertEquals(5, e.offset());
  }

  @Test
  void unclosedBracketIsReportedAtEndOfInputAtTheBracket() {
    PySyntaxError e = error("x = (1,\ny = 2\n");
    assertEquals("'(' was never closed", e.message());
    assertEquals(1, e.line());
    assertEquals(5, e.offset());
    assertEquals(0, e.endOffset());
    assertEquals("x = (1,\n", e.text());
  }

  @Test
  void unmatchedAndMismatchedClosingBrackets() {
    PySyntaxError unmatched = error("x = 1)\n");
    assertEquals("unmatched ')'", unmatched.message());
    assertEquals(6, unmatched.offset());
    PySyntaxError sameLine = error("x = (1]\n");
    assertEquals(
        "closing parenthesis ']' does not match opening parenthesis '('", sameLine.message());
    assertEquals(7, sameLine.offset());
    PySyntaxError otherLine = error("x = (1,\n2]\n");
    assertEquals(
        "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
        otherLine.message());
    assertEquals(2, otherLine.line());
    assertEquals(2, otherLine.offset());
  }

  @Test
  void inconsistentDedentIsIndentationError() {
    PySyntaxError e = error("if x:\n    y = 2\n  z = 3\n");
    assertEquals(PySyntaxError.Kind.INDENTATION_ERROR, e.kind());
    assertEquals("unindent does not match any outer indentation level", e.message());
    assertEquals(3, e.line());
    assertEquals(8, e.offset());
  }

  @Test
  void ambiguousTabsAreTabError() {
    PySyntaxError e = error("if x:\n\ty = 2\n        z = 3\n");
    assertEquals(PySyntaxError.Kind.TAB_ERROR, e.kind());
    assertEquals("inconsistent use of tabs and spaces in indentation", e.message());
    assertEquals(3, e.line());
    assertEquals(1, e.offset());
    assertEquals(PySyntaxError.Kind.TAB_ERROR, error("if x:\n  \ty\n        z\n").kind());
  }

  @Test
  void unexpectedIndentIsLeftToTheParserAsAnIndentToken() throws PySyntaxError {
    List<Token> ts = tokens("x = 1\n  y = 2\n");
    assertEquals(new Token(TokenKind.INDENT, "  ", 2, 0, 2, 2), ts.get(4));
  }

  @Test
  void invalidNumberLiteralsUseCPythonWordingAndOffsets() {
    assertNumberError("x = 1_\n", "invalid decimal literal", 6);
    assertNumberError("x = 1__0\n", "invalid decimal literal", 6);
    assertNumberError("x = 1x\n", "invalid decimal literal", 5);
    assertNumberError("x = 1e\n", "invalid decimal literal", 5);
    assertNumberError("x = 1.5jx\n", "invalid imaginary literal", 8);
    assertNumberError("x = 0x\n", "invalid hexadecimal literal", 6);
    assertNumberError("x = 0o\n", "invalid octal literal", 6);
    assertNumberError("x = 0b\n", "invalid binary literal", 6);
    assertNumberError("x = 0o8\n", "invalid digit '8' in octal literal", 7);
    assertNumberError("x = 0b2\n", "invalid digit '2' in binary literal", 7);
    assertNumberError("x = 0b1_\n", "invalid binary literal", 8);
  }

  private static void assertNumberError(String source, String message, int offset) {
    PySyntaxError e = error(source);
    assertEquals(message, e.message(), source);
    assertEquals(offset, e.offset(), source);
    assertEquals(offset, e.endOffset(), source);
  }

  @Test
  void leadingZerosAreRejectedWithARange() {
    PySyntaxError e = error("x = 012\n");
    assertEquals(
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal"
            + " integers",
        e.message());
    assertEquals(5, e.offset());
    assertEquals(6, e.endOffset());
    assertEquals(7, error("x = 0_7\n").endOffset());
  }

  @Test
  void invalidCharactersAreNamedWithTheirCodePoint() {
    PySyntaxError euro = error("x = 1 € 2\n");
    assertEquals("invalid character '€' (U+20AC)", euro.message());
    assertEquals(7, euro.offset());
    assertEquals(6, error("x = a€b\n").offset());
    PySyntaxError nbsp = error("x = 1\u00a0+ 2\n");
    assertEquals("invalid non-printable character U+00A0", nbsp.message());
    assertEquals(6, nbsp.offset());
  }

  @Test
  void lineContinuationErrors() {
    PySyntaxError after = error("x = 1 \\ 2\n");
    assertEquals("unexpected character after line continuation character", after.message());
    assertEquals(8, after.offset());
    PySyntaxError eof = error("x = 1 + \\");
    assertEquals("unexpected EOF while parsing", eof.message());
    assertEquals(10, eof.offset());
    assertEquals("unexpected EOF while parsing", error("x = 1 + \\\n").message());
  }

  @Test
  void nestingIsLimitedToTwoHundredBrackets() throws PySyntaxError {
    tokens("x = " + "(".repeat(200) + ")".repeat(200) + "\n");
    PySyntaxError e = error("x = " + "(".repeat(201) + ")".repeat(201) + "\n");
    assertEquals("too many nested parentheses", e.message());
    assertEquals(205, e.offset());
  }

  @Test
  void nullCharacterIsRejectedWhenItsLineIsReached() throws PySyntaxError {
    var tokenizer = new Tokenizer("t.py", "x = 1\ny = 2\0\n");
    for (int i = 0; i < 4; i++) {
      tokenizer.next();
    }
    PySyntaxError e = assertThrows(PySyntaxError.class, tokenizer::next);
    assertEquals("source code cannot contain null bytes", e.message());
    assertEquals(2, e.line());
  }

  @Test
  void errorsAreRaisedOnlyWhenReached() throws PySyntaxError {
    var tokenizer = new Tokenizer("t.py", "x = 1\ny = 'oops\n");
    assertEquals("x", tokenizer.next().text());
    assertEquals("=", tokenizer.next().text());
    assertEquals("1", tokenizer.next().text());
    assertEquals(TokenKind.NEWLINE, tokenizer.next().kind());
    assertEquals("y", tokenizer.next().text());
    assertEquals("=", tokenizer.next().text());
    assertThrows(PySyntaxError.class, tokenizer::next);
  }

  @Test
  void endmarkerRepeatsAfterTheEnd() throws PySyntaxError {
    var tokenizer = new Tokenizer("t.py", "");
    assertEquals(TokenKind.ENDMARKER, tokenizer.next().kind());
    assertEquals(TokenKind.ENDMARKER, tokenizer.next().kind());
  }

  @Test
  void sourceLineGivesALineWithoutItsNewline() {
    var tokenizer = new Tokenizer("t.py", "a\r\nbc\n");
    assertEquals("bc", tokenizer.sourceLine(2));
    assertEquals("", tokenizer.sourceLine(9));
  }

  @Test
  void decodeReadsUtf8WithOrWithoutBom() throws PySyntaxError {
    byte[] plain = "x = 'é'\n".getBytes(StandardCharsets.UTF_8);
    assertEquals("x = 'é'\n", Tokenizer.decode(plain, "t.py"));
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xef;
    bom[1] = (byte) 0xbb;
    bom[2] = (byte) 0xbf;
    System.arraycopy(plain, 0, bom, 3, plain.length);
    assertEquals("x = 'é'\n", Tokenizer.decode(bom, "t.py"));
  }

  @Test
  void decodeHonoursLatin1DeclarationOnFirstOrSecondLine() throws PySyntaxError {
    byte[] first =
        "# -*- coding: latin-1 -*-\nx = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("# -*- coding: latin-1 -*-\nx = 'é'\n", Tokenizer.decode(first, "t.py"));
    byte[] second =
        "#!/usr/bin/python\n# vim: set fileencoding=iso8859_1 :\nx = '\u00e9'\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertTrue(Tokenizer.decode(second, "t.py").endsWith("x = 'é'\n"));
  }

  @Test
  void declarationAfterCodeIsIgnored() {
    byte[] bytes = "x = 1\n# coding: latin-1\ny = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
    PySyntaxError e = assertThrows(PySyntaxError.class, () -> Tokenizer.decode(bytes, "f.py"));
    assertEquals(
        "Non-UTF-8 code starting with '\\xe9' in file f.py on line 3, but no encoding declared;"
            + " see https://peps.python.org/pep-0263/ for details",
        e.message());
    assertEquals("SyntaxError: " + e.message() + "\n", e.format());
  }

  @Test
  void unknownEncodingAndBomConflictAreEncodingProblems() {
    byte[] koi = "# coding: koi9\n".getBytes(StandardCharsets.US_ASCII);
    assertEquals(
        "encoding problem: koi9",
        assertThrows(PySyntaxError.class, () -> Tokenizer.decode(koi, "f.py")).message());
    byte[] latin = "\u00ef\u00bb\u00bf# coding: latin-1\n".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(
        "encoding problem: iso-8859-1 with BOM",
        assertThrows(PySyntaxError.class, () -> Tokenizer.decode(latin, "f.py")).message());
  }

  @Test
  void randomGarbageOnlyEverRaisesSyntaxErrors() {
    var random = new Random(20250611L);
    String alphabet = "abc_019xXoOjJeE.()[]{}'\"\\#\n\t \f\r:=+-*/%<>!@$?;,~^&|€é\u00a0\u0300😀";
    for (int round = 0; round < 20_000; round++) {
      var source = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        source.appendCodePoint(
            alphabet.codePointAt(
                alphabet.offsetByCodePoints(
                    0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      var tokenizer = new Tokenizer("fuzz.py", source.toString());
      try {
        for (int steps = 0; tokenizer.next().kind() != TokenKind.ENDMARKER; steps++) {
          if (steps > 10 * length + 10) {
            throw new AssertionError("no end for " + source);
          }
        }
      } catch (PySyntaxError expected) {
        assertEquals(expected.format(), expected.format());
      }
    }
  }

  @Test
  void randomBytesDecodeOrRaiseSyntaxError() {
    var random = new Random(7);
    for (int round = 0; round < 2_000; round++) {
      byte[] bytes = new byte[random.nextInt(30)];
      random.nextBytes(bytes);
      try {
        Tokenizer.decode(bytes, "fuzz.py");
      } catch (PySyntaxError expected) {
        assertEquals(PySyntaxError.Kind.SYNTAX_ERROR, expected.kind());
      }
    }
  }
}
