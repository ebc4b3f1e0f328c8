package dev.weft.qsbr;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One registered thread's read sequence: the write sequence it last observed at a quiescent state,
 * or {@link Qsbr#OFFLINE} while it is detached. Written only by its thread, read by every scan.
 * Padding keeps the sequence on a cache line of its own (128 bytes on either side, to cover the
 * adjacent-line prefetcher), since every quiescent state stores to it and every scan loads it.
 *
 * <p>A slot never moves: the shared array of slots grows by copying references, so a thread's
 * stores can never land in a discarded copy (invariant QSBR_06).
 */
final class QsbrSlot extends QsbrSlotSequence {
  long p20, p21, p22, p23, p24, p25, p26, p27;
  long p30, p31, p32, p33, p34, p35, p36, p37;

  /** Position in the shared array; fixed for the slot's life. */
  final int index;

  /** The next free slot, or null; guarded by the registration lock. */
  QsbrSlot nextFree;

  /** Whether a thread holds this slot; guarded by the registration lock. */
  boolean allocated;

  QsbrSlot(int index) {
    this.index = index;
  }
}

/** The padding before the sequence; superclass fields are laid out first. */
abstract class QsbrSlotPadding {
  long p00, p01, p02, p03, p04, p05, p06, p07;
  long p10, p11, p12, p13, p14, p15, p16, p17;
}

abstract class QsbrSlotSequence extends QsbrSlotPadding {
  private static final VarHandle SEQUENCE;

  static {
    try {
      SEQUENCE =
          MethodHandles.lookup().findVarHandle(QsbrSlotSequence.class, "sequence", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @SuppressWarnings("unused") // accessed through SEQUENCE only
  private long sequence;

  /** Scanners' load: pairs with the release and volatile stores below. */
  final long loadAcquire() {
    return (long) SEQUENCE.getAcquire(this);
  }

  /**
   * Quiescent state and detach: everything the thread read before this store happens-before a
   * scanner's acquire load that sees it, so a reclaimer that sees the new value cannot poison a
   * block the thread was still reading.
   */
  final void storeRelease(long value) {
    SEQUENCE.setRelease(this, value);
  }

  /**
   * Attach: a sequentially consistent store, one half of the Dekker pair whose other half is the
   * full fence before a scan. Either the scan sees this store, or this thread's later loads see
   * every pointer swap made before the scan.
   */
  final void storeVolatile(long value) {
    SEQUENCE.setVolatile(this, value);
  }

  /** The thread's own view of its slot; only the owner calls this. */
  final long loadOwn() {
    return (long) SEQUENCE.get(this);
  }
}
