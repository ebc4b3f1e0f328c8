package dev.weft.runtime.compiler;

import static dev.weft.runtime.compiler.Scope.DEF_ANNOT;
import static dev.weft.runtime.compiler.Scope.DEF_BOUND;
import static dev.weft.runtime.compiler.Scope.DEF_COMP_ITER;
import static dev.weft.runtime.compiler.Scope.DEF_GLOBAL;
import static dev.weft.runtime.compiler.Scope.DEF_IMPORT;
import static dev.weft.runtime.compiler.Scope.DEF_LOCAL;
import static dev.weft.runtime.compiler.Scope.DEF_NONLOCAL;
import static dev.weft.runtime.compiler.Scope.DEF_PARAM;
import static dev.weft.runtime.compiler.Scope.USE;

import dev.weft.runtime.compiler.Ast.Expr;
import dev.weft.runtime.compiler.Ast.Span;
import dev.weft.runtime.compiler.Ast.Stmt;
import dev.weft.runtime.compiler.Scope.Kind;
import dev.weft.runtime.compiler.Scope.Resolution;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The symbol table (CPython's {@code Python/symtable.c}): a first pass records, per scope, every
 * name bound (assigned, imported, a parameter, declared global or nonlocal) or used; a second pass
 * resolves each name to a local, a cell (captured by an inner function), a free variable (taken
 * from an enclosing function), or a global. Class bodies are scopes whose names inner functions do
 * not see. Errors use CPython's messages.
 */
public final class SymbolTable {
  private final String filename;
  private final IntFunction<String> sourceLines;
  private Scope current;
  private boolean futureAnnotations;

  private SymbolTable(String filename, IntFunction<String> sourceLines) {
    this.filename = filename;
    this.sourceLines = sourceLines;
  }

  /** Builds and analyzes the scopes of {@code module}; returns the module scope. */
  public static Scope build(Ast.Module module, String filename, IntFunction<String> sourceLines)
      throws PySyntaxError {
    SymbolTable table = new SymbolTable(filename, sourceLines);
    Scope top = new Scope(Kind.MODULE, "top", null, module.span());
    table.current = top;
    table.statements(module.body());
    table.analyze(top, Set.of(), new HashSet<>());
    return top;
  }

  // --- Pass 1: record definitions and uses ---

  private void statements(List<Stmt> body) throws PySyntaxError {
    for (Stmt stmt : body) {
      statement(stmt);
    }
  }

  private void statement(Stmt stmt) throws PySyntaxError {
    switch (stmt) {
      case Ast.FunctionDef f -> {
        define(f.name(), DEF_LOCAL, f.span());
        expressions(f.decorators());
        defaultsAndAnnotations(f.args(), true);
        annotation(f.returns());
        Scope function = enter(Kind.FUNCTION, f.name(), f.span());
        function.coroutine = f.isAsync();
        parameters(f.args());
        statements(f.body());
        current = function.parent();
      }
      case Ast.ClassDef c -> {
        define(c.name(), DEF_LOCAL, c.span());
        expressions(c.bases());
        for (Ast.Keyword k : c.keywords()) {
          expression(k.value());
        }
        expressions(c.decorators());
        Scope cls = enter(Kind.CLASS, c.name(), c.span());
        statements(c.body());
        current = cls.parent();
      }
      case Ast.Return r -> expression(r.value());
      case Ast.Delete d -> expressions(d.targets());
      case Ast.Assign a -> {
        expressions(a.targets());
        expression(a.value());
      }
      case Ast.AugAssign a -> {
        expression(a.target());
        expression(a.value());
      }
      case Ast.AnnAssign a -> {
        if (a.target() instanceof Ast.Name name) {
          int existing = current.flags.getOrDefault(name.id(), 0);
          if ((existing & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && a.simple()) {
            throw error(
                "annotated name '"
                    + name.id()
                    + "' can't be "
                    + ((existing & DEF_GLOBAL) != 0 ? "global" : "nonlocal"),
                a.span());
          }
          define(name.id(), a.simple() ? DEF_ANNOT | DEF_LOCAL : DEF_LOCAL, name.span());
        } else {
          expression(a.target());
        }
        annotation(a.annotation());
        expression(a.value());
      }
      case Ast.For f -> {
        expression(f.target());
        expression(f.iter());
        statements(f.body());
        statements(f.orElse());
      }
      case Ast.While w -> {
        expression(w.test());
        statements(w.body());
        statements(w.orElse());
      }
      case Ast.If i -> {
        expression(i.test());
        statements(i.body());
        statements(i.orElse());
      }
      case Ast.With w -> {
        for (Ast.WithItem item : w.items()) {
          expression(item.contextExpr());
          expression(item.optionalVars());
        }
        statements(w.body());
      }
      case Ast.Match m -> expression(m.subject());
      case Ast.Raise r -> {
        expression(r.exception());
        expression(r.cause());
      }
      case Ast.Try t -> {
        statements(t.body());
        for (Ast.ExceptHandler h : t.handlers()) {
          expression(h.type());
          if (h.name() != null) {
            define(h.name(), DEF_LOCAL, h.span());
          }
          statements(h.body());
        }
        statements(t.orElse());
        statements(t.finalBody());
      }
      case Ast.Assert a -> {
        expression(a.test());
        expression(a.message());
      }
      case Ast.Import i -> imports(i.names());
      case Ast.ImportFrom i -> {
        if ("__future__".equals(i.module())) {
          for (Ast.Alias alias : i.names()) {
            futureAnnotations |= alias.name().equals("annotations");
          }
        }
        imports(i.names());
      }
      case Ast.Global g -> {
        for (String name : g.names()) {
          declare(name, DEF_GLOBAL, "global", g.span());
        }
      }
      case Ast.Nonlocal n -> {
        if (current.kind() == Kind.MODULE) {
          throw error("nonlocal declaration not allowed at module level", n.span());
        }
        for (String name : n.names()) {
          declare(name, DEF_NONLOCAL, "nonlocal", n.span());
        }
      }
      case Ast.ExprStmt e -> expression(e.value());
      case Ast.Pass p -> {}
      case Ast.Break b -> {}
      case Ast.Continue c -> {}
    }
  }

  private void imports(List<Ast.Alias> names) throws PySyntaxError {
    for (Ast.Alias alias : names) {
      if (alias.name().equals("*")) {
        if (current.kind() != Kind.MODULE) {
          throw error("import * only allowed at module level", alias.span());
        }
        continue;
      }
      String bound = alias.asName() != null ? alias.asName() : alias.name().split("\\.")[0];
      define(bound, DEF_IMPORT, alias.span());
    }
  }

  /** {@code global} and {@code nonlocal}, with CPython's checks against earlier occurrences. */
  private void declare(String name, int flag, String keyword, Span span) throws PySyntaxError {
    int existing = current.flags.getOrDefault(name, 0);
    String problem = null;
    if ((existing & DEF_PARAM) != 0) {
      problem = "name '" + name + "' is parameter and " + keyword;
    } else if ((existing & USE) != 0) {
      problem = "name '" + name + "' is used prior to " + keyword + " declaration";
    } else if ((existing & DEF_ANNOT) != 0) {
      problem = "annotated name '" + name + "' can't be " + keyword;
    } else if ((existing & DEF_LOCAL) != 0) {
      problem = "name '" + name + "' is assigned to before " + keyword + " declaration";
    }
    if (problem != null) {
      throw error(problem, span);
    }
    current.flags.merge(name, flag, (a, b) -> a | b);
    current.directives.putIfAbsent(name, span);
  }

  private void defaultsAndAnnotations(Ast.Arguments args, boolean annotated) throws PySyntaxError {
    expressions(args.defaults());
    for (Expr d : args.kwDefaults()) {
      expression(d);
    }
    if (annotated) {
      for (Ast.Arg arg : allParameters(args)) {
        annotation(arg.annotation());
      }
    }
  }

  private void annotation(Expr annotation) throws PySyntaxError {
    if (!futureAnnotations) {
      expression(annotation);
    }
  }

  /** Parameters in CPython's {@code co_varnames} order: keyword-only before {@code *args}. */
  private static List<Ast.Arg> allParameters(Ast.Arguments args) {
    List<Ast.Arg> all = new java.util.ArrayList<>(args.positionalOnly());
    all.addAll(args.args());
    all.addAll(args.keywordOnly());
    if (args.varArg() != null) {
      all.add(args.varArg());
    }
    if (args.kwArg() != null) {
      all.add(args.kwArg());
    }
    return all;
  }

  private void parameters(Ast.Arguments args) throws PySyntaxError {
    for (Ast.Arg arg : allParameters(args)) {
      if ((current.flags.getOrDefault(arg.name(), 0) & DEF_PARAM) != 0) {
        throw error("duplicate argument '" + arg.name() + "' in function definition", arg.span());
      }
      define(arg.name(), DEF_PARAM, arg.span());
      current.parameters.add(arg.name());
    }
    current.hasVarArgs = args.varArg() != null;
    current.hasVarKeywords = args.kwArg() != null;
  }

  private void expressions(List<Expr> expressions) throws PySyntaxError {
    for (Expr e : expressions) {
      expression(e);
    }
  }

  private void expression(Expr expr) throws PySyntaxError {
    if (expr == null) {
      return;
    }
    switch (expr) {
      case Ast.Name n -> {
        define(n.id(), n.context() == Ast.Context.LOAD ? USE : DEF_LOCAL, n.span());
        if (n.context() == Ast.Context.LOAD
            && current.kind() == Kind.FUNCTION
            && n.id().equals("super")) {
          define("__class__", USE, n.span());
        }
      }
      case Ast.NamedExpr n -> {
        expression(n.value());
        namedExpressionTarget(n.target());
      }
      case Ast.BoolOp b -> expressions(b.values());
      case Ast.BinOp b -> {
        expression(b.left());
        expression(b.right());
      }
      case Ast.UnaryOp u -> expression(u.operand());
      case Ast.Lambda l -> {
        defaultsAndAnnotations(l.args(), false);
        Scope lambda = enter(Kind.LAMBDA, "<lambda>", l.span());
        parameters(l.args());
        expression(l.body());
        current = lambda.parent();
      }
      case Ast.IfExp i -> {
        expression(i.test());
        expression(i.body());
        expression(i.orElse());
      }
      case Ast.Dict d -> {
        for (Expr key : d.keys()) {
          expression(key);
        }
        expressions(d.values());
      }
      case Ast.SetDisplay s -> expressions(s.elements());
      case Ast.ListComp c ->
          comprehension("<listcomp>", c.generators(), c.element(), null, c.span());
      case Ast.SetComp c -> comprehension("<setcomp>", c.generators(), c.element(), null, c.span());
      case Ast.DictComp c ->
          comprehension("<dictcomp>", c.generators(), c.key(), c.value(), c.span());
      case Ast.GeneratorExp g -> {
        Scope scope = comprehension("<genexpr>", g.generators(), g.element(), null, g.span());
        scope.generator = true;
      }
      case Ast.Await a -> {
        expression(a.value());
        current.coroutine = true;
      }
      case Ast.Yield y -> {
        yieldInside(y.span());
        expression(y.value());
      }
      case Ast.YieldFrom y -> {
        yieldInside(y.span());
        expression(y.value());
      }
      case Ast.Compare c -> {
        expression(c.left());
        expressions(c.comparators());
      }
      case Ast.Call c -> {
        expression(c.function());
        expressions(c.args());
        for (Ast.Keyword k : c.keywords()) {
          expression(k.value());
        }
      }
      case Ast.FormattedValue f -> {
        expression(f.value());
        expression(f.formatSpec());
      }
      case Ast.JoinedStr j -> expressions(j.values());
      case Ast.Constant c -> {}
      case Ast.Attribute a -> expression(a.value());
      case Ast.Subscript s -> {
        expression(s.value());
        expression(s.slice());
      }
      case Ast.Starred s -> expression(s.value());
      case Ast.ListDisplay l -> expressions(l.elements());
      case Ast.Tuple t -> expressions(t.elements());
      case Ast.Slice s -> {
        expression(s.lower());
        expression(s.upper());
        expression(s.step());
      }
    }
  }

  private void yieldInside(Span span) throws PySyntaxError {
    if (!current.isFunctionLike()) {
      throw error("'yield' outside function", span);
    }
    current.generator = true;
  }

  /**
   * A comprehension: the outermost iterable is evaluated in the enclosing scope, everything else in
   * a new function-like scope whose one parameter ({@code .0}) is that iterable's iterator.
   */
  private Scope comprehension(
      String name, List<Ast.Comprehension> generators, Expr element, Expr value, Span span)
      throws PySyntaxError {
    expression(generators.getFirst().iter());
    Scope scope = enter(Kind.COMPREHENSION, name, span);
    define(".0", DEF_PARAM, span);
    scope.parameters.add(".0");
    for (int i = 0; i < generators.size(); i++) {
      Ast.Comprehension generator = generators.get(i);
      comprehensionTarget(generator.target());
      if (i > 0) {
        expression(generator.iter());
      }
      expressions(generator.ifs());
      if (generator.isAsync()) {
        scope.coroutine = true;
      }
    }
    expression(value);
    expression(element);
    current = scope.parent();
    return scope;
  }

  private void comprehensionTarget(Expr target) throws PySyntaxError {
    switch (target) {
      case Ast.Name n -> define(n.id(), DEF_LOCAL | DEF_COMP_ITER, n.span());
      case Ast.Tuple t -> {
        for (Expr e : t.elements()) {
          comprehensionTarget(e);
        }
      }
      case Ast.ListDisplay l -> {
        for (Expr e : l.elements()) {
          comprehensionTarget(e);
        }
      }
      case Ast.Starred s -> comprehensionTarget(s.value());
      default -> expression(target);
    }
  }

  /**
   * A walrus target binds in the nearest enclosing scope that is not a comprehension (CPython's
   * {@code symtable_extend_namedexpr_scope}), and is nonlocal (or global) in the comprehensions
   * between.
   */
  private void namedExpressionTarget(Ast.Name target) throws PySyntaxError {
    if (current.kind() != Kind.COMPREHENSION) {
      define(target.id(), DEF_LOCAL, target.span());
      return;
    }
    for (Scope scope = current; scope != null; scope = scope.parent()) {
      if (scope.kind() == Kind.COMPREHENSION) {
        if ((scope.flags.getOrDefault(target.id(), 0) & DEF_COMP_ITER) != 0) {
          throw error(
              "assignment expression cannot rebind comprehension iteration variable '"
                  + target.id()
                  + "'",
              target.span());
        }
        continue;
      }
      if (scope.kind() == Kind.CLASS) {
        throw error(
            "assignment expression within a comprehension cannot be used in a class body",
            target.span());
      }
      // Global in the comprehensions if the target is global where it binds (CPython's rule).
      int marker =
          scope.kind() == Kind.MODULE
                  || (scope.flags.getOrDefault(target.id(), 0) & DEF_GLOBAL) != 0
              ? DEF_GLOBAL
              : DEF_NONLOCAL;
      for (Scope between = current; between != scope; between = between.parent()) {
        between.flags.merge(target.id(), marker, (a, b) -> a | b);
      }
      scope.flags.merge(target.id(), DEF_LOCAL, (a, b) -> a | b);
      return;
    }
  }

  private void define(String name, int flag, Span span) {
    current.flags.merge(name, flag, (a, b) -> a | b);
  }

  private Scope enter(Kind kind, String name, Span span) {
    current = new Scope(kind, name, current, span);
    return current;
  }

  // --- Pass 2: resolve ---

  /**
   * Resolves the names of {@code scope}. {@code enclosingBound}: names bound by enclosing function
   * scopes (what a free variable may refer to). {@code explicitGlobals}: names declared global in
   * an enclosing scope. Returns the names free in this scope or its children that the enclosing
   * scopes must provide.
   */
  private Set<String> analyze(Scope scope, Set<String> enclosingBound, Set<String> explicitGlobals)
      throws PySyntaxError {
    Set<String> globals = new HashSet<>(explicitGlobals);
    for (Map.Entry<String, Integer> e : scope.flags.entrySet()) {
      String name = e.getKey();
      int flags = e.getValue();
      Resolution resolution;
      if ((flags & DEF_GLOBAL) != 0 && (flags & DEF_NONLOCAL) != 0) {
        throw error("name '" + name + "' is nonlocal and global", scope.directives.get(name));
      } else if ((flags & DEF_GLOBAL) != 0) {
        resolution = Resolution.GLOBAL_EXPLICIT;
        globals.add(name);
      } else if ((flags & DEF_NONLOCAL) != 0) {
        if (!enclosingBound.contains(name)) {
          throw error("no binding for nonlocal '" + name + "' found", scope.directives.get(name));
        }
        resolution = Resolution.FREE;
      } else if ((flags & DEF_BOUND) != 0) {
        resolution = Resolution.LOCAL;
        globals.remove(name);
      } else if (enclosingBound.contains(name) && scope.kind() != Kind.MODULE) {
        resolution = Resolution.FREE;
      } else if (explicitGlobals.contains(name)) {
        resolution = Resolution.GLOBAL_EXPLICIT;
      } else {
        resolution = Resolution.GLOBAL_IMPLICIT;
      }
      scope.resolutions.put(name, resolution);
    }

    Set<String> childBound = new HashSet<>(enclosingBound);
    if (scope.isFunctionLike()) {
      for (Map.Entry<String, Resolution> e : scope.resolutions.entrySet()) {
        if (e.getValue() == Resolution.LOCAL || e.getValue() == Resolution.FREE) {
          childBound.add(e.getKey());
        }
      }
    } else if (scope.kind() == Kind.CLASS) {
      childBound.add("__class__"); // the implicit cell for zero-argument super()
    }
    for (String name : globals) {
      childBound.remove(name);
    }

    Set<String> freeInChildren = new HashSet<>();
    for (Scope child : scope.children) {
      freeInChildren.addAll(analyze(child, childBound, globals));
    }
    Set<String> free = new HashSet<>();
    for (String name : freeInChildren) {
      Resolution own = scope.resolutions.get(name);
      if (scope.kind() == Kind.CLASS && name.equals("__class__")) {
        scope.needsClassClosure = true;
      } else if (scope.isFunctionLike() && own == Resolution.LOCAL) {
        scope.resolutions.put(name, Resolution.CELL);
      } else if (own == Resolution.CELL) {
        continue;
      } else if (scope.kind() != Kind.MODULE) {
        if (own == null || own == Resolution.GLOBAL_IMPLICIT) {
          // Passed through: this scope must carry it from its parent to its child.
          scope.resolutions.put(name, Resolution.FREE);
        } else if (scope.kind() == Kind.CLASS && own == Resolution.LOCAL) {
          scope.freeThroughClass.add(name); // the class's own name stays local to its body
        }
        free.add(name);
      }
    }
    for (Map.Entry<String, Resolution> e : scope.resolutions.entrySet()) {
      if (e.getValue() == Resolution.FREE) {
        free.add(e.getKey());
      }
    }
    return free;
  }

  private PySyntaxError error(String message, Span span) {
    return new PySyntaxError(
        PySyntaxError.Kind.SYNTAX_ERROR,
        message,
        filename,
        span.line(),
        span.column() + 1,
        span.endLine(),
        span.endColumn() + 1,
        sourceLines.apply(span.line()));
  }
}
