package dev.weft.runtime.compiler;

import static dev.weft.runtime.bytecode.Opcode.*;

import dev.weft.runtime.bytecode.CodeObject;
import dev.weft.runtime.bytecode.Label;
import dev.weft.runtime.bytecode.Opcode;
import dev.weft.runtime.compiler.Ast.Expr;
import dev.weft.runtime.compiler.Scope.Resolution;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Code generation for expressions, names, calls, function objects and comprehensions; {@link
 * CodeGenerator} adds statements. Calls follow CPython 3.12's convention: the stack holds {@code
 * [NULL or bound method, callable or self, arguments...]} under {@code CALL n}.
 */
abstract class ExpressionCompiler {
  final String filename;
  private final String[] sourceLines;
  final boolean futureAnnotations;
  private final Deque<CodeUnit> units = new ArrayDeque<>();

  ExpressionCompiler(String filename, String source, boolean futureAnnotations) {
    this.filename = filename;
    this.sourceLines = source.split("\r\n|\r|\n", -1);
    this.futureAnnotations = futureAnnotations;
  }

  abstract void statements(List<Ast.Stmt> body) throws PySyntaxError;

  // --- Units ---

  final CodeUnit unit() {
    return units.peek();
  }

  final void enter(CodeUnit unit) {
    units.push(unit);
  }

  /** Finishes the current unit and returns its code object. */
  final CodeObject leave(int flags) {
    CodeUnit unit = units.pop();
    return unit.assembler.assemble(unit.shape(flags));
  }

  /** The child scope of the current one opened by the node at {@code span}. */
  final Scope childScope(Ast.Span span) {
    Scope parent = unit().scope;
    for (Scope child : parent.children()) {
      if (child.span().equals(span)) {
        return child;
      }
    }
    throw new IllegalStateException("no scope at " + span + " in " + parent);
  }

  final String qualifiedName(String name) {
    CodeUnit parent = unit();
    if (parent.scope.kind() == Scope.Kind.MODULE
        || parent.scope.resolve(name) == Resolution.GLOBAL_EXPLICIT) {
      return name;
    }
    if (parent.scope.kind() == Scope.Kind.CLASS) {
      return parent.qualifiedName + "." + name;
    }
    return parent.qualifiedName + ".<locals>." + name;
  }

  /** Makes {@code span}'s line the line of the instructions that follow. */
  final void at(Ast.Span span) {
    if (insideFormattedValue == 0) {
      unit().line = span.line();
      unit().span = span;
    }
  }

  final void emit(Opcode op, int oparg) {
    unit().emit(op, oparg);
  }

  final void emit(Opcode op) {
    unit().emit(op);
  }

  final PySyntaxError error(String message, Ast.Span span) {
    String text =
        span.line() >= 1 && span.line() <= sourceLines.length ? sourceLines[span.line() - 1] : null;
    return new PySyntaxError(
        PySyntaxError.Kind.SYNTAX_ERROR,
        message,
        filename,
        span.line(),
        span.column() + 1,
        span.endLine(),
        span.endColumn() + 1,
        text);
  }

  // --- Names ---

  private enum Access {
    LOAD,
    STORE,
    DELETE
  }

  final void loadName(String name) {
    name(name, Access.LOAD);
  }

  final void storeName(String name) {
    name(name, Access.STORE);
  }

  final void deleteName(String name) {
    name(name, Access.DELETE);
  }

  private void name(String name, Access access) {
    CodeUnit unit = unit();
    Resolution resolution = unit.scope.resolve(name);
    boolean function = unit.scope.isFunctionLike();
    if (resolution == null) {
      resolution = Resolution.GLOBAL_IMPLICIT; // names the compiler adds (__module__, __doc__)
    }
    switch (resolution) {
      case CELL, FREE -> {
        int index = unit.localIndex(name);
        if (!function && resolution == Resolution.FREE && access == Access.LOAD) {
          emit(LOAD_CLASSDEREF, index);
        } else {
          emit(
              access == Access.LOAD
                  ? LOAD_DEREF
                  : access == Access.STORE ? STORE_DEREF : DELETE_DEREF,
              index);
        }
      }
      case LOCAL -> {
        if (function) {
          int index = unit.localIndex(name);
          emit(
              access == Access.LOAD ? LOAD_FAST : access == Access.STORE ? STORE_FAST : DELETE_FAST,
              index);
        } else {
          nameOp(name, access);
        }
      }
      case GLOBAL_EXPLICIT -> globalOp(name, access);
      case GLOBAL_IMPLICIT -> {
        if (function) {
          globalOp(name, access);
        } else {
          nameOp(name, access);
        }
      }
    }
  }

