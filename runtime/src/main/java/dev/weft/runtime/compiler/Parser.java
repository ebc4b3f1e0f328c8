package dev.weft.runtime.compiler;

import dev.weft.runtime.compiler.Ast.Alias;
import dev.weft.runtime.compiler.Ast.Arguments;
import dev.weft.runtime.compiler.Ast.Context;
import dev.weft.runtime.compiler.Ast.ExceptHandler;
import dev.weft.runtime.compiler.Ast.Expr;
import dev.weft.runtime.compiler.Ast.Keyword;
import dev.weft.runtime.compiler.Ast.Operator;
import dev.weft.runtime.compiler.Ast.Stmt;
import dev.weft.runtime.compiler.Ast.WithItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The parser: Python 3.11 source to an {@link Ast.Module}, statements here and expressions in
 * {@link ExpressionParser}. Recursive descent over CPython's grammar ({@code Grammar/python.gram}),
 * with its error messages for the common mistakes (a missing colon, a block that is not indented,
 * an invalid assignment target, a legacy print statement, a missing comma).
 */
public final class Parser extends ExpressionParser {
  private static final Map<String, Operator> AUGMENTED =
      Map.ofEntries(
          Map.entry("+=", Operator.ADD),
          Map.entry("-=", Operator.SUB),
          Map.entry("*=", Operator.MULT),
          Map.entry("@=", Operator.MAT_MULT),
          Map.entry("/=", Operator.DIV),
          Map.entry("%=", Operator.MOD),
          Map.entry("**=", Operator.POW),
          Map.entry("<<=", Operator.LSHIFT),
          Map.entry(">>=", Operator.RSHIFT),
          Map.entry("|=", Operator.BIT_OR),
          Map.entry("^=", Operator.BIT_XOR),
          Map.entry("&=", Operator.BIT_AND),
          Map.entry("//=", Operator.FLOOR_DIV));

  private Parser(Tokenizer tokenizer, String filename) {
    super(TokenStream.of(tokenizer), filename);
  }

  /** Parses a whole module. */
  public static Ast.Module parse(String filename, String source) throws PySyntaxError {
    Tokenizer tokenizer = new Tokenizer(filename, source);
    Parser parser = new Parser(tokenizer, filename);
    try {
      return parser.module();
    } catch (PySyntaxError e) {
      throw e.message().equals("invalid syntax") ? betterError(tokenizer, e) : e;
    }
  }

  /**
   * After a generic "invalid syntax", CPython tokenizes the rest of the file and raises a tokenizer
   * error found there instead ({@code _PyPegen_tokenize_full_source_to_check_for_errors}); an
   * unclosed bracket replaces it only if it was opened on an earlier line.
   */
  private static PySyntaxError betterError(Tokenizer tokenizer, PySyntaxError generic) {
    try {
      while (tokenizer.next().kind() != TokenKind.ENDMARKER) {
        // scanning for errors only
      }
    } catch (PySyntaxError later) {
      if (later.surfacesInFullSourceCheck()
          && (!later.message().endsWith("was never closed") || later.line() < generic.line())) {
        return later;
      }
    }
    return generic;
  }

  /** Parses a module from bytes, honouring a BOM and a PEP 263 coding declaration. */
  public static Ast.Module parse(String filename, byte[] source) throws PySyntaxError {
    return parse(filename, Tokenizer.decode(source, filename));
  }

  private Ast.Module module() throws PySyntaxError {
    List<Stmt> body = new ArrayList<>();
    while (!at(TokenKind.ENDMARKER)) {
      if (at(TokenKind.NEWLINE)) {
        advance();
        continue;
      }
      if (at(TokenKind.INDENT)) {
        throw unexpectedIndent();
      }
      statement(body);
    }
    return new Ast.Module(body, new Ast.Span(1, 0, 1, 0));
  }

  // --- Statements ---

