package dev.weft.runtime.compiler;

import dev.weft.runtime.compiler.Ast.Expr;
import dev.weft.runtime.compiler.Ast.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link Ast.JoinedStr} of adjacent string literals of which at least one is an
 * f-string: literal parts merge into constants, each replacement field's expression is parsed from
 * its own source text (positions shifted to where it stands in the file), as CPython 3.11 does in
 * {@code Parser/string_parser.c}; errors inside it are prefixed "f-string: ".
 */
final class FStrings {
  private FStrings() {}

  static Expr joined(TokenStream outer, List<StringLiteral> literals, Span span)
      throws PySyntaxError {
    List<Expr> values = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (StringLiteral literal : literals) {
      if (literal.kind() == StringLiteral.Kind.STR) {
        pending.append((String) literal.value());
      } else {
        appendParts(outer, literal.parts(), values, pending, span);
      }
    }
    flush(values, pending, span);
    return new Ast.JoinedStr(values, span);
  }

  private static void appendParts(
      TokenStream outer,
      List<StringLiteral.FStringPart> parts,
      List<Expr> values,
      StringBuilder pending,
      Span span)
      throws PySyntaxError {
    for (StringLiteral.FStringPart part : parts) {
      switch (part) {
        case StringLiteral.Literal literal -> pending.append(literal.text());
        case StringLiteral.Field field -> {
          if (field.debugText() != null) {
            pending.append(field.debugText());
          }
          flush(values, pending, span);
          Expr value = parseField(outer, field);
          int conversion = field.conversion() == 0 ? -1 : field.conversion();
          Expr spec = null;
          if (field.formatSpec() != null) {
            List<Expr> specValues = new ArrayList<>();
            StringBuilder specPending = new StringBuilder();
            appendParts(outer, field.formatSpec(), specValues, specPending, span);
            flush(specValues, specPending, span);
            spec = new Ast.JoinedStr(specValues, span);
          }
          values.add(new Ast.FormattedValue(value, conversion, spec, span));
        }
      }
    }
  }

  private static void flush(List<Expr> values, StringBuilder pending, Span span) {
    if (!pending.isEmpty()) {
      values.add(new Ast.Constant(pending.toString(), span));
      pending.setLength(0);
    }
  }

  /**
   * Parses a replacement field's expression as CPython 3.11 does: as the source {@code "(" +
   * expression + ")"} on a line of its own, so errors inside it carry positions and text of that
   * wrapped source (as 3.11 reports them). The expression's nodes therefore have spans relative to
   * it; the enclosing {@link Ast.FormattedValue} carries the literal's span in the file.
   */
  private static Expr parseField(TokenStream outer, StringLiteral.Field field)
      throws PySyntaxError {
    Tokenizer tokenizer = new Tokenizer(outer.filename, "(" + field.expression() + ")");
    ExpressionParser parser = new ExpressionParser(TokenStream.of(tokenizer), outer.filename);
    try {
      Expr value = parser.starExpressions();
      while (parser.at(TokenKind.NEWLINE)) {
        parser.advance();
      }
      if (!parser.at(TokenKind.ENDMARKER)) {
        throw parser.invalidSyntax();
      }
      return value;
    } catch (PySyntaxError e) {
      if (e.message().startsWith("f-string")) {
        throw e;
      }
      throw new PySyntaxError(
          e.kind(),
          "f-string: " + e.message(),
          e.filename(),
          e.line(),
          e.offset(),
          e.endLine(),
          e.endOffset(),
          e.text());
    }
  }
}
