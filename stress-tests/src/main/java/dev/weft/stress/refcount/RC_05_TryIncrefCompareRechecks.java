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
 * RC_05: try-incref-and-compare never returns an object that had left the slot before its
 * increment. If the reader gets the old object, its reference kept the object alive, so the
 * object's first life cannot have ended.
 */
@JCStressTest
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "reader holds the old object, still alive")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "reader backed out; the old object recycled")
@Outcome(id = "2, 1", expect = ACCEPTABLE, desc = "reader took the replacement; old recycled")
@Outcome(
    id = "1, 1",
    expect = FORBIDDEN,
    desc = "reader holds an object that was freed and recycled under it")
@Outcome(
    id = {"0, 0", "2, 0"},
    expect = FORBIDDEN,
    desc = "the old object's last reference was lost")
@State
public class RC_05_TryIncrefCompareRechecks {
  private final SlotReadScenario scenario = new SlotReadScenario(new RefcountDomain());

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
