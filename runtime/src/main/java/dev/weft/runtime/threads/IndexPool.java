package dev.weft.runtime.threads;

import java.util.PriorityQueue;

/**
 * Small non-negative indexes handed out lowest first (CPython's {@code _PyIndexPool}): a thread
 * reserves one for its bytecode copies when it starts and releases it when it ends, so the copies
 * arrays of code objects stay as short as the number of threads alive at once. An index is never
 * held by two reservations at the same time (TLBC_01).
 */
public final class IndexPool {
  /** Released indexes below {@link #next}, smallest first. */
  private final PriorityQueue<Integer> free = new PriorityQueue<>();

  /** One past the largest index ever handed out. */
  private int next;

  /** The smallest index not reserved now. */
  public synchronized int reserve() {
    Integer i = free.poll();
    return i != null ? i : next++;
  }

  /** Gives {@code index} back; it must be reserved. */
  public synchronized void release(int index) {
    if (index < 0 || index >= next || free.contains(index)) {
      throw new IllegalStateException("index " + index + " is not reserved");
    }
    free.add(index);
  }

  /** One past the largest index ever handed out: the length a copies array may need. */
  public synchronized int highWater() {
    return next;
  }
}
