package dev.weft.stress.refcount;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.refcount.RefcountDomain;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * RC_01: the owner and a non-owner drop their last references concurrently; after the merge queues
 * drain the object has been deallocated exactly once.
 */
@JCStressTest
@Outcome(id = "1", expect = ACCEPTABLE, desc = "deallocated once")
@Outcome(id = "0", expect = FORBIDDEN, desc = "never deallocated: a count update was lost")
@Outcome(id = "2", expect = FORBIDDEN, desc = "deallocated twice")
@State
public class RC_01_LastReferencesFreeOnce {
  private final LastReferencesScenario scenario = new LastReferencesScenario(new RefcountDomain());

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
