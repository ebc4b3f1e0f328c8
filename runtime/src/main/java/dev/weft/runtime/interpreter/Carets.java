package dev.weft.runtime.interpreter;

import dev.weft.runtime.compiler.Ast;
import dev.weft.runtime.compiler.Parser;
import dev.weft.runtime.compiler.PySyntaxError;

/**
 * The indicator line CPython 3.11 prints under a traceback's source line ({@code
 * Python/traceback.c}, {@code tb_displayline}): {@code ^} under the failing instruction's source
 * span, or for a binary operation and a subscript {@code ~} under the operands and {@code ^} under
 * the operator or the index. Nothing is printed when the span covers the whole stripped line (and
 * there is no operator to point at), or when the position is unknown.
 */
final class Carets {
  private Carets() {}

  /** Appends the indicator line for {@code position} ({@code column, endLine, endColumn}). */
  static void append(StringBuilder sb, String source, int line, int[] position) {
    int start = position[0];
    int end = position[2];
    if (start < 0 || end < 0 || position[1] < line || start > source.length()) {
      return;
    }
    int indent = 0;
    while (indent < source.length() && Character.isWhitespace(source.charAt(indent))) {
      indent++;
    }
    int trimmedEnd = source.length();
    while (trimmedEnd > 0 && Character.isWhitespace(source.charAt(trimmedEnd - 1))) {
      trimmedEnd--;
    }
    int leftEnd = -1;
    int rightStart = -1;
    char primary = '^';
    char secondary = '^';
    if (position[1] == line) {
      end = Math.min(end, source.length());
      int[] anchors = anchors(source.substring(start, end));
      if (anchors != null) {
        leftEnd = anchors[0] + start;
        rightStart = anchors[1] + start;
        primary = '~';
      }
    } else {
      // A multi-line span is underlined to the end of its first line.
      end = trimmedEnd;
    }
    boolean secondaryRanges = leftEnd != -1 || rightStart != -1;
    if (end - start == trimmedEnd - indent && !secondaryRanges) {
      return;
    }
    sb.append("    ").append(" ".repeat(Math.max(0, start - indent)));
    for (int i = start; i < end; i++) {
      sb.append(secondaryRanges && leftEnd <= i && i < rightStart ? secondary : primary);
    }
    sb.append('\n');
  }

  /**
   * CPython's {@code extract_anchors_from_line}: for a segment that parses as one binary operation,
   * the operator's columns; for a subscript, the brackets'; otherwise null.
   */
  private static int[] anchors(String segment) {
    Ast.Module module;
    try {
      module = Parser.parse("<segment>", segment);
    } catch (PySyntaxError | RuntimeException e) {
      return null;
    }
    if (module.body().size() != 1 || !(module.body().getFirst() instanceof Ast.ExprStmt stmt)) {
      return null;
    }
    switch (stmt.value()) {
      case Ast.BinOp b -> {
        int from = b.left().span().endColumn();
        int to = b.right().span().column();
        int[] found = null;
        for (int i = from; i < to && i < segment.length(); i++) {
          if (Character.isWhitespace(segment.charAt(i))) {
            continue;
          }
          found = new int[] {i, i + 1};
          if (i + 1 < to && !Character.isWhitespace(segment.charAt(i + 1))) {
            found[1]++;
          }
          if (i + 1 < to && segment.charAt(i) == ')') {
            continue;
          }
          break;
        }
        return found;
      }
      case Ast.Subscript s -> {
        return new int[] {s.value().span().endColumn(), s.slice().span().endColumn() + 1};
      }
      default -> {
        return null;
      }
    }
  }
}
