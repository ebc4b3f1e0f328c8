package dev.weft.runtime.compiler;

import dev.weft.runtime.compiler.Ast.Context;
import dev.weft.runtime.compiler.Ast.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an expression parsed in load context into an assignment or deletion target, or reports why
 * it cannot be one with CPython 3.11's wording ({@code _PyPegen_get_expr_name} and the {@code
 * invalid_*} rules of its grammar).
 */
final class TargetValidator {
  private TargetValidator() {}

  /** The target in store context; "cannot assign to ..." at the offending part otherwise. */
  static Expr store(TokenStream stream, Expr target) throws PySyntaxError {
    return convert(stream, target, Context.STORE, "cannot assign to ");
  }

  /** The target in delete context; "cannot delete ..." at the offending part otherwise. */
  static Expr delete(TokenStream stream, Expr target) throws PySyntaxError {
    return convert(stream, target, Context.DELETE, "cannot delete ");
  }

  /** The part of {@code target} that cannot be assigned to, or null if it all can. */
  static Expr invalidPart(Expr target) {
    return switch (target) {
      case Ast.Name n -> null;
      case Ast.Attribute a -> null;
      case Ast.Subscript s -> null;
      case Ast.Starred s -> invalidPart(s.value());
      case Ast.Tuple t -> firstInvalid(t.elements());
      case Ast.ListDisplay l -> firstInvalid(l.elements());
      default -> target;
    };
  }

  private static Expr firstInvalid(List<Expr> elements) {
    for (Expr element : elements) {
      Expr invalid = invalidPart(element);
      if (invalid != null) {
        return invalid;
      }
    }
    return null;
  }

  private static Expr convert(TokenStream stream, Expr target, Context context, String verb)
      throws PySyntaxError {
    return switch (target) {
      case Ast.Name n -> new Ast.Name(n.id(), context, n.span());
      case Ast.Attribute a -> new Ast.Attribute(a.value(), a.attribute(), context, a.span());
      case Ast.Subscript s -> new Ast.Subscript(s.value(), s.slice(), context, s.span());
      case Ast.Starred s when context == Context.STORE ->
          new Ast.Starred(convert(stream, s.value(), context, verb), context, s.span());
      case Ast.Tuple t ->
          new Ast.Tuple(convertAll(stream, t.elements(), context, verb), context, t.span());
      case Ast.ListDisplay l ->
          new Ast.ListDisplay(convertAll(stream, l.elements(), context, verb), context, l.span());
      default -> throw stream.error(verb + describe(target), target.span());
    };
  }

  private static List<Expr> convertAll(
      TokenStream stream, List<Expr> elements, Context context, String verb) throws PySyntaxError {
    List<Expr> converted = new ArrayList<>(elements.size());
    for (Expr element : elements) {
      converted.add(convert(stream, element, context, verb));
    }
    return converted;
  }

  /** CPython's name for an expression in error messages. */
  static String describe(Expr expr) {
    return switch (expr) {
      case Ast.Attribute a -> "attribute";
      case Ast.Subscript s -> "subscript";
      case Ast.Starred s -> "starred";
      case Ast.Name n -> "name";
      case Ast.ListDisplay l -> "list";
      case Ast.Tuple t -> "tuple";
      case Ast.Lambda l -> "lambda";
      case Ast.Call c -> "function call";
      case Ast.BoolOp b -> "expression";
      case Ast.BinOp b -> "expression";
      case Ast.UnaryOp u -> "expression";
      case Ast.GeneratorExp g -> "generator expression";
      case Ast.Yield y -> "yield expression";
      case Ast.YieldFrom y -> "yield expression";
      case Ast.Await a -> "await expression";
      case Ast.ListComp l -> "list comprehension";
      case Ast.SetComp s -> "set comprehension";
      case Ast.DictComp d -> "dict comprehension";
      case Ast.Dict d -> "dict literal";
      case Ast.SetDisplay s -> "set display";
      case Ast.JoinedStr j -> "f-string expression";
      case Ast.FormattedValue f -> "f-string expression";
      case Ast.Constant c -> {
        Object value = c.value();
        if (value == Ast.NONE) {
          yield "None";
        } else if (Boolean.TRUE.equals(value)) {
          yield "True";
        } else if (Boolean.FALSE.equals(value)) {
          yield "False";
        } else if (value == Ast.ELLIPSIS) {
          yield "ellipsis";
        }
        yield "literal";
      }
      case Ast.Compare c -> "comparison";
      case Ast.IfExp i -> "conditional expression";
      case Ast.NamedExpr n -> "named expression";
      case Ast.Slice s -> "slice";
    };
  }
}
