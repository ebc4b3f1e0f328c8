package dev.weft.runtime.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parser's view of the tokens: pulled lazily from a {@link Tokenizer} (so that an error far
 * below is raised only when the parser reaches it, as in CPython), buffered for lookahead and
 * backtracking, and the source of syntax errors' positions.
 */
class TokenStream {
  static final Set<String> KEYWORDS =
      Set.of(
          "False",
          "None",
          "True",
          "and",
          "as",
          "assert",
          "async",
          "await",
          "break",
          "class",
          "continue",
          "def",
          "del",
          "elif",
          "else",
          "except",
          "finally",
          "for",
          "from",
          "global",
          "if",
          "import",
          "in",
          "is",
          "lambda",
          "nonlocal",
          "not",
          "or",
          "pass",
          "raise",
          "return",
          "try",
          "while",
          "with",
          "yield");

  /** Where tokens come from: a tokenizer, or a shifted one for an f-string's expression. */
  interface Source {
    Token next() throws PySyntaxError;

    String sourceLine(int line);
  }

  private final Source source;
  final String filename;
  private final List<Token> tokens = new ArrayList<>();
  private int position;

  TokenStream(Source source, String filename) {
    this.source = source;
    this.filename = filename;
  }

  static Source of(Tokenizer tokenizer) {
    return new Source() {
      @Override
      public Token next() throws PySyntaxError {
        return tokenizer.next();
      }

      @Override
      public String sourceLine(int line) {
        return tokenizer.sourceLine(line);
      }
    };
  }

  final String sourceLine(int line) {
    return source.sourceLine(line);
  }

  final Token peek() throws PySyntaxError {
    return peek(0);
  }

  final Token peek(int ahead) throws PySyntaxError {
    while (tokens.size() <= position + ahead) {
      if (!tokens.isEmpty() && tokens.getLast().kind() == TokenKind.ENDMARKER) {
        return tokens.getLast();
      }
      tokens.add(source.next());
    }
    return tokens.get(position + ahead);
  }

  final Token advance() throws PySyntaxError {
    Token token = peek();
    if (token.kind() != TokenKind.ENDMARKER) {
      position++;
    }
    return token;
  }

  /** The token just consumed. */
  final Token previous() {
    return tokens.get(position - 1);
  }

  final int mark() {
    return position;
  }

  final void reset(int mark) {
    position = mark;
  }

  /** Whether the next token is the operator or keyword {@code text} (not a string literal). */
  final boolean at(String text) throws PySyntaxError {
    Token token = peek();
    return (token.kind() == TokenKind.OP || token.kind() == TokenKind.NAME)
        && token.text().equals(text);
  }

  final boolean at(TokenKind kind) throws PySyntaxError {
    return peek().kind() == kind;
  }

  final boolean atAhead(int ahead, String text) throws PySyntaxError {
    Token token = peek(ahead);
    return (token.kind() == TokenKind.OP || token.kind() == TokenKind.NAME)
        && token.text().equals(text);
  }

  /** Consumes the operator or keyword {@code text} if it is next. */
  final boolean accept(String text) throws PySyntaxError {
    if (at(text)) {
      advance();
      return true;
    }
    return false;
  }

  final Token expect(String text) throws PySyntaxError {
    if (!at(text)) {
      throw invalidSyntax();
    }
    return advance();
  }

  /** Consumes a NAME that is not a keyword. */
  final Token expectIdentifier() throws PySyntaxError {
    if (!atIdentifier()) {
      throw invalidSyntax();
    }
    return advance();
  }

  final boolean atIdentifier() throws PySyntaxError {
    Token token = peek();
    return token.kind() == TokenKind.NAME && !KEYWORDS.contains(token.text());
  }

  // --- Errors ---

  /**
   * CPython's generic error: "invalid syntax" at the furthest token the parser has looked at (its
   * {@code p->tokens[p->fill-1]}).
   */
  final PySyntaxError invalidSyntax() throws PySyntaxError {
    Token furthest = tokens.isEmpty() ? peek() : tokens.getLast();
    if (furthest.kind() == TokenKind.ENDMARKER || furthest.kind() == TokenKind.DEDENT) {
      // CPython reports a premature end of input at the last real token.
      for (int i = tokens.size() - 1; i >= 0; i--) {
        Token t = tokens.get(i);
        if (t.kind() != TokenKind.ENDMARKER && t.kind() != TokenKind.DEDENT) {
          furthest = t;
          break;
        }
      }
    }
    return error("invalid syntax", furthest);
  }

  final PySyntaxError error(String message, Token token) {
    return error(PySyntaxError.Kind.SYNTAX_ERROR, message, token);
  }

  final PySyntaxError error(PySyntaxError.Kind kind, String message, Token token) {
    return new PySyntaxError(
        kind,
        message,
        filename,
        token.line(),
        token.column() + 1,
        token.endLine(),
        token.endColumn() + 1,
        source.sourceLine(token.line()));
  }

  final PySyntaxError error(String message, Ast.Span span) {
    return new PySyntaxError(
        PySyntaxError.Kind.SYNTAX_ERROR,
        message,
        filename,
        span.line(),
        span.column() + 1,
        span.endLine(),
        span.endColumn() + 1,
        source.sourceLine(span.line()));
  }

  static Ast.Span span(Token token) {
    return new Ast.Span(token.line(), token.column(), token.endLine(), token.endColumn());
  }

  /** From the start of {@code first} to the end of the token just consumed. */
  final Ast.Span spanFrom(Token first) {
    Token last = previous();
    return new Ast.Span(first.line(), first.column(), last.endLine(), last.endColumn());
  }

  final Ast.Span spanFrom(Ast.Span first) {
    Token last = previous();
    return new Ast.Span(first.line(), first.column(), last.endLine(), last.endColumn());
  }
}
