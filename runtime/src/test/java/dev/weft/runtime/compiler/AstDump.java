package dev.weft.runtime.compiler;

import dev.weft.runtime.bytecode.Disassembler;
import dev.weft.runtime.format.FloatFormat;
import java.math.BigInteger;
import java.util.List;

/**
 * Prints a tree exactly as CPython 3.11's {@code ast.dump(tree)} does (fields named, optional
 * fields that are None left out, attributes left out), so that the parser can be compared with
 * CPython's field for field.
 */
final class AstDump {
  private final StringBuilder out = new StringBuilder();

  static String dump(Ast.Module module) {
    AstDump d = new AstDump();
    d.node("Module").field("body", module.body()).literal("type_ignores", "[]").close();
    return d.out.toString();
  }

  // --- Output helpers ---

  private boolean first;

  private AstDump node(String name) {
    out.append(name).append('(');
    first = true;
    return this;
  }

  private void separator() {
    if (!first) {
      out.append(", ");
    }
    first = false;
  }

  private AstDump field(String name, Object value) {
    separator();
    out.append(name).append('=');
    value(value);
    first = false;
    return this;
  }

  /** An optional field: left out when null, as ast.dump does. */
  private AstDump optional(String name, Object value) {
    return value == null ? this : field(name, value);
  }

  private AstDump literal(String name, String text) {
    separator();
    out.append(name).append('=').append(text);
    return this;
  }

  private void close() {
    out.append(')');
    first = false;
  }

