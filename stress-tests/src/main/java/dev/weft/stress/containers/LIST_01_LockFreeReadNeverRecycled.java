package dev.weft.stress.containers;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.stress.threads.StressRuntime;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * LIST_01: a lock-free {@code list[i]} racing append, resize and pop returns an item that was at
 * index i during the read, or nothing (IndexError): never a recycled or freed item. See {@link
 * ListReadScenario}.
 *
 * <p>r1: what the reads of {@code list[0]} returned, a bit each: 1 nothing, 2 the old item, 4 the
 * item that moved down, 8 anything else (a recycled or freed object); r2: the old item's object was
 * freed and reused by the writer (either way is fine: 1 shows the race window was there).
 */
@JCStressTest
@Outcome(
    id = {"[1-7], [01]"},
    expect = ACCEPTABLE,
    desc = "every read returned an item at index 0 during the read, or nothing")
@Outcome(
    id = {"(8|9|1[0-5]), [01]"},
    expect = FORBIDDEN,
    desc = "a read returned a recycled or freed object")
@State
public class LIST_01_LockFreeReadNeverRecycled {
  private static final StressRuntime RT = new StressRuntime();

  private final ListReadScenario scenario = new ListReadScenario(RT);

  @Actor
  public void reader(II_Result r) {
    r.r1 = scenario.read();
  }

  @Actor
  public void writer() {
    scenario.write();
  }

  @Arbiter
  public void afterwards(II_Result r) {
    r.r2 = scenario.recycled();
  }
}