  private void statement(List<Stmt> into) throws PySyntaxError {
    Token first = peek();
    if (first.kind() == TokenKind.NAME) {
      switch (first.text()) {
        case "def", "class", "if", "while", "for", "try", "with" -> {
          into.add(compoundStatement());
          return;
        }
        case "async" -> {
          if (atAhead(1, "def") || atAhead(1, "for") || atAhead(1, "with")) {
            into.add(compoundStatement());
            return;
          }
        }
        case "match" -> {
          Stmt match = tryMatch();
          if (match != null) {
            into.add(match);
            return;
          }
        }
        default -> {}
      }
    } else if (first.kind() == TokenKind.OP && first.text().equals("@")) {
      into.add(compoundStatement());
      return;
    }
    simpleStatements(into);
  }

  private void simpleStatements(List<Stmt> into) throws PySyntaxError {
    while (true) {
      into.add(simpleStatement());
      if (accept(";")) {
        if (at(TokenKind.NEWLINE)) {
          break;
        }
        continue;
      }
      break;
    }
    if (!at(TokenKind.NEWLINE)) {
      throw invalidSyntax();
    }
    advance();
  }

  private Stmt simpleStatement() throws PySyntaxError {
    Token first = peek();
    if (first.kind() == TokenKind.NAME) {
      switch (first.text()) {
        case "pass" -> {
          advance();
          return new Ast.Pass(span(first));
        }
        case "break" -> {
          advance();
          return new Ast.Break(span(first));
        }
        case "continue" -> {
          advance();
          return new Ast.Continue(span(first));
        }
        case "return" -> {
          advance();
          Expr value = startsExpression() ? starExpressions() : null;
          return new Ast.Return(value, spanFrom(first));
        }
        case "raise" -> {
          return raiseStatement();
        }
        case "del" -> {
          return deleteStatement();
        }
        case "assert" -> {
          advance();
          Expr test = expression();
          Expr message = accept(",") ? expression() : null;
          return new Ast.Assert(test, message, spanFrom(first));
        }
        case "global", "nonlocal" -> {
          advance();
          List<String> names = new ArrayList<>();
          do {
            names.add(expectIdentifier().text());
          } while (accept(","));
          return first.text().equals("global")
              ? new Ast.Global(names, spanFrom(first))
              : new Ast.Nonlocal(names, spanFrom(first));
        }
        case "import" -> {
          return importStatement();
        }
        case "from" -> {
          return fromImport();
        }
        default -> {}
      }
    }
    return expressionStatement();
  }

  private Stmt raiseStatement() throws PySyntaxError {
    Token first = advance();
    Expr exception = null;
    Expr cause = null;
    if (startsExpression()) {
      exception = expression();
      if (accept("from")) {
        cause = expression();
      }
    }
    return new Ast.Raise(exception, cause, spanFrom(first));
  }

  private Stmt deleteStatement() throws PySyntaxError {
    Token first = advance();
    List<Expr> targets = new ArrayList<>();
    do {
      if (at(TokenKind.NEWLINE) || at(";")) {
        break;
      }
      Expr target = bitwiseOr();
      targets.add(TargetValidator.delete(this, target));
    } while (accept(","));
    if (targets.isEmpty()) {
      throw invalidSyntax();
    }
    return new Ast.Delete(targets, spanFrom(first));
  }

  private Stmt importStatement() throws PySyntaxError {
    Token first = advance();
    List<Alias> names = new ArrayList<>();
    do {
      Token start = peek();
      String name = dottedName();
      String asName = accept("as") ? expectIdentifier().text() : null;
      names.add(new Alias(name, asName, spanFrom(start)));
    } while (accept(","));
    return new Ast.Import(names, spanFrom(first));
  }

  private String dottedName() throws PySyntaxError {
    StringBuilder name = new StringBuilder(expectIdentifier().text());
    while (accept(".")) {
      name.append('.').append(expectIdentifier().text());
    }
    return name.toString();
  }

