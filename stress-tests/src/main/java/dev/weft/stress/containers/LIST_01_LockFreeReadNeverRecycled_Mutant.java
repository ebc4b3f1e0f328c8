package dev.weft.stress.containers;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import dev.weft.refcount.RefcountDomain;
import dev.weft.refcount.Weakening;
import dev.weft.stress.threads.StressRuntime;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mutant of LIST_01: the runtime's threads count references in a domain whose try-incref-and-
 * compare skips the re-check of the slot ({@link Weakening#TRY_INCREF_NO_RECHECK}). Observing a
 * read that returned a recycled object shows that LIST_01 catches it.
 */
@JCStressTest
@Outcome(
    id = {"[1-7], [01]"},
    expect = ACCEPTABLE,
    desc = "the race was not hit")
@Outcome(
    id = {"(8|9|1[0-5]), [01]"},
    expect = ACCEPTABLE_INTERESTING,
    desc = "caught: a read returned a recycled or freed object")
@State
public class LIST_01_LockFreeReadNeverRecycled_Mutant {
  private static final StressRuntime RT =
      new StressRuntime(RefcountDomain.weakened(Weakening.TRY_INCREF_NO_RECHECK));

  private final ListReadScenario scenario = new ListReadScenario(RT);

  @Actor
  public void reader(II_Result r) {
    r.r1 = scenario.read();
  }

  @Actor
  public void writer() {
    scenario.write();
  }

  @Arbiter
  public void afterwards(II_Result r) {
    r.r2 = scenario.recycled();
  }
}
