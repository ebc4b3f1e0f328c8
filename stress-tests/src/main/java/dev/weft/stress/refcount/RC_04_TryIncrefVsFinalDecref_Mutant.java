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
 * Mutant of RC_04: the shared try-incref accepts a MERGED word (count zero, being freed). Observing
 * "1, 1" shows that RC_04 catches a revived object.
 */
@JCStressTest
@Outcome(
    id = {"1, 0", "0, 1"},
    expect = ACCEPTABLE,
    desc = "the race was not hit")
@Outcome(id = "1, 1", expect = ACCEPTABLE_INTERESTING, desc = "caught: a freed object revived")
@State
public class RC_04_TryIncrefVsFinalDecref_Mutant {
  private final TryIncrefScenario scenario =
      new TryIncrefScenario(RefcountDomain.weakened(Weakening.TRY_INCREF_ACCEPTS_MERGED));

  @Actor
  public void owner() {
    scenario.ownerDropsLast();
  }

  @Actor
  public void reader(II_Result r) {
    r.r1 = scenario.readerTries();
  }

  @Arbiter
  public void afterwards(II_Result r) {
    r.r2 = scenario.deallocations();
  }
}
