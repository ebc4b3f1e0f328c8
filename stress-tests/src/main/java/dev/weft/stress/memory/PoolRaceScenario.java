package dev.weft.stress.memory;

import dev.weft.memory.Memory;
import dev.weft.memory.ThreadHeap;
import dev.weft.qsbr.Qsbr;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The scenario of MEM_01, shared by the test and its mutant: the owner's pool of one size class
 * holds {@link #POOLED} blocks; the owner allocates {@link #ALLOCATIONS} times, so it pops them all
 * and then misses and drains its remote-free queue, while another thread frees {@link #REMOTE} more
 * blocks of the owner's back to it. Afterwards the owner allocates as many times again. Among the
 * arrays handed out, each block must appear exactly once: a block seen twice was popped twice, a
 * block never seen was lost.
 */
final class PoolRaceScenario {
  private static final int LENGTH = 8;
  private static final int POOLED = 4;
  private static final int REMOTE = 4;
  private static final int ALLOCATIONS = POOLED + REMOTE / 2;

  private final ThreadHeap owner;
  private final ThreadHeap other;
  private final Object[][] blocks = new Object[POOLED + REMOTE][];
  private final Object[][] taken = new Object[2 * ALLOCATIONS][];

  PoolRaceScenario(Memory memory) {
    Qsbr qsbr = new Qsbr();
    owner = memory.register(qsbr.register());
    other = memory.register(qsbr.register());
    for (int i = 0; i < blocks.length; i++) {
      blocks[i] = owner.allocateObjects(LENGTH);
    }
    for (int i = 0; i < POOLED; i++) {
      owner.free(blocks[i]);
    }
  }

  /** Actor: the owner allocates from its pool, and past it. */
  void ownerAllocates() {
    for (int i = 0; i < ALLOCATIONS; i++) {
      taken[i] = owner.allocateObjects(LENGTH);
    }
  }

  /** Actor: another thread frees the remaining blocks to their owner. */
  void otherFrees() {
    for (int i = POOLED; i < blocks.length; i++) {
      other.freeTo(owner, blocks[i]);
    }
  }

  /**
   * Arbiter: the owner allocates as many times again; returns the number of blocks never handed out
   * (lost) and the number of extra times a block was handed out (popped twice).
   */
  int[] afterwards() {
    for (int i = ALLOCATIONS; i < taken.length; i++) {
      taken[i] = owner.allocateObjects(LENGTH);
    }
    Map<Object[], Integer> seen = new IdentityHashMap<>();
    for (Object[] array : taken) {
      for (Object[] block : blocks) {
        if (array == block) {
          seen.merge(block, 1, Integer::sum);
        }
      }
    }
    int extra = 0;
    for (int times : seen.values()) {
      extra += times - 1;
    }
    return new int[] {blocks.length - seen.size(), extra};
  }
}
