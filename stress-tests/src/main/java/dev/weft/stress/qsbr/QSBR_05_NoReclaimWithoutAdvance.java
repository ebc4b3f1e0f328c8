package dev.weft.stress.qsbr;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.qsbr.Qsbr;
import dev.weft.qsbr.QsbrThread;
import dev.weft.qsbr.Reclaimer;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * QSBR_05: an item retired with the goal "current + 1 step" (a deferred advance) is not reclaimed
 * before anyone advances. Both actors retire below the advance limits, pass quiescent states and
 * process their queues; nothing may be reclaimed. The arbiter then advances once and both threads'
 * items must become reclaimable.
 */
@JCStressTest
@Outcome(id = "0, 2", expect = ACCEPTABLE, desc = "nothing before the advance, both after")
@Outcome(id = "[12], .*", expect = FORBIDDEN, desc = "reclaimed before any advance")
@Outcome(id = "0, [01]", expect = FORBIDDEN, desc = "an item was lost after the advance")
@State
public class QSBR_05_NoReclaimWithoutAdvance {
  private final Qsbr qsbr = new Qsbr();
  private final QsbrThread first = qsbr.register();
  private final QsbrThread second = qsbr.register();
  private final AtomicInteger reclaimed = new AtomicInteger();
  private final Reclaimer count = item -> reclaimed.incrementAndGet();

  public QSBR_05_NoReclaimWithoutAdvance() {
    first.attach();
    second.attach();
  }

  private void retireAndProcess(QsbrThread self) {
    self.retire(self, count, 64);
    self.quiescentState();
    self.processDelayed();
  }

  @Actor
  public void first() {
    retireAndProcess(first);
  }

  @Actor
  public void second() {
    retireAndProcess(second);
  }

  @Arbiter
  public void afterwards(II_Result r) {
    r.r1 = reclaimed.get();
    qsbr.advance();
    first.quiescentState();
    second.quiescentState();
    first.processDelayed();
    second.processDelayed();
    r.r2 = reclaimed.get();
  }
}