  private void nameOp(String name, Access access) {
    emit(
        access == Access.LOAD ? LOAD_NAME : access == Access.STORE ? STORE_NAME : DELETE_NAME,
        unit().name(name));
  }

  private void globalOp(String name, Access access) {
    int index = unit().name(name);
    switch (access) {
      case LOAD -> emit(LOAD_GLOBAL, index << 1);
      case STORE -> emit(STORE_GLOBAL, index);
      case DELETE -> emit(DELETE_GLOBAL, index);
    }
  }

  /** Whether loading {@code name} here is a LOAD_GLOBAL (which can push the call's NULL itself). */
  private boolean isGlobalLoad(String name) {
    Resolution r = unit().scope.resolve(name);
    return r == Resolution.GLOBAL_EXPLICIT
        || (r == Resolution.GLOBAL_IMPLICIT && unit().scope.isFunctionLike());
  }

  // --- Expressions ---

  /**
   * Above zero while compiling an f-string field, whose nodes' spans are relative to the field's
   * own text (see {@link FStrings}): the enclosing literal's line stays current.
   */
  private int insideFormattedValue;

  final void expression(Expr expr) throws PySyntaxError {
    int line = unit().line;
    Ast.Span span = unit().span;
    at(expr.span());
    if (expr instanceof Ast.Tuple || expr instanceof Ast.UnaryOp || expr instanceof Ast.BinOp) {
      Object folded = ConstantFolder.fold(expr);
      if (folded != null) {
        unit().loadConstant(folded);
        unit().line = line;
        unit().span = span;
        return;
      }
    }
    switch (expr) {
      case Ast.Constant c -> unit().loadConstant(c.value());
      case Ast.Name n -> loadName(n.id());
      case Ast.BoolOp b -> {
        Label end = unit().label();
        List<Expr> values = b.values();
        for (int i = 0; i < values.size() - 1; i++) {
          expression(values.get(i));
          emit(COPY, 1);
          unit().toBool();
          unit().jump(b.isAnd() ? POP_JUMP_IF_FALSE : POP_JUMP_IF_TRUE, end);
          emit(POP_TOP);
        }
        expression(values.getLast());
        unit().bind(end);
      }
      case Ast.NamedExpr n -> {
        expression(n.value());
        emit(COPY, 1);
        storeName(n.target().id());
      }
      case Ast.BinOp b -> {
        expression(b.left());
        expression(b.right());
        emit(BINARY_OP, binaryOp(b.op()));
      }
      case Ast.UnaryOp u -> {
        expression(u.operand());
        switch (u.op()) {
          case MINUS -> emit(UNARY_NEGATIVE);
          case NOT -> {
            unit().toBool();
            emit(UNARY_NOT);
          }
          case INVERT -> emit(UNARY_INVERT);
          case PLUS -> emit(CALL_INTRINSIC_1, 5); // INTRINSIC_UNARY_POSITIVE
        }
      }
      case Ast.Lambda l -> {
        Scope scope = childScope(l.span());
        CodeUnit function =
            new CodeUnit(scope, "<lambda>", qualifiedName("<lambda>"), filename, l.span().line());
        makeFunction(
            function,
            l.args(),
            null,
            () -> {
              unit().constant(Ast.NONE);
              expression(l.body());
              emit(RETURN_VALUE);
            },
            functionFlags(scope, l.args()));
      }
      case Ast.IfExp i -> {
        Label otherwise = unit().label();
        Label end = unit().label();
        condition(i.test(), otherwise, false);
        expression(i.body());
        unit().jump(JUMP, end);
        unit().bind(otherwise);
        expression(i.orElse());
        unit().bind(end);
      }
      case Ast.Dict d -> dict(d);
      case Ast.SetDisplay s -> sequence(s.elements(), BUILD_SET, SET_ADD, SET_UPDATE, false);
      case Ast.ListDisplay l -> sequence(l.elements(), BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
      case Ast.Tuple t -> sequence(t.elements(), BUILD_TUPLE, LIST_APPEND, LIST_EXTEND, true);
      case Ast.ListComp c ->
          comprehension("<listcomp>", c.span(), c.generators(), c.element(), null, BUILD_LIST);
      case Ast.SetComp c ->
          comprehension("<setcomp>", c.span(), c.generators(), c.element(), null, BUILD_SET);
      case Ast.DictComp c ->
          comprehension("<dictcomp>", c.span(), c.generators(), c.key(), c.value(), BUILD_MAP);
      case Ast.GeneratorExp g ->
          comprehension("<genexpr>", g.span(), g.generators(), g.element(), null, null);
      case Ast.Await a -> {
        if (!unit().scope.isFunctionLike()) {
          throw error("'await' outside function", a.span());
        }
        expression(a.value());
        emit(GET_AWAITABLE, 0);
        unit().loadConstant(Ast.NONE);
        delegate();
      }
      case Ast.Yield y -> {
        if (!unit().scope.isFunctionLike()) {
          throw error("'yield' outside function", y.span());
        }
        if (y.value() != null) {
          expression(y.value());
        } else {
          unit().loadConstant(Ast.NONE);
        }
        emit(YIELD_VALUE);
        emit(RESUME, 1);
      }
      case Ast.YieldFrom y -> {
        if (!unit().scope.isFunctionLike()) {
          throw error("'yield' outside function", y.span());
        }
        expression(y.value());
        emit(GET_YIELD_FROM_ITER);
        unit().loadConstant(Ast.NONE);
        delegate();
      }
      case Ast.Compare c -> compare(c);
      case Ast.Call c -> callExpression(c);
      case Ast.FormattedValue f -> formattedValue(f);
      case Ast.JoinedStr j -> {
        if (j.values().size() == 1 && j.values().getFirst() instanceof Ast.FormattedValue f) {
          formattedValue(f);
        } else if (j.values().isEmpty()) {
          unit().loadConstant("");
        } else {
          for (Expr value : j.values()) {
            expression(value);
          }
          emit(BUILD_STRING, j.values().size());
        }
      }
      case Ast.Attribute a -> {
        if (a.value() instanceof Ast.Call c && isSuperCall(c, a.attribute())) {
          superAttribute(c, a, 0);
        } else {
          expression(a.value());
          at(a.span());
          emit(LOAD_ATTR, unit().name(a.attribute()) << 1);
        }
      }
      case Ast.Subscript s -> {
        expression(s.value());
        if (s.slice() instanceof Ast.Slice slice && slice.step() == null) {
          sliceBound(slice.lower());
          sliceBound(slice.upper());
          emit(BINARY_SLICE);
        } else {
          expression(s.slice());
          emit(BINARY_SUBSCR);
        }
      }
      case Ast.Slice s -> {
        sliceBound(s.lower());
        sliceBound(s.upper());
        if (s.step() != null) {
          expression(s.step());
          emit(BUILD_SLICE, 3);
        } else {
          emit(BUILD_SLICE, 2);
        }
      }
      case Ast.Starred s -> throw error("can't use starred expression here", s.span());
    }
    unit().line = line;
    unit().span = span;
  }

  /** Compiles an iterable that is only iterated: a list display of constants becomes a tuple. */
  final void iterable(Expr iterable) throws PySyntaxError {
    Object folded = ConstantFolder.foldIterable(iterable);
    if (folded != null) {
      unit().loadConstant(folded);
    } else {
      expression(iterable);
    }
  }

  private void sliceBound(Expr bound) throws PySyntaxError {
    if (bound == null) {
      unit().loadConstant(Ast.NONE);
    } else {
      expression(bound);
    }
  }

  /** {@code yield from} and {@code await}: SEND until the delegate returns (its value stays). */
  final void delegate() {
    Label send = unit().label();
    Label exit = unit().label();
    unit().bind(send);
    unit().jump(SEND, exit);
    emit(YIELD_VALUE);
    emit(RESUME, 2);
    unit().jump(JUMP_BACKWARD_NO_INTERRUPT, send);
    unit().bind(exit);
  }

  private void formattedValue(Ast.FormattedValue f) throws PySyntaxError {
    insideFormattedValue++;
    try {
      formattedValueParts(f);
    } finally {
      insideFormattedValue--;
    }
  }

  private void formattedValueParts(Ast.FormattedValue f) throws PySyntaxError {
    expression(f.value());
    int flags =
        switch (f.conversion()) {
          case 's' -> 1;
          case 'r' -> 2;
          case 'a' -> 3;
          default -> 0;
        };
    if (f.formatSpec() != null) {
      expression(f.formatSpec());
      flags |= 4;
    }
    emit(FORMAT_VALUE, flags);
  }

  private void compare(Ast.Compare c) throws PySyntaxError {
    expression(c.left());
    int n = c.ops().size();
    if (n == 1) {
      Ast.CompareOperator op = c.ops().getFirst();
      Expr right = c.comparators().getFirst();
      Object folded =
          op == Ast.CompareOperator.IN || op == Ast.CompareOperator.NOT_IN
              ? ConstantFolder.foldIterable(right)
              : null;
      if (folded != null) {
        unit().loadConstant(folded);
      } else {
        expression(right);
      }
      compareOp(op);
      return;
    }
    Label cleanup = unit().label();
    Label end = unit().label();
    for (int i = 0; i < n - 1; i++) {
      expression(c.comparators().get(i));
      emit(SWAP, 2);
      emit(COPY, 2);
      compareOp(c.ops().get(i));
      emit(COPY, 1);
      unit().toBool();
      unit().jump(POP_JUMP_IF_FALSE, cleanup);
      emit(POP_TOP);
    }
    expression(c.comparators().getLast());
    compareOp(c.ops().getLast());
    unit().jump(JUMP, end);
    unit().bind(cleanup);
    emit(SWAP, 2);
    emit(POP_TOP);
    unit().bind(end);
  }

  private void compareOp(Ast.CompareOperator op) {
    switch (op) {
      case LT -> emit(COMPARE_OP, 0);
      case LT_E -> emit(COMPARE_OP, 1);
      case EQ -> emit(COMPARE_OP, 2);
      case NOT_EQ -> emit(COMPARE_OP, 3);
      case GT -> emit(COMPARE_OP, 4);
      case GT_E -> emit(COMPARE_OP, 5);
      case IS -> emit(IS_OP, 0);
      case IS_NOT -> emit(IS_OP, 1);
      case IN -> emit(CONTAINS_OP, 0);
      case NOT_IN -> emit(CONTAINS_OP, 1);
    }
  }

  /** CPython's NB_ index of a binary operator. */
  static int binaryOp(Ast.Operator op) {
    return switch (op) {
      case ADD -> 0;
      case BIT_AND -> 1;
      case FLOOR_DIV -> 2;
      case LSHIFT -> 3;
      case MAT_MULT -> 4;
      case MULT -> 5;
      case MOD -> 6;
      case BIT_OR -> 7;
      case POW -> 8;
      case RSHIFT -> 9;
      case SUB -> 10;
      case DIV -> 11;
      case BIT_XOR -> 12;
    };
  }

  /** Jumps to {@code target} when {@code test} is {@code jumpIfTrue}; falls through otherwise. */
  final void condition(Expr test, Label target, boolean jumpIfTrue) throws PySyntaxError {
    if (test instanceof Ast.UnaryOp u && u.op() == Ast.UnaryOperator.NOT) {
      condition(u.operand(), target, !jumpIfTrue);
      return;
    }
    if (test instanceof Ast.BoolOp b) {
      boolean sameSense = b.isAnd() != jumpIfTrue;
      Label skip = sameSense ? target : unit().label();
      for (int i = 0; i < b.values().size() - 1; i++) {
        condition(b.values().get(i), skip, !b.isAnd());
      }
      condition(b.values().getLast(), target, jumpIfTrue);
      if (!sameSense) {
        unit().bind(skip);
      }
      return;
    }
    expression(test);
    unit().toBool();
    unit().jump(jumpIfTrue ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
  }

  private void sequence(List<Expr> elements, Opcode build, Opcode add, Opcode extend, boolean tuple)
      throws PySyntaxError {
    boolean starred = elements.stream().anyMatch(e -> e instanceof Ast.Starred);
    if (!starred) {
      for (Expr e : elements) {
        expression(e);
      }
      emit(build, elements.size());
      return;
    }
    Opcode builder = tuple ? BUILD_LIST : build;
    emit(builder, 0);
    for (Expr e : elements) {
      if (e instanceof Ast.Starred s) {
        expression(s.value());
        emit(extend, 1);
      } else {
        expression(e);
        emit(add, 1);
      }
    }
    if (tuple) {
      emit(CALL_INTRINSIC_1, 6); // INTRINSIC_LIST_TO_TUPLE
    }
  }

  private void dict(Ast.Dict d) throws PySyntaxError {
    int pending = 0;
    boolean built = false;
    for (int i = 0; i < d.keys().size(); i++) {
      Expr key = d.keys().get(i);
      if (key == null) {
        if (!built || pending > 0) {
          emit(BUILD_MAP, pending);
          if (built) {
            emit(DICT_UPDATE, 1);
          }
          built = true;
          pending = 0;
        }
        expression(d.values().get(i));
        emit(DICT_UPDATE, 1);
      } else {
        expression(key);
        expression(d.values().get(i));
        pending++;
      }
    }
    if (!built || pending > 0) {
      emit(BUILD_MAP, pending);
      if (built) {
        emit(DICT_UPDATE, 1);
      }
    }
  }

  // --- Calls ---

  private void callExpression(Ast.Call c) throws PySyntaxError {
    Expr function = c.function();
    if (function instanceof Ast.Attribute a
        && c.args().stream().noneMatch(e -> e instanceof Ast.Starred)
        && c.keywords().stream().noneMatch(k -> k.name() == null)) {
      if (a.value() instanceof Ast.Call sc && isSuperCall(sc, a.attribute())) {
        superAttribute(sc, a, 1); // [function, self] or [NULL, attribute]
      } else {
        expression(a.value());
        at(a.span());
        emit(LOAD_ATTR, unit().name(a.attribute()) << 1 | 1); // [method, self] or [NULL, attribute]
      }
    } else if (function instanceof Ast.Name n && isGlobalLoad(n.id())) {
      emit(LOAD_GLOBAL, unit().name(n.id()) << 1 | 1); // [NULL, global]
    } else {
      emit(PUSH_NULL);
      expression(function);
    }
    at(c.span());
    call(c.args(), c.keywords(), 0);
  }

  /**
   * Whether {@code call.attribute} is a {@code super()} or {@code super(C, obj)} lookup that
   * CPython 3.12 compiles to LOAD_SUPER_ATTR ({@code can_optimize_super_call} in compile.c): the
   * callee is the name {@code super}, an implicit global here and a name the module never binds or
   * uses (so no shadowing is statically visible), the attribute is not {@code __class__}, and there
   * are no keywords; then either exactly two positional, non-starred arguments, or none inside a
   * function that has a positional parameter and the {@code __class__} cell.
   */
  private boolean isSuperCall(Ast.Call call, String attribute) {
    if (!(call.function() instanceof Ast.Name n)
        || !n.id().equals("super")
        || attribute.equals("__class__")
        || !call.keywords().isEmpty()
        || unit().scope.resolve("super") != Resolution.GLOBAL_IMPLICIT) {
      return false;
    }
    Scope module = unit().scope;
    while (module.parent() != null) {
      module = module.parent();
    }
    if (module.flags.containsKey("super")) {
      return false;
    }
    if (call.args().size() == 2) {
      return call.args().stream().noneMatch(e -> e instanceof Ast.Starred);
    }
    int[] counts = unit().argumentCounts;
    return call.args().isEmpty()
        && counts != null
        && counts[0] > 0
        && unit().scope.resolve("__class__") == Resolution.FREE;
  }

  /**
   * LOAD_SUPER_ATTR after its operands: the name {@code super}, then the two arguments, or for
   * {@code super()} the {@code __class__} cell and the first parameter (what the call would read
   * from the frame).
   */
  private void superAttribute(Ast.Call call, Ast.Attribute a, int method) throws PySyntaxError {
    at(call.span());
    loadName("super");
    int twoArguments = call.args().isEmpty() ? 0 : 1;
    if (twoArguments != 0) {
      expression(call.args().get(0));
      expression(call.args().get(1));
    } else {
      loadName("__class__");
      loadName(unit().localNames.getFirst());
    }
    at(a.span());
    emit(LOAD_SUPER_ATTR, unit().name(a.attribute()) << 2 | twoArguments << 1 | method);
  }

  /**
   * Emits the arguments and the call for a callable already on the stack ({@code [NULL, callable]}
   * or {@code [callable, self]}); {@code already} counts positional arguments already pushed (a
   * class's body function and name).
   */
  final void call(List<Expr> args, List<Ast.Keyword> keywords, int already) throws PySyntaxError {
    Set<String> seen = new HashSet<>();
    for (Ast.Keyword k : keywords) {
      if (k.name() != null && !seen.add(k.name())) {
        throw error("keyword argument repeated: " + k.name(), k.span());
      }
    }
    boolean extended =
        args.stream().anyMatch(e -> e instanceof Ast.Starred)
            || keywords.stream().anyMatch(k -> k.name() == null);
    if (!extended) {
      for (Expr arg : args) {
        expression(arg);
      }
      List<Object> names = new ArrayList<>();
      for (Ast.Keyword k : keywords) {
        expression(k.value());
        names.add(k.name());
      }
      if (!names.isEmpty()) {
        emit(KW_NAMES, unit().constant(new TupleConstant(names)));
      }
      emit(CALL, already + args.size() + names.size());
      return;
    }
    // f(*a, **k): positional arguments as one tuple, keywords as one dict.
    emit(BUILD_LIST, already);
    for (Expr arg : args) {
      if (arg instanceof Ast.Starred s) {
        expression(s.value());
        emit(LIST_EXTEND, 1);
      } else {
        expression(arg);
        emit(LIST_APPEND, 1);
      }
    }
    emit(CALL_INTRINSIC_1, 6); // INTRINSIC_LIST_TO_TUPLE
    boolean hasKeywords = !keywords.isEmpty();
    if (hasKeywords) {
      emit(BUILD_MAP, 0);
      for (Ast.Keyword k : keywords) {
        if (k.name() == null) {
          expression(k.value());
          emit(DICT_MERGE, 1);
        } else {
          unit().loadConstant(k.name());
          expression(k.value());
          emit(BUILD_MAP, 1);
          emit(DICT_MERGE, 1);
        }
      }
    }
    emit(CALL_FUNCTION_EX, hasKeywords ? 1 : 0);
  }

  // --- Function objects ---

  interface Body {
    void emit() throws PySyntaxError;
  }

  /**
   * CPython's {@code ste_nested}: inside a function scope, directly or through enclosing classes
   * ({@code symtable.c}); a method of a module-level class is not nested.
   */
  static boolean isNested(Scope scope) {
    for (Scope p = scope.parent(); p != null; p = p.parent()) {
      if (p.kind() != Scope.Kind.CLASS && p.kind() != Scope.Kind.MODULE) {
        return true;
      }
    }
    return false;
  }

  static int functionFlags(Scope scope, Ast.Arguments args) {
    int flags = CodeObject.OPTIMIZED | CodeObject.NEWLOCALS;
    if (args.varArg() != null) {
      flags |= CodeObject.VARARGS;
    }
    if (args.kwArg() != null) {
      flags |= CodeObject.VARKEYWORDS;
    }
    if (isNested(scope)) {
      flags |= CodeObject.NESTED;
    }
    if (scope.isGenerator() && scope.isCoroutine()) {
      flags |= CodeObject.ASYNC_GENERATOR;
    } else if (scope.isGenerator()) {
      flags |= CodeObject.GENERATOR;
    } else if (scope.isCoroutine() && scope.kind() != Scope.Kind.COMPREHENSION) {
      flags |= CodeObject.COROUTINE;
    }
    return flags;
  }

  /**
   * Compiles a function body into its own code object and emits the code that makes the function at
   * run time: defaults, keyword defaults, annotations and closure, then MAKE_FUNCTION.
   */
  final void makeFunction(CodeUnit function, Ast.Arguments args, Expr returns, Body body, int flags)
      throws PySyntaxError {
    int makeFlags = 0;
    if (args != null && !args.defaults().isEmpty()) {
      for (Expr d : args.defaults()) {
        expression(d);
      }
      emit(BUILD_TUPLE, args.defaults().size());
      makeFlags |= 0x01;
    }
    if (args != null && args.kwDefaults().stream().anyMatch(d -> d != null)) {
      int count = 0;
      for (int i = 0; i < args.keywordOnly().size(); i++) {
        Expr d = args.kwDefaults().get(i);
        if (d != null) {
          unit().loadConstant(args.keywordOnly().get(i).name());
          expression(d);
          count++;
        }
      }
      emit(BUILD_MAP, count);
      makeFlags |= 0x02;
    }
    if (args != null && annotations(args, returns)) {
      makeFlags |= 0x04;
    }
    if (args != null) {
      function.argumentCounts =
          new int[] {
            args.positionalOnly().size() + args.args().size(),
            args.positionalOnly().size(),
            args.keywordOnly().size()
          };
    }
    enter(function);
    prologue(function, flags);
    body.emit();
    CodeObject code = leave(flags);
    makeFlags |= closure(function);
    unit().loadConstant(code);
    emit(MAKE_FUNCTION, makeFlags);
  }

  final void prologue(CodeUnit function, int flags) {
    for (String cell : function.cellNames) {
      emit(MAKE_CELL, function.localIndex(cell));
    }
    if (!function.freeNames.isEmpty()) {
      emit(COPY_FREE_VARS, function.freeNames.size());
    }
    if ((flags & (CodeObject.GENERATOR | CodeObject.COROUTINE | CodeObject.ASYNC_GENERATOR)) != 0) {
      emit(RETURN_GENERATOR);
    }
    emit(RESUME, 0);
  }

  /** Pushes the tuple of cells a nested code object closes over; returns the MAKE_FUNCTION flag. */
  final int closure(CodeUnit child) {
    if (child.freeNames.isEmpty()) {
      return 0;
    }
    for (String free : child.freeNames) {
      emit(LOAD_CLOSURE, unit().localIndex(free));
    }
    emit(BUILD_TUPLE, child.freeNames.size());
    return 0x08;
  }

  /** Pushes the annotations tuple (name, value, ...) if there is any; returns whether it did. */
  private boolean annotations(Ast.Arguments args, Expr returns) throws PySyntaxError {
    List<Ast.Arg> all = new ArrayList<>(args.positionalOnly());
    all.addAll(args.args());
    if (args.varArg() != null) {
      all.add(args.varArg());
    }
    all.addAll(args.keywordOnly());
    if (args.kwArg() != null) {
      all.add(args.kwArg());
    }
    int count = 0;
    for (Ast.Arg arg : all) {
      if (arg.annotation() != null) {
        unit().loadConstant(arg.name());
        annotationValue(arg.annotation());
        count++;
      }
    }
    if (returns != null) {
      unit().loadConstant("return");
      annotationValue(returns);
      count++;
    }
    if (count == 0) {
      return false;
    }
    emit(BUILD_TUPLE, 2 * count);
    return true;
  }

  /**
   * An annotation's value: evaluated, or under {@code from __future__ import annotations} its
   * source text (CPython stores {@code ast.unparse} of it, which equals the source for the usual
   * annotations).
   */
  final void annotationValue(Expr annotation) throws PySyntaxError {
    if (!futureAnnotations) {
      if (annotation instanceof Ast.Starred s) {
        // *args: *Ts (PEP 646): the annotation is the one item of the unpacked value, as CPython.
        expression(s.value());
        emit(UNPACK_SEQUENCE, 1);
      } else {
        expression(annotation);
      }
      return;
    }
    if (annotation instanceof Ast.Constant c && c.value() instanceof String str) {
      // ast.unparse writes a string constant as its repr, whatever quotes the source used.
      unit().loadConstant(dev.weft.runtime.bytecode.Disassembler.stringRepr(str));
      return;
    }
    Ast.Span s = annotation.span();
    StringBuilder text = new StringBuilder();
    for (int line = s.line(); line <= s.endLine(); line++) {
      String source = sourceLines[line - 1];
      int from = line == s.line() ? s.column() : 0;
      int to = line == s.endLine() ? Math.min(s.endColumn(), source.length()) : source.length();
      text.append(source, from, to);
    }
    unit().loadConstant(text.toString());
  }

  // --- Comprehensions ---

  /**
   * A comprehension or generator expression: a nested function over the outermost iterator, called
   * at once with it. {@code build} is BUILD_LIST / BUILD_SET / BUILD_MAP, or null for a generator
   * expression (which yields instead).
   */
  private void comprehension(
      String name,
      Ast.Span span,
      List<Ast.Comprehension> generators,
      Expr element,
      Expr value,
      Opcode build)
      throws PySyntaxError {
    Scope scope = childScope(span);
    CodeUnit function = new CodeUnit(scope, name, qualifiedName(name), filename, span.line());
    function.argumentCounts = new int[] {1, 0, 0};
    int flags = functionFlags(scope, Ast.Arguments.EMPTY);
    if (build == null) {
      flags |= CodeObject.GENERATOR;
    }
    emit(PUSH_NULL);
    int finalFlags = flags;
    makeFunction(
        function,
        null,
        null,
        () -> {
          if (build != null) {
            emit(build, 0);
          }
          comprehensionLoop(generators, 0, element, value, build);
          if (build != null) {
            emit(RETURN_VALUE);
          } else {
            emit(RETURN_CONST, unit().constant(Ast.NONE));
          }
        },
        finalFlags);
    expression(generators.getFirst().iter());
    emit(GET_ITER);
    emit(CALL, 1);
  }

  private void comprehensionLoop(
      List<Ast.Comprehension> generators, int index, Expr element, Expr value, Opcode build)
      throws PySyntaxError {
    Ast.Comprehension generator = generators.get(index);
    Label start = unit().label();
    Label end = unit().label();
    if (index == 0) {
      emit(LOAD_FAST, unit().localIndex(".0"));
    } else {
      expression(generator.iter());
      emit(GET_ITER);
    }
    Label next = unit().label();
    unit().bind(start);
    unit().jump(FOR_ITER, end);
    store(generator.target());
    for (Expr condition : generator.ifs()) {
      condition(condition, next, false); // conditional jumps only go forward
    }
    if (index + 1 < generators.size()) {
      comprehensionLoop(generators, index + 1, element, value, build);
    } else if (build == null) {
      expression(element);
      emit(YIELD_VALUE);
      emit(RESUME, 1);
      emit(POP_TOP);
    } else {
      int depth = generators.size() + 1;
      if (build == BUILD_MAP) {
        expression(element);
        expression(value);
        emit(MAP_ADD, depth);
      } else {
        expression(element);
        emit(build == BUILD_LIST ? LIST_APPEND : SET_ADD, depth);
      }
    }
    unit().bind(next);
    unit().jump(JUMP, start);
    unit().bind(end);
  }

  // --- Targets ---

  final void store(Expr target) throws PySyntaxError {
    at(target.span());
    switch (target) {
      case Ast.Name n -> storeName(n.id());
      case Ast.Attribute a -> {
        expression(a.value());
        emit(STORE_ATTR, unit().name(a.attribute()));
      }
      case Ast.Subscript s -> {
        expression(s.value());
        if (s.slice() instanceof Ast.Slice slice && slice.step() == null) {
          sliceBound(slice.lower());
          sliceBound(slice.upper());
          emit(STORE_SLICE);
        } else {
          expression(s.slice());
          emit(STORE_SUBSCR);
        }
      }
      case Ast.Tuple t -> unpack(t.elements(), t.span());
      case Ast.ListDisplay l -> unpack(l.elements(), l.span());
      case Ast.Starred s ->
          throw error("starred assignment target must be in a list or tuple", s.span());
      default -> throw error("cannot assign to " + TargetValidator.describe(target), target.span());
    }
  }

  private void unpack(List<Expr> elements, Ast.Span span) throws PySyntaxError {
    int star = -1;
    for (int i = 0; i < elements.size(); i++) {
      if (elements.get(i) instanceof Ast.Starred) {
        if (star >= 0) {
          throw error("multiple starred expressions in assignment", span);
        }
        star = i;
      }
    }
    if (star < 0) {
      emit(UNPACK_SEQUENCE, elements.size());
    } else {
      int after = elements.size() - star - 1;
      if (star >= 256 || after >= (1 << 23)) {
        throw error("too many expressions in star-unpacking assignment", span);
      }
      emit(UNPACK_EX, star | after << 8);
    }
    for (Expr element : elements) {
      store(element instanceof Ast.Starred s ? s.value() : element);
    }
  }

  final void delete(Expr target) throws PySyntaxError {
    at(target.span());
    switch (target) {
      case Ast.Name n -> deleteName(n.id());
      case Ast.Attribute a -> {
        expression(a.value());
        emit(DELETE_ATTR, unit().name(a.attribute()));
      }
      case Ast.Subscript s -> {
        expression(s.value());
        expression(s.slice());
        emit(DELETE_SUBSCR);
      }
      case Ast.Tuple t -> {
        for (Expr e : t.elements()) {
          delete(e);
        }
      }
      case Ast.ListDisplay l -> {
        for (Expr e : l.elements()) {
          delete(e);
        }
      }
      default -> throw error("cannot delete " + TargetValidator.describe(target), target.span());
    }
  }
}