  private Stmt fromImport() throws PySyntaxError {
    Token first = advance();
    int level = 0;
    while (at(".") || at("...")) {
      level += advance().text().length();
    }
    String module = level > 0 && at("import") ? null : dottedName();
    expect("import");
    List<Alias> names = new ArrayList<>();
    if (at("*")) {
      Token star = advance();
      names.add(new Alias("*", null, span(star)));
      return new Ast.ImportFrom(module, names, level, spanFrom(first));
    }
    boolean parenthesized = accept("(");
    do {
      if (parenthesized && at(")")) {
        break;
      }
      if (!parenthesized && !names.isEmpty() && at(TokenKind.NEWLINE)) {
        throw error("trailing comma not allowed without surrounding parentheses", peek());
      }
      Token start = peek();
      String name = expectIdentifier().text();
      String asName = accept("as") ? expectIdentifier().text() : null;
      names.add(new Alias(name, asName, spanFrom(start)));
    } while (accept(","));
    if (parenthesized) {
      expect(")");
    }
    return new Ast.ImportFrom(module, names, level, spanFrom(first));
  }

  /** Expression statements and every kind of assignment. */
  private Stmt expressionStatement() throws PySyntaxError {
    Token first = peek();
    Expr head = at("yield") ? yieldExpression() : starExpressions();
    if (at(":")) {
      return annotatedAssignment(first, head);
    }
    Token operator = peek();
    if (operator.kind() == TokenKind.OP && AUGMENTED.containsKey(operator.text())) {
      if (!(head instanceof Ast.Name
          || head instanceof Ast.Attribute
          || head instanceof Ast.Subscript)) {
        throw error(
            "'"
                + TargetValidator.describe(head)
                + "' is an illegal expression for augmented"
                + " assignment",
            head.span());
      }
      advance();
      Expr value = at("yield") ? yieldExpression() : starExpressions();
      return new Ast.AugAssign(
          TargetValidator.store(this, head),
          AUGMENTED.get(operator.text()),
          value,
          spanFrom(first));
    }
    if (!at("=")) {
      legacyStatementCheck(head);
      return new Ast.ExprStmt(head, spanFrom(first));
    }
    List<Expr> targets = new ArrayList<>();
    Expr value = head;
    while (accept("=")) {
      targets.add(value);
      value = at("yield") ? yieldExpression() : starExpressions();
    }
    List<Expr> stored = new ArrayList<>(targets.size());
    for (Expr target : targets) {
      stored.add(assignmentTarget(target, targets.size() == 1 && !at("=")));
    }
    return new Ast.Assign(stored, value, spanFrom(first));
  }

  private Expr assignmentTarget(Expr target, boolean single) throws PySyntaxError {
    if (target instanceof Ast.Yield || target instanceof Ast.YieldFrom) {
      throw error("assignment to yield expression not possible", target.span());
    }
    Expr invalid = TargetValidator.invalidPart(target);
    if (invalid == null) {
      return TargetValidator.store(this, target);
    }
    boolean suggestEquals =
        single
            && invalid == target
            && !(target instanceof Ast.Constant c
                && (c.value() == Ast.NONE || c.value() instanceof Boolean))
            && !(target instanceof Ast.GeneratorExp)
            && isBitwiseOrLevel(target);
    String message = "cannot assign to " + TargetValidator.describe(invalid);
    throw error(
        suggestEquals ? message + " here. Maybe you meant '==' instead of '='?" : message,
        invalid.span());
  }

  /** Whether {@code e} can stand as CPython's {@code bitwise_or} (no comparison, not, and, or). */
  private static boolean isBitwiseOrLevel(Expr e) {
    return !(e instanceof Ast.Compare
        || e instanceof Ast.BoolOp
        || e instanceof Ast.IfExp
        || e instanceof Ast.Lambda
        || e instanceof Ast.NamedExpr
        || e instanceof Ast.Starred
        || (e instanceof Ast.UnaryOp u && u.op() == Ast.UnaryOperator.NOT));
  }

