package dev.weft.runtime.compiler;

import dev.weft.runtime.compiler.Ast.Arg;
import dev.weft.runtime.compiler.Ast.Arguments;
import dev.weft.runtime.compiler.Ast.Comprehension;
import dev.weft.runtime.compiler.Ast.Context;
import dev.weft.runtime.compiler.Ast.Expr;
import dev.weft.runtime.compiler.Ast.Keyword;
import dev.weft.runtime.compiler.Ast.Operator;
import dev.weft.runtime.compiler.Ast.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Expressions of CPython 3.11's grammar ({@code Grammar/python.gram}), by recursive descent with
 * one function per precedence level, and the conversion of expressions into assignment and deletion
 * targets with CPython's error messages ("cannot assign to function call", ...).
 */
class ExpressionParser extends TokenStream {
  /** CPython's limit on nesting in the parser ({@code MAXSTACK}), as RecursionError's cousin. */
  private static final int MAX_DEPTH = 200;

  private int depth;

  ExpressionParser(Source source, String filename) {
    super(source, filename);
  }

  // --- Expression lists ---

  /** {@code star_expressions}: an expression, or a tuple of them with optional stars. */
  final Expr starExpressions() throws PySyntaxError {
    Token first = peek();
    Expr expr = starExpression();
    if (!at(",")) {
      return expr;
    }
    List<Expr> elements = new ArrayList<>();
    elements.add(expr);
    while (accept(",")) {
      if (!startsExpression()) {
        break;
      }
      elements.add(starExpression());
    }
    return new Ast.Tuple(elements, Context.LOAD, spanFrom(first));
  }

  final Expr starExpression() throws PySyntaxError {
    if (at("*")) {
      Token star = advance();
      Expr value = bitwiseOr();
      return new Ast.Starred(value, Context.LOAD, spanFrom(star));
    }
    return expression();
  }

  /** {@code star_named_expression}: list and set display elements. */
  final Expr starNamedExpression() throws PySyntaxError {
    if (at("*")) {
      Token star = advance();
      Expr value = bitwiseOr();
      return new Ast.Starred(value, Context.LOAD, spanFrom(star));
    }
    return namedExpression();
  }

  /** Whether the next token can begin an expression (used after a trailing comma). */
  final boolean startsExpression() throws PySyntaxError {
    Token token = peek();
    return switch (token.kind()) {
      case NAME ->
          !TokenStream.KEYWORDS.contains(token.text())
              || switch (token.text()) {
                case "None", "True", "False", "not", "lambda", "await", "yield" -> true;
                default -> false;
              };
      case NUMBER, STRING -> true;
      case OP ->
          switch (token.text()) {
            case "(", "[", "{", "-", "+", "~", "*", "...", "**" -> true;
            default -> false;
          };
      default -> false;
    };
  }

  // --- Single expressions ---

  /** {@code named_expression}: {@code NAME := expression}, or an expression. */
  final Expr namedExpression() throws PySyntaxError {
    if (atIdentifier() && atAhead(1, ":=")) {
      Token name = advance();
      advance();
      Expr value = expression();
      return new Ast.NamedExpr(
          new Ast.Name(name.text(), Context.STORE, span(name)), value, spanFrom(name));
    }
    Expr expr = expression();
    if (at(":=")) {
      throw error(
          "cannot use assignment expressions with " + TargetValidator.describe(expr), expr.span());
    }
    return expr;
  }

  /**
   * Counts one level of recursion; past CPython's limit the input is refused with a syntax error
   * instead of exhausting the Java stack. Pair with {@link #leave()} in a finally block.
   */
  private void enter() throws PySyntaxError {
    if (++depth > MAX_DEPTH) {
      depth--;
      throw error("too many nested parentheses", peek());
    }
  }

  private void leave() {
    depth--;
  }

