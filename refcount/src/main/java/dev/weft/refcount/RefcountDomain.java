package dev.weft.refcount;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The shared side of biased reference counting for one runtime (CPython keeps it per interpreter):
 * the registry that maps owner ids to live threads for the merge queues, and the pool of unique ids
 * for per-thread counts.
 *
 * <p>Registry. Threads are hashed by id into 257 buckets (a prime, as CPython's {@code brc.c}),
 * each a lock and a list. A non-owner queuing an object locks the owner's bucket, finds the owner
 * and pushes while holding the lock; an exiting owner drains its queue and unlinks itself under the
 * same lock only once its queue is empty. So an object is either pushed to a live owner, who will
 * drain it, or finds the owner gone and is merged by the queuing thread: never lost and never
 * merged twice (invariant RC_07).
 */
public final class RefcountDomain {
  /** CPython's {@code _Py_BRC_NUM_BUCKETS}. */
  static final int BUCKETS = 257;

  private final ReentrantLock[] bucketLocks = new ReentrantLock[BUCKETS];
  private final RcThread[] bucketHeads = new RcThread[BUCKETS];
  private final AtomicLong lastThreadId = new AtomicLong();
  private final RcStats exitedStats = new RcStats();
  final UniqueIdPool uniqueIds = new UniqueIdPool();
  final Weakening weakening;

  /**
   * Whether threads other than a deferred object's owner skip counting it altogether (see {@link
   * #uncountingDeferred}); false keeps CPython's rule, where only interpreter-stack references
   * skip.
   */
  final boolean deferredUncounted;

  public RefcountDomain() {
    this(Weakening.NONE, false);
  }

  private RefcountDomain(Weakening weakening, boolean deferredUncounted) {
    this.weakening = weakening;
    this.deferredUncounted = deferredUncounted;
    for (int i = 0; i < BUCKETS; i++) {
      bucketLocks[i] = new ReentrantLock();
    }
  }

  /** A deliberately broken domain for the mutant stress tests; see {@link Weakening}. */
  public static RefcountDomain weakened(Weakening weakening) {
    return new RefcountDomain(weakening, false);
  }

  /**
   * A domain where increments, decrements and try-increments of a deferred object by any thread but
   * its owner are not counted at all. CPython skips only references from interpreter stacks, which
   * its cycle collector finds by scanning; a runtime that cannot tell stack references from others,
   * and frees deferred objects only by other means, uses this so that threads sharing one function,
   * class or module do not contend on its shared word. Counts of deferred objects are then not
   * authoritative.
   */
  public static RefcountDomain uncountingDeferred() {
    return new RefcountDomain(Weakening.NONE, true);
  }

  /** Registers a thread with no merge signal (it must poll {@link RcThread#mergePending()}). */
  public RcThread registerThread() {
    return registerThread(MergeSignal.NONE);
  }

  /** Registers a thread; {@code signal} is called whenever an object is queued to it. */
  public RcThread registerThread(MergeSignal signal) {
    RcThread thread = new RcThread(this, lastThreadId.incrementAndGet(), signal);
    int bucket = bucketOf(thread.id);
    bucketLocks[bucket].lock();
    try {
      thread.nextInBucket = bucketHeads[bucket];
      bucketHeads[bucket] = thread;
    } finally {
      bucketLocks[bucket].unlock();
    }
    return thread;
  }

  private static int bucketOf(long threadId) {
    return (int) Long.remainderUnsigned(threadId, BUCKETS);
  }

  /**
   * Hands a reference to an object's owner (CPython's {@code _Py_brc_queue_object}); steals the
   * caller's reference, which the shared-word CAS to QUEUED already moved to the queue.
   */
  void queueObject(RcThread queuer, RcObject object) {
    long ownerId = object.ownerAcquire();
    if (ownerId == 0) {
      // The owner merged concurrently. Cannot happen while counts balance (a queued reference is
      // counted in the owner's local count, so that count cannot reach zero first); CPython keeps
      // the check and drops the reference as an ordinary decrement, and so do we.
      Refcount.decref(queuer, object);
      return;
    }
    int bucket = bucketOf(ownerId);
    ReentrantLock lock = bucketLocks[bucket];
    lock.lock();
    RcThread owner;
    long merged = -1;
    try {
      owner = bucketHeads[bucket];
      while (owner != null && owner.id != ownerId) {
        owner = owner.nextInBucket;
      }
      if (owner != null) {
        owner.enqueue(object);
      } else {
        merged = Refcount.explicitMerge(queuer, object, -1);
      }
    } finally {
      lock.unlock();
    }
    if (Refcount.STATS) {
      if (owner != null) {
        queuer.stats.queued++;
      } else {
        queuer.stats.mergedByOthers++;
      }
    }
    if (merged == 0) {
      Refcount.deallocate(queuer, object);
    }
  }

  void removeThread(RcThread thread) {
    int bucket = bucketOf(thread.id);
    ReentrantLock lock = bucketLocks[bucket];
    while (true) {
      thread.mergeQueued();
      lock.lock();
      try {
        if (thread.mergeQueueIsEmpty()) {
          unlink(bucket, thread);
          synchronized (exitedStats) {
            exitedStats.add(thread.stats);
          }
          return;
        }
      } finally {
        lock.unlock();
      }
    }
  }

  private void unlink(int bucket, RcThread thread) {
    RcThread previous = null;
    for (RcThread t = bucketHeads[bucket]; t != null; previous = t, t = t.nextInBucket) {
      if (t == thread) {
        if (previous == null) {
          bucketHeads[bucket] = t.nextInBucket;
        } else {
          previous.nextInBucket = t.nextInBucket;
        }
        t.nextInBucket = null;
        return;
      }
    }
  }

  /**
   * Gives {@code object} a unique id so that threads count their references to it in per-thread
   * arrays, and makes it deferred (CPython's {@code _PyObject_AssignUniqueId}); used for hot shared
   * objects such as types and code. {@code owner} must own the object.
   */
  public int assignUniqueId(RcThread owner, RcObject object) {
    Refcount.makeDeferred(owner, object);
    return uniqueIds.assign(object);
  }

  /**
   * Takes back {@code object}'s unique id after folding every listed thread's per-thread count for
   * it into the object, so the id's next holder starts at zero in every thread. The caller
   * guarantees that none of {@code threads} runs meanwhile (the runtime calls it with the world
   * stopped, as CPython does during its collection) and that they are every registered thread.
   */
  public void releaseUniqueId(RcObject object, Iterable<RcThread> threads) {
    uniqueIds.release(object, threads);
  }

  /** Counters merged from every thread that has exited. */
  public RcStats exitedThreadStats() {
    synchronized (exitedStats) {
      return exitedStats.copy();
    }
  }
}
