package dev.weft.stress.threads;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.runtime.threads.ThreadState;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * TS_01: no thread other than the requester is ATTACHED while the world is stopped. A running
 * thread (attached, polling its eval breaker at safe points, detaching and attaching once) races a
 * stop-the-world; the requester looks at every listed thread state while the world is stopped, and
 * the running thread asks whether the world is stopped while it is attached.
 *
 * <p>r1: the requester saw another ATTACHED state while stopped; r2: the running thread saw the
 * world stopped while it was attached; r3: the running thread suspended itself for the stop (either
 * way is fine: it shows which path the race took).
 */
@JCStressTest
@Outcome(
    id = {"0, 0, 0", "0, 0, 1"},
    expect = ACCEPTABLE,
    desc = "only the requester ran while the world was stopped")
@Outcome(expect = FORBIDDEN, desc = "another thread was ATTACHED while the world was stopped")
@State
public class TS_01_NoAttachedThreadWhileStopped {
  private static final StressRuntime RT = new StressRuntime();

  @Actor
  public void requester(III_Result r) {
    ThreadState ts = RT.enter();
    int seen = 0;
    try {
      RT.threads.stopTheWorld(ts);
      try {
        for (int look = 0; look < 3; look++) {
          for (ThreadState t : RT.threads.all()) {
            if (t != ts && t.state() == ThreadState.ATTACHED) {
              seen = 1;
            }
          }
        }
      } finally {
        RT.threads.startTheWorld();
      }
    } finally {
      RT.leave(ts);
    }
    r.r1 = seen;
  }

  @Actor
  public void running(III_Result r) {
    ThreadState ts = RT.enter();
    int seen = 0, suspended = 0;
    try {
      for (int round = 0; round < 2; round++) {
        for (int k = 0; k < 10; k++) {
          if (StressRuntime.pollStop(ts)) {
            suspended = 1;
          }
          if (RT.threads.worldStopped()) {
            seen = 1;
          }
        }
        if (round == 0) {
          ts.detach(); // a blocking call
          ts.attach();
        }
      }
    } finally {
      RT.leave(ts);
    }
    r.r2 = seen;
    r.r3 = suspended;
  }
}
