package dev.weft.runtime.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.compiler.StringLiteral.FStringPart;
import dev.weft.runtime.compiler.StringLiteral.Field;
import dev.weft.runtime.compiler.StringLiteral.Literal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StringLiteralTest {

  /** Decodes the first STRING token of a one-statement source. */
  private static StringLiteral decode(String source) throws PySyntaxError {
    var tokenizer = new Tokenizer("s.py", source);
    Token token = tokenizer.next();
    while (token.kind() != TokenKind.STRING) {
      token = tokenizer.next();
    }
    return StringLiteral.decode(token, tokenizer);
  }

  private static String str(String source) throws PySyntaxError {
    StringLiteral literal = decode(source);
    assertEquals(StringLiteral.Kind.STR, literal.kind());
    return (String) literal.value();
  }

  private static PySyntaxError error(String source) {
    return assertThrows(PySyntaxError.class, () -> decode(source));
  }

  private static List<FStringPart> parts(String source) throws PySyntaxError {
    StringLiteral literal = decode(source);
    assertEquals(StringLiteral.Kind.FSTRING, literal.kind());
    return literal.parts();
  }

  @Test
  void simpleEscapesDecode() throws PySyntaxError {
    assertEquals("a\nb\tc\\d'e\"f\007\b\f\013\r", str("'a\\nb\\tc\\\\d\\'e\\\"f\\a\\b\\f\\v\\r'"));
  }

  @Test
  void octalHexAndUnicodeEscapesDecode() throws PySyntaxError {
    assertEquals("A\0\u01ff", str("'\\101\\0\\777'"));
    assertEquals("\u00ff\u20ac\uD83D\uDE00", str("'\\xff\\u20ac\\U0001F600'"));
  }

  @Test
  void namedEscapesUseUnicodeNames() throws PySyntaxError {
    assertEquals("€a", str("'\\N{EURO SIGN}\\N{latin small letter a}'"));
    assertEquals(
        "\u6574\uf900",
        str("'\\N{CJK UNIFIED IDEOGRAPH-6574}\\N{CJK COMPATIBILITY IDEOGRAPH-F900}'"));
  }

  @Test
  void backslashNewlineContinuesTheString() throws PySyntaxError {
    assertEquals("ab", str("'a\\\nb'"));
  }

  @Test
  void unknownEscapesKeepTheBackslash() throws PySyntaxError {
    assertEquals("\\d\\é", str("'\\d\\é'"));
  }

  @Test
  void rawStringsKeepEscapes() throws PySyntaxError {
    assertEquals("\\n\\x", str("r'\\n\\x'"));
  }

  @Test
  void tripleQuotedStringsKeepNewlinesAndQuotes() throws PySyntaxError {
    assertEquals("a\n\"b\"", str("'''a\n\"b\"'''"));
    assertEquals("", str("''"));
  }

  @Test
  void unicodePrefixIsRecorded() throws PySyntaxError {
    assertTrue(decode("U'x'").unicodePrefix());
  }

  @Test
  void bytesDecodeEscapesToBytes() throws PySyntaxError {
    StringLiteral literal = decode("b'a\\x00\\xff\\n\\777\\q'");
    assertEquals(StringLiteral.Kind.BYTES, literal.kind());
    assertArrayEquals(
        new byte[] {'a', 0, (byte) 0xff, '\n', (byte) 0xff, '\\', 'q'}, (byte[]) literal.value());
    assertArrayEquals(new byte[] {'\\', 'x'}, (byte[]) decode("Rb'\\x'").value());
  }

  @Test
  void bytesMustBeAscii() {
    PySyntaxError e = error("x = b'é'\n");
    assertEquals("bytes can only contain ASCII literal characters", e.message());
    assertEquals(5, e.offset());
    assertEquals(10, e.endOffset());
  }

  @Test
  void truncatedEscapesReportCPythonPositions() {
    PySyntaxError e = error("x = 'a\\xq'\n");
    assertEquals(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position 1-2: truncated"
            + " \\xXX escape",
        e.message());
    assertEquals(11, e.offset());
    assertTrue(error("x = '\\u12'\n").message().endsWith("position 0-3: truncated \\uXXXX escape"));
    assertTrue(error("x = 'é\\x'\n").message().contains("position 10-11"));
    assertTrue(error("x = '\\U00110000'\n").message().endsWith("0-9: illegal Unicode character"));
  }

  @Test
  void badNamedEscapesReportCPythonPositions() {
    assertTrue(error("x = '\\N'\n").message().endsWith("0-1: malformed \\N character escape"));
    assertTrue(error("x = '\\N{'\n").message().endsWith("0-2: malformed \\N character escape"));
    assertTrue(
        error("x = '\\N{BOGUS}'\n").message().endsWith("0-8: unknown Unicode character name"));
  }

  @Test
  void badBytesHexEscapeIsAValueError() {
    assertEquals("(value error) invalid \\x escape at position 0", error("b'\\x1'\n").message());
  }

  @Test
  void emptyFormatSpecIsKeptApartFromNoSpec() throws PySyntaxError {
    assertEquals(List.of(), ((Field) parts("x = f'{b:}'\n").get(0)).formatSpec());
    assertEquals(null, ((Field) parts("x = f'{b}'\n").get(0)).formatSpec());
  }

  @Test
  void fstringSplitsIntoLiteralsAndFields() throws PySyntaxError {
    List<FStringPart> parts = parts("x = f'a{b}c'\n");
    assertEquals(new Literal("a"), parts.get(0));
    assertEquals(new Field("b", 1, 8, null, (char) 0, null), parts.get(1));
    assertEquals(new Literal("c"), parts.get(2));
  }

  @Test
  void doubledBracesAreLiteralBraces() throws PySyntaxError {
    assertEquals(List.of(new Literal("{a}\n")), parts("f'{{a}}\\n'"));
  }

  @Test
  void conversionAndFormatSpecWithNestedField() throws PySyntaxError {
    Field field = (Field) parts("f'{x!r:>{width}}'").get(0);
    assertEquals('r', field.conversion());
    assertEquals(new Literal(">"), field.formatSpec().get(0));
    assertEquals("width", ((Field) field.formatSpec().get(1)).expression());
  }

  @Test
  void debugFieldKeepsItsTextAndDefaultsToRepr() throws PySyntaxError {
    Field field = (Field) parts("f'{x = }'").get(0);
    assertEquals("x = ", field.debugText());
    assertEquals("x ", field.expression());
    assertEquals('r', field.conversion());
    Field formatted = (Field) parts("f'{x=:>4}'").get(0);
    assertEquals(0, formatted.conversion());
  }

  @Test
  void comparisonOperatorsStayInTheExpression() throws PySyntaxError {
    assertEquals("a!=b", ((Field) parts("f'{a!=b}'").get(0)).expression());
    assertEquals("a<b>=c==d", ((Field) parts("f'{a<b>=c==d}'").get(0)).expression());
  }

  @Test
  void colonInsideBracketsDoesNotStartTheSpec() throws PySyntaxError {
    Field field = (Field) parts("f'{d[\"a:b\"]:x}'").get(0);
    assertEquals("d[\"a:b\"]", field.expression());
    assertEquals(List.of(new Literal("x")), field.formatSpec());
  }

  @Test
  void lambdaColonStartsTheSpecAsInPython311() throws PySyntaxError {
    Field field = (Field) parts("f'{lambda x:1}'").get(0);
    assertEquals("lambda x", field.expression());
  }

  @Test
  void fieldPositionsFollowLinesOfTripleQuotedStrings() throws PySyntaxError {
    Field field = (Field) parts("x = f'''a\n  {y}'''\n").get(1);
    assertEquals(2, field.line());
    assertEquals(3, field.column());
  }

  @Test
  void rawFstringLiteralsKeepBackslashes() throws PySyntaxError {
    assertEquals(new Literal("\\n"), parts("rf'\\n{x}'").get(0));
  }

  @Test
  void fstringErrorsUseCPythonWording() {
    assertEquals("f-string: empty expression not allowed", error("f'{}'\n").message());
    assertEquals("f-string: empty expression not allowed", error("f'{ }'\n").message());
    assertEquals("f-string: expecting '}'", error("f'{a'\n").message());
    assertEquals("f-string: single '}' is not allowed", error("f'}'\n").message());
    assertEquals(
        "f-string expression part cannot include a backslash", error("f'{\\n}'\n").message());
    assertEquals("f-string expression part cannot include '#'", error("f'{#}'\n").message());
    assertEquals(
        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
        error("f'{a!x}'\n").message());
    assertEquals("f-string: expression required before '!'", error("f'{!r}'\n").message());
    assertEquals("f-string: unmatched ')'", error("f'{a)}'\n").message());
    assertEquals(
        "f-string: closing parenthesis '}' does not match opening parenthesis '('",
        error("f'{(}'\n").message());
    assertEquals("f-string: expressions nested too deeply", error("f'{a:{b:{c}}}'\n").message());
  }

  @Test
  void fstringErrorIsPlacedAfterTheToken() {
    PySyntaxError e = error("x = f'{a'\n");
    assertEquals(1, e.line());
    assertEquals(10, e.offset());
    assertEquals(10, e.endOffset());
  }

  @Test
  void decodeWithoutTokenizerHasNoText() throws PySyntaxError {
    var token = new Token(TokenKind.STRING, "'\\x'", 1, 0, 1, 4);
    PySyntaxError e = assertThrows(PySyntaxError.class, () -> StringLiteral.decode(token, "s.py"));
    assertNull(e.text());
    assertEquals("s.py", e.filename());
  }
}
