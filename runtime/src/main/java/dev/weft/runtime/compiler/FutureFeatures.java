package dev.weft.runtime.compiler;

import java.util.Set;

/**
 * Checks {@code from __future__ import} statements as CPython's {@code Python/future.c} does: they
 * must come first (after the docstring and each other), and name a known feature.
 */
final class FutureFeatures {
  /** Every feature {@code __future__} defines (CPython 3.11's {@code Lib/__future__.py}). */
  private static final Set<String> KNOWN =
      Set.of(
          "nested_scopes",
          "generators",
          "division",
          "absolute_import",
          "with_statement",
          "print_function",
          "unicode_literals",
          "barry_as_FLUFL",
          "generator_stop",
          "annotations");

  private FutureFeatures() {}

  static void check(Ast.Module module, String filename, String[] lines) throws PySyntaxError {
    boolean atBeginning = true;
    for (int i = 0; i < module.body().size(); i++) {
      Ast.Stmt stmt = module.body().get(i);
      if (i == 0
          && stmt instanceof Ast.ExprStmt e
          && e.value() instanceof Ast.Constant c
          && c.value() instanceof String) {
        continue; // the docstring
      }
      if (stmt instanceof Ast.ImportFrom f && "__future__".equals(f.module()) && f.level() == 0) {
        if (!atBeginning) {
          throw error(
              "from __future__ imports must occur at the beginning of the file",
              f.span(),
              true,
              filename,
              lines);
        }
        for (Ast.Alias alias : f.names()) {
          if (alias.name().equals("braces")) {
            throw error("not a chance", f.span(), false, filename, lines);
          }
          if (!KNOWN.contains(alias.name())) {
            throw error(
                "future feature " + alias.name() + " is not defined",
                f.span(),
                false,
                filename,
                lines);
          }
        }
      } else {
        atBeginning = false;
      }
    }
  }

  /** CPython gives the feature errors a start but no end. */
  private static PySyntaxError error(
      String message, Ast.Span span, boolean withEnd, String filename, String[] lines) {
    String text = span.line() <= lines.length ? lines[span.line() - 1] : null;
    return new PySyntaxError(
        PySyntaxError.Kind.SYNTAX_ERROR,
        message,
        filename,
        span.line(),
        span.column() + 1,
        span.endLine(),
        withEnd ? span.endColumn() + 1 : 0,
        text);
  }
}
