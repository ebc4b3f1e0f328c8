package dev.weft.stress.threads;

import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.threads.ObjectLock;
import dev.weft.runtime.threads.ThreadState;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * TS_06's scenario: two threads each take one object's per-object lock twice and, holding it, do a
 * non-atomic read-pause-write of a counter. The pause is long enough that a contender often spins
 * out and parks, so both the spinning and the parking-and-waking paths run. Mutual exclusion is
 * checked directly (an occupancy count that must be 0 on entry) and by its effect (no lost
 * increment); an unlock that finds the lock free (a second holder released it first) counts as a
 * violation too. A lost wake-up leaves a waiter parked for good, which jcstress reports as a
 * timeout error.
 */
final class LockScenario {
  static final int ROUNDS = 2;
  private static final int HOLD = 200;

  private final StressRuntime rt;
  private final PyObject object;
  private final AtomicInteger inside = new AtomicInteger();
  private int counter;
  private volatile int violations;
  private volatile int parked;

  LockScenario(StressRuntime rt) {
    this.rt = rt;
    this.object = new PyList(rt.state());
  }

  void contend() {
    ThreadState ts = rt.enter();
    long parks = ts.stats.parks;
    try {
      for (int round = 0; round < ROUNDS; round++) {
        ObjectLock.lock(ts, object);
        if (inside.getAndIncrement() != 0) {
          violations = 1;
        }
        int c = counter;
        StressRuntime.pause(HOLD);
        counter = c + 1;
        inside.decrementAndGet();
        try {
          ObjectLock.unlock(object);
        } catch (IllegalStateException e) {
          violations = 1; // "unlock of an unlocked object": another holder released it
        }
      }
    } finally {
      if (ts.stats.parks != parks) {
        parked = 1;
      }
      rt.leave(ts);
    }
  }

  /** The counter (2 * ROUNDS when no increment was lost). */
  int counter() {
    return counter;
  }

  int violations() {
    return violations | (ObjectLock.isLocked(object) ? 1 : 0);
  }

  int parked() {
    return parked;
  }
}
