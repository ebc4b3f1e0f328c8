package dev.weft.qsbr;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The two shared sequences of {@link Qsbr}, each on its own cache line: the write sequence is
 * advanced by writers and loaded at every quiescent state; the read sequence is loaded by every
 * poll and raised by scanners. Keeping them apart stops advances from invalidating the line every
 * poll's fast path reads.
 */
abstract class QsbrSequences extends QsbrSequencesRead {
  private static final VarHandle WRITE_SEQUENCE;
  private static final VarHandle READ_SEQUENCE;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      WRITE_SEQUENCE = lookup.findVarHandle(QsbrSequencesWrite.class, "writeSequence", long.class);
      READ_SEQUENCE = lookup.findVarHandle(QsbrSequencesRead.class, "readSequence", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  // Padding after the read sequence, so the subclass's fields do not share its line.
  long p40, p41, p42, p43, p44, p45, p46, p47;
  long p50, p51, p52, p53, p54, p55, p56, p57;

  QsbrSequences(long initial) {
    WRITE_SEQUENCE.setRelease(this, initial);
    READ_SEQUENCE.setRelease(this, initial);
  }

  /** Atomic add; returns the new value (CPython's {@code _Py_qsbr_advance}). */
  final long addWriteSequence(long increment) {
    return (long) WRITE_SEQUENCE.getAndAdd(this, increment) + increment;
  }

  /** Pairs with the atomic add: a thread that sees a sequence sees the swaps made before it. */
  final long loadWriteSequenceAcquire() {
    return (long) WRITE_SEQUENCE.getAcquire(this);
  }

  /** Part of attach's sequentially consistent pair with the scan's fence. */
  final long loadWriteSequenceVolatile() {
    return (long) WRITE_SEQUENCE.getVolatile(this);
  }

  /** Pairs with the CAS in {@link #raiseReadSequence}: seeing a value sees the scan behind it. */
  final long loadReadSequenceAcquire() {
    return (long) READ_SEQUENCE.getAcquire(this);
  }

  /**
   * Moves the read sequence up to {@code minimum} unless it is already there. One CAS: losing it
   * means another scanner moved the sequence, and it only ever moves forward from the value it
   * read, so no scanner can move it back.
   */
  final void raiseReadSequence(long minimum) {
    long current = (long) READ_SEQUENCE.getVolatile(this);
    if (Qsbr.lessThan(current, minimum)) {
      READ_SEQUENCE.compareAndSet(this, current, minimum);
    }
  }
}

abstract class QsbrSequencesPadBefore {
  long p00, p01, p02, p03, p04, p05, p06, p07;
  long p10, p11, p12, p13, p14, p15, p16, p17;
}

abstract class QsbrSequencesWrite extends QsbrSequencesPadBefore {
  @SuppressWarnings("unused") // accessed through QsbrSequences.WRITE_SEQUENCE only
  long writeSequence;
}

abstract class QsbrSequencesPadBetween extends QsbrSequencesWrite {
  long p20, p21, p22, p23, p24, p25, p26, p27;
  long p30, p31, p32, p33, p34, p35, p36, p37;
}

abstract class QsbrSequencesRead extends QsbrSequencesPadBetween {
  @SuppressWarnings("unused") // accessed through QsbrSequences.READ_SEQUENCE only
  long readSequence;
}
