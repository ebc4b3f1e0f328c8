package dev.weft.stress.refcount;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.refcount.RefcountDomain;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * RC_04: a shared-path try-incref races the owner's final decrement. Either the try-incref succeeds
 * and the object lives, or it fails and the object is freed.
 */
@JCStressTest
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "succeeded, alive")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "failed, freed")
@Outcome(id = "1, 1", expect = FORBIDDEN, desc = "both succeeded: a freed object was revived")
@Outcome(id = "0, 0", expect = FORBIDDEN, desc = "failed, yet nobody freed the object")
@State
public class RC_04_TryIncrefVsFinalDecref {
  private final TryIncrefScenario scenario = new TryIncrefScenario(new RefcountDomain());

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
