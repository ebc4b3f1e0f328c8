package dev.weft.stress.memory;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.memory.Memory;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * MEM_01: two threads must never pop the same block from a pool. The owner allocates from its pool
 * while another thread frees blocks to it (through the owner's MPSC queue); afterwards every block
 * has been handed out exactly once.
 */
@JCStressTest
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "every block handed out exactly once")
@Outcome(id = "[1-9][0-9]*, .*", expect = FORBIDDEN, desc = "a block was lost from the pool")
@Outcome(id = "0, [1-9][0-9]*", expect = FORBIDDEN, desc = "a block was popped twice")
@State
public class MEM_01_NoBlockPoppedTwice {
  private final PoolRaceScenario scenario = new PoolRaceScenario(new Memory());

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