  private Stmt annotatedAssignment(Token first, Expr target) throws PySyntaxError {
    if (target instanceof Ast.Tuple tuple) {
      throw error(
          "only single target (not tuple) can be annotated", tuple.elements().getFirst().span());
    }
    if (target instanceof Ast.ListDisplay) {
      throw error("only single target (not list) can be annotated", target.span());
    }
    if (!(target instanceof Ast.Name
        || target instanceof Ast.Attribute
        || target instanceof Ast.Subscript)) {
      throw error("illegal target for annotation", target.span());
    }
    boolean simple = target instanceof Ast.Name && first.text().equals(((Ast.Name) target).id());
    advance();
    Expr annotation = expression();
    Expr value = null;
    if (accept("=")) {
      value = at("yield") ? yieldExpression() : starExpressions();
    }
    return new Ast.AnnAssign(
        TargetValidator.store(this, target), annotation, value, simple, spanFrom(first));
  }

  /** {@code print x} and {@code exec x}: CPython's "Missing parentheses" hint. */
  private void legacyStatementCheck(Expr head) throws PySyntaxError {
    if (head instanceof Ast.Name name
        && (name.id().equals("print") || name.id().equals("exec"))
        && startsExpression()) {
      Expr argument = starExpressions();
      throw error(
          "Missing parentheses in call to '"
              + name.id()
              + "'. Did you mean "
              + name.id()
              + "(...)?",
          Ast.Span.between(head.span(), argument.span()));
    }
  }

  // --- Compound statements ---

  private Stmt compoundStatement() throws PySyntaxError {
    List<Expr> decorators = new ArrayList<>();
    Token first = peek();
    while (at("@")) {
      advance();
      decorators.add(namedExpression());
      expectNewline();
    }
    Token keyword = peek();
    return switch (keyword.text()) {
      case "def" -> functionDef(first, decorators, false);
      case "class" -> classDef(first, decorators);
      case "async" -> {
        advance();
        if (at("def")) {
          yield functionDef(first, decorators, true);
        }
        requireNoDecorators(decorators);
        yield at("for") ? forStatement(first, true) : withStatement(first, true);
      }
      default -> {
        requireNoDecorators(decorators);
        yield switch (keyword.text()) {
          case "if" -> ifStatement();
          case "while" -> whileStatement();
          case "for" -> forStatement(first, false);
          case "try" -> tryStatement();
          case "with" -> withStatement(first, false);
          default -> throw invalidSyntax();
        };
      }
    };
  }

  private void requireNoDecorators(List<Expr> decorators) throws PySyntaxError {
    if (!decorators.isEmpty()) {
      throw invalidSyntax();
    }
  }

  private void expectNewline() throws PySyntaxError {
    if (!at(TokenKind.NEWLINE)) {
      throw invalidSyntax();
    }
    advance();
  }

  private Stmt functionDef(Token first, List<Expr> decorators, boolean isAsync)
      throws PySyntaxError {
    Token def = expect("def");
    Token name = expectIdentifier();
    expect("(");
    Arguments args = parameters(")", true);
    expect(")");
    Expr returns = accept("->") ? expression() : null;
    List<Stmt> body = block("function definition on line " + def.line());
    return new Ast.FunctionDef(
        name.text(), args, body, decorators, returns, isAsync, spanFrom(first));
  }

  private Stmt classDef(Token first, List<Expr> decorators) throws PySyntaxError {
    Token keyword = expect("class");
    Token name = expectIdentifier();
    List<Expr> bases = List.of();
    List<Keyword> keywords = List.of();
    if (at("(")) {
      advance();
      Ast.Call call = (Ast.Call) callArguments(new Ast.Name(name.text(), Context.LOAD, span(name)));
      bases = call.args();
      keywords = call.keywords();
    }
    List<Stmt> body = block("class definition on line " + keyword.line());
    return new Ast.ClassDef(name.text(), bases, keywords, body, decorators, spanFrom(first));
  }

  private Stmt ifStatement() throws PySyntaxError {
    Token keyword = advance();
    Expr test = namedExpression();
    List<Stmt> body = block("'" + keyword.text() + "' statement on line " + keyword.line());
    List<Stmt> orElse = List.of();
    if (at("elif")) {
      orElse = List.of(ifStatement());
    } else if (at("else")) {
      Token elseToken = advance();
      orElse = block("'else' statement on line " + elseToken.line());
    }
    return new Ast.If(test, body, orElse, spanFrom(keyword));
  }

