package dev.weft.memory;

import java.util.Arrays;

/**
 * A bounded stack of freed objects of one kind, kept for reuse by the thread that owns it
 * (CPython's {@code _Py_freelist} in {@code Include/internal/pycore_freelist_state.h}, one per type
 * and per thread in the free-threaded build).
 *
 * <p>The algorithm: {@link #push} keeps an object while fewer than {@link #capacity()} are kept and
 * otherwise refuses it, leaving it to the JVM's collector; {@link #pop} returns the most recently
 * kept object (the one most likely still in cache) or {@code null} when empty, and forgets it.
 *
 * <p>The invariant (MEM_01): no object is popped twice. It holds because only the owning thread
 * ever touches a freelist, so every field is plain. There is no cross-thread path, and none is
 * needed: as in CPython, a thread that frees an object pushes it onto its own freelist, whoever
 * allocated it. The runtime keeps its freelists in the thread state and passes them explicitly.
 * Capacities for each Python type are in {@link FreelistLimits}; a capacity of 0 disables the
 * freelist (CPython's size -1).
 */
public final class Freelist<T> {
  private final Object[] items;
  private int size;
  private long hits;
  private long misses;

  public Freelist(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("freelist capacity must not be negative: " + capacity);
    }
    items = new Object[capacity];
  }

  /**
   * Keeps {@code item} for reuse. Returns false, keeping nothing, when the freelist is full: the
   * caller then drops it.
   */
  public boolean push(T item) {
    int i = size;
    if (i == items.length) {
      return false;
    }
    items[i] = item;
    size = i + 1;
    return true;
  }

  /** The most recently pushed object, now forgotten by the freelist, or {@code null} if empty. */
  @SuppressWarnings("unchecked")
  public T pop() {
    int i = size - 1;
    if (i < 0) {
      misses++;
      return null;
    }
    T item = (T) items[i];
    items[i] = null;
    size = i;
    hits++;
    return item;
  }

  /** Forgets every kept object (CPython clears freelists at thread exit and after a collection). */
  public int clear() {
    int cleared = size;
    Arrays.fill(items, 0, cleared, null);
    size = 0;
    return cleared;
  }

  public int size() {
    return size;
  }

  public int capacity() {
    return items.length;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** Pops that returned an object. */
  public long hits() {
    return hits;
  }

  /** Pops that found the freelist empty. */
  public long misses() {
    return misses;
  }
}
