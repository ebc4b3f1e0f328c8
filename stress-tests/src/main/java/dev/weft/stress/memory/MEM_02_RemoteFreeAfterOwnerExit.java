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
 * MEM_02, owner exiting: a block freed to its owner while the owner exits is taken from the queue
 * exactly once (dropped to the collector: a closed heap returns nothing) and never stays queued.
 * The owner closes its heap while another thread frees the block to it; either the owner's last
 * drain or the freeing thread's own check of the closed flag disposes of it.
 */
@JCStressTest
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "the block was dropped exactly once")
@Outcome(id = "0, 1", expect = FORBIDDEN, desc = "the block stayed queued in the closed heap")
@Outcome(expect = FORBIDDEN, desc = "the block was disposed of twice, or returned after exit")
@State
public class MEM_02_RemoteFreeAfterOwnerExit {
  private final Memory memory = new Memory();
  private final ThreadHeap owner;
  private final ThreadHeap other;
  private final Object[] block;

  public MEM_02_RemoteFreeAfterOwnerExit() {
    Qsbr qsbr = new Qsbr();
    owner = memory.register(qsbr.register());
    other = memory.register(qsbr.register());
    block = owner.allocateObjects(8);
  }

  @Actor
  public void owner() {
    owner.unregister();
  }

  @Actor
  public void other() {
    other.freeTo(owner, block);
  }

  /** r1: times the block was taken (returned before exit, or dropped); r2: 1 if still queued. */
  @Arbiter
  public void afterwards(II_Result r) {
    r.r1 = (int) (owner.stats().remoteFreesReceived() + memory.lateFreesDropped());
    r.r2 = owner.remoteFreesPending() ? 1 : 0;
  }
}
