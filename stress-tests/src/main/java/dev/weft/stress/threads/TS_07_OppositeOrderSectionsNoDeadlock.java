package dev.weft.stress.threads;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.threads.CriticalSection;
import dev.weft.runtime.threads.ObjectLock;
import dev.weft.runtime.threads.ThreadState;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * TS_07: two threads nest critical sections on objects A and B in opposite orders (A then B, B then
 * A), the textbook deadlock; each also makes a blocking call (detach, attach) inside the inner
 * section. They never deadlock, because a thread that blocks, on a contended lock or anything else,
 * first releases every critical-section lock it holds; a deadlock hangs both actors, which jcstress
 * reports as a timeout error. While detached for the blocking call each thread checks it holds no
 * critical-section lock, and after both sections its stack is empty and holds nothing. Counters
 * guarded by A and by B (each incremented twice by each thread while its section on that object is
 * active) check that the sections still exclude each other.
 *
 * <p>r1: a thread held a critical-section lock while detached, or left a section or lock behind;
 * r2, r3: the A and B counters (4 each); r4: a thread had to wait for a lock (either way is fine).
 */
@JCStressTest
@Outcome(
    id = {"0, 4, 4, 0", "0, 4, 4, 1"},
    expect = ACCEPTABLE,
    desc = "no deadlock; nothing held while blocked; the sections excluded each other")
@Outcome(expect = FORBIDDEN, desc = "a critical-section lock was held while blocked, or lost")
@State
public class TS_07_OppositeOrderSectionsNoDeadlock {
  private static final StressRuntime RT = new StressRuntime();

  private final PyObject a, b;
  private int countA, countB;
  private volatile int held, waited;

  public TS_07_OppositeOrderSectionsNoDeadlock() {
    ThreadState ts = RT.state();
    a = new PyList(ts);
    b = new PyList(ts);
  }

  @Actor
  public void aThenB() {
    ThreadState ts = RT.enter();
    long waits = ts.stats.lockWaits;
    try {
      CriticalSection.begin(ts, a);
      try {
        countA = countA + 1;
        CriticalSection.begin(ts, b);
        try {
          countB = countB + 1;
          blockingCall(ts);
          countB = countB + 1;
        } finally {
          CriticalSection.end(ts);
        }
        countA = countA + 1;
      } finally {
        CriticalSection.end(ts);
      }
      finish(ts, waits);
    } finally {
      RT.leave(ts);
    }
  }

  @Actor
  public void bThenA() {
    ThreadState ts = RT.enter();
    long waits = ts.stats.lockWaits;
    try {
      CriticalSection.begin(ts, b);
      try {
        countB = countB + 1;
        CriticalSection.begin(ts, a);
        try {
          countA = countA + 1;
          blockingCall(ts);
          countA = countA + 1;
        } finally {
          CriticalSection.end(ts);
        }
        countB = countB + 1;
      } finally {
        CriticalSection.end(ts);
      }
      finish(ts, waits);
    } finally {
      RT.leave(ts);
    }
  }

  /** A call that blocks (a sleep, I/O): the thread detaches around it. */
  private void blockingCall(ThreadState ts) {
    ts.detach();
    if (CriticalSection.holdsAny(ts)) {
      held = 1;
    }
    StressRuntime.pause(10);
    ts.attach();
  }

  private void finish(ThreadState ts, long waits) {
    if (CriticalSection.depth(ts) != 0 || CriticalSection.holdsAny(ts)) {
      held = 1;
    }
    if (ts.stats.lockWaits != waits) {
      waited = 1;
    }
  }

  @Arbiter
  public void afterwards(IIII_Result r) {
    r.r1 = held | (ObjectLock.isLocked(a) || ObjectLock.isLocked(b) ? 1 : 0);
    r.r2 = countA;
    r.r3 = countB;
    r.r4 = waited;
  }
}
