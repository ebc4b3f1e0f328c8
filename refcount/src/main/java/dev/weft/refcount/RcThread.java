package dev.weft.refcount;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import org.jctools.queues.varhandle.MpscUnboundedVarHandleArrayQueue;

/**
 * One thread's reference-counting context (the parts of CPython's {@code _PyThreadStateImpl} that
 * {@code brc.c} and {@code uniqueid.c} use): its owner id, its merge queue, its per-thread counts
 * of objects with unique ids, and its counters. The runtime's thread state holds one and passes it
 * explicitly to every increment and decrement; no thread-local lookup is made.
 *
 * <p>Merge queue: non-owners that find an object's shared count at zero push it here (many
 * producers, under the owner's bucket lock), set the pending flag and signal; the owner drains the
 * queue without a lock at its safe points ({@link #mergeQueued()}).
 */
public final class RcThread {
  private static final VarHandle MERGE_PENDING;
  private static final long[] NO_COUNTS = new long[0];

  /** Chunk size of the merge queue: a queue rarely holds more than a few objects at once. */
  private static final int QUEUE_CHUNK = 32;

  static {
    try {
      MERGE_PENDING =
          MethodHandles.lookup().findVarHandle(RcThread.class, "mergePending", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Never 0 and never reused, so an object's stale owner id can never name a newer thread. */
  final long id;

  final RefcountDomain domain;
  private final MergeSignal signal;
  private final MpscUnboundedVarHandleArrayQueue<RcObject> mergeQueue =
      new MpscUnboundedVarHandleArrayQueue<>(QUEUE_CHUNK);

  @SuppressWarnings("unused") // accessed through MERGE_PENDING only
  private boolean mergePending;

  /** Per-thread counts, indexed by unique id - 1; touched by this thread, or with it stopped. */
  long[] perThreadCounts = NO_COUNTS;

  final RcStats stats = new RcStats();

  /** The next thread in this thread's registry bucket; guarded by the bucket lock. */
  RcThread nextInBucket;

  private boolean exited;

  /**
   * The thread state of the language runtime that registered this thread, for deallocators, which
   * receive only the {@code RcThread} (a freelist, a finalizer). Set once, by the owner.
   */
  public Object attachment;

  RcThread(RefcountDomain domain, long id, MergeSignal signal) {
    this.domain = domain;
    this.id = id;
    this.signal = signal;
  }

  /** The id objects owned by this thread carry. */
  public long id() {
    return id;
  }

  public RefcountDomain domain() {
    return domain;
  }

  /** Called by a queuing thread holding this thread's bucket lock. */
  void enqueue(RcObject object) {
    mergeQueue.offer(object);
    // Release: the owner that sees the flag (acquire in mergePending) finds the object queued.
    MERGE_PENDING.setRelease(this, true);
    signal.mergeRequested();
  }

  /** Whether objects wait in the merge queue; the runtime checks this at its safe points. */
  public boolean mergePending() {
    return (boolean) MERGE_PENDING.getAcquire(this);
  }

  /**
   * Merges every queued object (CPython's {@code _Py_brc_merge_refcounts}): folds the local count
   * into the shared word, drops the queue's reference, and deallocates objects whose count reaches
   * zero. The flag is cleared before draining, so an object queued during the drain either is
   * drained now or sets the flag again.
   *
   * @return the number of objects merged
   */
  public int mergeQueued() {
    // Opaque: clearing may be reordered only with the queue's own acquire polls, which follow.
    MERGE_PENDING.setOpaque(this, false);
    int merged = 0;
    RcObject object;
    while ((object = mergeQueue.poll()) != null) {
      merged++;
      if (Refcount.explicitMerge(this, object, -1) == 0) {
        Refcount.deallocate(this, object);
      }
    }
    if (Refcount.STATS) {
      stats.mergedFromQueue += merged;
    }
    return merged;
  }

  boolean mergeQueueIsEmpty() {
    return mergeQueue.isEmpty();
  }

  /** Grows the per-thread count array to cover {@code ids} unique ids. */
  long[] growPerThreadCounts(int ids) {
    perThreadCounts = Arrays.copyOf(perThreadCounts, Math.max(ids, perThreadCounts.length));
    return perThreadCounts;
  }

  /**
   * Folds this thread's per-thread counts into the objects' shared counts (on demand; also done at
   * exit). Only this thread calls it.
   */
  public void mergePerThreadCounts() {
    domain.uniqueIds.mergeCounts(this);
  }

  /**
   * Leaves the domain: merges per-thread counts, drains the merge queue until it can unlink itself
   * with the queue empty (CPython's {@code _Py_brc_remove_thread}), and merges its counters.
   * Objects it still owns keep its id; a later decrement that queues one finds the owner gone and
   * merges it itself.
   */
  public void exit() {
    if (exited) {
      throw new IllegalStateException("refcount thread " + id + " has already exited");
    }
    exited = true;
    mergePerThreadCounts();
    domain.removeThread(this);
  }

  /** A copy of this thread's counters. */
  public RcStats stats() {
    return stats.copy();
  }
}
