package dev.weft.runtime.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scope of the symbol table (CPython's {@code PySTEntryObject}): a module, class, function,
 * lambda or comprehension, with every name it binds or uses and, after analysis, where each name
 * lives.
 */
public final class Scope {
  public enum Kind {
    MODULE,
    CLASS,
    FUNCTION,
    /** A lambda: a function scope with the name {@code <lambda>}. */
    LAMBDA,
    /** A comprehension or generator expression: an implicit function scope. */
    COMPREHENSION
  }

  /** Where a name lives at run time (CPython's scope constants). */
  public enum Resolution {
    LOCAL,
    GLOBAL_EXPLICIT,
    GLOBAL_IMPLICIT,
    FREE,
    CELL
  }

  // Flags recording how a name occurs in the scope (CPython's DEF_* bits).
  static final int DEF_GLOBAL = 1;
  static final int DEF_LOCAL = 1 << 1;
  static final int DEF_PARAM = 1 << 2;
  static final int DEF_NONLOCAL = 1 << 3;
  static final int USE = 1 << 4;
  static final int DEF_FREE_CLASS = 1 << 5;
  static final int DEF_IMPORT = 1 << 6;
  static final int DEF_ANNOT = 1 << 7;
  static final int DEF_COMP_ITER = 1 << 8;
  static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

  private final Kind kind;
  private final String name;
  private final Scope parent;
  private final Ast.Span span;
  final Map<String, Integer> flags = new LinkedHashMap<>();
  final Map<String, Resolution> resolutions = new LinkedHashMap<>();
  final List<String> parameters = new ArrayList<>();

  /**
   * Names a class binds for itself that its methods take from the enclosing function (CPython's
   * {@code DEF_FREE_CLASS}): local in the class body, and also free in the class's code object so
   * that it can hand the cell on.
   */
  final java.util.Set<String> freeThroughClass = new java.util.TreeSet<>();

  /** The first {@code global} or {@code nonlocal} statement naming each name, for errors. */
  final Map<String, Ast.Span> directives = new LinkedHashMap<>();

  final List<Scope> children = new ArrayList<>();
  boolean generator;
  boolean coroutine;
  boolean hasVarArgs;
  boolean hasVarKeywords;

  /** The class body needs a {@code __class__} cell for zero-argument {@code super()}. */
  boolean needsClassClosure;

  Scope(Kind kind, String name, Scope parent, Ast.Span span) {
    this.kind = kind;
    this.name = name;
    this.parent = parent;
    this.span = span;
    if (parent != null) {
      parent.children.add(this);
    }
  }

  public Kind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public Scope parent() {
    return parent;
  }

  /** The line of the statement or expression that opens this scope. */
  public int line() {
    return span.line();
  }

  /** The span of the node that opens this scope (how the code generator finds it again). */
  public Ast.Span span() {
    return span;
  }

  public List<Scope> children() {
    return List.copyOf(children);
  }

  /** Parameters in order: positional-only, positional, *args, keyword-only, **kwargs. */
  public List<String> parameters() {
    return List.copyOf(parameters);
  }

  public boolean isFunctionLike() {
    return kind == Kind.FUNCTION || kind == Kind.LAMBDA || kind == Kind.COMPREHENSION;
  }

  public boolean isGenerator() {
    return generator;
  }

  public boolean isCoroutine() {
    return coroutine;
  }

  public boolean needsClassClosure() {
    return needsClassClosure;
  }

  /** Where {@code name} lives, or null if this scope neither binds nor uses it. */
  public Resolution resolve(String name) {
    return resolutions.get(name);
  }

  /** Names in the order they first occur, each with its resolution. */
  public Map<String, Resolution> symbols() {
    return java.util.Collections.unmodifiableMap(resolutions);
  }

  /**
   * Names local to this scope as CPython lays out {@code co_varnames}: parameters first (captured
   * ones included), then other bound names that are not cells.
   */
  public List<String> localNames() {
    List<String> locals = new ArrayList<>(parameters);
    for (Map.Entry<String, Resolution> e : resolutions.entrySet()) {
      if (e.getValue() == Resolution.LOCAL
          && !locals.contains(e.getKey())
          && (flags.getOrDefault(e.getKey(), 0) & DEF_BOUND) != 0) {
        locals.add(e.getKey());
      }
    }
    return locals;
  }

  /** Names that are cells of this scope (captured by inner scopes), sorted as CPython does. */
  public List<String> cellNames() {
    return resolutions.entrySet().stream()
        .filter(e -> e.getValue() == Resolution.CELL)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /** Names this scope takes from enclosing ones, sorted as CPython does. */
  public List<String> freeNames() {
    java.util.TreeSet<String> free = new java.util.TreeSet<>(freeThroughClass);
    resolutions.forEach(
        (name, resolution) -> {
          if (resolution == Resolution.FREE) {
            free.add(name);
          }
        });
    return List.copyOf(free);
  }

  @Override
  public String toString() {
    return kind + " " + name + " " + resolutions;
  }
}