  /** {@code expression}: a conditional expression, a disjunction or a lambda. */
  final Expr expression() throws PySyntaxError {
    enter();
    try {
      if (at("lambda")) {
        return lambda();
      }
      Expr body = disjunction();
      if (at("if")) {
        advance();
        Expr test = disjunction();
        if (!at("else")) {
          throw error("expected 'else' after 'if' expression", peek());
        }
        advance();
        Expr orElse = expression();
        return new Ast.IfExp(test, body, orElse, spanFrom(body.span()));
      }
      return body;
    } finally {
      leave();
    }
  }

  private Expr lambda() throws PySyntaxError {
    Token keyword = advance();
    Arguments args = at(":") ? Arguments.EMPTY : parameters(":", false);
    expect(":");
    Expr body = expression();
    return new Ast.Lambda(args, body, spanFrom(keyword));
  }

  private Expr disjunction() throws PySyntaxError {
    Expr first = conjunction();
    if (!at("or")) {
      return first;
    }
    List<Expr> values = new ArrayList<>(List.of(first));
    while (accept("or")) {
      values.add(conjunction());
    }
    return new Ast.BoolOp(false, values, spanFrom(first.span()));
  }

  private Expr conjunction() throws PySyntaxError {
    Expr first = inversion();
    if (!at("and")) {
      return first;
    }
    List<Expr> values = new ArrayList<>(List.of(first));
    while (accept("and")) {
      values.add(inversion());
    }
    return new Ast.BoolOp(true, values, spanFrom(first.span()));
  }

  private Expr inversion() throws PySyntaxError {
    if (at("not")) {
      enter();
      try {
        Token not = advance();
        Expr operand = inversion();
        return new Ast.UnaryOp(Ast.UnaryOperator.NOT, operand, spanFrom(not));
      } finally {
        leave();
      }
    }
    return comparison();
  }

  private Expr comparison() throws PySyntaxError {
    Expr left = bitwiseOr();
    List<Ast.CompareOperator> ops = new ArrayList<>();
    List<Expr> comparators = new ArrayList<>();
    while (true) {
      Ast.CompareOperator op = compareOperator();
      if (op == null) {
        break;
      }
      ops.add(op);
      comparators.add(bitwiseOr());
    }
    return ops.isEmpty() ? left : new Ast.Compare(left, ops, comparators, spanFrom(left.span()));
  }

  private Ast.CompareOperator compareOperator() throws PySyntaxError {
    Token token = peek();
    if (token.kind() != TokenKind.OP && token.kind() != TokenKind.NAME) {
      return null;
    }
    Ast.CompareOperator op =
        switch (token.text()) {
          case "==" -> Ast.CompareOperator.EQ;
          case "!=" -> Ast.CompareOperator.NOT_EQ;
          case "<" -> Ast.CompareOperator.LT;
          case "<=" -> Ast.CompareOperator.LT_E;
          case ">" -> Ast.CompareOperator.GT;
          case ">=" -> Ast.CompareOperator.GT_E;
          case "in" -> Ast.CompareOperator.IN;
          case "is" -> atAhead(1, "not") ? Ast.CompareOperator.IS_NOT : Ast.CompareOperator.IS;
          case "not" -> atAhead(1, "in") ? Ast.CompareOperator.NOT_IN : null;
          default -> null;
        };
    if (op != null) {
      advance();
      if (op == Ast.CompareOperator.IS_NOT || op == Ast.CompareOperator.NOT_IN) {
        advance();
      }
    }
    return op;
  }

  final Expr bitwiseOr() throws PySyntaxError {
    Expr left = bitwiseXor();
    while (at("|")) {
      advance();
      left = new Ast.BinOp(left, Operator.BIT_OR, bitwiseXor(), spanFrom(left.span()));
    }
    return left;
  }

  private Expr bitwiseXor() throws PySyntaxError {
    Expr left = bitwiseAnd();
    while (at("^")) {
      advance();
      left = new Ast.BinOp(left, Operator.BIT_XOR, bitwiseAnd(), spanFrom(left.span()));
    }
    return left;
  }

