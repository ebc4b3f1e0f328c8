package dev.weft.stress.threads;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import dev.weft.runtime.threads.ObjectLock;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Mutant of TS_06: the lock's contended path takes the lock with a plain read-then-write instead of
 * a CAS ({@link ObjectLock.Weakening#PLAIN_TRY_LOCK}; jcstress runs each test in its own JVM, so
 * the weakening reaches no other test). Observing two holders at once, or a lost increment, shows
 * that TS_06 catches a lock that lets two threads in.
 */
@JCStressTest
@Outcome(
    id = {"4, 0, 0", "4, 0, 1"},
    expect = ACCEPTABLE,
    desc = "the race was not hit")
@Outcome(
    expect = ACCEPTABLE_INTERESTING,
    desc = "caught: two threads held the lock at once (or an increment was lost)")
@State
public class TS_06_ObjectLockExcludes_Mutant {
  private static final StressRuntime RT;

  static {
    ObjectLock.weaken(ObjectLock.Weakening.PLAIN_TRY_LOCK);
    RT = new StressRuntime();
  }

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
