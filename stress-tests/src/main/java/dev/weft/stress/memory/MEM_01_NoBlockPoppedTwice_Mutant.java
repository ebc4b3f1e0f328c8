package dev.weft.stress.memory;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import dev.weft.memory.Memory;
import dev.weft.memory.Weakening;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Mutant of MEM_01: a thread freeing another thread's block pushes it straight onto the owner's
 * plain pool instead of the owner's queue, so both threads update one freelist. Observing a lost or
 * twice-popped block shows that MEM_01 catches the race.
 */
@JCStressTest
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "the race was not hit")
@Outcome(
    id = {"[1-9][0-9]*, .*", "0, [1-9][0-9]*"},
    expect = ACCEPTABLE_INTERESTING,
    desc = "caught: a block was lost from the pool or popped twice")
@State
public class MEM_01_NoBlockPoppedTwice_Mutant {
  private final PoolRaceScenario scenario =
      new PoolRaceScenario(Memory.weakened(Weakening.REMOTE_FREE_INTO_OWNER_POOL));

  @Actor
  public void owner() {
    scenario.ownerAllocates();
  }

  @Actor
  public void other() {
    scenario.otherFrees();
  }

  /** r1: blocks lost; r2: extra times a block was handed out. */
  @Arbiter
  public void afterwards(II_Result r) {
    int[] result = scenario.afterwards();
    r.r1 = result[0];
    r.r2 = result[1];
  }
}