  private Expr bitwiseAnd() throws PySyntaxError {
    Expr left = shift();
    while (at("&")) {
      advance();
      left = new Ast.BinOp(left, Operator.BIT_AND, shift(), spanFrom(left.span()));
    }
    return left;
  }

  private Expr shift() throws PySyntaxError {
    Expr left = sum();
    while (true) {
      Operator op = at("<<") ? Operator.LSHIFT : at(">>") ? Operator.RSHIFT : null;
      if (op == null) {
        return left;
      }
      advance();
      left = new Ast.BinOp(left, op, sum(), spanFrom(left.span()));
    }
  }

  private Expr sum() throws PySyntaxError {
    Expr left = term();
    while (true) {
      Operator op = at("+") ? Operator.ADD : at("-") ? Operator.SUB : null;
      if (op == null) {
        return left;
      }
      advance();
      left = new Ast.BinOp(left, op, term(), spanFrom(left.span()));
    }
  }

  private Expr term() throws PySyntaxError {
    Expr left = factor();
    while (true) {
      Operator op =
          at("*")
              ? Operator.MULT
              : at("/")
                  ? Operator.DIV
                  : at("//")
                      ? Operator.FLOOR_DIV
                      : at("%") ? Operator.MOD : at("@") ? Operator.MAT_MULT : null;
      if (op == null) {
        return left;
      }
      advance();
      left = new Ast.BinOp(left, op, factor(), spanFrom(left.span()));
    }
  }

  private Expr factor() throws PySyntaxError {
    Ast.UnaryOperator op =
        at("-")
            ? Ast.UnaryOperator.MINUS
            : at("+") ? Ast.UnaryOperator.PLUS : at("~") ? Ast.UnaryOperator.INVERT : null;
    if (op != null) {
      enter();
      try {
        Token sign = advance();
        Expr operand = factor();
        return new Ast.UnaryOp(op, operand, spanFrom(sign));
      } finally {
        leave();
      }
    }
    return power();
  }

  private Expr power() throws PySyntaxError {
    Expr base = awaitPrimary();
    if (at("**")) {
      enter();
      try {
        advance();
        Expr exponent = factor();
        return new Ast.BinOp(base, Operator.POW, exponent, spanFrom(base.span()));
      } finally {
        leave();
      }
    }
    return base;
  }

  private Expr awaitPrimary() throws PySyntaxError {
    if (at("await")) {
      Token await = advance();
      Expr value = primary();
      return new Ast.Await(value, spanFrom(await));
    }
    return primary();
  }

  /** {@code primary}: an atom followed by attribute references, calls and subscripts. */
  final Expr primary() throws PySyntaxError {
    Expr expr = atom();
    while (true) {
      if (at(".")) {
        advance();
        Token name = expectIdentifier();
        expr = new Ast.Attribute(expr, name.text(), Context.LOAD, spanFrom(expr.span()));
      } else if (at("(")) {
        advance();
        expr = callArguments(expr);
      } else if (at("[")) {
        advance();
        Expr slice = slices();
        expect("]");
        expr = new Ast.Subscript(expr, slice, Context.LOAD, spanFrom(expr.span()));
      } else {
        return expr;
      }
    }
  }

  private Expr slices() throws PySyntaxError {
    Token first = peek();
    Expr slice = slice();
    if (!at(",")) {
      // a[*b] is a[(*b,)] (PEP 646), as CPython's grammar makes it.
      return slice instanceof Ast.Starred
          ? new Ast.Tuple(List.of(slice), Context.LOAD, slice.span())
          : slice;
    }
    List<Expr> elements = new ArrayList<>(List.of(slice));
    while (accept(",")) {
      if (at("]")) {
        break;
      }
      elements.add(slice());
    }
    return new Ast.Tuple(elements, Context.LOAD, spanFrom(first));
  }