  private Stmt whileStatement() throws PySyntaxError {
    Token keyword = advance();
    Expr test = namedExpression();
    List<Stmt> body = block("'while' statement on line " + keyword.line());
    List<Stmt> orElse = elseBlock();
    return new Ast.While(test, body, orElse, spanFrom(keyword));
  }

  private List<Stmt> elseBlock() throws PySyntaxError {
    if (!at("else")) {
      return List.of();
    }
    Token elseToken = advance();
    return block("'else' statement on line " + elseToken.line());
  }

  private Stmt forStatement(Token first, boolean isAsync) throws PySyntaxError {
    Token keyword = expect("for");
    Expr target = starTargetList("in");
    Expr invalid = TargetValidator.invalidPart(target);
    if (invalid != null) {
      throw error("cannot assign to " + TargetValidator.describe(invalid), invalid.span());
    }
    expect("in");
    Expr iter = starExpressions();
    List<Stmt> body = block("'for' statement on line " + keyword.line());
    List<Stmt> orElse = elseBlock();
    return new Ast.For(
        TargetValidator.store(this, target), iter, body, orElse, isAsync, spanFrom(first));
  }

  private Stmt tryStatement() throws PySyntaxError {
    Token keyword = advance();
    List<Stmt> body = block("'try' statement on line " + keyword.line());
    List<ExceptHandler> handlers = new ArrayList<>();
    boolean star = false;
    while (at("except")) {
      Token except = advance();
      boolean thisStar = accept("*");
      if (!handlers.isEmpty() && thisStar != star) {
        throw error("cannot have both 'except' and 'except*' on the same 'try'", except);
      }
      star = thisStar;
      Expr type = null;
      String name = null;
      if (!at(":")) {
        type = expression();
        if (at(",")) {
          Token start = peek();
          List<Expr> elements = new ArrayList<>(List.of(type));
          while (accept(",")) {
            elements.add(expression());
          }
          if (!at("as")) {
            throw error(
                "multiple exception types must be parenthesized",
                Ast.Span.between(type.span(), span(start)));
          }
        }
        if (accept("as")) {
          name = expectIdentifier().text();
        }
      } else if (thisStar) {
        throw error("expected one or more exception types", peek());
      }
      List<Stmt> handlerBody =
          block("'except" + (thisStar ? "*" : "") + "' statement on line " + except.line());
      handlers.add(new ExceptHandler(type, name, handlerBody, spanFrom(except)));
    }
    List<Stmt> orElse = handlers.isEmpty() ? List.of() : elseBlock();
    List<Stmt> finalBody = List.of();
    if (at("finally")) {
      Token finallyToken = advance();
      finalBody = block("'finally' statement on line " + finallyToken.line());
    }
    if (handlers.isEmpty() && finalBody.isEmpty()) {
      throw error("expected 'except' or 'finally' block", peek());
    }
    return new Ast.Try(body, handlers, orElse, finalBody, star, spanFrom(keyword));
  }

  private Stmt withStatement(Token first, boolean isAsync) throws PySyntaxError {
    Token keyword = expect("with");
    List<WithItem> items = null;
    if (at("(")) {
      int mark = mark();
      try {
        advance();
        List<WithItem> parenthesized = new ArrayList<>();
        do {
          if (at(")")) {
            break;
          }
          parenthesized.add(withItem());
        } while (accept(","));
        expect(")");
        if (at(":")) {
          items = parenthesized;
        } else {
          reset(mark);
        }
      } catch (PySyntaxError e) {
        reset(mark);
      }
    }
    if (items == null) {
      items = new ArrayList<>();
      do {
        items.add(withItem());
      } while (accept(","));
    }
    List<Stmt> body = block("'with' statement on line " + keyword.line());
    return new Ast.With(items, body, isAsync, spanFrom(first));
  }

