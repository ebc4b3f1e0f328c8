package dev.weft.runtime.objects;

/**
 * One copy of a code object's instructions (ARCHITECTURE.md §4): the words, which the specializer
 * rewrites in place, and one cache slot per word for the immutable record a specialized
 * instruction's guards and action read (CPython's inline cache entries that hold more than a
 * counter). Copy {@code index} belongs to the thread holding that index; with {@code -X
 * tlbc=shared-specialize} every thread runs copy 0 and rewrites it with atomic writes.
 */
public final class Bytecode {
  public final PyCode code;
  public final int index;
  public final int[] words;
  public final Object[] caches;

  Bytecode(PyCode code, int index, int[] words) {
    this.code = code;
    this.index = index;
    this.words = words;
    this.caches = new Object[words.length];
  }
}
