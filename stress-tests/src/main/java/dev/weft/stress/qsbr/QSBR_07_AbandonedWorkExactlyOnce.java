package dev.weft.stress.qsbr;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.qsbr.Qsbr;
import dev.weft.qsbr.QsbrThread;
import dev.weft.qsbr.Reclaimer;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * QSBR_07: work abandoned by an exiting thread is reclaimed exactly once. One thread retires items
 * and exits (reclaiming what it can, abandoning the rest, then draining the shared queue) while a
 * second thread passes a quiescent state and processes, so both race over the same items.
 * Afterwards every item must have been reclaimed exactly once.
 */
@JCStressTest
@Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "each item reclaimed exactly once")
@Outcome(
    id = {"0, .*, .*", ".*, 0, .*", ".*, .*, 0"},
    expect = FORBIDDEN,
    desc = "an abandoned item was never reclaimed")
@Outcome(expect = FORBIDDEN, desc = "an abandoned item was reclaimed twice")
@State
public class QSBR_07_AbandonedWorkExactlyOnce {
  private static final int ITEMS = 3;

  private final Qsbr qsbr = new Qsbr();
  private final QsbrThread exiting = qsbr.register();
  private final QsbrThread survivor = qsbr.register();
  private final AtomicIntegerArray reclaims = new AtomicIntegerArray(ITEMS);
  private final Reclaimer count = item -> reclaims.incrementAndGet((Integer) item);

  public QSBR_07_AbandonedWorkExactlyOnce() {
    exiting.attach();
    survivor.attach(); // online at the old sequence: it holds the items up until it moves
    for (int i = 0; i < ITEMS; i++) {
      exiting.retire(i, count, 32);
    }
    exiting.advance();
  }

  @Actor
  public void exiting() {
    exiting.unregister();
  }

  @Actor
  public void survivor() {
    survivor.quiescentState();
    survivor.processDelayed();
  }

  @Arbiter
  public void afterwards(III_Result r) {
    survivor.processDelayed();
    r.r1 = reclaims.get(0);
    r.r2 = reclaims.get(1);
    r.r3 = reclaims.get(2);
  }
}
