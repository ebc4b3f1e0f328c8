package dev.weft.runtime.compiler;

import dev.weft.runtime.compiler.PySyntaxError.Kind;
import java.util.ArrayDeque;

/**
 * Python 3.11 tokenizer, a port of the decisions in CPython's {@code Parser/tokenizer.c}.
 *
 * <p>Tokens are produced lazily, one {@link #next()} at a time, so an error far below is raised
 * only when the parser gets there, in the same order as CPython. Newlines are normalized ({@code
 * \r\n} and {@code \r} become {@code \n}) before tokenizing, as CPython's universal-newline reading
 * does; a source whose last line lacks a newline is tokenized as if it had one.
 *
 * <p>Indentation follows CPython: a tab advances the column to the next multiple of 8, a form feed
 * resets it, and every indentation level is also measured with tabs of size 1; the two measures
 * must order lines the same way, otherwise the indentation is ambiguous and TabError is raised.
 * Lines that are blank or hold only a comment, and newlines inside brackets, produce no tokens.
 *
 * <p>Anything ASCII the grammar does not know ({@code $ ? ! `}) becomes a one-character OP, as
 * {@code PyToken_OneChar} does, so the parser reports "invalid syntax" where CPython does.
 */
public final class Tokenizer {

  private static final int EOF = -1;
  private static final int TAB_SIZE = 8;

  /** CPython's MAXLEVEL: the bracket nesting limit. */
  private static final int MAX_BRACKET_DEPTH = 200;

  /** CPython's MAXINDENT. */
  private static final int MAX_INDENT = 100;

  private static final String[] THREE_CHAR_OPS = {"**=", "//=", ">>=", "<<=", "..."};
  private static final String[] TWO_CHAR_OPS = {
    "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "<>", "==", ">=",
    ">>", "@=", "^=", "|="
  };

  private final String filename;
  private final String src;
  private final int[] lineStarts;

  /** The line holding the first NUL character, 0 if none. */
  private final int nulLine;

  private int pos;
  private boolean atLineStart = true;
  private boolean lineHasTokens;
  private boolean finished;

  private final int[] indents = new int[MAX_INDENT + 1];
  private final int[] altIndents = new int[MAX_INDENT + 1];
  private int indentLevel;

  private final char[] brackets = new char[MAX_BRACKET_DEPTH];
  private final int[] bracketLines = new int[MAX_BRACKET_DEPTH];
  private final int[] bracketColumns = new int[MAX_BRACKET_DEPTH];
  private int bracketDepth;

  private final ArrayDeque<Token> pending = new ArrayDeque<>();
  private Token endMarker;

  public Tokenizer(String filename, String source) {
    this.filename = filename;
    this.src = source.replace("\r\n", "\n").replace('\r', '\n');
    int lines = 1;
    for (int i = 0; i < src.length(); i++) {
      if (src.charAt(i) == '\n') {
        lines++;
      }
    }
    lineStarts = new int[lines];
    for (int i = 0, line = 1; i < src.length(); i++) {
      if (src.charAt(i) == '\n') {
        lineStarts[line++] = i + 1;
      }
    }
    int nul = src.indexOf('\0');
    nulLine = nul < 0 ? 0 : lineOf(nul);
  }

  public String filename() {
    return filename;
  }

