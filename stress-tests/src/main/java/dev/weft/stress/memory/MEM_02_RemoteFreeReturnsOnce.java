package dev.weft.stress.memory;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.memory.Memory;
import dev.weft.memory.ThreadHeap;
import dev.weft.qsbr.Qsbr;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * MEM_02: a block freed by a thread other than its owner returns to the owner's heap exactly once.
 * The owner's pool is empty, so its allocation misses and drains its queue while the other thread
 * frees the block into that queue. Afterwards the owner drains again and empties its pool.
 */
@JCStressTest
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "the block came back after the owner's drain")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "the owner's racing drain took the block")
@Outcome(id = ".*, 0", expect = FORBIDDEN, desc = "the block never returned to its owner")
@Outcome(expect = FORBIDDEN, desc = "the block returned to its owner twice")
@State
public class MEM_02_RemoteFreeReturnsOnce {
  private static final int LENGTH = 8;

  private final ThreadHeap owner;
  private final ThreadHeap other;
  private final Object[] block;
  private Object[] allocated;

  public MEM_02_RemoteFreeReturnsOnce() {
    Memory memory = new Memory();
    Qsbr qsbr = new Qsbr();
    owner = memory.register(qsbr.register());
    other = memory.register(qsbr.register());
    block = owner.allocateObjects(LENGTH);
  }

  @Actor
  public void owner() {
    allocated = owner.allocateObjects(LENGTH);
  }

  @Actor
  public void other() {
    other.freeTo(owner, block);
  }

  @Arbiter
  public void afterwards(II_Result r) {
    int returned = allocated == block ? 1 : 0;
    r.r1 = returned;
    owner.drainRemoteFrees();
    while (owner.pooledObjectArrays(LENGTH) > 0) {
      if (owner.allocateObjects(LENGTH) == block) {
        returned++;
      }
    }
    r.r2 = returned;
  }
}
