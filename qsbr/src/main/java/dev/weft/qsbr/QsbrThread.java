package dev.weft.qsbr;

/**
 * One thread's QSBR handle (CPython's {@code _qsbr_thread_state}): its slot, its queue of retired
 * items and its counters. Every method but {@link #sequence()} is for the owning thread only; the
 * runtime keeps the handle in its thread state and passes it explicitly (no thread-local lookup).
 *
 * <p>Life cycle: {@link Qsbr#register()}, then any number of {@link #attach()} / {@link #detach()}
 * periods; while attached, {@link #quiescentState()} at every point where the thread holds no
 * pointer it loaded earlier (the runtime's eval-breaker checks); finally {@link #unregister()}.
 *
 * <p>Retiring: {@link #retire} tags an item with a goal and queues it. Advancing the shared write
 * sequence for every item would make it a contended counter, so a thread defers: it tags items with
 * the next sequence ({@link Qsbr#nextGoal()}) and advances only when the items or bytes retired
 * since its last advance pass the {@link QsbrConfig} limits; then processing becomes due, and the
 * runtime calls {@link #processIfDue()} at its next safe point (CPython sets {@code should_process}
 * and lets {@code _Py_HandlePending} run it). {@link #processDelayed()} is the explicit poll point.
 */
public final class QsbrThread {
  private final Qsbr shared;
  private final QsbrSlot slot;
  private final DelayedWorkQueue queue = new DelayedWorkQueue();
  final QsbrStats stats = new QsbrStats();

  private int deferredItems;
  private long deferredBytes;
  private boolean processingDue;
  private boolean processing;
  private boolean registered = true;

  QsbrThread(Qsbr shared, QsbrSlot slot) {
    this.shared = shared;
    this.slot = slot;
  }

  /** The shared state this handle belongs to. */
  public Qsbr shared() {
    return shared;
  }

  /** This thread's slot index, lowest free first; reused after {@link #unregister()}. */
  public int slotIndex() {
    return slot.index;
  }

  /**
   * Goes online at the current write sequence. A volatile load and a volatile store: the store is
   * the half of QSBR_02's Dekker pair that the scan's full fence completes, so this thread's later
   * loads cannot be ordered before it.
   */
  public void attach() {
    if (shared.weakening == Weakening.NO_DEKKER_FENCES) {
      slot.storeRelease(shared.loadWriteSequenceAcquire());
    } else {
      slot.storeVolatile(shared.loadWriteSequenceVolatile());
    }
  }

  /**
   * Goes offline. A release store: the thread's earlier reads happen-before a scan that sees it
   * offline. A detached thread never holds up reclamation (QSBR_04).
   */
  public void detach() {
    slot.storeRelease(Qsbr.OFFLINE);
  }

  /**
   * Reports that this thread holds no pointer loaded before this call: an acquire load of the write
   * sequence (pairs with the advance's atomic add) and a release store of it into the slot (pairs
   * with a scanner's acquire load, so everything read before happens-before a reclaim).
   */
  public void quiescentState() {
    slot.storeRelease(shared.loadWriteSequenceAcquire());
  }

  /** This thread's published sequence, {@link Qsbr#OFFLINE} while detached. */
  public long sequence() {
    return slot.loadOwn();
  }

  /** Whether this thread is online. */
  public boolean isAttached() {
    return slot.loadOwn() != Qsbr.OFFLINE;
  }

  /** Advances the shared write sequence and returns the new value (counted in this thread). */
  public long advance() {
    stats.advances++;
    return shared.advance();
  }

  /**
   * Whether every online thread has passed {@code goal}: first against the cached read sequence,
   * then by a scan of every slot. A thread polling while attached must have passed a quiescent
   * state itself for a goal to be reachable.
   */
  public boolean poll(long goal) {
    stats.polls++;
    if (shared.weakening == Weakening.RECLAIM_WITHOUT_WAITING || shared.goalReached(goal)) {
      return true;
    }
    stats.scans++;
    return Qsbr.lessOrEqual(goal, shared.scan());
  }

  /**
   * Queues {@code item} for {@code reclaimer} once no thread can still be reading it.
   *
   * @param bytes the storage the item holds, counted towards the bytes limit and the backlog
   * @return the goal the item was tagged with
   */
  public long retire(Object item, Reclaimer reclaimer, long bytes) {
    long goal = deferredAdvance(bytes);
    queue.add(item, reclaimer, goal, bytes);
    stats.itemsDeferred++;
    stats.bytesDeferred += bytes;
    stats.peakBacklogItems = Math.max(stats.peakBacklogItems, queue.size());
    stats.peakBacklogBytes = Math.max(stats.peakBacklogBytes, queue.bytes());
    return goal;
  }

  /** CPython's {@code _Py_qsbr_deferred_advance_for_free}. */
  private long deferredAdvance(long bytes) {
    deferredItems++;
    deferredBytes += bytes;
    if (deferredItems > shared.config.deferredCountLimit()
        || deferredBytes > shared.config.deferredBytesLimit()) {
      deferredItems = 0;
      deferredBytes = 0;
      processingDue = true;
      return advance();
    }
    return shared.nextGoal();
  }

  /** Whether enough has been retired since the last processing that the runtime should process. */
  public boolean processingDue() {
    return processingDue;
  }

  /** Processes this thread's queue if {@link #processingDue()}; the runtime's safe-point hook. */
  public int processIfDue() {
    return processingDue ? processDelayed() : 0;
  }

  /**
   * The explicit poll point: reclaims this thread's retired items whose goals every online thread
   * has passed, in FIFO order, then any work abandoned by exited threads. Reclaimers may retire
   * more items; a reclaimer that calls back in here returns at once.
   *
   * @return the number of items reclaimed
   */
  public int processDelayed() {
    if (processing) {
      return 0;
    }
    processing = true;
    processingDue = false;
    try {
      int reclaimed = queue.process(this) + shared.processAbandoned(this);
      stats.itemsReclaimed += reclaimed;
      return reclaimed;
    } finally {
      processing = false;
    }
  }

  /** Items retired by this thread and not yet reclaimed. */
  public long backlogItems() {
    return queue.size();
  }

  /** Bytes retired by this thread and not yet reclaimed. */
  public long backlogBytes() {
    return queue.bytes();
  }

  /** A copy of this thread's counters. */
  public QsbrStats stats() {
    return stats.copy();
  }

  /**
   * Leaves QSBR for good: goes offline, reclaims what it can, hands the rest to the shared
   * abandoned queue for another thread to reclaim exactly once, merges its counters and frees its
   * slot for the next thread to register. Calling it twice is an error.
   */
  public void unregister() {
    if (!registered) {
      throw new IllegalStateException("QSBR thread already unregistered (slot " + slot.index + ")");
    }
    detach();
    processDelayed();
    shared.abandon(queue);
    stats.itemsReclaimed += shared.processAbandoned(this);
    registered = false;
    shared.release(this, slot);
  }
}
