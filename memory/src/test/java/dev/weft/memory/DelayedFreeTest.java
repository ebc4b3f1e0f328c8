package dev.weft.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.qsbr.Qsbr;
import dev.weft.qsbr.QsbrThread;
import org.junit.jupiter.api.Test;

class DelayedFreeTest {
  private final Qsbr qsbr = new Qsbr();
  private final QsbrThread reader = qsbr.register();
  private final QsbrThread writer = qsbr.register();

  DelayedFreeTest() {
    reader.attach();
    writer.attach();
  }

  private ThreadHeap writerHeap(MemoryConfig config) {
    return new Memory(config).register(writer);
  }

  private void everyonePassesAQuiescentState() {
    reader.quiescentState();
    writer.quiescentState();
  }

  @Test
  void retiredArrayStaysIntactUntilReadersPassAQuiescentState() {
    ThreadHeap heap = writerHeap(MemoryConfig.DEFAULT);
    Object[] old = heap.allocateObjects(8);
    old[0] = "still read";
    heap.freeDelayed(old);
    writer.advance();
    writer.quiescentState();
    heap.processDelayed();
    assertEquals(0, heap.pooledObjectArrays(8));
    assertEquals("still read", old[0]);
    reader.quiescentState();
    assertEquals(1, heap.processDelayed());
    assertEquals(1, heap.pooledObjectArrays(8));
    assertEquals(null, old[0]);
    assertSame(old, heap.allocateObjects(8));
    assertEquals(1, heap.stats().delayedFrees());
    assertEquals(1, heap.stats().delayedReclaimed());
  }

  @Test
  void backlogOverItsItemBoundForcesAnAdvanceOnEveryDelayedFree() {
    ThreadHeap heap = writerHeap(MemoryConfig.DEFAULT.withBacklogLimits(4, 1 << 20));
    long sequence = qsbr.writeSequence();
    for (int i = 0; i < 10; i++) {
      heap.freeDelayed(new long[2]);
      assertTrue(heap.backlogItems() <= 4 || heap.stats().forcedAdvances() == i - 3);
    }
    assertEquals(6, heap.stats().forcedAdvances());
    assertEquals(10, heap.backlogItems());
    assertEquals(10, heap.stats().peakBacklogItems());
    assertTrue(Qsbr.lessOrEqual(sequence + 12, qsbr.writeSequence()));
  }

  @Test
  void backlogOverItsByteBoundForcesAnAdvance() {
    ThreadHeap heap = writerHeap(MemoryConfig.DEFAULT.withBacklogLimits(1000, 1000));
    heap.freeDelayed(new int[100]);
    assertEquals(0, heap.stats().forcedAdvances());
    heap.freeDelayed(new int[1000]);
    assertEquals(1, heap.stats().forcedAdvances());
    assertEquals(16 + 400 + 16 + 4000, heap.stats().peakBacklogBytes());
  }

  @Test
  void forcedAdvanceMakesTheBacklogReclaimableAtTheNextQuiescentState() {
    ThreadHeap heap = writerHeap(MemoryConfig.DEFAULT.withBacklogLimits(2, 1 << 20));
    Object[][] retired = {new Object[4], new Object[4], new Object[4]};
    for (Object[] array : retired) {
      heap.freeDelayed(array);
    }
    assertEquals(1, heap.stats().forcedAdvances());
    everyonePassesAQuiescentState();
    assertEquals(3, heap.processDelayed());
    assertEquals(0, heap.backlogItems());
    assertEquals(3, heap.pooledObjectArrays(4));
  }

  @Test
  void reclaimOutsideTheHeapsProcessingGoesThroughTheQueue() {
    ThreadHeap heap = writerHeap(MemoryConfig.DEFAULT);
    Object[] old = heap.allocateObjects(4);
    heap.freeDelayed(old);
    writer.advance();
    everyonePassesAQuiescentState();
    assertEquals(1, writer.processDelayed());
    assertEquals(0, heap.pooledObjectArrays(4));
    assertTrue(heap.remoteFreesPending());
    assertSame(old, heap.allocateObjects(4));
  }

  @Test
  void retiredArraysOfAnExitedThreadAreDroppedWhenReclaimed() {
    Memory memory = new Memory();
    ThreadHeap heap = memory.register(writer);
    heap.freeDelayed(new Object[4]);
    writer.advance();
    heap.unregister();
    writer.unregister();
    assertEquals(1, qsbr.abandonedBacklog());
    reader.quiescentState();
    reader.processDelayed();
    assertEquals(0, qsbr.abandonedBacklog());
    assertEquals(1, memory.lateFreesDropped());
    assertEquals(1, memory.exitedHeapStats().delayedFrees());
  }
}
