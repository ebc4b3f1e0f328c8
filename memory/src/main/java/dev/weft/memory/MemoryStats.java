package dev.weft.memory;

/**
 * Heap counters. Each {@link ThreadHeap} owns one and writes it with plain stores; {@link Memory}
 * keeps another into which exiting heaps merge theirs under its registration lock. Peaks merge as a
 * maximum, everything else as a sum.
 */
public final class MemoryStats {
  long allocations;
  long poolHits;
  long poolMisses;
  long frees;
  long crossThreadFrees;
  long remoteFreesReceived;
  long delayedFrees;
  long delayedReclaimed;
  long forcedAdvances;
  long pooled;
  long dropped;
  long peakBacklogItems;
  long peakBacklogBytes;

  /** Arrays asked for, from the pool or not. */
  public long allocations() {
    return allocations;
  }

  /** Allocations served from a pool (after draining remote frees if the pool was empty). */
  public long poolHits() {
    return poolHits;
  }

  /** Allocations the JVM served because the class pool was empty or the array too long. */
  public long poolMisses() {
    return poolMisses;
  }

  /** Arrays this thread freed into its own heap. */
  public long frees() {
    return frees;
  }

  /** Arrays this thread freed into another thread's heap (through that heap's queue). */
  public long crossThreadFrees() {
    return crossThreadFrees;
  }

  /** Arrays other threads freed into this heap and this heap took from its queue. */
  public long remoteFreesReceived() {
    return remoteFreesReceived;
  }

  /** Arrays this thread retired through QSBR. */
  public long delayedFrees() {
    return delayedFrees;
  }

  /** Retired arrays whose goal was reached and that came back to this heap on its own thread. */
  public long delayedReclaimed() {
    return delayedReclaimed;
  }

  /** Advances forced because the QSBR backlog passed its bound. */
  public long forcedAdvances() {
    return forcedAdvances;
  }

  /** Freed arrays kept in a pool. */
  public long pooled() {
    return pooled;
  }

  /** Freed arrays left to the JVM: their class was full, or they were too long to pool. */
  public long dropped() {
    return dropped;
  }

  /** The most retired items one thread had waiting for QSBR, seen after a delayed free. */
  public long peakBacklogItems() {
    return peakBacklogItems;
  }

  /** The most retired bytes one thread had waiting for QSBR, seen after a delayed free. */
  public long peakBacklogBytes() {
    return peakBacklogBytes;
  }

  void add(MemoryStats other) {
    allocations += other.allocations;
    poolHits += other.poolHits;
    poolMisses += other.poolMisses;
    frees += other.frees;
    crossThreadFrees += other.crossThreadFrees;
    remoteFreesReceived += other.remoteFreesReceived;
    delayedFrees += other.delayedFrees;
    delayedReclaimed += other.delayedReclaimed;
    forcedAdvances += other.forcedAdvances;
    pooled += other.pooled;
    dropped += other.dropped;
    peakBacklogItems = Math.max(peakBacklogItems, other.peakBacklogItems);
    peakBacklogBytes = Math.max(peakBacklogBytes, other.peakBacklogBytes);
  }

  MemoryStats copy() {
    MemoryStats copy = new MemoryStats();
    copy.add(this);
    return copy;
  }

  @Override
  public String toString() {
    return "MemoryStats[allocations=%d, poolHits=%d, poolMisses=%d, frees=%d, crossThreadFrees=%d,"
            .formatted(allocations, poolHits, poolMisses, frees, crossThreadFrees)
        + " remoteFreesReceived=%d, delayedFrees=%d, delayedReclaimed=%d, forcedAdvances=%d,"
            .formatted(remoteFreesReceived, delayedFrees, delayedReclaimed, forcedAdvances)
        + " pooled=%d, dropped=%d, peakBacklogItems=%d, peakBacklogBytes=%d]"
            .formatted(pooled, dropped, peakBacklogItems, peakBacklogBytes);
  }
}
