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
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * Mutant of RC_01: the owner marks the shared word MERGED with a plain store instead of a CAS, so
 * the non-owner's concurrent decrement can be lost. Observing "0" shows that RC_01 catches it.
 */
@JCStressTest
@Outcome(id = "1", expect = ACCEPTABLE, desc = "the race was not hit")
@Outcome(
    id = {"0", "2"},
    expect = ACCEPTABLE_INTERESTING,
    desc = "caught: not deallocated once")
@State
public class RC_01_LastReferencesFreeOnce_Mutant {
  private final LastReferencesScenario scenario =
      new LastReferencesScenario(RefcountDomain.weakened(Weakening.PLAIN_MERGE));

  @Actor
  public void owner() {
    scenario.ownerDrops();
  }

  @Actor
  public void other() {
    scenario.otherDrops();
  }

  @Arbiter
  public void afterwards(I_Result r) {
    r.r1 = scenario.deallocationsAfterDrain();
  }
}
