package dev.weft.refcount;

/**
 * Reference-counting counters of one thread, written with plain stores by that thread when counting
 * is on ({@link Refcount#STATS}), merged into its domain's totals at thread exit.
 */
public final class RcStats {
  long ownerIncrefs;
  long ownerDecrefs;
  long sharedIncrefs;
  long sharedDecrefs;
  long queued;
  long mergedFromQueue;
  long mergedByOthers;
  long perThreadIncrefs;
  long deallocations;
  long allocations;

  public long ownerIncrefs() {
    return ownerIncrefs;
  }

  public long ownerDecrefs() {
    return ownerDecrefs;
  }

  public long sharedIncrefs() {
    return sharedIncrefs;
  }

  public long sharedDecrefs() {
    return sharedDecrefs;
  }

  /** Objects this thread queued to their owners. */
  public long queued() {
    return queued;
  }

  /** Objects this thread merged from its own merge queue. */
  public long mergedFromQueue() {
    return mergedFromQueue;
  }

  /** Objects this thread merged itself because their owner had exited. */
  public long mergedByOthers() {
    return mergedByOthers;
  }

  public long perThreadIncrefs() {
    return perThreadIncrefs;
  }

  public long deallocations() {
    return deallocations;
  }

  /** Objects initialized for this thread: created, or handed out again by a freelist. */
  public long allocations() {
    return allocations;
  }

  /** Adds {@code other}'s counts to these (a runtime's totals over its threads). */
  public void add(RcStats other) {
    ownerIncrefs += other.ownerIncrefs;
    ownerDecrefs += other.ownerDecrefs;
    sharedIncrefs += other.sharedIncrefs;
    sharedDecrefs += other.sharedDecrefs;
    queued += other.queued;
    mergedFromQueue += other.mergedFromQueue;
    mergedByOthers += other.mergedByOthers;
    perThreadIncrefs += other.perThreadIncrefs;
    deallocations += other.deallocations;
    allocations += other.allocations;
  }

  RcStats copy() {
    RcStats copy = new RcStats();
    copy.add(this);
    return copy;
  }
}
