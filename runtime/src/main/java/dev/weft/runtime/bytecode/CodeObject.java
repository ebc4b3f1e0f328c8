package dev.weft.runtime.bytecode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A compiled function, class body, module or comprehension: instruction words with their inline
 * caches, constants, names, the localsplus layout, maximum stack depth, line table and exception
 * table (CPython's {@code PyCodeObject}). Immutable; the interpreter's per-thread bytecode copies
 * (ARCHITECTURE.md §4) are made from {@link #code()}.
 *
 * <p>Localsplus is CPython 3.11's layout: the shape's local names (parameters first), then cell
 * names that are not also locals, then free names. A parameter captured by an inner function is one
 * slot of kind {@code LOCAL | CELL}: MAKE_CELL wraps the argument in place.
 */
public final class CodeObject {
  // co_flags values (CPython's Include/cpython/code.h).
  public static final int OPTIMIZED = 0x0001;
  public static final int NEWLOCALS = 0x0002;
  public static final int VARARGS = 0x0004;
  public static final int VARKEYWORDS = 0x0008;
  public static final int NESTED = 0x0010;
  public static final int GENERATOR = 0x0020;
  public static final int COROUTINE = 0x0080;
  public static final int ASYNC_GENERATOR = 0x0200;

  // Localsplus kinds (CPython's CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE), combinable.
  public static final int LOCAL = 0x20;
  public static final int CELL = 0x40;
  public static final int FREE = 0x80;

  /** The frame layout and calling convention the code generator decided. */
  public record Shape(
      int argCount,
      int positionalOnlyCount,
      int keywordOnlyCount,
      int flags,
      List<String> localNames,
      List<String> cellNames,
      List<String> freeNames) {
    public Shape {
      localNames = List.copyOf(localNames);
      cellNames = List.copyOf(cellNames);
      freeNames = List.copyOf(freeNames);
      if (argCount < 0 || positionalOnlyCount < 0 || keywordOnlyCount < 0) {
        throw new IllegalArgumentException("negative parameter count");
      }
      if (positionalOnlyCount > argCount) {
        throw new IllegalArgumentException("more positional-only parameters than positional");
      }
      int parameters =
          argCount
              + keywordOnlyCount
              + ((flags & VARARGS) != 0 ? 1 : 0)
              + ((flags & VARKEYWORDS) != 0 ? 1 : 0);
      if (parameters > localNames.size()) {
        throw new IllegalArgumentException(
            parameters + " parameters but only " + localNames.size() + " local names");
      }
    }
  }

  /**
   * Instructions in words {@code [start, end)} are protected by the handler at word {@code target};
   * on an exception the stack is popped to {@code depth}, lasti is pushed if {@code lasti}, then
   * the exception. CPython's dis prints {@code end} inclusively, as the last covered word.
   */
  public record ExceptionEntry(int start, int end, int target, int depth, boolean lasti) {}

  private final String name;
  private final String qualifiedName;
  private final String filename;
  private final int firstLine;
  private final Shape shape;
  private final int[] code;
  private final List<Object> constants;
  private final List<String> names;
  private final List<String> localsPlus;
  private final int[] localsPlusKinds;
  private final int stackSize;
  private final int[] lines;
  private final int[] positions;
  private final List<ExceptionEntry> exceptionTable;

  CodeObject(
      String name,
      String qualifiedName,
      String filename,
      int firstLine,
      Shape shape,
      int[] code,
      List<Object> constants,
      List<String> names,
      int stackSize,
      int[] lines,
      int[] positions,
      List<ExceptionEntry> exceptionTable) {
    this.name = Objects.requireNonNull(name);
    this.qualifiedName = Objects.requireNonNull(qualifiedName);
    this.filename = Objects.requireNonNull(filename);
    this.firstLine = firstLine;
    this.shape = Objects.requireNonNull(shape);
    this.code = code;
    // Constants may hold any value object the code generator folds; nulls are tolerated.
    this.constants = Collections.unmodifiableList(new ArrayList<>(constants));
    this.names = List.copyOf(names);
    this.stackSize = stackSize;
    this.lines = lines;
    this.positions = positions;
    this.exceptionTable = List.copyOf(exceptionTable);

    List<String> slots = new ArrayList<>(shape.localNames());
    List<Integer> kinds = new ArrayList<>(Collections.nCopies(slots.size(), LOCAL));
    for (String cell : shape.cellNames()) {
      int index = shape.localNames().indexOf(cell);
      if (index >= 0) {
        kinds.set(index, LOCAL | CELL);
      } else {
        slots.add(cell);
        kinds.add(CELL);
      }
    }
    for (String free : shape.freeNames()) {
      slots.add(free);
      kinds.add(FREE);
    }
    this.localsPlus = List.copyOf(slots);
    this.localsPlusKinds = kinds.stream().mapToInt(Integer::intValue).toArray();
  }

  public String name() {
    return name;
  }

  public String qualifiedName() {
    return qualifiedName;
  }

  public String filename() {
    return filename;
  }

  public int firstLine() {
    return firstLine;
  }

  public Shape shape() {
    return shape;
  }

  public int flags() {
    return shape.flags();
  }

  /** The instruction and cache words; a fresh copy on every call. */
  public int[] code() {
    return code.clone();
  }

  /** The number of words in {@link #code()}, without copying. */
  public int codeLength() {
    return code.length;
  }

  /** Constants, in index order; nested CodeObjects for functions, classes and comprehensions. */
  public List<Object> constants() {
    return constants;
  }

  /** Global, attribute and import names, in index order. */
  public List<String> names() {
    return names;
  }

  /** The names of the frame's fast slots: locals, then cells not already local, then frees. */
  public List<String> localsPlus() {
    return localsPlus;
  }

  /** The kind of localsplus slot {@code index}: {@link #LOCAL}, {@link #CELL}, {@link #FREE}. */
  public int localsPlusKind(int index) {
    return localsPlusKinds[index];
  }

  /** The value stack's maximum depth. */
  public int stackSize() {
    return stackSize;
  }

  /** The source line of the instruction (or cache) word at {@code wordIndex}. */
  public int lineOf(int wordIndex) {
    return lines[wordIndex];
  }

  /**
   * The source span of the word at {@code wordIndex} as {@code {column, endLine, endColumn}}
   * (0-based character columns, end exclusive; -1 when unknown); its line is {@link #lineOf}.
   */
  public int[] positionOf(int wordIndex) {
    return new int[] {
      positions[wordIndex * 3], positions[wordIndex * 3 + 1], positions[wordIndex * 3 + 2]
    };
  }

  public List<ExceptionEntry> exceptionTable() {
    return exceptionTable;
  }

  /** As Python's repr, without the address: {@code <code object f, file "m.py", line 3>}. */
  @Override
  public String toString() {
    return "<code object " + name + ", file \"" + filename + "\", line " + firstLine + ">";
  }
}