  private Expr slice() throws PySyntaxError {
    Token first = peek();
    if (at("*")) {
      return starExpression();
    }
    Expr lower = at(":") ? null : namedExpression();
    if (!at(":")) {
      return lower;
    }
    advance();
    Expr upper = at(":") || at(",") || at("]") ? null : expression();
    Expr step = null;
    if (accept(":")) {
      step = at(",") || at("]") ? null : expression();
    }
    return new Ast.Slice(lower, upper, step, spanFrom(first));
  }

  /** The arguments of a call whose '(' has been consumed, through the ')'. */
  final Expr callArguments(Expr function) throws PySyntaxError {
    List<Expr> args = new ArrayList<>();
    List<Keyword> keywords = new ArrayList<>();
    boolean sawKeyword = false;
    boolean sawDoubleStar = false;
    while (!at(")")) {
      Token first = peek();
      if (at("**")) {
        advance();
        Expr value = expression();
        keywords.add(new Keyword(null, value, spanFrom(first)));
        sawDoubleStar = true;
      } else if (at("*")) {
        advance();
        Expr value = expression();
        if (sawDoubleStar) {
          throw error(
              "iterable argument unpacking follows keyword argument unpacking", spanFrom(first));
        }
        args.add(new Ast.Starred(value, Context.LOAD, spanFrom(first)));
      } else if (atIdentifier() && atAhead(1, "=")) {
        Token name = advance();
        advance();
        Expr value = expression();
        keywords.add(new Keyword(name.text(), value, spanFrom(name)));
        sawKeyword = true;
      } else {
        Expr arg = namedExpression();
        if (at("=")) {
          throw error(
              "expression cannot contain assignment, perhaps you meant \"==\"?",
              Span.between(arg.span(), span(peek())));
        }
        if (at("for") || at("async")) {
          Expr generator = generatorTail(arg, first);
          if (!args.isEmpty() || !keywords.isEmpty() || (!at(")") && !atAhead(1, ")"))) {
            throw error("Generator expression must be parenthesized", generator.span());
          }
          arg = generator;
        }
        checkMissingComma(arg);
        // CPython reports these at the token after the argument (its last token read).
        if (sawDoubleStar) {
          throw error("positional argument follows keyword argument unpacking", peek());
        }
        if (sawKeyword) {
          throw error("positional argument follows keyword argument", peek());
        }
        args.add(arg);
      }
      if (!accept(",")) {
        break;
      }
    }
    expect(")");
    return new Ast.Call(function, args, keywords, spanFrom(function.span()));
  }

  /**
   * Inside brackets, two expressions side by side: CPython's "Perhaps you forgot a comma?" over
   * both ({@code invalid_expression}). Falls back to plain "invalid syntax" if the second one does
   * not parse either.
   */
  private void checkMissingComma(Expr element) throws PySyntaxError {
    if (!startsExpression() || at("*") || at("**")) {
      return;
    }
    if (element instanceof Ast.Name name
        && (at(TokenKind.STRING) || SOFT_KEYWORDS.contains(name.id()))) {
      return;
    }
    Expr next;
    try {
      next = expression();
    } catch (PySyntaxError e) {
      throw invalidSyntax();
    }
    throw error(
        "invalid syntax. Perhaps you forgot a comma?", Span.between(element.span(), next.span()));
  }

  private static final java.util.Set<String> SOFT_KEYWORDS = java.util.Set.of("match", "case", "_");

  // --- Atoms ---

