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
 * DICT_01: a lock-free {@code d[k]} racing insert, resize and delete returns a value that was
 * mapped to k (or nothing), never one that was not: not a recycled or freed object, not another
 * key's value. See {@link DictReadScenario}.
 *
 * <p>r1: what the reads of {@code d[k]} returned, a bit each: 1 nothing, 2 the old value, 4 the new
 * value, 8 anything else; r2: the old value's object was freed and reused by the writer (either way
 * is fine: 1 shows the race window was there).
 */
@JCStressTest
@Outcome(
    id = {"[1-7], [01]"},
    expect = ACCEPTABLE,
    desc = "every read returned a value mapped to k during the read, or nothing")
@Outcome(
    id = {"(8|9|1[0-5]), [01]"},
    expect = FORBIDDEN,
    desc = "a read returned a value never mapped to k")
@State
public class DICT_01_LockFreeLookupNeverForeign {
  private static final StressRuntime RT = new StressRuntime();

  private final DictReadScenario scenario = new DictReadScenario(RT);

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
