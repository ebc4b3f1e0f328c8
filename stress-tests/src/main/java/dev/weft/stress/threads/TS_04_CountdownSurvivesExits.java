package dev.weft.stress.threads;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.runtime.threads.ThreadState;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * TS_04: the stop-the-world countdown neither hangs nor goes negative as threads exit. A thread
 * starts, runs (polling its eval breaker) and exits while another stops and restarts the world: the
 * stopper may count it and then see it suspend, be suspended by the stopper while detached, or
 * count itself down as it unlinks. A countdown that goes negative makes {@code stopTheWorld} throw
 * (r1 = 1); one that never reaches zero hangs the stopper, which jcstress reports as a timeout
 * error.
 *
 * <p>r1: the countdown went negative; r2: after both actors the world is still stopped, or the
 * exited state is still listed; r3: the exiting thread suspended itself for the stop (either way is
 * fine).
 */
@JCStressTest
@Outcome(
    id = {"0, 0, 0", "0, 0, 1"},
    expect = ACCEPTABLE,
    desc = "the stop completed and the exit was counted once")
@Outcome(expect = FORBIDDEN, desc = "the countdown went negative, or the runtime was left stopped")
@State
public class TS_04_CountdownSurvivesExits {
  private static final StressRuntime RT = new StressRuntime();

  private volatile ThreadState exiting;

  @Actor
  public void exiting(III_Result r) {
    ThreadState ts = RT.threads.newThread(RT.runtime);
    exiting = ts;
    ts.attach();
    int suspended = 0;
    for (int k = 0; k < 10; k++) {
      if (StressRuntime.pollStop(ts)) {
        suspended = 1;
      }
    }
    RT.threads.exit(ts);
    r.r3 = suspended;
  }

  @Actor
  public void stopper(III_Result r) {
    ThreadState ts = RT.enter();
    try {
      RT.threads.stopTheWorld(ts);
      RT.threads.startTheWorld();
    } catch (IllegalStateException e) {
      r.r1 = 1; // "stop-the-world countdown went negative"
      RT.threads.startTheWorld();
    } finally {
      RT.leave(ts);
    }
  }

  @Arbiter
  public void afterwards(III_Result r) {
    if (RT.threads.worldStopped() || RT.threads.all().contains(exiting)) {
      r.r2 = 1;
    }
  }
}
