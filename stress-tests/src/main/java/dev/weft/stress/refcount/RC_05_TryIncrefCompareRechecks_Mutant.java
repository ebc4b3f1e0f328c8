package dev.weft.stress.refcount;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import dev.weft.refcount.RefcountDomain;
import dev.weft.refcount.Weakening;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mutant of RC_05: the re-check of the slot after the increment is skipped. Observing "1, 1" shows
 * that RC_05 catches a reader taking a recycled object.
 */
@JCStressTest
@Outcome(
    id = {"1, 0", "0, 1", "2, 1"},
    expect = ACCEPTABLE,
    desc = "the race was not hit")
@Outcome(
    id = "1, 1",
    expect = ACCEPTABLE_INTERESTING,
    desc = "caught: reader holds an object that was freed and recycled under it")
@State
public class RC_05_TryIncrefCompareRechecks_Mutant {
  private final SlotReadScenario scenario =
      new SlotReadScenario(RefcountDomain.weakened(Weakening.TRY_INCREF_NO_RECHECK));

  @Actor
  public void reader(II_Result r) {
    r.r1 = scenario.read();
  }

  @Actor
  public void writer() {
    scenario.replace();
  }

  @Arbiter
  public void afterwards(II_Result r) {
    r.r2 = scenario.recycled();
  }
}
