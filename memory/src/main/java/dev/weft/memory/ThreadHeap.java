package dev.weft.memory;

import dev.weft.qsbr.QsbrThread;
import dev.weft.qsbr.Reclaimer;
import java.util.Arrays;

/**
 * One thread's heap of storage arrays (CPython's per-thread mimalloc heaps, reduced to what a JVM
 * runtime needs): size-class pools of {@code Object[]} item arrays and of {@code long[]} / {@code
 * int[]} hash-table indexes, a queue through which other threads return storage, delayed free
 * through QSBR, and the thread's share of the global allocation count.
 *
 * <p>The algorithm. {@code allocate*} pops an array from the pool of the request's size class; if
 * the pool is empty it first drains the arrays other threads have returned, and on a miss lets the
 * JVM allocate one of the class length. {@link #free(Object[])} pushes an array onto the pool of
 * its class, clearing an {@code Object[]} so that pooled storage holds no references; a full class
 * leaves the array to the JVM's collector. The runtime records which heap allocated a container's
 * storage and frees it with {@link #freeTo}: to its own pool if it owns it, else onto the owner's
 * {@link RemoteFreeQueue}. Storage that lock-free readers may still hold is retired with {@link
 * #freeDelayed}: it waits in the thread's QSBR queue and comes back to this heap once every reader
 * has passed a quiescent state.
 *
 * <p>Invariants (docs/invariants.md): no array is handed out twice (MEM_01), because pools are
 * touched only by their owner; an array freed by another thread returns exactly once (MEM_02, see
 * {@link RemoteFreeQueue}); the QSBR backlog never exceeds its bound without a forced advance
 * (MEM_03): every delayed free that leaves it over {@link MemoryConfig#backlogItemLimit()} or
 * {@link MemoryConfig#backlogByteLimit()} advances the write sequence and processes the queue, and
 * counts it; the global allocation count plus every heap's buffer equals net allocations (MEM_04,
 * see {@link Memory}).
 *
 * <p>Every method is for the owning thread only, except {@link #freeTo}'s effect on the owner
 * (which goes through the queue); the runtime keeps the heap in its thread state and passes it
 * explicitly. At exit, {@link #unregister()}: the heap closes, drops its pools and every array
 * still or later returned to it, flushes its allocation buffer and merges its counters.
 */
public final class ThreadHeap {
  /** CPython's {@code LOCAL_ALLOC_COUNT_THRESHOLD} ({@code Python/gc_free_threading.c}). */
  static final int ALLOCATION_FLUSH_THRESHOLD = 512;

  /** HotSpot's array header; elements are 4-byte references with compressed oops (the default). */
  private static final long ARRAY_HEADER_BYTES = 16;

  private final Memory memory;
  private final MemoryConfig config;
  private final QsbrThread qsbr;

  // Written by the owner only, with plain stores.
  private final SizeClassPool objectArrays;
  private final SizeClassPool longArrays;
  private final SizeClassPool intArrays;
  final MemoryStats stats = new MemoryStats();
  private int allocationBuffer;
  private boolean registered = true;

  /**
   * True while the owner processes its QSBR queue through {@link #processDelayed()}: reclaimed
   * arrays then go straight to the pools. Reclaims run with it false elsewhere (the QSBR handle
   * processed directly, or abandoned work drained by another thread after this thread exited) and
   * go through the queue. Plain: another thread reads it only for work abandoned when this thread's
   * QSBR handle unregistered, which happens-after the owner's last write.
   */
  private boolean reclaimingLocally;

  /** One instance per heap, so retiring allocates nothing. */
  private final Reclaimer returnToHeap = this::reclaim;

  /** Written by any thread; a separate object, so producers do not share the owner's lines. */
  private final RemoteFreeQueue remoteFrees;

  ThreadHeap(Memory memory, QsbrThread qsbr) {
    this.memory = memory;
    this.config = memory.config;
    this.qsbr = qsbr;
    objectArrays = new SizeClassPool(config.largestPooledLength(), config.arraysPerClass());
    longArrays = new SizeClassPool(config.largestPooledLength(), config.arraysPerClass());
    intArrays = new SizeClassPool(config.largestPooledLength(), config.arraysPerClass());
    remoteFrees = new RemoteFreeQueue(memory);
  }

  public Memory memory() {
    return memory;
  }

  /** The QSBR handle this heap retires storage through. */
  public QsbrThread qsbr() {
    return qsbr;
  }

  // ---- allocation -------------------------------------------------------------------------

  /** An item array of at least {@code capacity} elements, all null. */
  public Object[] allocateObjects(int capacity) {
    Object pooled = take(objectArrays, capacity);
    return pooled != null
        ? (Object[]) pooled
        : memory.newObjectArray.apply(objectArrays.lengthToAllocate(capacity));
  }

