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
 * Mutant of QSBR_02: attach is a release store and the scan has no fence, so the reader's store may
 * be ordered after its load. Observing "1, 1" shows that QSBR_02 catches the broken Dekker.
 */
@JCStressTest
@Outcome(
    id = {"1, 0", "2, 0", "2, 1"},
    expect = ACCEPTABLE,
    desc = "the race was not hit")
@Outcome(
    id = "1, 1",
    expect = ACCEPTABLE_INTERESTING,
    desc = "caught: scan missed the attached reader and reclaimed the block it holds")
@State
public class QSBR_02_AttachScanDekker_Mutant {
  private final AttachScanScenario scenario =
      new AttachScanScenario(Qsbr.weakened(Weakening.NO_DEKKER_FENCES));

  @Actor
  public void reader(II_Result r) {
    r.r1 = scenario.attachAndRead();
  }

  @Actor
  public void writer(II_Result r) {
    r.r2 = scenario.replaceAndPoll();
  }
}
