package dev.weft.runtime.compiler;

import java.nio.charset.StandardCharsets;

/**
 * A SyntaxError (or its subclasses IndentationError and TabError) found while compiling source,
 * carrying the same attributes as CPython's exception: {@code offset} and {@code endOffset} are
 * 1-based character offsets into {@code text} like CPython's {@code SyntaxError.offset}, 0 when
 * unknown (CPython sometimes reports -1 for the end; we keep its values so {@link #format()} and
 * the attributes match).
 *
 * <p>{@link #format()} reproduces {@code print_error_text} of CPython 3.11's {@code pythonrun.c}:
 * the line stripped of leading blanks and indented four, then carets from offset to endOffset.
 */
public final class PySyntaxError extends Exception {

  public enum Kind {
    SYNTAX_ERROR("SyntaxError"),
    INDENTATION_ERROR("IndentationError"),
    TAB_ERROR("TabError");

    private final String pythonName;

    Kind(String pythonName) {
      this.pythonName = pythonName;
    }

    public String pythonName() {
      return pythonName;
    }
  }

  private final Kind kind;
  private final String filename;
  private final int line;
  private final int offset;
  private final int endLine;
  private final int endOffset;
  private final String text;
  private final boolean surfacesInFullSourceCheck;

  public PySyntaxError(
      Kind kind,
      String message,
      String filename,
      int line,
      int offset,
      int endLine,
      int endOffset,
      String text) {
    this(kind, message, filename, line, offset, endLine, endOffset, text, false);
  }

  PySyntaxError(
      Kind kind,
      String message,
      String filename,
      int line,
      int offset,
      int endLine,
      int endOffset,
      String text,
      boolean surfacesInFullSourceCheck) {
    super(message, null, false, false);
    this.kind = kind;
    this.filename = filename;
    this.line = line;
    this.offset = offset;
    this.endLine = endLine;
    this.endOffset = endOffset;
    this.text = text;
    this.surfacesInFullSourceCheck = surfacesInFullSourceCheck;
  }

  /** A SyntaxError with no location, as CPython raises for undecodable files. */
  static PySyntaxError withoutLocation(String message) {
    return new PySyntaxError(Kind.SYNTAX_ERROR, message, null, 0, 0, 0, 0, null, true);
  }

  public Kind kind() {
    return kind;
  }

  public String message() {
    return getMessage();
  }

  public String filename() {
    return filename;
  }

  public int line() {
    return line;
  }

  public int offset() {
    return offset;
  }

  public int endLine() {
    return endLine;
  }

  public int endOffset() {
    return endOffset;
  }

  public String text() {
    return text;
  }

  /**
   * Whether CPython would still raise this error when, after a generic "invalid syntax", it
   * tokenizes the rest of the file looking for a better error ({@code
   * _PyPegen_tokenize_full_source_to_check_for_errors}). True for errors the C tokenizer raises as
   * exceptions (bad literals, unterminated strings, unmatched brackets, invalid characters); false
   * for the ones it only signals through its state (indentation, TabError, line continuation, EOF),
   * which that scan ignores. "'(' was never closed" is true, but CPython lets it replace the
   * generic error only if the generic error's line is after the bracket's line.
   */
  public boolean surfacesInFullSourceCheck() {
    return surfacesInFullSourceCheck;
  }

  /**
   * The same error at another place, for errors found in a token but reported where CPython does.
   */
  public PySyntaxError relocated(int line, int offset, int endLine, int endOffset, String text) {
    return new PySyntaxError(
        kind,
        getMessage(),
        filename,
        line,
        offset,
        endLine,
        endOffset,
        text,
        surfacesInFullSourceCheck);
  }

  /** What CPython 3.11 prints on stderr when a file fails to compile with this error. */
  public String format() {
    var out = new StringBuilder();
    if (filename != null) {
      out.append("  File \"").append(filename).append("\", line ").append(line).append('\n');
      if (text != null) {
        appendErrorText(out);
      }
    }
    return out.append(kind.pythonName).append(": ").append(getMessage()).append('\n').toString();
  }

  /**
   * Like CPython, works on the UTF-8 bytes of the text: the offset is clipped to the byte length of
   * the line, which matters because 3.11 counts most parser offsets in bytes.
   */
  private void appendErrorText(StringBuilder out) {
    int end = endOffset;
    if (endLine > line) {
      // CPython underlines to the end of the first line when the error spans several lines.
      end = stripNewline(text).length() + 1;
    }
    int carets = (end > 0 && end > offset) ? end - offset : 1;
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int from = 0;
    int column = offset - 1;
    while (from < bytes.length
        && (bytes[from] == ' ' || bytes[from] == '\t' || bytes[from] == '\f')) {
      from++;
      column--;
    }
    int length = bytes.length - from;
    if (length > 0 && bytes[bytes.length - 1] == '\n') {
      length--;
    }
    column = Math.min(column, length);
    while (true) {
      int newline = indexOf(bytes, from, (byte) '\n');
      if (newline < 0 || newline - from >= column) {
        break;
      }
      int skipped = newline - from + 1;
      from += skipped;
      length -= skipped;
      column -= skipped;
    }
    out.append("    ").append(new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8));
    if (from + length >= bytes.length || bytes[from + length] != '\n') {
      out.append('\n');
    }
    if (column < 0) {
      return;
    }
    out.append("    ").append(" ".repeat(column)).append("^".repeat(carets)).append('\n');
  }

  private static int indexOf(byte[] bytes, int from, byte b) {
    for (int k = from; k < bytes.length; k++) {
      if (bytes[k] == b) {
        return k;
      }
    }
    return -1;
  }

  private static String stripNewline(String s) {
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }
}
