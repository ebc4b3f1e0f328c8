package dev.weft.stress.qsbr;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import dev.weft.qsbr.Qsbr;
import dev.weft.qsbr.Weakening;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mutant of QSBR_01: polls report every goal reached at once (reclaim without waiting). Observing
 * "-1, 1" shows that QSBR_01 catches early reuse.
 */
@JCStressTest
@Outcome(
    id = {"1, 0", "1, 1"},
    expect = ACCEPTABLE,
    desc = "the race was not hit")
@Outcome(
    id = "-1, 1",
    expect = ACCEPTABLE_INTERESTING,
    desc = "caught: reader saw its block poisoned before its quiescent state")
@State
public class QSBR_01_NoEarlyReuse_Mutant {
  private final NoEarlyReuseScenario scenario =
      new NoEarlyReuseScenario(Qsbr.weakened(Weakening.RECLAIM_WITHOUT_WAITING));

  @Actor
  public void reader(II_Result r) {
    r.r1 = scenario.read();
  }

  @Actor
  public void writer(II_Result r) {
    r.r2 = scenario.replaceAndReclaim();
  }
}
