package dev.weft.stress.memory;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.memory.Memory;
import dev.weft.memory.MemoryConfig;
import dev.weft.memory.ThreadHeap;
import dev.weft.qsbr.Qsbr;
import dev.weft.qsbr.QsbrThread;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * MEM_03: the delayed-free backlog never exceeds its bound without a forced advance. Two attached
 * threads each retire storage past a bound of two items, passing quiescent states and processing in
 * between, so each one's reclamation races the other's progress. After every delayed free that
 * leaves its backlog over the bound, that free must have forced an advance. Each actor reports how
 * many of its delayed frees broke this.
 */
@JCStressTest
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "every backlog over the bound forced an advance")
@Outcome(expect = FORBIDDEN, desc = "a backlog passed its bound without a forced advance")
@State
public class MEM_03_BacklogBoundForcesAdvance {
  private static final int BOUND = 2;
  private static final int FREES = 6;

  private final ThreadHeap first;
  private final ThreadHeap second;

  public MEM_03_BacklogBoundForcesAdvance() {
    Qsbr qsbr = new Qsbr();
    Memory memory = new Memory(MemoryConfig.DEFAULT.withBacklogLimits(BOUND, 1 << 20));
    first = register(memory, qsbr);
    second = register(memory, qsbr);
  }

  private static ThreadHeap register(Memory memory, Qsbr qsbr) {
    QsbrThread thread = qsbr.register();
    thread.attach();
    return memory.register(thread);
  }

  @Actor
  public void first(II_Result r) {
    r.r1 = retireAndCheck(first);
  }

  @Actor
  public void second(II_Result r) {
    r.r2 = retireAndCheck(second);
  }

  private static int retireAndCheck(ThreadHeap heap) {
    int unforced = 0;
    for (int i = 0; i < FREES; i++) {
      long forcedBefore = heap.stats().forcedAdvances();
      heap.freeDelayed(new Object[4]);
      if (heap.backlogItems() > BOUND && heap.stats().forcedAdvances() == forcedBefore) {
        unforced++;
      }
      if (i % 2 == 1) {
        heap.qsbr().quiescentState();
        heap.processDelayed();
      }
    }
    return unforced;
  }
}