  /**
   * A {@code long[]} of at least {@code capacity} elements; a pooled one keeps its old contents.
   */
  public long[] allocateLongs(int capacity) {
    Object pooled = take(longArrays, capacity);
    return pooled != null ? (long[]) pooled : new long[longArrays.lengthToAllocate(capacity)];
  }

  /**
   * An {@code int[]} of at least {@code capacity} elements; a pooled one keeps its old contents.
   */
  public int[] allocateInts(int capacity) {
    Object pooled = take(intArrays, capacity);
    return pooled != null ? (int[]) pooled : new int[intArrays.lengthToAllocate(capacity)];
  }

  private Object take(SizeClassPool pool, int capacity) {
    if (capacity < 0) {
      throw new NegativeArraySizeException(Integer.toString(capacity));
    }
    stats.allocations++;
    recordAllocation();
    Object array = pool.pop(capacity);
    if (array == null && drainRemoteFrees() > 0) {
      array = pool.pop(capacity);
    }
    if (array == null) {
      stats.poolMisses++;
    } else {
      stats.poolHits++;
    }
    return array;
  }

  /**
   * Takes every array other threads have returned so far into the pools (a safe point; allocation
   * calls it on a miss). Returns how many arrays it took.
   */
  public int drainRemoteFrees() {
    int received = 0;
    Object array;
    while ((array = remoteFrees.poll()) != null) {
      keep(array);
      received++;
    }
    stats.remoteFreesReceived += received;
    return received;
  }

  // ---- free -------------------------------------------------------------------------------

  /** Returns an array this heap owns to its pool; nothing may use it afterwards. */
  public void free(Object[] array) {
    freeLocal(objectArrays, array, array.length);
  }

  /**
   * Returns an item array whose slots from {@code used} on are already null (a container knows its
   * size): only the used prefix is cleared, which is what makes pooling an item array cheaper than
   * a new one (docs/performance.md).
   */
  public void free(Object[] array, int used) {
    stats.frees++;
    recordDeallocation();
    keep(objectArrays, array, array.length, used);
  }

  public void free(long[] array) {
    freeLocal(longArrays, array, array.length);
  }

  public void free(int[] array) {
    freeLocal(intArrays, array, array.length);
  }

  /**
   * Returns an array to {@code owner}, the heap that allocated it: to this heap's pool if that is
   * this heap, else through the owner's queue (the cross-thread path).
   */
  public void freeTo(ThreadHeap owner, Object[] array) {
    if (owner == this) {
      free(array);
    } else {
      freeRemote(owner, array);
    }
  }

  public void freeTo(ThreadHeap owner, long[] array) {
    if (owner == this) {
      free(array);
    } else {
      freeRemote(owner, array);
    }
  }

  public void freeTo(ThreadHeap owner, int[] array) {
    if (owner == this) {
      free(array);
    } else {
      freeRemote(owner, array);
    }
  }

  private void freeLocal(SizeClassPool pool, Object array, int length) {
    stats.frees++;
    recordDeallocation();
    keep(pool, array, length);
  }

  private void freeRemote(ThreadHeap owner, Object array) {
    stats.crossThreadFrees++;
    recordDeallocation();
    if (memory.weakening == Weakening.REMOTE_FREE_INTO_OWNER_POOL) {
      owner.keep(array); // the MEM_01 mutant: this thread races the owner on its plain pools
    } else {
      owner.remoteFrees.offer(array);
    }
  }

  /** Pools an array of any kind, on the owner's thread. */
  private void keep(Object array) {
    switch (array) {
      case Object[] objects -> keep(objectArrays, objects, objects.length);
      case long[] longs -> keep(longArrays, longs, longs.length);
      case int[] ints -> keep(intArrays, ints, ints.length);
      default -> throw new IllegalArgumentException("not a pooled array: " + array.getClass());
    }
  }

  private void keep(SizeClassPool pool, Object array, int length) {
    keep(pool, array, length, length);
  }

  /** Pools {@code array}, clearing the first {@code used} slots if it holds references. */
  private void keep(SizeClassPool pool, Object array, int length, int used) {
    if (!pool.accepts(length)) {
      stats.dropped++;
      return;
    }
    if (array instanceof Object[] objects) {
      Arrays.fill(objects, 0, used, null);
    }
    pool.push(array, length);
    stats.pooled++;
  }

  // ---- delayed free -----------------------------------------------------------------------

  /**
   * Retires an array this heap owns that lock-free readers may still hold (a container's old
   * storage after a resize): it returns to the pool once every thread has passed a quiescent state
   * after this call. If the QSBR backlog then passes the configured bound, forces an advance and
   * processes. The contents stay intact until then: readers may still be reading them.
   */
  public void freeDelayed(Object[] array) {
    retire(array, ARRAY_HEADER_BYTES + 4L * array.length);
  }

  public void freeDelayed(long[] array) {
    retire(array, ARRAY_HEADER_BYTES + 8L * array.length);
  }

