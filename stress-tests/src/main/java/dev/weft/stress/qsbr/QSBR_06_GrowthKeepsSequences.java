package dev.weft.stress.qsbr;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.qsbr.Qsbr;
import dev.weft.qsbr.QsbrThread;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.JJ_Result;

/**
 * QSBR_06: growing the slot array does not lose a registered thread's sequence. The slot array is
 * full (eight threads, one of them online); the online thread passes a quiescent state while a new
 * thread registers (which grows the array), attaches, advances and polls. The poll may succeed only
 * if the online thread's published sequence had reached the goal.
 */
@JCStressTest
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "online thread still at 1: the poll waited")
@Outcome(id = "3, 0", expect = ACCEPTABLE, desc = "online thread at 3, scan saw it late")
@Outcome(id = "3, 1", expect = ACCEPTABLE, desc = "online thread at 3 before the scan")
@Outcome(
    id = "1, 1",
    expect = FORBIDDEN,
    desc = "growth lost the online thread: goal reached while it was behind")
@State
public class QSBR_06_GrowthKeepsSequences {
  private final Qsbr qsbr = new Qsbr();
  private final QsbrThread online;

  public QSBR_06_GrowthKeepsSequences() {
    online = qsbr.register();
    online.attach();
    for (int i = 1; i < 8; i++) {
      qsbr.register(); // offline threads fill the initial array of eight slots
    }
  }

  @Actor
  public void online(JJ_Result r) {
    online.quiescentState();
    r.r1 = online.sequence();
  }

  @Actor
  public void newcomer(JJ_Result r) {
    QsbrThread newcomer = qsbr.register();
    newcomer.attach();
    long goal = newcomer.advance();
    newcomer.quiescentState();
    r.r2 = newcomer.poll(goal) ? 1 : 0;
  }
}
