package dev.weft.runtime.compiler;

import java.util.List;

/**
 * The abstract syntax tree the parser produces: the node types of CPython 3.11's {@code ast}
 * module, as records under sealed interfaces, each carrying its source span. Lists are never null
 * (empty when absent); optional children are null.
 */
public final class Ast {
  private Ast() {}

  /** A node's source span: lines 1-based, columns 0-based, end exclusive (as CPython's AST). */
  public record Span(int line, int column, int endLine, int endColumn) {
    public static Span between(Span first, Span last) {
      return new Span(first.line, first.column, last.endLine, last.endColumn);
    }
  }

  /** Anything with a span. */
  public sealed interface Node permits Module, Stmt, Expr, Arg, Keyword, Alias, ExceptHandler {
    Span span();
  }

  public record Module(List<Stmt> body, Span span) implements Node {}

  // --- Statements ---

  public sealed interface Stmt extends Node
      permits FunctionDef,
          ClassDef,
          Return,
          Delete,
          Assign,
          AugAssign,
          AnnAssign,
          For,
          While,
          If,
          With,
          Match,
          Raise,
          Try,
          Assert,
          Import,
          ImportFrom,
          Global,
          Nonlocal,
          ExprStmt,
          Pass,
          Break,
          Continue {}

  public record FunctionDef(
      String name,
      Arguments args,
      List<Stmt> body,
      List<Expr> decorators,
      Expr returns,
      boolean isAsync,
      Span span)
      implements Stmt {}

  public record ClassDef(
      String name,
      List<Expr> bases,
      List<Keyword> keywords,
      List<Stmt> body,
      List<Expr> decorators,
      Span span)
      implements Stmt {}

  public record Return(Expr value, Span span) implements Stmt {}

  public record Delete(List<Expr> targets, Span span) implements Stmt {}

  public record Assign(List<Expr> targets, Expr value, Span span) implements Stmt {}

  public record AugAssign(Expr target, Operator op, Expr value, Span span) implements Stmt {}

  /** {@code simple}: the target is a plain name not in parentheses (CPython's flag). */
  public record AnnAssign(Expr target, Expr annotation, Expr value, boolean simple, Span span)
      implements Stmt {}

  public record For(
      Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse, boolean isAsync, Span span)
      implements Stmt {}

  public record While(Expr test, List<Stmt> body, List<Stmt> orElse, Span span) implements Stmt {}

  public record If(Expr test, List<Stmt> body, List<Stmt> orElse, Span span) implements Stmt {}

  public record With(List<WithItem> items, List<Stmt> body, boolean isAsync, Span span)
      implements Stmt {}

  /** Parsed so that the compiler can report it by name: Weft does not run it yet. */
  public record Match(Expr subject, int cases, Span span) implements Stmt {}

  public record Raise(Expr exception, Expr cause, Span span) implements Stmt {}

  /** {@code star}: {@code except*} (CPython's TryStar). */
  public record Try(
      List<Stmt> body,
      List<ExceptHandler> handlers,
      List<Stmt> orElse,
      List<Stmt> finalBody,
      boolean star,
      Span span)
      implements Stmt {}

  public record Assert(Expr test, Expr message, Span span) implements Stmt {}

  public record Import(List<Alias> names, Span span) implements Stmt {}

  /** {@code module} is null for {@code from . import x}. */
  public record ImportFrom(String module, List<Alias> names, int level, Span span)
      implements Stmt {}

  public record Global(List<String> names, Span span) implements Stmt {}

  public record Nonlocal(List<String> names, Span span) implements Stmt {}

  public record ExprStmt(Expr value, Span span) implements Stmt {}

  public record Pass(Span span) implements Stmt {}

  public record Break(Span span) implements Stmt {}

  public record Continue(Span span) implements Stmt {}

  // --- Expressions ---

  public enum Context {
    LOAD,
    STORE,
    DELETE
  }

  public sealed interface Expr extends Node
      permits BoolOp,
          NamedExpr,
          BinOp,
          UnaryOp,
          Lambda,
          IfExp,
          Dict,
          SetDisplay,
          ListComp,
          SetComp,
          DictComp,
          GeneratorExp,
          Await,
          Yield,
          YieldFrom,
          Compare,
          Call,
          FormattedValue,
          JoinedStr,
          Constant,
          Attribute,
          Subscript,
          Starred,
          Name,
          ListDisplay,
          Tuple,
          Slice {}

  public record BoolOp(boolean isAnd, List<Expr> values, Span span) implements Expr {}

  public record NamedExpr(Name target, Expr value, Span span) implements Expr {}

  public record BinOp(Expr left, Operator op, Expr right, Span span) implements Expr {}

  public record UnaryOp(UnaryOperator op, Expr operand, Span span) implements Expr {}

