package dev.weft.stress.threads;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.runtime.threads.ThreadState;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * TS_05: a thread state is torn down exactly once, and only after both its thread and the runtime's
 * list dropped it. A thread starts, runs and exits (the list's reference goes as it unlinks, the
 * thread's at the very end) while another thread walks the list: it stops the world (suspending
 * listed states) and sums the live threads' statistics. The state's teardown hook counts its runs
 * and checks, as it runs, that the state is DETACHED (its thread is done with it) and no longer
 * listed; the stopper checks that no listed state has been torn down.
 *
 * <p>r1: teardowns (exactly 1); r2: a teardown ran while the thread or the list still held the
 * state, or a release was refused as one too many; r3: the stopper found a torn-down state in the
 * list.
 */
@JCStressTest
@Outcome(id = "1, 0, 0", expect = ACCEPTABLE, desc = "torn down once, after both references went")
@Outcome(
    id = {"0, .*", "2, .*"},
    expect = FORBIDDEN,
    desc = "torn down never, or twice")
@Outcome(expect = FORBIDDEN, desc = "torn down while its thread or the list still held it")
@State
public class TS_05_ThreadStateTornDownOnce {
  private static final StressRuntime RT = new StressRuntime();

  private final AtomicInteger teardowns = new AtomicInteger();
  private volatile int early;
  private volatile ThreadState exiting;
  private volatile boolean tornDown;

  @Actor
  public void exiting(III_Result r) {
    ThreadState ts = RT.threads.newThread(RT.runtime);
    ts.onTeardown =
        () -> {
          teardowns.incrementAndGet();
          if (ts.state() != ThreadState.DETACHED || RT.threads.all().contains(ts)) {
            early = 1;
          }
          tornDown = true;
        };
    exiting = ts;
    ts.attach();
    for (int k = 0; k < 10; k++) {
      StressRuntime.pollStop(ts);
    }
    try {
      RT.threads.exit(ts);
    } catch (IllegalStateException e) {
      early = 1; // "thread state released too many times"
    }
  }

  @Actor
  public void walker(III_Result r) {
    ThreadState ts = RT.enter();
    int seen = 0;
    try {
      RT.threads.totalStats();
      RT.threads.stopTheWorld(ts);
      try {
        ThreadState e = exiting;
        if (e != null && tornDown && RT.threads.all().contains(e)) {
          seen = 1;
        }
      } finally {
        RT.threads.startTheWorld();
      }
      RT.threads.totalStats();
    } finally {
      RT.leave(ts);
    }
    r.r3 = seen;
  }

  @Arbiter
  public void afterwards(III_Result r) {
    r.r1 = teardowns.get();
    r.r2 = early;
  }
}
