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
 * MEM_04: the global allocation count plus every thread's buffer equals net allocations. One thread
 * allocates past +512 while the other frees past -512 (into the first thread's heap, through its
 * queue), so both flush into the global count concurrently.
 */
@JCStressTest
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "global + buffers == net; buffers within 512")
@Outcome(id = "0, 0", expect = FORBIDDEN, desc = "a buffer passed 512 without flushing")
@Outcome(expect = FORBIDDEN, desc = "global + buffers differ from net allocations")
@State
public class MEM_04_AllocationCountsAddUp {
  private static final int OPERATIONS = 600;

  private final Memory memory = new Memory();
  private final ThreadHeap allocator;
  private final ThreadHeap freer;
  private final Object[][] toFree = new Object[OPERATIONS][];

  public MEM_04_AllocationCountsAddUp() {
    Qsbr qsbr = new Qsbr();
    allocator = memory.register(qsbr.register());
    freer = memory.register(qsbr.register());
    for (int i = 0; i < OPERATIONS; i++) {
      toFree[i] = new Object[2];
    }
  }

  @Actor
  public void allocator() {
    for (int i = 0; i < OPERATIONS; i++) {
      allocator.allocateObjects(2);
    }
  }

  @Actor
  public void freer() {
    for (Object[] array : toFree) {
      freer.freeTo(allocator, array);
    }
  }

  /** r1: global + buffers - net (net = 600 allocations - 600 frees); r2: 1 if buffers in range. */
  @Arbiter
  public void afterwards(II_Result r) {
    long net = 0; // OPERATIONS allocations by one thread, OPERATIONS frees by the other
    int allocatorBuffer = allocator.allocationBuffer();
    int freerBuffer = freer.allocationBuffer();
    r.r1 = (int) (memory.allocationCount() + allocatorBuffer + freerBuffer - net);
    r.r2 = Math.abs(allocatorBuffer) < 512 && Math.abs(freerBuffer) < 512 ? 1 : 0;
  }
}