  private Expr atom() throws PySyntaxError {
    Token token = peek();
    switch (token.kind()) {
      case NAME -> {
        switch (token.text()) {
          case "None" -> {
            advance();
            return new Ast.Constant(Ast.NONE, span(token));
          }
          case "True" -> {
            advance();
            return new Ast.Constant(Boolean.TRUE, span(token));
          }
          case "False" -> {
            advance();
            return new Ast.Constant(Boolean.FALSE, span(token));
          }
          default -> {
            if (TokenStream.KEYWORDS.contains(token.text())) {
              throw invalidSyntax();
            }
            advance();
            return new Ast.Name(token.text(), Context.LOAD, span(token));
          }
        }
      }
      case NUMBER -> {
        advance();
        return new Ast.Constant(NumberLiteral.parse(token.text()), span(token));
      }
      case STRING -> {
        return strings();
      }
      case OP -> {
        switch (token.text()) {
          case "(" -> {
            return parenthesized();
          }
          case "[" -> {
            return listDisplay();
          }
          case "{" -> {
            return braceDisplay();
          }
          case "..." -> {
            advance();
            return new Ast.Constant(Ast.ELLIPSIS, span(token));
          }
          default -> throw invalidSyntax();
        }
      }
      default -> throw invalidSyntax();
    }
  }

  private Expr parenthesized() throws PySyntaxError {
    Token open = advance();
    if (accept(")")) {
      return new Ast.Tuple(List.of(), Context.LOAD, spanFrom(open));
    }
    if (at("yield")) {
      Expr yield = yieldExpression();
      expect(")");
      return yield;
    }
    Expr first = starNamedExpression();
    if (at("for") || at("async")) {
      Expr generator = generatorTail(first, open);
      expect(")");
      return reSpan(generator, spanFrom(open));
    }
    checkMissingComma(first);
    if (accept(")")) {
      return first instanceof Ast.Starred
          ? failStarred(first)
          : first; // a parenthesized expression keeps its own span, as in CPython
    }
    if (!at(",")) {
      throw invalidSyntax();
    }
    List<Expr> elements = new ArrayList<>(List.of(first));
    while (accept(",")) {
      if (at(")")) {
        break;
      }
      Expr element = starNamedExpression();
      checkMissingComma(element);
      elements.add(element);
    }
    expect(")");
    return new Ast.Tuple(elements, Context.LOAD, spanFrom(open));
  }

  private Expr failStarred(Expr starred) throws PySyntaxError {
    throw error("cannot use starred expression here", starred.span());
  }

  private Expr listDisplay() throws PySyntaxError {
    Token open = advance();
    List<Expr> elements = new ArrayList<>();
    if (!at("]")) {
      Expr first = starNamedExpression();
      if (at("for") || at("async")) {
        List<Comprehension> generators = comprehensionClauses();
        expect("]");
        return new Ast.ListComp(first, generators, spanFrom(open));
      }
      checkMissingComma(first);
      elements.add(first);
      while (accept(",")) {
        if (at("]")) {
          break;
        }
        Expr element = starNamedExpression();
        checkMissingComma(element);
        elements.add(element);
      }
    }
    expect("]");
    return new Ast.ListDisplay(elements, Context.LOAD, spanFrom(open));
  }

  private Expr braceDisplay() throws PySyntaxError {
    Token open = advance();
    if (accept("}")) {
      return new Ast.Dict(List.of(), List.of(), spanFrom(open));
    }
    if (at("**")) {
      return dictDisplay(open, null, doubleStarredValue());
    }
    Expr first = starNamedExpression();
    if (at(":") && !(first instanceof Ast.Starred)) {
      advance();
      Expr value = expression();
      if (at("for") || at("async")) {
        List<Comprehension> generators = comprehensionClauses();
        expect("}");
        return new Ast.DictComp(first, value, generators, spanFrom(open));
      }
      return dictDisplay(open, first, value);
    }
    if (at("for") || at("async")) {
      List<Comprehension> generators = comprehensionClauses();
      expect("}");
      return new Ast.SetComp(first, generators, spanFrom(open));
    }
    checkMissingComma(first);
    List<Expr> elements = new ArrayList<>(List.of(first));
    while (accept(",")) {
      if (at("}")) {
        break;
      }
      Expr element = starNamedExpression();
      checkMissingComma(element);
      elements.add(element);
    }
    expect("}");
    return new Ast.SetDisplay(elements, spanFrom(open));
  }

