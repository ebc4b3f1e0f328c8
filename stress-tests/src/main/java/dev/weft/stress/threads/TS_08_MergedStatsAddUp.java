package dev.weft.stress.threads;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyRuntime;
import dev.weft.runtime.threads.CriticalSection;
import dev.weft.runtime.threads.ThreadState;
import dev.weft.runtime.threads.ThreadStats;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * TS_08: the runtime's merged thread statistics equal the sum of the per-thread ones. Two threads
 * of one runtime (a fresh one per state, so that its totals are theirs alone) attach, contend for
 * one object's lock in critical sections, detach and attach again, and exit at the same time, each
 * merging its counters into the runtime's totals.
 *
 * <p>r1: the exited threads' merged counters equal the sum of the two threads' counters, field by
 * field; r2: so do the runtime's totals (exited plus live); r3: a thread had to wait for the lock
 * (either way is fine).
 */
@JCStressTest
@Outcome(
    id = {"1, 1, 0", "1, 1, 1"},
    expect = ACCEPTABLE,
    desc = "merged counters are the sum of the threads' counters")
@Outcome(expect = FORBIDDEN, desc = "merged counters differ from the sum of the threads' counters")
@State
public class TS_08_MergedStatsAddUp {
  private static final StressRuntime BOOTED = new StressRuntime(); // loads the classes once

  private final PyRuntime runtime = new PyRuntime(BOOTED.runtime.domain);
  private final ThreadState first = runtime.threads.newThread(runtime);
  private final ThreadState second = runtime.threads.newThread(runtime);
  private final PyObject shared = new PyList(first);

  @Actor
  public void first() {
    work(first);
  }

  @Actor
  public void second() {
    work(second);
  }

  private void work(ThreadState ts) {
    ts.attach();
    for (int k = 0; k < 3; k++) {
      CriticalSection.begin(ts, shared);
      StressRuntime.pause(10);
      CriticalSection.end(ts);
    }
    ts.detach();
    ts.attach();
    runtime.threads.exit(ts);
  }

  @Arbiter
  public void afterwards(III_Result r) {
    r.r1 = sumOfThreads(runtime.threads.exitedStats()) ? 1 : 0;
    r.r2 = sumOfThreads(runtime.threads.totalStats()) ? 1 : 0;
    r.r3 = first.stats.lockWaits + second.stats.lockWaits > 0 ? 1 : 0;
  }

  private boolean sumOfThreads(ThreadStats merged) {
    ThreadStats x = first.stats, y = second.stats;
    return merged.attaches == x.attaches + y.attaches
        && merged.lockWaits == x.lockWaits + y.lockWaits
        && merged.parks == x.parks + y.parks
        && merged.stopTheWorlds == x.stopTheWorlds + y.stopTheWorlds
        && merged.criticalSections == x.criticalSections + y.criticalSections
        && merged.suspensions == x.suspensions + y.suspensions;
  }
}
