package dev.weft.runtime.compiler;

import dev.weft.runtime.bytecode.Assembler;
import dev.weft.runtime.bytecode.CodeObject;
import dev.weft.runtime.bytecode.Label;
import dev.weft.runtime.bytecode.Opcode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The code object being generated for one scope: its assembler, where each of its names lives, and
 * the stack of enclosing blocks (loops, handlers, with statements) that {@code break}, {@code
 * continue} and {@code return} must unwind (CPython's {@code fblock}s).
 */
final class CodeUnit {
  enum BlockKind {
    WHILE_LOOP,
    FOR_LOOP,
    TRY_EXCEPT,
    FINALLY_TRY,
    FINALLY_END,
    WITH,
    ASYNC_WITH,
    HANDLER_CLEANUP,
    EXCEPTION_HANDLER,
    /** A return value kept on the stack while a finally body runs on the way out. */
    POP_VALUE
  }

  /** One enclosing block; for loops, the labels {@code continue} and {@code break} jump to. */
  record Block(BlockKind kind, Label start, Label exit, Ast.Stmt owner, String boundName) {}

  final Scope scope;
  final Assembler assembler;
  final String qualifiedName;
  final List<String> localNames;
  final List<String> cellNames;
  final List<String> freeNames;
  final List<String> localsPlus = new ArrayList<>();
  final Deque<Block> blocks = new ArrayDeque<>();
  int line;

  /** The span the next instructions come from (columns for tracebacks); null when unknown. */
  Ast.Span span;

  /**
   * The last instruction emitted, when the next one can only be reached from it (no label bound
   * since); else null.
   */
  private Opcode last;

  CodeUnit(Scope scope, String name, String qualifiedName, String filename, int firstLine) {
    this.scope = scope;
    this.qualifiedName = qualifiedName;
    this.assembler = new Assembler(name, qualifiedName, filename, firstLine);
    this.line = firstLine;
    this.localNames = scope.isFunctionLike() ? scope.localNames() : List.of();
    List<String> cells = new ArrayList<>(scope.cellNames());
    if (scope.kind() == Scope.Kind.CLASS && scope.needsClassClosure()) {
      cells.add("__class__");
    }
    this.cellNames = List.copyOf(cells);
    this.freeNames = scope.freeNames();
    localsPlus.addAll(localNames);
    for (String cell : cellNames) {
      if (!localsPlus.contains(cell)) {
        localsPlus.add(cell);
      }
    }
    localsPlus.addAll(freeNames);
  }

  int localIndex(String name) {
    int index = localsPlus.indexOf(name);
    if (index < 0) {
      throw new IllegalStateException("no local slot for " + name + " in " + qualifiedName);
    }
    return index;
  }

  void emit(Opcode op, int oparg) {
    position();
    assembler.emit(op, oparg, line);
    last = op;
  }

  void emit(Opcode op) {
    emit(op, 0);
  }

  void jump(Opcode op, Label target) {
    position();
    assembler.emitJump(op, target, line);
    last = op;
  }

  /**
   * TO_BOOL before a POP_JUMP_IF_FALSE/TRUE or UNARY_NOT (CPython 3.13), unless the value on top
   * was just pushed by an instruction that always pushes a bool, as CPython's flowgraph drops it.
   * COMPARE_OP counts as one, as in CPython: a rich comparison that returns something else is still
   * tested exactly once, by the jump itself.
   */
  void toBool() {
    if (last != Opcode.COMPARE_OP
        && last != Opcode.IS_OP
        && last != Opcode.CONTAINS_OP
        && last != Opcode.UNARY_NOT
        && last != Opcode.TO_BOOL) {
      emit(Opcode.TO_BOOL);
    }
  }

  private void position() {
    if (span != null && span.line() == line) {
      assembler.position(span.column(), span.endLine(), span.endColumn());
    } else {
      assembler.position(-1, -1, -1);
    }
  }

  Label label() {
    return assembler.newLabel();
  }

  void bind(Label label) {
    assembler.bind(label);
    last = null;
  }

  int constant(Object value) {
    return assembler.addConstant(value);
  }

  void loadConstant(Object value) {
    emit(Opcode.LOAD_CONST, constant(value));
  }

  int name(String name) {
    return assembler.addName(name);
  }

  CodeObject.Shape shape(int flags) {
    int positional = 0;
    int positionalOnly = 0;
    int keywordOnly = 0;
    if (argumentCounts != null) {
      positional = argumentCounts[0];
      positionalOnly = argumentCounts[1];
      keywordOnly = argumentCounts[2];
    }
    return new CodeObject.Shape(
        positional, positionalOnly, keywordOnly, flags, localNames, cellNames, freeNames);
  }

  /** positional (including positional-only), positional-only, keyword-only; null for modules. */
  int[] argumentCounts;
}