  private Expr doubleStarredValue() throws PySyntaxError {
    expect("**");
    return bitwiseOr();
  }

  private Expr dictDisplay(Token open, Expr firstKey, Expr firstValue) throws PySyntaxError {
    List<Expr> keys = new ArrayList<>();
    List<Expr> values = new ArrayList<>();
    keys.add(firstKey);
    values.add(firstValue);
    while (accept(",")) {
      if (at("}")) {
        break;
      }
      if (at("**")) {
        keys.add(null);
        values.add(doubleStarredValue());
      } else {
        Expr key = expression();
        if (!at(":")) {
          throw error("':' expected after dictionary key", key.span());
        }
        advance();
        keys.add(key);
        values.add(expression());
      }
    }
    expect("}");
    return new Ast.Dict(keys, values, spanFrom(open));
  }

  /** The {@code for ... in ... if ...} clauses after a comprehension's element. */
  final List<Comprehension> comprehensionClauses() throws PySyntaxError {
    List<Comprehension> generators = new ArrayList<>();
    while (at("for") || (at("async") && atAhead(1, "for"))) {
      boolean isAsync = accept("async");
      advance();
      Expr target = TargetValidator.store(this, starTargetList("in"));
      expect("in");
      Expr iter = disjunction();
      List<Expr> ifs = new ArrayList<>();
      while (accept("if")) {
        ifs.add(disjunction());
      }
      generators.add(new Comprehension(target, iter, ifs, isAsync));
    }
    return generators;
  }

  private Expr generatorTail(Expr element, Token start) throws PySyntaxError {
    List<Comprehension> generators = comprehensionClauses();
    return new Ast.GeneratorExp(element, generators, spanFrom(start));
  }

  private static Expr reSpan(Expr generator, Span span) {
    Ast.GeneratorExp g = (Ast.GeneratorExp) generator;
    return new Ast.GeneratorExp(g.element(), g.generators(), span);
  }

  /**
   * Targets of {@code for} and comprehensions: a comma-separated list of starred or plain
   * primaries, up to {@code stop}; returned in load context for {@link TargetValidator}.
   */
  final Expr starTargetList(String stop) throws PySyntaxError {
    Token first = peek();
    Expr target = starTarget();
    if (!at(",")) {
      return target;
    }
    List<Expr> elements = new ArrayList<>(List.of(target));
    while (accept(",")) {
      if (at(stop)) {
        break;
      }
      elements.add(starTarget());
    }
    return new Ast.Tuple(elements, Context.LOAD, spanFrom(first));
  }

  /** A target that may be starred ({@code star_target}), in load context. */
  final Expr starTarget() throws PySyntaxError {
    if (at("*")) {
      enter();
      try {
        Token star = advance();
        Expr value = starTarget();
        return new Ast.Starred(value, Context.LOAD, spanFrom(star));
      } finally {
        leave();
      }
    }
    return bitwiseOr();
  }

  final Expr yieldExpression() throws PySyntaxError {
    Token yield = expect("yield");
    if (accept("from")) {
      Expr value = expression();
      return new Ast.YieldFrom(value, spanFrom(yield));
    }
    Expr value = startsExpression() ? starExpressions() : null;
    return new Ast.Yield(value, spanFrom(yield));
  }

  // --- Strings ---

