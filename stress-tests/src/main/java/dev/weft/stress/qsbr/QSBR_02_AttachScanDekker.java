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
 * QSBR_02: a thread attaches and reads; a concurrent poll's scan must not miss it and reclaim what
 * it read (the attach/scan Dekker pattern: volatile attach plus a full fence before the scan).
 */
@JCStressTest
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "reader holds the old block; scan saw it")
@Outcome(
    id = {"2, 0", "2, 1"},
    expect = ACCEPTABLE,
    desc = "reader saw the new block")
@Outcome(
    id = "1, 1",
    expect = FORBIDDEN,
    desc = "scan missed the attached reader and reclaimed the block it holds")
@State
public class QSBR_02_AttachScanDekker {
  private final AttachScanScenario scenario = new AttachScanScenario(new Qsbr());

  @Actor
  public void reader(II_Result r) {
    r.r1 = scenario.attachAndRead();
  }

  @Actor
  public void writer(II_Result r) {
    r.r2 = scenario.replaceAndPoll();
  }
}