  private WithItem withItem() throws PySyntaxError {
    Expr context = expression();
    Expr vars = null;
    if (accept("as")) {
      vars = TargetValidator.store(this, starTarget());
    }
    return new WithItem(context, vars);
  }

  /** {@code match} as a soft keyword: parsed only far enough for the compiler to refuse it. */
  private Stmt tryMatch() throws PySyntaxError {
    int mark = mark();
    Token keyword = advance();
    Expr subject;
    try {
      if (!startsExpression()) {
        reset(mark);
        return null;
      }
      subject = starNamedExpressionList();
      if (!at(":")
          || !(peek(1).kind() == TokenKind.NEWLINE)
          || !(peek(2).kind() == TokenKind.INDENT)
          || !atAhead(3, "case")) {
        reset(mark);
        return null;
      }
    } catch (PySyntaxError e) {
      reset(mark);
      return null;
    }
    advance(); // ':'
    advance(); // NEWLINE
    advance(); // INDENT
    int cases = 0;
    while (at("case")) {
      Token caseToken = advance();
      skipPatternAndGuard();
      block("'case' statement on line " + caseToken.line());
      cases++;
    }
    if (!at(TokenKind.DEDENT)) {
      throw invalidSyntax();
    }
    advance();
    return new Ast.Match(subject, cases, spanFrom(keyword));
  }

  private Expr starNamedExpressionList() throws PySyntaxError {
    Token first = peek();
    Expr expr = starNamedExpression();
    if (!at(",")) {
      return expr;
    }
    List<Expr> elements = new ArrayList<>(List.of(expr));
    while (accept(",")) {
      if (at(":")) {
        break;
      }
      elements.add(starNamedExpression());
    }
    return new Ast.Tuple(elements, Context.LOAD, spanFrom(first));
  }

  /** Skips a case pattern and its guard, balancing brackets, up to the block's colon. */
  private void skipPatternAndGuard() throws PySyntaxError {
    int depth = 0;
    while (true) {
      Token token = peek();
      if (token.kind() == TokenKind.NEWLINE || token.kind() == TokenKind.ENDMARKER) {
        throw invalidSyntax();
      }
      if (token.kind() == TokenKind.OP) {
        switch (token.text()) {
          case "(", "[", "{" -> depth++;
          case ")", "]", "}" -> depth--;
          case ":" -> {
            if (depth == 0) {
              return;
            }
          }
          default -> {}
        }
      }
      advance();
    }
  }

  /**
   * A block after {@code ':'}: statements on the same line, or NEWLINE INDENT statements DEDENT.
   * {@code what} completes CPython's "expected an indented block after ..." message.
   */
  private List<Stmt> block(String what) throws PySyntaxError {
    if (!at(":")) {
      if (at(TokenKind.NEWLINE)) {
        throw error("expected ':'", peek());
      }
      throw invalidSyntax();
    }
    advance();
    List<Stmt> body = new ArrayList<>();
    if (!at(TokenKind.NEWLINE)) {
      simpleStatements(body);
      return body;
    }
    advance();
    if (!at(TokenKind.INDENT)) {
      throw error(
          PySyntaxError.Kind.INDENTATION_ERROR, "expected an indented block after " + what, peek());
    }
    advance();
    while (!at(TokenKind.DEDENT) && !at(TokenKind.ENDMARKER)) {
      if (at(TokenKind.INDENT)) {
        throw unexpectedIndent();
      }
      statement(body);
    }
    accept(TokenKind.DEDENT);
    return body;
  }

  /** CPython puts "unexpected indent" at the end of the indentation, as a 1-based-less offset. */
  private PySyntaxError unexpectedIndent() throws PySyntaxError {
    Token indent = peek();
    PySyntaxError e = error(PySyntaxError.Kind.INDENTATION_ERROR, "unexpected indent", indent);
    return e.relocated(indent.line(), indent.endColumn(), indent.line(), -1, e.text());
  }

  private boolean accept(TokenKind kind) throws PySyntaxError {
    if (at(kind)) {
      advance();
      return true;
    }
    return false;
  }
}
