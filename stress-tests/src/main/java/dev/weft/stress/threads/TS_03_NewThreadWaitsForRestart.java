package dev.weft.stress.threads;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.runtime.threads.ThreadState;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * TS_03: a thread created while the world is stopped attaches only after the world restarts. One
 * actor creates a thread state (as {@code _thread.start_new_thread} does), attaches it, checks that
 * the world is not stopped, and ends the thread; the other stops the world, watches the new state
 * (and every other) while stopped, and restarts it.
 *
 * <p>r1: the new thread found the world stopped once attached; r2: the stopper saw, while stopped,
 * a listed state other than its own ATTACHED (1), or the new state ATTACHED after it had unlinked
 * itself on its way out (2: allowed, as in CPython's {@code tstate_delete_common}, which counts an
 * exiting thread down as it unlinks it; it touches no Python object afterwards); r3: the new state
 * was created SUSPENDED, inside a stop (either way is fine: it shows the race was hit).
 */
@JCStressTest
@Outcome(
    id = {"0, 0, 0", "0, 0, 1"},
    expect = ACCEPTABLE,
    desc = "the new thread attached only while the world ran")
@Outcome(
    id = {"0, 2, 0", "0, 2, 1"},
    expect = ACCEPTABLE_INTERESTING,
    desc = "the new thread, exiting, had unlinked itself but not yet left ATTACHED")
@Outcome(expect = FORBIDDEN, desc = "a thread created during the stop attached before the restart")
@State
public class TS_03_NewThreadWaitsForRestart {
  private static final StressRuntime RT = new StressRuntime();

  private volatile ThreadState created;

  @Actor
  public void creator(III_Result r) {
    ThreadState ts = RT.threads.newThread(RT.runtime);
    created = ts;
    r.r3 = ts.state() == ThreadState.SUSPENDED ? 1 : 0;
    ts.attach(); // the new thread's first attach
    r.r1 = RT.threads.worldStopped() ? 1 : 0;
    RT.threads.exit(ts);
  }

  @Actor
  public void stopper(III_Result r) {
    ThreadState ts = RT.enter();
    int seen = 0;
    try {
      RT.threads.stopTheWorld(ts);
      try {
        for (int look = 0; look < 20; look++) {
          ThreadState c = created;
          if (c != null && c.state() == ThreadState.ATTACHED) {
            // Listed: it attached inside the stop. Unlisted: it is exiting, and unlinked itself
            // (counting itself down) before leaving ATTACHED; it runs no Python code any more.
            seen |= RT.threads.all().contains(c) ? 1 : 2;
          }
          StressRuntime.pause(5);
        }
        for (ThreadState t : RT.threads.all()) {
          if (t != ts && t.state() == ThreadState.ATTACHED) {
            seen |= 1;
          }
        }
      } finally {
        RT.threads.startTheWorld();
      }
    } finally {
      RT.leave(ts);
    }
    r.r2 = seen;
  }
}
