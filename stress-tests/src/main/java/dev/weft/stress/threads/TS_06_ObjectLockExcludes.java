package dev.weft.stress.threads;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * TS_06: a per-object lock ({@code ObjectLock}, CPython's {@code PyMutex}) excludes: two threads
 * each lock the same object twice and increment a counter non-atomically while holding it; no
 * increment is lost and no two holders overlap. No wake-up is lost either: a waiter that parked is
 * woken by the unlock (a lost one hangs, which jcstress reports as a timeout error).
 *
 * <p>r1: the counter (4); r2: two holders overlapped, an unlock found the lock free, or it was left
 * held; r3: a thread parked and was woken (either way is fine: it shows the parking path ran).
 */
@JCStressTest
@Outcome(
    id = {"4, 0, 0", "4, 0, 1"},
    expect = ACCEPTABLE,
    desc = "exclusive; every waiter woken")
@Outcome(expect = FORBIDDEN, desc = "two threads held the lock at once (or an increment was lost)")
@State
public class TS_06_ObjectLockExcludes {
  private static final StressRuntime RT = new StressRuntime();

  private final LockScenario scenario = new LockScenario(RT);

  @Actor
  public void first() {
    scenario.contend();
  }

  @Actor
  public void second() {
    scenario.contend();
  }

  @Arbiter
  public void afterwards(III_Result r) {
    r.r1 = scenario.counter();
    r.r2 = scenario.violations();
    r.r3 = scenario.parked();
  }
}