  public record Lambda(Arguments args, Expr body, Span span) implements Expr {}

  public record IfExp(Expr test, Expr body, Expr orElse, Span span) implements Expr {}

  /** A null key stands for {@code **value}. */
  public record Dict(List<Expr> keys, List<Expr> values, Span span) implements Expr {}

  public record SetDisplay(List<Expr> elements, Span span) implements Expr {}

  public record ListComp(Expr element, List<Comprehension> generators, Span span) implements Expr {}

  public record SetComp(Expr element, List<Comprehension> generators, Span span) implements Expr {}

  public record DictComp(Expr key, Expr value, List<Comprehension> generators, Span span)
      implements Expr {}

  public record GeneratorExp(Expr element, List<Comprehension> generators, Span span)
      implements Expr {}

  public record Await(Expr value, Span span) implements Expr {}

  public record Yield(Expr value, Span span) implements Expr {}

  public record YieldFrom(Expr value, Span span) implements Expr {}

  public record Compare(Expr left, List<CompareOperator> ops, List<Expr> comparators, Span span)
      implements Expr {}

  public record Call(Expr function, List<Expr> args, List<Keyword> keywords, Span span)
      implements Expr {}

  /** {@code conversion}: 's', 'r', 'a', or -1 for none. */
  public record FormattedValue(Expr value, int conversion, Expr formatSpec, Span span)
      implements Expr {}

  public record JoinedStr(List<Expr> values, Span span) implements Expr {}

  /**
   * A literal: {@link Long}, {@link java.math.BigInteger}, {@link Double}, {@link
   * NumberLiteral.Imaginary}, {@link String}, {@code byte[]}, {@link Boolean}, {@link #NONE} or
   * {@link #ELLIPSIS}.
   */
  public record Constant(Object value, Span span) implements Expr {}

  /** The value of the {@code None} constant. */
  public static final Object NONE =
      new Object() {
        @Override
        public String toString() {
          return "None";
        }
      };

  /** The value of the {@code ...} constant. */
  public static final Object ELLIPSIS =
      new Object() {
        @Override
        public String toString() {
          return "Ellipsis";
        }
      };

  public record Attribute(Expr value, String attribute, Context context, Span span)
      implements Expr {}

  public record Subscript(Expr value, Expr slice, Context context, Span span) implements Expr {}

  public record Starred(Expr value, Context context, Span span) implements Expr {}

  public record Name(String id, Context context, Span span) implements Expr {}

  public record ListDisplay(List<Expr> elements, Context context, Span span) implements Expr {}

  public record Tuple(List<Expr> elements, Context context, Span span) implements Expr {}

  public record Slice(Expr lower, Expr upper, Expr step, Span span) implements Expr {}

  // --- Operators ---

  public enum Operator {
    ADD("+"),
    SUB("-"),
    MULT("*"),
    MAT_MULT("@"),
    DIV("/"),
    MOD("%"),
    POW("**"),
    LSHIFT("<<"),
    RSHIFT(">>"),
    BIT_OR("|"),
    BIT_XOR("^"),
    BIT_AND("&"),
    FLOOR_DIV("//");

    public final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }
  }

  public enum UnaryOperator {
    INVERT("~"),
    NOT("not"),
    PLUS("+"),
    MINUS("-");

    public final String symbol;

    UnaryOperator(String symbol) {
      this.symbol = symbol;
    }
  }

  public enum CompareOperator {
    EQ("=="),
    NOT_EQ("!="),
    LT("<"),
    LT_E("<="),
    GT(">"),
    GT_E(">="),
    IS("is"),
    IS_NOT("is not"),
    IN("in"),
    NOT_IN("not in");

    public final String symbol;

    CompareOperator(String symbol) {
      this.symbol = symbol;
    }
  }

  // --- Helper nodes ---

  public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {}

  public record ExceptHandler(Expr type, String name, List<Stmt> body, Span span) implements Node {}

  /**
   * A function's parameters. {@code defaults} belong to the last positional parameters (posonly
   * then args); {@code kwDefaults} has one entry per keyword-only parameter, null where none.
   */
  public record Arguments(
      List<Arg> positionalOnly,
      List<Arg> args,
      Arg varArg,
      List<Arg> keywordOnly,
      List<Expr> kwDefaults,
      Arg kwArg,
      List<Expr> defaults) {
    public static final Arguments EMPTY =
        new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
  }

  public record Arg(String name, Expr annotation, Span span) implements Node {}

  /** {@code name} is null for {@code **value}. */
  public record Keyword(String name, Expr value, Span span) implements Node {}

  public record Alias(String name, String asName, Span span) implements Node {}

  public record WithItem(Expr contextExpr, Expr optionalVars) {}
}
