package dev.weft.stress.qsbr;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.qsbr.Qsbr;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * QSBR_01: a reader reads a pointer while online; a writer retires it; a reclaimer polls. The block
 * must not be reused (poisoned) before the reader passes a quiescent state.
 */
@JCStressTest
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "reader saw a live block; writer waited")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "reader done before the reclaim")
@Outcome(
    id = {"-1, 0", "-1, 1"},
    expect = FORBIDDEN,
    desc = "reader saw its block poisoned before its quiescent state")
@State
public class QSBR_01_NoEarlyReuse {
  private final NoEarlyReuseScenario scenario = new NoEarlyReuseScenario(new Qsbr());

  @Actor
  public void reader(II_Result r) {
    r.r1 = scenario.read();
  }

  @Actor
  public void writer(II_Result r) {
    r.r2 = scenario.replaceAndReclaim();
  }
}