  /** The text of a line without its newline; empty for lines outside the source. */
  public String sourceLine(int line) {
    if (line < 1 || line > lineStarts.length) {
      return "";
    }
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] - 1 : src.length();
    return src.substring(start, end);
  }

  /** The number of lines CPython counts: a final line is one only if it holds something. */
  int lineCount() {
    return src.isEmpty() || src.endsWith("\n") ? lineStarts.length - 1 : lineStarts.length;
  }

  public Token next() throws PySyntaxError {
    if (pending.isEmpty()) {
      if (finished) {
        return endMarker;
      }
      produce();
    }
    return pending.poll();
  }

  /** Scans until at least one token is pending. */
  private void produce() throws PySyntaxError {
    while (pending.isEmpty()) {
      checkNoNulBefore(pos);
      boolean blankLine = false;
      if (atLineStart) {
        atLineStart = false;
        blankLine = measureIndentation();
        if (!pending.isEmpty()) {
          return;
        }
      }
      skipBlanks();
      int c = peek();
      if (c == '#') {
        while (peek() != '\n' && peek() != EOF) {
          pos++;
        }
        c = peek();
      }
      if (c == EOF) {
        endOfInput();
        return;
      }
      if (c == '\n') {
        pos++;
        atLineStart = true;
        if (!blankLine && bracketDepth == 0) {
          emit(TokenKind.NEWLINE, pos - 1, pos);
        }
        continue;
      }
      scanToken(c);
    }
  }

  private void endOfInput() throws PySyntaxError {
    if (bracketDepth > 0) {
      throw neverClosed();
    }
    if (lineHasTokens) {
      // CPython appends the missing final newline; the token covers the imaginary character.
      int line = lineOf(pos);
      int column = pos - lineStarts[line - 1];
      pending.add(new Token(TokenKind.NEWLINE, "", line, column, line, column + 1));
      lineHasTokens = false;
      atLineStart = true;
      return;
    }
    int eofLine = lineCount() + 1;
    while (indentLevel > 0) {
      indentLevel--;
      pending.add(new Token(TokenKind.DEDENT, "", eofLine, 0, eofLine, 0));
    }
    endMarker = new Token(TokenKind.ENDMARKER, "", eofLine, 0, eofLine, 0);
    pending.add(endMarker);
    finished = true;
  }

  /**
   * Measures the indentation of the line starting at pos and queues INDENT or DEDENT tokens.
   * Returns whether the line is blank or holds only a comment.
   */
  private boolean measureIndentation() throws PySyntaxError {
    int column = 0;
    int altColumn = 0;
    int p = pos;
    for (; p < src.length(); p++) {
      char c = src.charAt(p);
      if (c == ' ') {
        column++;
        altColumn++;
      } else if (c == '\t') {
        column = (column / TAB_SIZE + 1) * TAB_SIZE;
        altColumn++;
      } else if (c == '\f') {
        column = altColumn = 0;
      } else {
        break;
      }
    }
    int c = p < src.length() ? src.charAt(p) : EOF;
    // A last line of only blanks is blank: CPython sees it with its implicit newline.
    if (c == '#' || c == '\n' || (c == EOF && p > pos)) {
      return true;
    }
    if (bracketDepth > 0) {
      return false;
    }
    int line = lineOf(pos);
    int textStart = p - lineStarts[line - 1];
    if (column == indents[indentLevel]) {
      if (altColumn != altIndents[indentLevel]) {
        throw tabError(line);
      }
    } else if (column > indents[indentLevel]) {
      if (indentLevel + 1 >= MAX_INDENT) {
        throw lineEndError(Kind.INDENTATION_ERROR, "too many levels of indentation", line);
      }
      if (altColumn <= altIndents[indentLevel]) {
        throw tabError(line);
      }
      indentLevel++;
      indents[indentLevel] = column;
      altIndents[indentLevel] = altColumn;
      pending.add(new Token(TokenKind.INDENT, src.substring(pos, p), line, 0, line, textStart));
    } else {
      while (indentLevel > 0 && column < indents[indentLevel]) {
        indentLevel--;
        pending.add(new Token(TokenKind.DEDENT, "", line, textStart, line, textStart));
      }
      if (column != indents[indentLevel]) {
        throw lineEndError(
            Kind.INDENTATION_ERROR, "unindent does not match any outer indentation level", line);
      }
      if (altColumn != altIndents[indentLevel]) {
        throw tabError(line);
      }
    }
    return false;
  }

  private void scanToken(int c) throws PySyntaxError {
    int start = pos;
    if (isIdentifierStart(c)) {
      scanNameOrPrefixedString(start);
    } else if (isDigit(c) || (c == '.' && isDigit(peekAt(pos + 1)))) {
      scanNumber(start);
    } else if (c == '\'' || c == '"') {
      scanString(start);
    } else if (c == '\\') {
      continueLine();
    } else {
      scanOperator(start, (char) c);
    }
  }

  private void scanNameOrPrefixedString(int start) throws PySyntaxError {
    boolean sawB = false;
    boolean sawR = false;
    boolean sawU = false;
    boolean sawF = false;
    while (true) {
      int c = peek();
      if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
        sawB = true;
      } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
        sawU = true;
      } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
        sawR = true;
      } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
        sawF = true;
      } else {
        break;
      }
      pos++;
      if (peek() == '\'' || peek() == '"') {
        scanString(start);
        return;
      }
    }
    boolean ascii = true;
    while (isIdentifierChar(peek())) {
      ascii &= peek() < 128;
      pos++;
    }
    if (!ascii) {
      verifyIdentifier(start);
    }
    emit(TokenKind.NAME, start, pos);
  }

  /** Rejects a name holding characters outside XID_Start/XID_Continue, at the first of them. */
  private void verifyIdentifier(int start) throws PySyntaxError {
    for (int i = start; i < pos; ) {
      int cp = src.codePointAt(i);
      boolean valid =
          i == start
              ? cp == '_' || Character.isUnicodeIdentifierStart(cp)
              : Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
      if (!valid) {
        pos = i + Character.charCount(cp);
        String message =
            dev.weft.runtime.bytecode.Disassembler.isPrintable(cp)
                ? String.format("invalid character '%s' (U+%04X)", Character.toString(cp), cp)
                : String.format("invalid non-printable character U+%04X", cp);
        throw syntaxError(message);
      }
      i += Character.charCount(cp);
    }
  }

  // ---- numbers: the same steps and errors as tok_get's number branch ----

  private void scanNumber(int start) throws PySyntaxError {
    int c = read();
    if (c == '.') {
      scanFraction(start, read());
      return;
    }
    if (c == '0') {
      c = read();
      if (c == 'x' || c == 'X') {
        scanRadixDigits(start, 16, "hexadecimal");
      } else if (c == 'o' || c == 'O') {
        scanRadixDigits(start, 8, "octal");
      } else if (c == 'b' || c == 'B') {
        scanRadixDigits(start, 2, "binary");
      } else {
        scanAfterLeadingZero(start, c);
      }
      return;
    }
    backup(c);
    c = decimalTail();
    if (c == '.') {
      scanFraction(start, read());
    } else {
      scanExponentOrEnd(start, c);
    }
  }

  private void scanRadixDigits(int start, int radix, String kind) throws PySyntaxError {
    int c = read();
    do {
      if (c == '_') {
        c = read();
      }
      if (!isRadixDigit(c, radix)) {
        if (radix != 16 && isDigit(c)) {
          throw syntaxError(String.format("invalid digit '%c' in %s literal", c, kind));
        }
        backup(c);
        throw syntaxError("invalid " + kind + " literal");
      }
      do {
        c = read();
      } while (isRadixDigit(c, radix));
    } while (c == '_');
    if (radix != 16 && isDigit(c)) {
      throw syntaxError(String.format("invalid digit '%c' in %s literal", c, kind));
    }
    verifyEndOfNumber(c, kind);
    backup(c);
    emit(TokenKind.NUMBER, start, pos);
  }

  private void scanAfterLeadingZero(int start, int c) throws PySyntaxError {
    while (true) {
      if (c == '_') {
        c = read();
        if (!isDigit(c)) {
          backup(c);
          throw syntaxError("invalid decimal literal");
        }
      }
      if (c != '0') {
        break;
      }
      c = read();
    }
    int zerosEnd = pos;
    boolean nonZero = false;
    if (isDigit(c)) {
      nonZero = true;
      c = decimalTail();
    }
    if (c == '.') {
      scanFraction(start, read());
    } else if (c == 'e' || c == 'E' || c == 'j' || c == 'J') {
      scanExponentOrEnd(start, c);
    } else if (nonZero) {
      backup(c);
      int line = lineOf(start);
      throw tokenizerError(
          "leading zeros in decimal integer literals are not permitted; "
              + "use an 0o prefix for octal integers",
          line,
          byteOffsetOf(line, start),
          byteOffsetOf(line, zerosEnd) - 1);
    } else {
      verifyEndOfNumber(c, "decimal");
      backup(c);
      emit(TokenKind.NUMBER, start, pos);
    }
  }

  private void scanFraction(int start, int c) throws PySyntaxError {
    if (isDigit(c)) {
      backup(c);
      c = decimalTail();
    }
    scanExponentOrEnd(start, c);
  }

  private void scanExponentOrEnd(int start, int c) throws PySyntaxError {
    if (c == 'e' || c == 'E') {
      int e = c;
      c = read();
      if (c == '+' || c == '-') {
        c = read();
        if (!isDigit(c)) {
          backup(c);
          throw syntaxError("invalid decimal literal");
        }
      } else if (!isDigit(c)) {
        backup(c);
        verifyEndOfNumber(e, "decimal");
        backup(e);
        emit(TokenKind.NUMBER, start, pos);
        return;
      }
      backup(c);
      c = decimalTail();
    }
    if (c == 'j' || c == 'J') {
      c = read();
      verifyEndOfNumber(c, "imaginary");
    } else {
      verifyEndOfNumber(c, "decimal");
    }
    backup(c);
    emit(TokenKind.NUMBER, start, pos);
  }

  /** Reads digits with single underscores between them; returns the first other char, consumed. */
  private int decimalTail() throws PySyntaxError {
    while (true) {
      int c;
      do {
        c = read();
      } while (isDigit(c));
      if (c != '_') {
        return c;
      }
      c = read();
      if (!isDigit(c)) {
        backup(c);
        throw syntaxError("invalid decimal literal");
      }
    }
  }

  /**
   * A number may not run into a name ({@code 1x}), except into the keywords that can follow a
   * number in valid code ({@code 1if x else y}), which CPython 3.11 only warns about. The character
   * c has been consumed.
   */
  private void verifyEndOfNumber(int c, String kind) throws PySyntaxError {
    boolean keyword =
        switch (c) {
          case 'a' -> lookahead("nd");
          case 'e' -> lookahead("lse");
          case 'f' -> lookahead("or");
          case 'i' -> peek() == 'f' || peek() == 'n' || peek() == 's';
          case 'o' -> lookahead("r");
          case 'n' -> lookahead("ot");
          default -> false;
        };
    // CPython 3.11 ends the number before a non-ASCII character: "1é" is a NUMBER and a NAME.
    if (!keyword && c < 128 && isIdentifierChar(c)) {
      backup(c);
      throw syntaxError("invalid " + kind + " literal");
    }
  }

  private boolean lookahead(String rest) {
    return src.startsWith(rest, pos) && !isIdentifierChar(peekAt(pos + rest.length()));
  }

  // ---- strings ----

  private void scanString(int start) throws PySyntaxError {
    int quote = read();
    int quoteSize = 1;
    int endQuoteSize = 0;
    int c = read();
    if (c == quote) {
      c = read();
      if (c == quote) {
        quoteSize = 3;
      } else {
        endQuoteSize = 1;
      }
    }
    if (c != quote) {
      backup(c);
    }
    while (endQuoteSize != quoteSize) {
      c = read();
      if (c == EOF || (quoteSize == 1 && c == '\n')) {
        int detectedAt = c == EOF ? lineCount() : lineOf(pos - 1);
        pos = start + 1;
        String message =
            quoteSize == 3
                ? "unterminated triple-quoted string literal (detected at line %d)"
                : "unterminated string literal (detected at line %d)";
        throw syntaxError(String.format(message, detectedAt));
      }
      if (c == quote) {
        endQuoteSize++;
      } else {
        endQuoteSize = 0;
        if (c == '\\') {
          read();
        }
      }
    }
    emit(TokenKind.STRING, start, pos);
  }

  // ---- line continuation, operators, brackets ----

  private void continueLine() throws PySyntaxError {
    int backslash = pos++;
    int c = read();
    if (c != '\n' && c != EOF) {
      int line = lineOf(backslash);
      throw new PySyntaxError(
          Kind.SYNTAX_ERROR,
          "unexpected character after line continuation character",
          filename,
          line,
          byteOffsetOf(line, backslash) + 1,
          line,
          0,
          lineWithNewline(line));
    }
    if (c == EOF || peek() == EOF) {
      int line = lineOf(backslash);
      throw lineEndError(Kind.SYNTAX_ERROR, "unexpected EOF while parsing", line);
    }
  }

  private void scanOperator(int start, char c) throws PySyntaxError {
    String op = String.valueOf(c);
    for (String candidate : THREE_CHAR_OPS) {
      if (src.startsWith(candidate, start)) {
        op = candidate;
      }
    }
    if (op.length() == 1) {
      for (String candidate : TWO_CHAR_OPS) {
        if (src.startsWith(candidate, start)) {
          op = candidate;
        }
      }
    }
    pos = start + op.length();
    switch (c) {
      case '(', '[', '{' -> openBracket(c, start);
      case ')', ']', '}' -> closeBracket(c);
      default -> {}
    }
    emit(TokenKind.OP, start, pos);
  }

  private void openBracket(char c, int at) throws PySyntaxError {
    if (bracketDepth >= MAX_BRACKET_DEPTH) {
      throw syntaxError("too many nested parentheses");
    }
    int line = lineOf(at);
    brackets[bracketDepth] = c;
    bracketLines[bracketDepth] = line;
    bracketColumns[bracketDepth] = at - lineStarts[line - 1];
    bracketDepth++;
  }

  private void closeBracket(char c) throws PySyntaxError {
    if (bracketDepth == 0) {
      throw syntaxError(String.format("unmatched '%c'", c));
    }
    bracketDepth--;
    char opening = brackets[bracketDepth];
    if ("([{".indexOf(opening) != ")]}".indexOf(c)) {
      String message =
          String.format(
              "closing parenthesis '%c' does not match opening parenthesis '%c'", c, opening);
      int openingLine = bracketLines[bracketDepth];
      if (openingLine != lineOf(pos - 1)) {
        message += " on line " + openingLine;
      }
      throw syntaxError(message);
    }
  }

  private PySyntaxError neverClosed() {
    int line = bracketLines[bracketDepth - 1];
    int column = bracketColumns[bracketDepth - 1];
    return new PySyntaxError(
        Kind.SYNTAX_ERROR,
        String.format("'%c' was never closed", brackets[bracketDepth - 1]),
        filename,
        line,
        byteOffsetOf(line, lineStarts[line - 1] + column),
        line,
        0,
        lineWithNewline(line),
        true);
  }

  // ---- characters ----

  private int peek() {
    return peekAt(pos);
  }

  private int peekAt(int at) {
    return at < src.length() ? src.charAt(at) : EOF;
  }

  private int read() {
    if (pos >= src.length()) {
      return EOF;
    }
    return src.charAt(pos++);
  }

  private void backup(int c) {
    if (c != EOF) {
      pos--;
    }
  }

  private void skipBlanks() {
    while (pos < src.length() && " \t\f".indexOf(src.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isRadixDigit(int c, int radix) {
    return c >= 0 && Character.digit(c, radix) >= 0 && c < 128;
  }

  private static boolean isIdentifierStart(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
  }

  private static boolean isIdentifierChar(int c) {
    return isIdentifierStart(c) || isDigit(c);
  }

  // ---- positions and errors ----

  private void emit(TokenKind kind, int start, int end) throws PySyntaxError {
    checkNoNulBefore(end - 1);
    int line = lineOf(start);
    int endLine = lineOf(end - 1);
    lineHasTokens = kind != TokenKind.NEWLINE;
    pending.add(
        new Token(
            kind,
            src.substring(start, end),
            line,
            start - lineStarts[line - 1],
            endLine,
            end - lineStarts[endLine - 1]));
  }

  private void checkNoNulBefore(int at) throws PySyntaxError {
    if (nulLine > 0 && lineOf(Math.min(at, src.length())) >= nulLine) {
      String text = sourceLine(nulLine);
      throw new PySyntaxError(
          Kind.SYNTAX_ERROR,
          "source code cannot contain null bytes",
          filename,
          nulLine,
          0,
          nulLine,
          0,
          text.substring(0, text.indexOf('\0')),
          true);
    }
  }

  private int lineOf(int at) {
    int low = 0;
    int high = lineStarts.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (lineStarts[mid] <= at) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low + 1;
  }

  /** The 1-based CPython offset (in code points) of the character at index at of the line. */
  private int offsetOf(int line, int at) {
    String text = sourceLine(line);
    int column = Math.min(at - lineStarts[line - 1], text.length());
    return text.codePointCount(0, column) + 1;
  }

  /**
   * The 1-based offset CPython 3.11 gives errors its parser raises (as opposed to the tokenizer's
   * own syntaxerror()): a UTF-8 byte count, which differs from the character offset after non-ASCII
   * characters on the line.
   */
  int byteOffsetOf(int line, int at) {
    String text = sourceLine(line);
    int column = Math.min(at - lineStarts[line - 1], text.length());
    return utf8Length(text, column) + 1;
  }

  static int utf8Length(String s, int end) {
    int bytes = 0;
    for (int k = 0; k < end; k++) {
      char c = s.charAt(k);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        k++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  private String lineWithNewline(int line) {
    return line < lineStarts.length ? sourceLine(line) + "\n" : sourceLine(line);
  }

  /**
   * An error raised by the C tokenizer's {@code syntaxerror()}: at the line of the current
   * position, with the offset just past it, and the line without its newline as text.
   */
  private PySyntaxError syntaxError(String message) {
    int line = lineOf(Math.max(pos - 1, 0));
    int offset = offsetOf(line, pos) - 1;
    return tokenizerError(message, line, offset, offset);
  }

  private PySyntaxError tokenizerError(String message, int line, int offset, int endOffset) {
    return new PySyntaxError(
        Kind.SYNTAX_ERROR,
        message,
        filename,
        line,
        offset,
        line,
        endOffset,
        sourceLine(line),
        true);
  }

  /** Errors CPython places just past the end of the line, with no end offset. */
  private PySyntaxError lineEndError(Kind kind, String message, int line) {
    String text = sourceLine(line);
    return new PySyntaxError(
        kind,
        message,
        filename,
        line,
        byteOffsetOf(line, lineStarts[line - 1] + text.length()),
        line,
        -1,
        lineWithNewline(line));
  }

  private PySyntaxError tabError(int line) {
    return new PySyntaxError(
        Kind.TAB_ERROR,
        "inconsistent use of tabs and spaces in indentation",
        filename,
        line,
        1,
        line,
        0,
        lineWithNewline(line));
  }

  /** Decodes the bytes of a source file; see {@link SourceDecoder}. */
  public static String decode(byte[] bytes, String filename) throws PySyntaxError {
    return SourceDecoder.decode(bytes, filename);
  }
}
