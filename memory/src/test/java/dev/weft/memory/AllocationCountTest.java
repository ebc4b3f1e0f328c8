package dev.weft.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.qsbr.Qsbr;
import java.util.ArrayDeque;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AllocationCountTest {
  private final Qsbr qsbr = new Qsbr();

  @Test
  void bufferFlushesToTheGlobalCountAtPlus512() {
    Memory memory = new Memory();
    ThreadHeap heap = memory.register(qsbr.register());
    for (int i = 0; i < 511; i++) {
      heap.allocateObjects(2);
    }
    assertEquals(511, heap.allocationBuffer());
    assertEquals(0, memory.allocationCount());
    heap.recordAllocation();
    assertEquals(0, heap.allocationBuffer());
    assertEquals(512, memory.allocationCount());
  }

  @Test
  void bufferFlushesToTheGlobalCountAtMinus512() {
    Memory memory = new Memory();
    ThreadHeap heap = memory.register(qsbr.register());
    for (int i = 0; i < 511; i++) {
      heap.free(new Object[2]);
    }
    assertEquals(-511, heap.allocationBuffer());
    heap.recordDeallocation();
    assertEquals(0, heap.allocationBuffer());
    assertEquals(-512, memory.allocationCount());
  }

  @Test
  void everyKindOfFreeCountsAsADeallocationOfTheFreeingThread() {
    Memory memory = new Memory();
    ThreadHeap owner = memory.register(qsbr.register());
    ThreadHeap other = memory.register(qsbr.register());
    Object[] a = owner.allocateObjects(4);
    Object[] b = owner.allocateObjects(4);
    long[] c = owner.allocateLongs(4);
    owner.free(a);
    other.freeTo(owner, b);
    owner.freeDelayed(c);
    assertEquals(1 + 1 + 1 - 1 - 1, owner.allocationBuffer());
    assertEquals(-1, other.allocationBuffer());
  }

  @Test
  void allocationCountFlushesOnlyTheCallersBuffer() {
    Memory memory = new Memory();
    ThreadHeap a = memory.register(qsbr.register());
    ThreadHeap b = memory.register(qsbr.register());
    a.recordAllocation();
    b.recordAllocation();
    assertEquals(1, a.allocationCount());
    assertEquals(1, b.allocationBuffer());
  }

  @Test
  void globalCountPlusBuffersEqualsNetAllocationsAcrossThreads() throws InterruptedException {
    Memory memory = new Memory();
    int threads = 3;
    ThreadHeap[] heaps = new ThreadHeap[threads];
    AtomicLong net = new AtomicLong();
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      int seed = t;
      workers[t] =
          Thread.ofPlatform()
              .start(
                  () -> {
                    ThreadHeap heap = memory.register(qsbr.register());
                    heaps[seed] = heap;
                    SplittableRandom random = new SplittableRandom(seed);
                    ArrayDeque<Object[]> live = new ArrayDeque<>();
                    long mine = 0;
                    for (int i = 0; i < 50_000; i++) {
                      if (live.isEmpty() || random.nextInt(100) < 55) {
                        live.push(heap.allocateObjects(1 + random.nextInt(16)));
                        mine++;
                      } else {
                        heap.free(live.pop());
                        mine--;
                      }
                    }
                    net.addAndGet(mine);
                  });
    }
    for (Thread worker : workers) {
      worker.join();
    }
    long buffered = 0;
    for (ThreadHeap heap : heaps) {
      assertTrue(Math.abs(heap.allocationBuffer()) < ThreadHeap.ALLOCATION_FLUSH_THRESHOLD);
      buffered += heap.allocationBuffer();
    }
    assertEquals(net.get(), memory.allocationCount() + buffered);
    for (ThreadHeap heap : heaps) {
      heap.unregister();
    }
    assertEquals(net.get(), memory.allocationCount());
  }
}