  private Expr strings() throws PySyntaxError {
    Token first = peek();
    List<Token> tokens = new ArrayList<>();
    while (at(TokenKind.STRING)) {
      tokens.add(advance());
    }
    Span span = spanFrom(first);
    // CPython 3.11 decodes after reading the token that follows the literals, and reports
    // f-string and mixing errors there.
    Token after = peek();
    List<StringLiteral> literals = new ArrayList<>();
    for (Token token : tokens) {
      try {
        literals.add(StringLiteral.decode(token, filename));
      } catch (PySyntaxError e) {
        if (!e.message().startsWith("f-string")) {
          throw e.relocated(e.line(), e.offset(), e.endLine(), e.endOffset(), sourceLine(e.line()));
        }
        throw error(e.kind(), e.message(), after);
      }
    }
    boolean anyBytes = false;
    boolean anyText = false;
    boolean anyFormatted = false;
    for (StringLiteral literal : literals) {
      anyBytes |= literal.kind() == StringLiteral.Kind.BYTES;
      anyText |= literal.kind() != StringLiteral.Kind.BYTES;
      anyFormatted |= literal.kind() == StringLiteral.Kind.FSTRING;
    }
    if (anyBytes && anyText) {
      throw error("cannot mix bytes and nonbytes literals", after);
    }
    if (anyBytes) {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      for (StringLiteral literal : literals) {
        bytes.writeBytes((byte[]) literal.value());
      }
      return new Ast.Constant(bytes.toByteArray(), span);
    }
    if (!anyFormatted) {
      StringBuilder text = new StringBuilder();
      for (StringLiteral literal : literals) {
        text.append((String) literal.value());
      }
      return new Ast.Constant(text.toString(), span);
    }
    return FStrings.joined(this, literals, span);
  }

  // --- Parameters (def and lambda) ---

  /**
   * Parameters up to {@code close} (")" for def, ":" for lambda), with CPython 3.11's checks.
   * Annotations only when {@code annotated}.
   */
  final Arguments parameters(String close, boolean annotated) throws PySyntaxError {
    List<Arg> positionalOnly = new ArrayList<>();
    List<Arg> args = new ArrayList<>();
    List<Expr> defaults = new ArrayList<>();
    Arg varArg = null;
    List<Arg> keywordOnly = new ArrayList<>();
    List<Expr> kwDefaults = new ArrayList<>();
    Arg kwArg = null;
    boolean afterStar = false;
    boolean sawSlash = false;
    while (!at(close)) {
      Token first = peek();
      if (kwArg != null) {
        throw error("arguments cannot follow var-keyword argument", first);
      }
      if (at("/")) {
        if (sawSlash) {
          throw error("/ may appear only once", first);
        }
        if (afterStar) {
          throw error("/ must be ahead of *", first);
        }
        if (args.isEmpty()) {
          throw error("at least one argument must precede /", first);
        }
        advance();
        sawSlash = true;
        positionalOnly.addAll(args);
        args.clear();
      } else if (at("**")) {
        advance();
        kwArg = parameter(annotated);
        if (at("=")) {
          throw error("var-keyword argument cannot have default value", peek());
        }
      } else if (at("*")) {
        if (afterStar) {
          throw error("* argument may appear only once", first);
        }
        advance();
        afterStar = true;
        if (!at(",") && !at(close)) {
          varArg = parameter(annotated);
          if (at("=")) {
            throw error("var-positional argument cannot have default value", peek());
          }
        } else if (at(close) || atAhead(1, close) && at(",")) {
          throw error("named arguments must follow bare *", first);
        }
      } else {
        Arg arg = parameter(annotated);
        Expr defaultValue = null;
        if (accept("=")) {
          defaultValue = expression();
        }
        if (afterStar) {
          keywordOnly.add(arg);
          kwDefaults.add(defaultValue);
        } else {
          if (defaultValue != null) {
            defaults.add(defaultValue);
          } else if (!defaults.isEmpty()) {
            throw error("non-default argument follows default argument", arg.span());
          }
          args.add(arg);
        }
      }
      if (!accept(",")) {
        break;
      }
    }
    return new Arguments(positionalOnly, args, varArg, keywordOnly, kwDefaults, kwArg, defaults);
  }

  private Arg parameter(boolean annotated) throws PySyntaxError {
    Token name = expectIdentifier();
    Expr annotation = null;
    if (annotated && accept(":")) {
      annotation = at("*") ? starExpression() : expression();
    }
    return new Arg(name.text(), annotation, spanFrom(name));
  }
}
