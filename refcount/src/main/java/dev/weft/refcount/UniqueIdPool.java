package dev.weft.refcount;

import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Unique ids for per-thread reference counting (CPython's {@code Python/uniqueid.c}): a table of
 * objects indexed by id - 1 with a freelist of unused entries, doubling (minimum 8) when full. A
 * thread increments {@code perThreadCounts[id - 1]} with a plain store instead of touching the
 * object; the counts are folded into the objects' shared words at thread exit, on demand, and for
 * every thread when an id is released, so a recycled id never inherits a stale count (RC_09).
 */
final class UniqueIdPool {
  private static final int MIN_SIZE = 8;

  private final ReentrantLock lock = new ReentrantLock();
  private RcObject[] objects = new RcObject[0];
  private int[] nextFree = new int[0];
  private int freeHead = -1;

  /** Published after growth; a thread reads it (opaque) to size its per-thread array. */
  private volatile int size;

  int size() {
    return size;
  }

  int assign(RcObject object) {
    lock.lock();
    try {
      if (freeHead < 0) {
        grow();
      }
      int index = freeHead;
      freeHead = nextFree[index];
      objects[index] = object;
      object.setUniqueIdOpaque(index + 1);
      return index + 1;
    } finally {
      lock.unlock();
    }
  }

  private void grow() {
    int old = objects.length;
    int grown = Math.max(MIN_SIZE, old * 2);
    objects = Arrays.copyOf(objects, grown);
    nextFree = Arrays.copyOf(nextFree, grown);
    for (int i = grown - 1; i >= old; i--) {
      nextFree[i] = freeHead;
      freeHead = i;
    }
    size = grown;
  }

  /** Folds {@code thread}'s per-thread counts into the shared words and zeroes them. */
  void mergeCounts(RcThread thread) {
    long[] counts = thread.perThreadCounts;
    lock.lock();
    try {
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] != 0) {
          RcObject object = objects[i];
          if (object != null) {
            // Atomic add: other threads update the same shared word concurrently.
            object.getAndAddShared(counts[i] << RcObject.SHARED_SHIFT);
          }
          counts[i] = 0;
        }
      }
    } finally {
      lock.unlock();
    }
  }

  void release(RcObject object, Iterable<RcThread> threads) {
    lock.lock();
    try {
      int id = object.uniqueIdOpaque();
      if (id == 0 || objects[id - 1] != object) {
        throw new IllegalStateException("object holds no unique id of this pool");
      }
      int index = id - 1;
      long total = 0;
      for (RcThread thread : threads) {
        long[] counts = thread.perThreadCounts;
        if (index < counts.length) {
          total += counts[index];
          counts[index] = 0;
        }
      }
      object.getAndAddShared(total << RcObject.SHARED_SHIFT);
      objects[index] = null;
      nextFree[index] = freeHead;
      freeHead = index;
      object.setUniqueIdOpaque(0);
    } finally {
      lock.unlock();
    }
  }
}
