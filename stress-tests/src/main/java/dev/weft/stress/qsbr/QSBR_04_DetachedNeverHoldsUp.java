package dev.weft.stress.qsbr;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.qsbr.Qsbr;
import dev.weft.qsbr.QsbrThread;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * QSBR_04: a detached (offline) thread never holds up reclamation. One thread, online at the old
 * sequence, detaches while another advances and polls; the poll may fail while the first is still
 * online, but once it has detached the goal must be reachable.
 */
@JCStressTest
@Outcome(
    id = {"0, 1", "1, 1"},
    expect = ACCEPTABLE,
    desc = "goal reached after the detach")
@Outcome(
    id = {"0, 0", "1, 0"},
    expect = FORBIDDEN,
    desc = "the detached thread still holds up the goal")
@State
public class QSBR_04_DetachedNeverHoldsUp {
  private final Qsbr qsbr = new Qsbr();
  private final QsbrThread sleeper = qsbr.register();
  private final QsbrThread writer = qsbr.register();
  private long goal;

  public QSBR_04_DetachedNeverHoldsUp() {
    sleeper.attach();
    writer.attach();
  }

  @Actor
  public void sleeper() {
    sleeper.detach();
  }

  @Actor
  public void writer(II_Result r) {
    goal = writer.advance();
    writer.quiescentState();
    r.r1 = writer.poll(goal) ? 1 : 0;
  }

  @Arbiter
  public void afterwards(II_Result r) {
    r.r2 = writer.poll(goal) ? 1 : 0;
  }
}
