package dev.weft.runtime.threads;

/**
 * One thread's counters of threading events, written by that thread alone with plain stores and
 * merged into the runtime's totals when it exits (CPython's per-thread pystats). Merged totals
 * equal the sum of the per-thread counts (TS_08).
 */
public final class ThreadStats {
  /** Times the thread attached, and contended per-object lock acquisitions that had to wait. */
  public long attaches, lockWaits;

  /** Times the thread parked on a per-object lock, and stop-the-worlds it requested. */
  public long parks, stopTheWorlds;

  /** Critical sections entered, and how often they were suspended by a detach. */
  public long criticalSections, suspensions;

  /** Specialization attempts, hits, misses and deopts. */
  public final SpecStats spec = new SpecStats();

  void add(ThreadStats o) {
    spec.add(o.spec);
    attaches += o.attaches;
    lockWaits += o.lockWaits;
    parks += o.parks;
    stopTheWorlds += o.stopTheWorlds;
    criticalSections += o.criticalSections;
    suspensions += o.suspensions;
  }

  public ThreadStats copy() {
    ThreadStats c = new ThreadStats();
    c.add(this);
    return c;
  }

  @Override
  public String toString() {
    return String.format(
        "attaches %,d, lock waits %,d, parks %,d, stop-the-worlds %,d, critical sections %,d"
            + " (suspended %,d)",
        attaches, lockWaits, parks, stopTheWorlds, criticalSections, suspensions);
  }
}
