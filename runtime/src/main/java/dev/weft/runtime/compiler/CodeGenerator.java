package dev.weft.runtime.compiler;

import static dev.weft.runtime.bytecode.Opcode.*;

import dev.weft.runtime.bytecode.CodeObject;
import dev.weft.runtime.bytecode.Label;
import dev.weft.runtime.bytecode.Opcode;
import dev.weft.runtime.compiler.Ast.Expr;
import dev.weft.runtime.compiler.Ast.Stmt;
import dev.weft.runtime.compiler.CodeUnit.Block;
import dev.weft.runtime.compiler.CodeUnit.BlockKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Code generation (CPython's {@code Python/compile.c}): walks the analyzed tree and emits, per
 * scope, the instructions of {@link Opcode} through an assembler, which turns them into a {@link
 * CodeObject}. Statements are here; expressions in {@link ExpressionCompiler}. Exception handling
 * uses CPython 3.11's zero-cost model: protected ranges are opened and closed with pseudo
 * instructions that the assembler turns into an exception table, so the normal path pays nothing.
 */
public final class CodeGenerator extends ExpressionCompiler {
  private CodeGenerator(String filename, String source, boolean futureAnnotations) {
    super(filename, source, futureAnnotations);
  }

  /** Compiles a module: parse, analyze, generate. */
  public static CodeObject compile(String filename, String source) throws PySyntaxError {
    FrontEnd.Analysis analysis = FrontEnd.analyze(filename, source);
    return compile(analysis, filename, source);
  }

  public static CodeObject compile(FrontEnd.Analysis analysis, String filename, String source)
      throws PySyntaxError {
    boolean future = false;
    for (Stmt stmt : analysis.module().body()) {
      if (stmt instanceof Ast.ImportFrom i && "__future__".equals(i.module())) {
        future |= i.names().stream().anyMatch(a -> a.name().equals("annotations"));
      }
    }
    CodeGenerator generator = new CodeGenerator(filename, source, future);
    return generator.module(analysis.module(), analysis.scopes());
  }

  private CodeObject module(Ast.Module module, Scope scope) throws PySyntaxError {
    CodeUnit unit = new CodeUnit(scope, "<module>", "<module>", filename, 1);
    enter(unit);
    emit(RESUME, 0);
    List<Stmt> body = module.body();
    if (hasAnnotations(body)) {
      emit(SETUP_ANNOTATIONS);
    }
    body = docstring(body, true);
    statements(body);
    emit(RETURN_CONST, unit.constant(Ast.NONE));
    return leave(0);
  }

  /** Stores a leading docstring as {@code __doc__} (modules and classes); returns the rest. */
  private List<Stmt> docstring(List<Stmt> body, boolean store) {
    if (!body.isEmpty()
        && body.getFirst() instanceof Ast.ExprStmt e
        && e.value() instanceof Ast.Constant c
        && c.value() instanceof String) {
      if (store) {
        at(e.span());
        unit().loadConstant(c.value());
        storeName("__doc__");
      }
      return body.subList(1, body.size());
    }
    return body;
  }

  private static boolean hasAnnotations(List<Stmt> body) {
    for (Stmt stmt : body) {
      if (stmt instanceof Ast.AnnAssign a && a.simple()) {
        return true;
      }
      List<List<Stmt>> nested =
          switch (stmt) {
            case Ast.If i -> List.of(i.body(), i.orElse());
            case Ast.While w -> List.of(w.body(), w.orElse());
            case Ast.For f -> List.of(f.body(), f.orElse());
            case Ast.With w -> List.of(w.body());
            case Ast.Try t -> List.of(t.body(), t.orElse(), t.finalBody());
            default -> List.of();
          };
      for (List<Stmt> inner : nested) {
        if (hasAnnotations(inner)) {
          return true;
        }
      }
    }
    return false;
  }

  // --- Statements ---

  void statements(List<Stmt> body) throws PySyntaxError {
    for (Stmt stmt : body) {
      statement(stmt);
    }
  }

  private void statement(Stmt stmt) throws PySyntaxError {
    at(stmt.span());
    switch (stmt) {
      case Ast.FunctionDef f -> functionDef(f);
      case Ast.ClassDef c -> classDef(c);
      case Ast.Return r -> returnStatement(r);
      case Ast.Delete d -> {
        for (Expr target : d.targets()) {
          delete(target);
        }
      }
      case Ast.Assign a -> {
        expression(a.value());
        for (int i = 0; i < a.targets().size(); i++) {
          if (i < a.targets().size() - 1) {
            emit(COPY, 1);
          }
          store(a.targets().get(i));
        }
      }
      case Ast.AugAssign a -> augmentedAssignment(a);
      case Ast.AnnAssign a -> annotatedAssignment(a);
      case Ast.For f -> forLoop(f);
      case Ast.While w -> whileLoop(w);
      case Ast.If i -> ifStatement(i);
      case Ast.With w -> withStatement(w, 0);
      case Ast.Match m -> throw error("match statements are not supported by Weft yet", m.span());
      case Ast.Raise r -> {
        int count = 0;
        if (r.exception() != null) {
          expression(r.exception());
          count++;
          if (r.cause() != null) {
            expression(r.cause());
            count++;
          }
        }
        emit(RAISE_VARARGS, count);
      }
      case Ast.Try t -> {
        if (t.star()) {
          throw error("except* is not supported by Weft yet", t.span());
        }
        if (t.finalBody().isEmpty()) {
          tryExcept(t);
        } else {
          tryFinally(t);
        }
      }
      case Ast.Assert a -> {
        Label end = unit().label();
        condition(a.test(), end, true);
        at(a.test().span()); // CPython raises the AssertionError at the test's position
        emit(LOAD_ASSERTION_ERROR);
        if (a.message() != null) {
          expression(a.message());
          emit(CALL, 0); // [AssertionError, message]: called with the message as its argument
        }
        emit(RAISE_VARARGS, 1);
        unit().bind(end);
      }
      case Ast.Import i -> {
        for (Ast.Alias alias : i.names()) {
          at(alias.span());
          unit().loadConstant(0L);
          unit().loadConstant(Ast.NONE);
          emit(IMPORT_NAME, unit().name(alias.name()));
          if (alias.asName() == null) {
            storeName(alias.name().split("\\.")[0]);
          } else if (alias.name().contains(".")) {
            String[] parts = alias.name().split("\\.");
            for (int p = 1; p < parts.length; p++) {
              emit(IMPORT_FROM, unit().name(parts[p]));
              emit(SWAP, 2);
              emit(POP_TOP);
            }
            storeName(alias.asName());
          } else {
            storeName(alias.asName());
          }
        }
      }
      case Ast.ImportFrom i -> importFrom(i);
      case Ast.Global g -> {}
      case Ast.Nonlocal n -> {}
      case Ast.ExprStmt e -> {
        expression(e.value());
        emit(POP_TOP);
      }
      case Ast.Pass p -> emit(NOP);
      case Ast.Break b -> breakOrContinue(b.span(), true);
      case Ast.Continue c -> breakOrContinue(c.span(), false);
    }
  }

  private void importFrom(Ast.ImportFrom i) throws PySyntaxError {
    List<Object> names = new ArrayList<>();
    for (Ast.Alias alias : i.names()) {
      names.add(alias.name());
    }
    unit().loadConstant((long) i.level());
    unit().loadConstant(new TupleConstant(names));
    emit(IMPORT_NAME, unit().name(i.module() == null ? "" : i.module()));
    if (names.equals(List.of("*"))) {
      if (unit().scope.kind() != Scope.Kind.MODULE) {
        throw error("import * only allowed at module level", i.span());
      }
      emit(CALL_INTRINSIC_1, 2); // INTRINSIC_IMPORT_STAR
      emit(POP_TOP);
      return;
    }
    for (Ast.Alias alias : i.names()) {
      emit(IMPORT_FROM, unit().name(alias.name()));
      storeName(alias.asName() != null ? alias.asName() : alias.name());
    }
    emit(POP_TOP);
  }

  private void ifStatement(Ast.If i) throws PySyntaxError {
    Label end = unit().label();
    Label otherwise = i.orElse().isEmpty() ? end : unit().label();
    condition(i.test(), otherwise, false);
    statements(i.body());
    if (!i.orElse().isEmpty()) {
      unit().jump(JUMP, end);
      unit().bind(otherwise);
      statements(i.orElse());
    }
    unit().bind(end);
  }

  private void whileLoop(Ast.While w) throws PySyntaxError {
    Label start = unit().label();
    Label otherwise = unit().label();
    Label end = unit().label();
    unit().bind(start);
    condition(w.test(), otherwise, false);
    statementsIn(new Block(BlockKind.WHILE_LOOP, start, end, w, null), w.body());
    at(w.span());
    unit().jump(JUMP, start);
    unit().bind(otherwise);
    statements(w.orElse());
    unit().bind(end);
  }

  private void forLoop(Ast.For f) throws PySyntaxError {
    if (f.isAsync()) {
      asyncForLoop(f);
      return;
    }
    Label start = unit().label();
    Label exhausted = unit().label();
    Label end = unit().label();
    iterable(f.iter());
    emit(GET_ITER);
    unit().bind(start);
    unit().jump(FOR_ITER, exhausted);
    store(f.target());
    statementsIn(new Block(BlockKind.FOR_LOOP, start, end, f, null), f.body());
    at(f.span());
    unit().jump(JUMP, start);
    unit().bind(exhausted); // FOR_ITER popped the iterator
    statements(f.orElse());
    unit().bind(end);
  }

  /**
   * async for (CPython 3.11's layout): each step awaits {@code __anext__()} under a handler whose
   * END_ASYNC_FOR ends the loop on StopAsyncIteration and re-raises anything else.
   */
  private void asyncForLoop(Ast.For f) throws PySyntaxError {
    requireAsyncFunction("'async for' outside async function", f.span());
    Label start = unit().label();
    Label exhausted = unit().label();
    Label end = unit().label();
    expression(f.iter());
    emit(GET_AITER);
    unit().bind(start);
    unit().jump(SETUP_FINALLY, exhausted);
    emit(GET_ANEXT);
    unit().loadConstant(Ast.NONE);
    delegate();
    emit(POP_BLOCK);
    store(f.target());
    statementsIn(new Block(BlockKind.FOR_LOOP, start, end, f, null), f.body());
    at(f.span());
    unit().jump(JUMP, start);
    unit().bind(exhausted);
    emit(END_ASYNC_FOR);
    statements(f.orElse());
    unit().bind(end);
  }

  private void requireAsyncFunction(String message, Ast.Span span) throws PySyntaxError {
    if (!unit().scope.isFunctionLike() || !unit().scope.isCoroutine()) {
      throw error(message, span);
    }
  }

  private void breakOrContinue(Ast.Span span, boolean isBreak) throws PySyntaxError {
    Block loop = null;
    for (Block block : unit().blocks) {
      if (block.kind() == BlockKind.WHILE_LOOP || block.kind() == BlockKind.FOR_LOOP) {
        loop = block;
        break;
      }
    }
    if (loop == null) {
      throw error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", span);
    }
    unwindTo(loop, isBreak, false);
    unit().jump(JUMP, isBreak ? loop.exit() : loop.start());
  }

  private void returnStatement(Ast.Return r) throws PySyntaxError {
    if (!unit().scope.isFunctionLike()) {
      throw error("'return' outside function", r.span());
    }
    if (r.value() == null) {
      unwindTo(null, false, false);
      emit(RETURN_CONST, unit().constant(Ast.NONE));
      return;
    }
    expression(r.value());
    unwindTo(null, false, true);
    emit(RETURN_VALUE);
  }

  /**
   * Emits the clean-up of every block from the innermost out to {@code target} (exclusive; all of
   * them when null): closing protected ranges, running finally bodies, calling {@code __exit__},
   * leaving handlers, popping a for loop's iterator ({@code includeTargetIterator}: a break leaves
   * its own loop too). {@code preserveTop}: a return value sits on the stack and must stay on top.
   * Protected ranges close on this path only: the assembler follows them along the control flow, as
   * CPython's does, so the code after the jump keeps its own.
   */
  private void unwindTo(Block target, boolean includeTargetIterator, boolean preserveTop)
      throws PySyntaxError {
    List<Block> popped = new ArrayList<>();
    // Each block is popped while its clean-up is emitted, so a finally body compiled here sees
    // only the blocks outside it (CPython's compiler_unwind_fblock_stack).
    while (!unit().blocks.isEmpty() && unit().blocks.peek() != target) {
      Block block = unit().blocks.pop();
      popped.add(block);
      unwind(block, preserveTop);
    }
    if (target != null && includeTargetIterator && target.kind() == BlockKind.FOR_LOOP) {
      emit(POP_TOP);
    }
    for (int i = popped.size() - 1; i >= 0; i--) {
      unit().blocks.push(popped.get(i));
    }
  }

  private void unwind(Block block, boolean preserveTop) throws PySyntaxError {
    switch (block.kind()) {
      case WHILE_LOOP -> {}
      case FOR_LOOP -> {
        if (preserveTop) {
          emit(SWAP, 2);
        }
        emit(POP_TOP);
      }
      case TRY_EXCEPT -> {
        emit(POP_BLOCK);
      }
      case FINALLY_TRY -> {
        emit(POP_BLOCK);
        // A return value waits under the finally body; a break or return inside that body must
        // drop it first (CPython's POP_VALUE block).
        List<Stmt> finalBody = ((Ast.Try) block.owner()).finalBody();
        if (preserveTop) {
          statementsIn(new Block(BlockKind.POP_VALUE, null, null, block.owner(), null), finalBody);
        } else {
          statements(finalBody);
        }
      }
      case POP_VALUE -> {
        if (preserveTop) {
          emit(SWAP, 2);
        }
        emit(POP_TOP);
      }
      case FINALLY_END -> {
        if (preserveTop) {
          emit(SWAP, 2);
        }
        emit(POP_TOP); // the exception being handled
        if (preserveTop) {
          emit(SWAP, 2);
        }
        emit(POP_BLOCK);
        emit(POP_EXCEPT);
      }
      case WITH, ASYNC_WITH -> {
        emit(POP_BLOCK);
        if (preserveTop) {
          emit(SWAP, 2);
        }
        callExitWithNone();
        if (block.kind() == BlockKind.ASYNC_WITH) {
          awaitTop();
        }
        emit(POP_TOP);
      }
      case HANDLER_CLEANUP, EXCEPTION_HANDLER -> {
        emit(POP_BLOCK);
        if (preserveTop) {
          emit(SWAP, 2);
        }
        emit(POP_EXCEPT);
        if (block.boundName() != null) {
          unit().loadConstant(Ast.NONE);
          storeName(block.boundName());
          deleteName(block.boundName());
        }
      }
    }
  }

  /** Compiles {@code body} inside {@code block}, which break, continue and return unwind. */
  private void statementsIn(Block block, List<Stmt> body) throws PySyntaxError {
    unit().blocks.push(block);
    statements(body);
    unit().blocks.pop();
  }

  /**
   * The start of an exception handler (CPython 3.11): a clean-up range that restores the previous
   * exception if the handler itself raises, then PUSH_EXC_INFO.
   */
  private void enterHandler(Label handler, Label cleanup) {
    unit().bind(handler);
    unit().jump(SETUP_CLEANUP, cleanup);
    emit(PUSH_EXC_INFO);
  }

  /**
   * The clean-up handler of an exception handler (CPython's {@code POP_EXCEPT_AND_RERAISE}):
   * entered as {@code [previous exception, lasti, new exception]}, it restores the previous one and
   * re-raises the new one.
   */
  private void popExceptAndReraise(Label cleanup) {
    unit().bind(cleanup);
    emit(COPY, 3);
    emit(POP_EXCEPT);
    emit(RERAISE, 1);
  }

  /** Awaits the awaitable on top of the stack, leaving its result. */
  private void awaitTop() {
    emit(GET_AWAITABLE, 2);
    unit().loadConstant(Ast.NONE);
    delegate();
  }

  /** Calls a with statement's {@code __exit__} (on the stack) with three Nones. */
  private void callExitWithNone() {
    unit().loadConstant(Ast.NONE);
    unit().loadConstant(Ast.NONE);
    unit().loadConstant(Ast.NONE);
    emit(CALL, 2);
  }

  /**
   * try/except (CPython 3.11's layout): the body under SETUP_FINALLY; the handler pushes the
   * previous exception (PUSH_EXC_INFO), matches the clauses in order, and re-raises when none
   * matches; a clean-up range restores the previous exception if a handler itself raises.
   */
  private void tryExcept(Ast.Try t) throws PySyntaxError {
    Label handler = unit().label();
    Label cleanup = unit().label();
    Label end = unit().label();
    unit().jump(SETUP_FINALLY, handler);
    statementsIn(new Block(BlockKind.TRY_EXCEPT, null, handler, t, null), t.body());
    emit(POP_BLOCK);
    statements(t.orElse());
    unit().jump(JUMP, end);

    enterHandler(handler, cleanup);
    for (Ast.ExceptHandler h : t.handlers()) {
      at(h.span());
      Label next = unit().label();
      if (h.type() == null && h != t.handlers().getLast()) {
        throw error("default 'except:' must be last", h.span());
      }
      if (h.type() != null) {
        expression(h.type());
        emit(CHECK_EXC_MATCH);
        unit().jump(POP_JUMP_IF_FALSE, next);
      }
      Block handling = new Block(BlockKind.EXCEPTION_HANDLER, null, cleanup, t, null);
      if (h.name() != null) {
        storeName(h.name());
        Label nameCleanup = unit().label();
        unit().jump(SETUP_CLEANUP, nameCleanup);
        Block named = new Block(BlockKind.HANDLER_CLEANUP, null, nameCleanup, t, h.name());
        statementsIn(named, h.body());
        emit(POP_BLOCK);
        emit(POP_BLOCK);
        emit(POP_EXCEPT);
        unit().loadConstant(Ast.NONE);
        storeName(h.name());
        deleteName(h.name());
        unit().jump(JUMP, end);
        // The handler body raised: unbind the name, then let the clean-up restore the exception.
        unit().bind(nameCleanup);
        unit().loadConstant(Ast.NONE);
        storeName(h.name());
        deleteName(h.name());
        emit(RERAISE, 1);
      } else {
        emit(POP_TOP);
        statementsIn(handling, h.body());
        emit(POP_BLOCK);
        emit(POP_EXCEPT);
        unit().jump(JUMP, end);
      }
      unit().bind(next);
    }
    emit(RERAISE, 0); // no clause matched; still under the clean-up, which restores the exception
    popExceptAndReraise(cleanup);
    unit().bind(end);
  }

  /** try/finally: the finally body is emitted twice, on the normal path and in the handler. */
  private void tryFinally(Ast.Try t) throws PySyntaxError {
    Label handler = unit().label();
    Label cleanup = unit().label();
    Label end = unit().label();
    unit().jump(SETUP_FINALLY, handler);
    // try/except/finally is a try/except inside a try/finally, as CPython compiles it.
    List<Stmt> body =
        t.handlers().isEmpty()
            ? t.body()
            : List.of(new Ast.Try(t.body(), t.handlers(), t.orElse(), List.of(), false, t.span()));
    statementsIn(new Block(BlockKind.FINALLY_TRY, null, handler, t, null), body);
    emit(POP_BLOCK);
    statements(t.finalBody());
    unit().jump(JUMP, end);

    enterHandler(handler, cleanup);
    statementsIn(new Block(BlockKind.FINALLY_END, null, cleanup, t, null), t.finalBody());
    emit(RERAISE, 0);
    popExceptAndReraise(cleanup);
    unit().bind(end);
  }

  /**
   * with: {@code BEFORE_WITH} leaves {@code __exit__} and the {@code __enter__} result; the target
   * is stored, then the body runs under a clean-up range. On the normal path {@code __exit__(None,
   * None, None)}; in the handler {@code WITH_EXCEPT_START} calls it with the exception and
   * suppresses it if the result is true. Several items nest.
   */
  private void withStatement(Ast.With w, int item) throws PySyntaxError {
    boolean async = w.isAsync();
    if (async) {
      requireAsyncFunction("'async with' outside async function", w.span());
    }
    Ast.WithItem withItem = w.items().get(item);
    Label handler = unit().label();
    Label cleanup = unit().label();
    Label suppress = unit().label();
    Label end = unit().label();
    expression(withItem.contextExpr());
    if (async) {
      emit(BEFORE_ASYNC_WITH);
      emit(GET_AWAITABLE, 1);
      unit().loadConstant(Ast.NONE);
      delegate();
    } else {
      emit(BEFORE_WITH);
    }
    if (withItem.optionalVars() != null) {
      store(withItem.optionalVars());
    } else {
      emit(POP_TOP);
    }
    unit().jump(SETUP_CLEANUP, handler);
    unit()
        .blocks
        .push(new Block(async ? BlockKind.ASYNC_WITH : BlockKind.WITH, null, handler, w, null));
    if (item + 1 < w.items().size()) {
      withStatement(w, item + 1);
    } else {
      statements(w.body());
    }
    unit().blocks.pop();
    at(w.span());
    emit(POP_BLOCK);
    callExitWithNone();
    if (async) {
      awaitTop();
    }
    emit(POP_TOP);
    unit().jump(JUMP, end);

    enterHandler(handler, cleanup); // entered as [exit, lasti, exception]
    emit(WITH_EXCEPT_START);
    if (async) {
      awaitTop();
    }
    unit().toBool();
    unit().jump(POP_JUMP_IF_TRUE, suppress);
    emit(RERAISE, 2);
    unit().bind(suppress);
    emit(POP_TOP);
    emit(POP_BLOCK);
    emit(POP_EXCEPT);
    emit(POP_TOP);
    emit(POP_TOP);
    unit().jump(JUMP, end);
    popExceptAndReraise(cleanup);
    unit().bind(end);
  }

  private void augmentedAssignment(Ast.AugAssign a) throws PySyntaxError {
    int op = binaryOp(a.op()) + 13; // the in-place forms follow the binary ones
    switch (a.target()) {
      case Ast.Name n -> {
        loadName(n.id());
        expression(a.value());
        emit(BINARY_OP, op);
        storeName(n.id());
      }
      case Ast.Attribute attr -> {
        expression(attr.value());
        emit(COPY, 1);
        emit(LOAD_ATTR, unit().name(attr.attribute()) << 1);
        expression(a.value());
        emit(BINARY_OP, op);
        emit(SWAP, 2);
        emit(STORE_ATTR, unit().name(attr.attribute()));
      }
      case Ast.Subscript s -> {
        expression(s.value());
        expression(s.slice());
        emit(COPY, 2);
        emit(COPY, 2);
        emit(BINARY_SUBSCR);
        expression(a.value());
        emit(BINARY_OP, op);
        emit(SWAP, 3);
        emit(SWAP, 2);
        emit(STORE_SUBSCR);
      }
      default -> throw new IllegalStateException("parser let through " + a.target());
    }
  }

  private void annotatedAssignment(Ast.AnnAssign a) throws PySyntaxError {
    if (a.value() != null) {
      expression(a.value());
      store(a.target());
    }
    if (a.simple() && !unit().scope.isFunctionLike() && a.target() instanceof Ast.Name n) {
      annotationValue(a.annotation());
      loadName("__annotations__");
      unit().loadConstant(n.id());
      emit(STORE_SUBSCR);
    } else if (!unit().scope.isFunctionLike() && a.value() == null && !futureAnnotations) {
      // CPython evaluates the target's parts and the annotation for effect.
      expression(a.annotation());
      emit(POP_TOP);
    }
  }

  // --- Functions and classes ---

  private void functionDef(Ast.FunctionDef f) throws PySyntaxError {
    for (Expr decorator : f.decorators()) {
      expression(decorator);
    }
    Scope scope = childScope(f.span());
    List<Stmt> body = f.body();
    int flags = functionFlags(scope, f.args());
    if (f.isAsync()) {
      flags |= CodeObject.COROUTINE;
    }
    CodeUnit function =
        new CodeUnit(scope, f.name(), qualifiedName(f.name()), filename, f.span().line());
    makeFunction(
        function,
        f.args(),
        f.returns(),
        () -> {
          List<Stmt> rest = body;
          if (!body.isEmpty()
              && body.getFirst() instanceof Ast.ExprStmt e
              && e.value() instanceof Ast.Constant c
              && c.value() instanceof String) {
            unit().constant(c.value()); // the docstring is the first constant, as in CPython
            rest = body.subList(1, body.size());
          } else {
            unit().constant(Ast.NONE);
          }
          statements(rest);
          if (rest.isEmpty() || !(rest.getLast() instanceof Ast.Return)) {
            emit(RETURN_CONST, unit().constant(Ast.NONE));
          }
        },
        flags);
    for (int i = 0; i < f.decorators().size(); i++) {
      emit(CALL, 0); // [decorator, function]: the function is the call's argument
    }
    storeName(f.name());
  }

  private void classDef(Ast.ClassDef c) throws PySyntaxError {
    for (Expr decorator : c.decorators()) {
      expression(decorator);
    }
    Scope scope = childScope(c.span());
    CodeUnit body =
        new CodeUnit(scope, c.name(), qualifiedName(c.name()), filename, c.span().line());
    emit(PUSH_NULL);
    emit(LOAD_BUILD_CLASS);
    enter(body);
    prologue(body, 0);
    loadName("__name__");
    storeName("__module__");
    unit().loadConstant(body.qualifiedName);
    storeName("__qualname__");
    List<Stmt> statements = docstring(c.body(), true);
    if (hasAnnotations(statements)) {
      emit(SETUP_ANNOTATIONS);
    }
    statements(statements);
    if (scope.needsClassClosure()) {
      emit(LOAD_CLOSURE, unit().localIndex("__class__"));
      emit(COPY, 1);
      storeName("__classcell__");
      emit(RETURN_VALUE);
    } else {
      emit(RETURN_CONST, unit().constant(Ast.NONE));
    }
    CodeObject code = leave(0);
    at(c.span());
    int closureFlag = closure(body);
    unit().loadConstant(code);
    emit(MAKE_FUNCTION, closureFlag);
    unit().loadConstant(c.name());
    call(c.bases(), c.keywords(), 2);
    for (int i = 0; i < c.decorators().size(); i++) {
      emit(CALL, 0);
    }
    storeName(c.name());
  }
}
