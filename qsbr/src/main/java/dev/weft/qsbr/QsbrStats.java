package dev.weft.qsbr;

/**
 * QSBR counters. Each {@link QsbrThread} owns one and writes it with plain stores; {@link Qsbr}
 * keeps another into which exiting threads merge theirs under the registration lock. Peaks merge as
 * a maximum, everything else as a sum.
 */
public final class QsbrStats {
  long polls;
  long scans;
  long advances;
  long itemsDeferred;
  long bytesDeferred;
  long itemsReclaimed;
  long peakBacklogItems;
  long peakBacklogBytes;

  /** Polls asked of the mechanism (fast path and scan). */
  public long polls() {
    return polls;
  }

  /** Polls that had to scan every slot because the cached read sequence was behind the goal. */
  public long scans() {
    return scans;
  }

  /** Advances of the shared write sequence. */
  public long advances() {
    return advances;
  }

  public long itemsDeferred() {
    return itemsDeferred;
  }

  public long bytesDeferred() {
    return bytesDeferred;
  }

  public long itemsReclaimed() {
    return itemsReclaimed;
  }

  /** The largest number of items one thread's queue held at once. */
  public long peakBacklogItems() {
    return peakBacklogItems;
  }

  /** The largest number of bytes one thread's queue held at once. */
  public long peakBacklogBytes() {
    return peakBacklogBytes;
  }

  void add(QsbrStats other) {
    polls += other.polls;
    scans += other.scans;
    advances += other.advances;
    itemsDeferred += other.itemsDeferred;
    bytesDeferred += other.bytesDeferred;
    itemsReclaimed += other.itemsReclaimed;
    peakBacklogItems = Math.max(peakBacklogItems, other.peakBacklogItems);
    peakBacklogBytes = Math.max(peakBacklogBytes, other.peakBacklogBytes);
  }

  QsbrStats copy() {
    QsbrStats copy = new QsbrStats();
    copy.add(this);
    return copy;
  }

  @Override
  public String toString() {
    return "QsbrStats[polls=%d, scans=%d, advances=%d, itemsDeferred=%d, bytesDeferred=%d,"
            .formatted(polls, scans, advances, itemsDeferred, bytesDeferred)
        + " itemsReclaimed=%d, peakBacklogItems=%d, peakBacklogBytes=%d]"
            .formatted(itemsReclaimed, peakBacklogItems, peakBacklogBytes);
  }
}
