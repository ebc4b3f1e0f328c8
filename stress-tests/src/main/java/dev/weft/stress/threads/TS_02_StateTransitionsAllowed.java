package dev.weft.stress.threads;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * TS_02: a thread state changes only as the table allows: ATTACHED and DETACHED by the thread
 * itself, DETACHED and SUSPENDED by the thread stopping the world, ATTACHED to SUSPENDED by the
 * thread itself. A running thread (attaching, polling, detaching) checks that its state never
 * leaves ATTACHED unless it moved it, and that after its own detach nobody but a stopper moved it
 * (to SUSPENDED, never to ATTACHED); a stopper checks, while the world is stopped, that every other
 * state is SUSPENDED and stays so until it restarts the world.
 *
 * <p>r1: the running thread saw a transition it did not make (a bit per check); r2: the stopper saw
 * a state other than SUSPENDED, or one that changed, while stopped; r3: the running thread
 * suspended itself (either way is fine).
 */
@JCStressTest
@Outcome(
    id = {"0, 0, 0", "0, 0, 1"},
    expect = ACCEPTABLE,
    desc = "every transition was one the table allows")
@Outcome(expect = FORBIDDEN, desc = "a state changed outside the allowed transitions")
@State
public class TS_02_StateTransitionsAllowed {
  private static final StressRuntime RT = new StressRuntime();

  @Actor
  public void running(III_Result r) {
    ThreadState ts = RT.enter();
    int bad = 0, suspended = 0;
    try {
      for (int round = 0; round < 2; round++) {
        for (int k = 0; k < 10; k++) {
          if (ts.state() != ThreadState.ATTACHED) {
            bad |= 1; // another thread moved this thread out of ATTACHED
          }
          if (StressRuntime.pollStop(ts)) {
            suspended = 1;
            if (ts.state() != ThreadState.ATTACHED) {
              bad |= 2; // back from a suspension without being attached
            }
          }
        }
        ts.detach();
        int s = ts.state();
        if (s != ThreadState.DETACHED && s != ThreadState.SUSPENDED) {
          bad |= 4; // only a stopper moves a detached thread, and only to SUSPENDED
        }
        ts.attach();
        if (ts.state() != ThreadState.ATTACHED) {
          bad |= 8;
        }
      }
    } finally {
      RT.leave(ts);
    }
    r.r1 = bad;
    r.r3 = suspended;
  }

  @Actor
  public void stopper(III_Result r) {
    ThreadState ts = RT.enter();
    int bad = 0;
    try {
      RT.threads.stopTheWorld(ts);
      try {
        List<ThreadState> others = new ArrayList<>();
        for (ThreadState t : RT.threads.all()) {
          if (t != ts) {
            others.add(t);
          }
        }
        int[] first = new int[others.size()];
        for (int i = 0; i < first.length; i++) {
          first[i] = others.get(i).state();
          if (first[i] != ThreadState.SUSPENDED) {
            bad = 1;
          }
        }
        StressRuntime.pause(50);
        for (int i = 0; i < first.length; i++) {
          if (others.get(i).state() != first[i]) {
            bad = 1; // only the stopper moves a SUSPENDED state, and it has not restarted yet
          }
        }
      } finally {
        RT.threads.startTheWorld();
      }
    } finally {
      RT.leave(ts);
    }
    r.r2 = bad;
  }
}