  public void freeDelayed(int[] array) {
    retire(array, ARRAY_HEADER_BYTES + 4L * array.length);
  }

  private void retire(Object array, long bytes) {
    stats.delayedFrees++;
    recordDeallocation();
    qsbr.retire(array, returnToHeap, bytes);
    long backlogItems = qsbr.backlogItems();
    long backlogBytes = qsbr.backlogBytes();
    stats.peakBacklogItems = Math.max(stats.peakBacklogItems, backlogItems);
    stats.peakBacklogBytes = Math.max(stats.peakBacklogBytes, backlogBytes);
    if (backlogItems > config.backlogItemLimit() || backlogBytes > config.backlogByteLimit()) {
      forceAdvance();
    }
  }

  /**
   * The backlog is over its bound: advance so that the items become reclaimable once readers move
   * on, and process what already is. Whether this thread has itself passed a quiescent state is the
   * caller's business, so the backlog may stay over the bound until readers move: each delayed free
   * then forces again.
   */
  private void forceAdvance() {
    stats.forcedAdvances++;
    qsbr.advance();
    processDelayed();
  }

  /**
   * Processes this thread's QSBR queue (the safe-point hook, in place of {@link
   * QsbrThread#processDelayed()}): retired arrays whose goal every thread has passed go back to the
   * pools. Returns how many items QSBR reclaimed.
   */
  public int processDelayed() {
    boolean outer = reclaimingLocally;
    reclaimingLocally = true;
    try {
      return qsbr.processDelayed();
    } finally {
      reclaimingLocally = outer;
    }
  }

  private void reclaim(Object array) {
    if (reclaimingLocally) {
      stats.delayedReclaimed++;
      keep(array);
    } else {
      remoteFrees.offer(array);
    }
  }

  /** Items this thread has retired and QSBR has not yet reclaimed. */
  public long backlogItems() {
    return qsbr.backlogItems();
  }

  /** Bytes this thread has retired and QSBR has not yet reclaimed. */
  public long backlogBytes() {
    return qsbr.backlogBytes();
  }

  // ---- allocation count -------------------------------------------------------------------

  /**
   * Counts one allocation in this thread's buffer (CPython's {@code record_allocation}); the array
   * methods call it, and the runtime calls it for objects it creates or pops from a {@link
   * Freelist}. Flushes the buffer to {@link Memory#allocationCount()} at +512.
   */
  public void recordAllocation() {
    if (++allocationBuffer >= ALLOCATION_FLUSH_THRESHOLD) {
      flushAllocationBuffer();
    }
  }

  /** Counts one deallocation (CPython's {@code record_deallocation}); flushes at -512. */
  public void recordDeallocation() {
    if (--allocationBuffer <= -ALLOCATION_FLUSH_THRESHOLD) {
      flushAllocationBuffer();
    }
  }

  /** Net allocations counted here and not yet flushed; always within (-512, +512). */
  public int allocationBuffer() {
    return allocationBuffer;
  }

  /** Flushes this thread's buffer and returns the global count, as CPython's gc.get_count(). */
  public long allocationCount() {
    flushAllocationBuffer();
    return memory.allocationCount();
  }

  private void flushAllocationBuffer() {
    if (allocationBuffer != 0) {
      memory.addAllocationCount(allocationBuffer);
      allocationBuffer = 0;
    }
  }

  // ---- introspection and exit -------------------------------------------------------------

  /** {@code Object[]} arrays pooled in the class that serves {@code capacity}. */
  public int pooledObjectArrays(int capacity) {
    return objectArrays.pooled(capacity);
  }

  public int pooledLongArrays(int capacity) {
    return longArrays.pooled(capacity);
  }

  public int pooledIntArrays(int capacity) {
    return intArrays.pooled(capacity);
  }

  /** Whether arrays freed by other threads wait in the queue; exact only when none is freeing. */
  public boolean remoteFreesPending() {
    return !remoteFrees.isEmpty();
  }

  /** Whether the owner has exited; any thread. */
  public boolean isClosed() {
    return remoteFrees.isClosed();
  }

  /** A copy of this heap's counters. */
  public MemoryStats stats() {
    return stats.copy();
  }

  /**
   * The owner's exit, before its QSBR handle unregisters: closes the remote-free queue (arrays
   * queued or freed to this heap later are dropped to the collector, see {@link RemoteFreeQueue}),
   * drops the pools, flushes the allocation buffer and merges the counters. Arrays still waiting
   * for QSBR are reclaimed later by whichever thread drains the abandoned work, and dropped.
   * Calling it twice is an error.
   */
  public void unregister() {
    if (!registered) {
      throw new IllegalStateException("thread heap already unregistered");
    }
    registered = false;
    remoteFrees.close();
    stats.dropped += objectArrays.clear() + longArrays.clear() + intArrays.clear();
    flushAllocationBuffer();
    memory.release(this);
  }
}
