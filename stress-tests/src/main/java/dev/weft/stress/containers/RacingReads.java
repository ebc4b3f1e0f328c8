package dev.weft.stress.containers;

import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.threads.ThreadState;
import dev.weft.stress.threads.StressRuntime;
import java.util.function.Function;

/**
 * The reader's side of LIST_01 and DICT_01: one slot read lock-free over and over while a writer
 * replaces {@link #OLD} by {@link #NEXT}, frees the old float and makes a {@link #RECYCLED} one
 * (the freelist hands the old object out again); each read is classified while the reader holds it,
 * when a held object can be neither freed nor recycled.
 */
final class RacingReads {
  static final double OLD = 1.0, RECYCLED = 2.0, NEXT = 3.0;

  /** Bits of {@link #readUntilChanged}'s answer. */
  static final int ABSENT = 1, SAW_OLD = 2, SAW_NEXT = 4, SAW_OTHER = 8;

  /** At most this many reads a state. */
  private static final int READS = 64;

  private RacingReads() {}

  /** Reads until the slot has changed (and twice more), so that the reads meet the writer's. */
  static int readUntilChanged(StressRuntime rt, Function<ThreadState, PyObject> read) {
    ThreadState ts = rt.enter();
    int seen = 0;
    try {
      for (int k = 0, after = 0; k < READS && after < 3; k++) {
        PyObject x = read.apply(ts);
        int answer = classify(x);
        Ops.xdecref(ts, x);
        seen |= answer;
        if (answer != SAW_OLD) {
          after++;
        }
      }
    } finally {
      rt.leave(ts);
    }
    return seen;
  }

  private static int classify(PyObject x) {
    if (x == null) {
      return ABSENT;
    }
    if (x instanceof PyFloat f && !f.isDeallocated()) {
      if (f.value == OLD) {
        return SAW_OLD;
      }
      if (f.value == NEXT) {
        return SAW_NEXT;
      }
    }
    return SAW_OTHER;
  }
}
