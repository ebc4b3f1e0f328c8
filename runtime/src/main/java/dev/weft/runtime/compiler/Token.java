package dev.weft.runtime.compiler;

/**
 * One token of Python source. Lines are 1-based; columns are 0-based Java char indexes within the
 * line; the end position is exclusive. A STRING token may span lines.
 */
public record Token(TokenKind kind, String text, int line, int column, int endLine, int endColumn) {

  public boolean isOp(String op) {
    return kind == TokenKind.OP && text.equals(op);
  }
}