  private void value(Object value) {
    switch (value) {
      case null -> out.append("None");
      case List<?> list -> {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          if (i > 0) {
            out.append(", ");
          }
          value(list.get(i));
        }
        out.append(']');
      }
      case String s -> out.append(stringRepr(s));
      case Ast.Stmt s -> statement(s);
      case Ast.Expr e -> expression(e);
      case Ast.Arguments a -> arguments(a);
      case Ast.Arg a ->
          node("arg")
              .literal("arg", stringRepr(a.name()))
              .optional("annotation", a.annotation())
              .close();
      case Ast.Keyword k -> {
        node("keyword");
        if (k.name() != null) {
          literal("arg", stringRepr(k.name()));
        }
        field("value", k.value()).close();
      }
      case Ast.Alias a -> {
        node("alias").literal("name", stringRepr(a.name()));
        if (a.asName() != null) {
          literal("asname", stringRepr(a.asName()));
        }
        close();
      }
      case Ast.WithItem w ->
          node("withitem")
              .field("context_expr", w.contextExpr())
              .optional("optional_vars", w.optionalVars())
              .close();
      case Ast.Comprehension c ->
          node("comprehension")
              .field("target", c.target())
              .field("iter", c.iter())
              .field("ifs", c.ifs())
              .literal("is_async", c.isAsync() ? "1" : "0")
              .close();
      case Ast.ExceptHandler h -> {
        node("ExceptHandler").optional("type", h.type());
        if (h.name() != null) {
          literal("name", stringRepr(h.name()));
        }
        field("body", h.body()).close();
      }
      case Ast.Context c ->
          out.append(
              switch (c) {
                case LOAD -> "Load()";
                case STORE -> "Store()";
                case DELETE -> "Del()";
              });
      default -> throw new IllegalArgumentException("cannot dump " + value.getClass());
    }
  }

  private void arguments(Ast.Arguments a) {
    node("arguments")
        .field("posonlyargs", a.positionalOnly())
        .field("args", a.args())
        .optional("vararg", a.varArg())
        .field("kwonlyargs", a.keywordOnly())
        .field("kw_defaults", a.kwDefaults())
        .optional("kwarg", a.kwArg())
        .field("defaults", a.defaults())
        .close();
  }

  private void names(String field, List<String> names) {
    separator();
    out.append(field).append("=[");
    for (int i = 0; i < names.size(); i++) {
      out.append(i > 0 ? ", " : "").append(stringRepr(names.get(i)));
    }
    out.append(']');
  }

  private void statement(Ast.Stmt stmt) {
    switch (stmt) {
      case Ast.FunctionDef f ->
          node(f.isAsync() ? "AsyncFunctionDef" : "FunctionDef")
              .literal("name", stringRepr(f.name()))
              .field("args", f.args())
              .field("body", f.body())
              .field("decorator_list", f.decorators())
              .optional("returns", f.returns())
              .close();
      case Ast.ClassDef c ->
          node("ClassDef")
              .literal("name", stringRepr(c.name()))
              .field("bases", c.bases())
              .field("keywords", c.keywords())
              .field("body", c.body())
              .field("decorator_list", c.decorators())
              .close();
      case Ast.Return r -> node("Return").optional("value", r.value()).close();
      case Ast.Delete d -> node("Delete").field("targets", d.targets()).close();
      case Ast.Assign a ->
          node("Assign").field("targets", a.targets()).field("value", a.value()).close();
      case Ast.AugAssign a ->
          node("AugAssign")
              .field("target", a.target())
              .literal("op", operator(a.op()))
              .field("value", a.value())
              .close();
      case Ast.AnnAssign a ->
          node("AnnAssign")
              .field("target", a.target())
              .field("annotation", a.annotation())
              .optional("value", a.value())
              .literal("simple", a.simple() ? "1" : "0")
              .close();
      case Ast.For f ->
          node(f.isAsync() ? "AsyncFor" : "For")
              .field("target", f.target())
              .field("iter", f.iter())
              .field("body", f.body())
              .field("orelse", f.orElse())
              .close();
      case Ast.While w ->
          node("While")
              .field("test", w.test())
              .field("body", w.body())
              .field("orelse", w.orElse())
              .close();
      case Ast.If i ->
          node("If")
              .field("test", i.test())
              .field("body", i.body())
              .field("orelse", i.orElse())
              .close();
      case Ast.With w ->
          node(w.isAsync() ? "AsyncWith" : "With")
              .field("items", w.items())
              .field("body", w.body())
              .close();
      case Ast.Match m -> throw new IllegalArgumentException("match statements are not dumped");
      case Ast.Raise r ->
          node("Raise").optional("exc", r.exception()).optional("cause", r.cause()).close();
      case Ast.Try t ->
          node(t.star() ? "TryStar" : "Try")
              .field("body", t.body())
              .field("handlers", t.handlers())
              .field("orelse", t.orElse())
              .field("finalbody", t.finalBody())
              .close();
      case Ast.Assert a ->
          node("Assert").field("test", a.test()).optional("msg", a.message()).close();
      case Ast.Import i -> node("Import").field("names", i.names()).close();
      case Ast.ImportFrom i -> {
        node("ImportFrom");
        if (i.module() != null) {
          literal("module", stringRepr(i.module()));
        }
        field("names", i.names()).literal("level", Integer.toString(i.level())).close();
      }
      case Ast.Global g -> {
        node("Global");
        names("names", g.names());
        close();
      }
      case Ast.Nonlocal n -> {
        node("Nonlocal");
        names("names", n.names());
        close();
      }
      case Ast.ExprStmt e -> node("Expr").field("value", e.value()).close();
      case Ast.Pass p -> node("Pass").close();
      case Ast.Break b -> node("Break").close();
      case Ast.Continue c -> node("Continue").close();
    }
  }

  private void expression(Ast.Expr expr) {
    switch (expr) {
      case Ast.BoolOp b ->
          node("BoolOp")
              .literal("op", b.isAnd() ? "And()" : "Or()")
              .field("values", b.values())
              .close();
      case Ast.NamedExpr n ->
          node("NamedExpr").field("target", n.target()).field("value", n.value()).close();
      case Ast.BinOp b ->
          node("BinOp")
              .field("left", b.left())
              .literal("op", operator(b.op()))
              .field("right", b.right())
              .close();
      case Ast.UnaryOp u ->
          node("UnaryOp")
              .literal(
                  "op",
                  switch (u.op()) {
                    case INVERT -> "Invert()";
                    case NOT -> "Not()";
                    case PLUS -> "UAdd()";
                    case MINUS -> "USub()";
                  })
              .field("operand", u.operand())
              .close();
      case Ast.Lambda l -> node("Lambda").field("args", l.args()).field("body", l.body()).close();
      case Ast.IfExp i ->
          node("IfExp")
              .field("test", i.test())
              .field("body", i.body())
              .field("orelse", i.orElse())
              .close();
      case Ast.Dict d -> node("Dict").field("keys", d.keys()).field("values", d.values()).close();
      case Ast.SetDisplay s -> node("Set").field("elts", s.elements()).close();
      case Ast.ListComp c ->
          node("ListComp").field("elt", c.element()).field("generators", c.generators()).close();
      case Ast.SetComp c ->
          node("SetComp").field("elt", c.element()).field("generators", c.generators()).close();
      case Ast.DictComp c ->
          node("DictComp")
              .field("key", c.key())
              .field("value", c.value())
              .field("generators", c.generators())
              .close();
      case Ast.GeneratorExp g ->
          node("GeneratorExp")
              .field("elt", g.element())
              .field("generators", g.generators())
              .close();
      case Ast.Await a -> node("Await").field("value", a.value()).close();
      case Ast.Yield y -> node("Yield").optional("value", y.value()).close();
      case Ast.YieldFrom y -> node("YieldFrom").field("value", y.value()).close();
      case Ast.Compare c -> {
        node("Compare").field("left", c.left());
        separator();
        out.append("ops=[");
        for (int i = 0; i < c.ops().size(); i++) {
          out.append(i > 0 ? ", " : "").append(compareOperator(c.ops().get(i)));
        }
        out.append(']');
        field("comparators", c.comparators()).close();
      }
      case Ast.Call c ->
          node("Call")
              .field("func", c.function())
              .field("args", c.args())
              .field("keywords", c.keywords())
              .close();
      case Ast.FormattedValue f ->
          node("FormattedValue")
              .field("value", f.value())
              .literal("conversion", Integer.toString(f.conversion()))
              .optional("format_spec", f.formatSpec())
              .close();
      case Ast.JoinedStr j -> node("JoinedStr").field("values", j.values()).close();
      case Ast.Constant c -> node("Constant").literal("value", constantRepr(c.value())).close();
      case Ast.Attribute a ->
          node("Attribute")
              .field("value", a.value())
              .literal("attr", stringRepr(a.attribute()))
              .field("ctx", a.context())
              .close();
      case Ast.Subscript s ->
          node("Subscript")
              .field("value", s.value())
              .field("slice", s.slice())
              .field("ctx", s.context())
              .close();
      case Ast.Starred s ->
          node("Starred").field("value", s.value()).field("ctx", s.context()).close();
      case Ast.Name n ->
          node("Name").literal("id", stringRepr(n.id())).field("ctx", n.context()).close();
      case Ast.ListDisplay l ->
          node("List").field("elts", l.elements()).field("ctx", l.context()).close();
      case Ast.Tuple t ->
          node("Tuple").field("elts", t.elements()).field("ctx", t.context()).close();
      case Ast.Slice s ->
          node("Slice")
              .optional("lower", s.lower())
              .optional("upper", s.upper())
              .optional("step", s.step())
              .close();
    }
  }

  private static String operator(Ast.Operator op) {
    return switch (op) {
      case ADD -> "Add()";
      case SUB -> "Sub()";
      case MULT -> "Mult()";
      case MAT_MULT -> "MatMult()";
      case DIV -> "Div()";
      case MOD -> "Mod()";
      case POW -> "Pow()";
      case LSHIFT -> "LShift()";
      case RSHIFT -> "RShift()";
      case BIT_OR -> "BitOr()";
      case BIT_XOR -> "BitXor()";
      case BIT_AND -> "BitAnd()";
      case FLOOR_DIV -> "FloorDiv()";
    };
  }

  private static String compareOperator(Ast.CompareOperator op) {
    return switch (op) {
      case EQ -> "Eq()";
      case NOT_EQ -> "NotEq()";
      case LT -> "Lt()";
      case LT_E -> "LtE()";
      case GT -> "Gt()";
      case GT_E -> "GtE()";
      case IS -> "Is()";
      case IS_NOT -> "IsNot()";
      case IN -> "In()";
      case NOT_IN -> "NotIn()";
    };
  }

  // --- Python reprs of constants ---

  static String constantRepr(Object value) {
    if (value == Ast.NONE) {
      return "None";
    } else if (value == Ast.ELLIPSIS) {
      return "Ellipsis";
    }
    return switch (value) {
      case Boolean b -> b ? "True" : "False";
      case Long l -> l.toString();
      case BigInteger b -> b.toString();
      case Double d -> FloatFormat.repr(d);
      case NumberLiteral.Imaginary i -> imaginaryRepr(i.value());
      case String s -> stringRepr(s);
      case byte[] b -> bytesRepr(b);
      default -> throw new IllegalArgumentException("constant " + value.getClass());
    };
  }

  /** Python's repr of {@code value * 1j}: the float's repr without a trailing ".0", then 'j'. */
  static String imaginaryRepr(double value) {
    String text = FloatFormat.repr(value);
    return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + "j";
  }

  static String stringRepr(String s) {
    return Disassembler.stringRepr(s);
  }

  static String bytesRepr(byte[] bytes) {
    return Disassembler.bytesRepr(bytes);
  }
}
