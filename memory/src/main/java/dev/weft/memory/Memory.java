package dev.weft.memory;

import dev.weft.qsbr.QsbrThread;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntFunction;

/**
 * The shared half of Weft's memory management: the global allocation count, the counters of exited
 * heaps, and the registration of one {@link ThreadHeap} per thread.
 *
 * <p>The allocation count follows CPython's collector trigger ({@code Python/gc_free_threading.c}:
 * {@code record_allocation} and {@code record_deallocation} buffer a thread-local {@code
 * alloc_count} and add it to {@code gcstate->young.count} when it reaches {@code +-
 * LOCAL_ALLOC_COUNT_THRESHOLD}, 512). Each heap buffers its net allocations in a plain field and
 * adds the buffer here with one atomic add whenever it reaches +512 or -512, so the allocation path
 * makes no shared write but one in 512.
 *
 * <p>Invariant (MEM_04): this count plus the buffers of every registered heap equals the net
 * allocations (allocations minus frees) of every heap ever registered. Flushes are atomic adds, so
 * none is lost; a heap flushes its buffer when it unregisters.
 *
 * <p>The count is written once per 512 allocations by any thread and read rarely, so it is not
 * padded; the late-free counter beside it is written only after a heap has closed.
 */
public final class Memory {
  private static final VarHandle ALLOCATION_COUNT;
  private static final VarHandle LATE_FREES_DROPPED;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      ALLOCATION_COUNT = lookup.findVarHandle(Memory.class, "allocationCount", long.class);
      LATE_FREES_DROPPED = lookup.findVarHandle(Memory.class, "lateFreesDropped", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  final MemoryConfig config;
  final Weakening weakening;

  /** Makes the item arrays the heaps hand out on a pool miss. */
  final IntFunction<Object[]> newObjectArray;

  @SuppressWarnings("unused") // accessed through ALLOCATION_COUNT only
  private long allocationCount;

  @SuppressWarnings("unused") // accessed through LATE_FREES_DROPPED only
  private long lateFreesDropped;

  /** Guards {@link #registered} and {@link #exitedStats}. */
  private final ReentrantLock registrationLock = new ReentrantLock();

  private int registered;
  private final MemoryStats exitedStats = new MemoryStats();

  public Memory() {
    this(MemoryConfig.DEFAULT);
  }

  public Memory(MemoryConfig config) {
    this(config, Weakening.NONE);
  }

  /**
   * Heaps whose item arrays are made by {@code newObjectArray} (a runtime pools arrays of its own
   * element type, e.g. {@code PyObject[]::new}, so that pooled arrays can be cast back to it).
   */
  public Memory(MemoryConfig config, IntFunction<Object[]> newObjectArray) {
    this(config, Weakening.NONE, newObjectArray);
  }

  private Memory(MemoryConfig config, Weakening weakening) {
    this(config, weakening, Object[]::new);
  }

  private Memory(MemoryConfig config, Weakening weakening, IntFunction<Object[]> newObjectArray) {
    this.config = config;
    this.weakening = weakening;
    this.newObjectArray = newObjectArray;
  }

  /** A deliberately broken instance for the mutant stress tests; see {@link Weakening}. */
  public static Memory weakened(Weakening weakening) {
    return new Memory(MemoryConfig.DEFAULT, weakening);
  }

  public MemoryConfig config() {
    return config;
  }

  /**
   * Creates the heap of the calling thread, which owns it from now on and retires storage through
   * {@code qsbr}, its own QSBR handle. Unregister the heap before the QSBR handle at thread exit.
   */
  public ThreadHeap register(QsbrThread qsbr) {
    registrationLock.lock();
    try {
      registered++;
    } finally {
      registrationLock.unlock();
    }
    return new ThreadHeap(this, qsbr);
  }

  void release(ThreadHeap heap) {
    registrationLock.lock();
    try {
      registered--;
      exitedStats.add(heap.stats);
    } finally {
      registrationLock.unlock();
    }
  }

  /** Adds a heap's buffered net allocations; pairs with the volatile read in allocationCount. */
  void addAllocationCount(long delta) {
    ALLOCATION_COUNT.getAndAdd(this, delta);
  }

  /**
   * The global allocation count: net allocations flushed by every heap. A volatile read that sees
   * every completed flush; what heaps still buffer (at most 511 each way per heap) is not in it.
   */
  public long allocationCount() {
    return (long) ALLOCATION_COUNT.getVolatile(this);
  }

  /** Counts arrays freed into heaps that had closed; atomic because any thread may drop them. */
  void dropLateFrees(long count) {
    LATE_FREES_DROPPED.getAndAdd(this, count);
  }

  /**
   * Arrays freed into a heap after its owner closed it, left to the JVM's collector instead of
   * returned. A volatile read; pairs with the atomic add in dropLateFrees.
   */
  public long lateFreesDropped() {
    return (long) LATE_FREES_DROPPED.getVolatile(this);
  }

  /** Heaps registered now. */
  public int registeredHeaps() {
    registrationLock.lock();
    try {
      return registered;
    } finally {
      registrationLock.unlock();
    }
  }

  /** Counters merged from every heap that has unregistered. */
  public MemoryStats exitedHeapStats() {
    registrationLock.lock();
    try {
      return exitedStats.copy();
    } finally {
      registrationLock.unlock();
    }
  }
}
