package dev.weft.runtime.compiler;

/**
 * The kinds of token the {@link Tokenizer} produces; keywords are NAMEs, the parser tells them
 * apart.
 */
public enum TokenKind {
  NAME,
  NUMBER,
  STRING,
  OP,
  NEWLINE,
  INDENT,
  DEDENT,
  ENDMARKER
}
