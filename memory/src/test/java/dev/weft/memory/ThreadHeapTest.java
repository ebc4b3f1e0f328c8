package dev.weft.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.qsbr.Qsbr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ThreadHeapTest {
  private final Qsbr qsbr = new Qsbr();

  private ThreadHeap heap(Memory memory) {
    return memory.register(qsbr.register());
  }

  @Test
  void allocationReturnsAtLeastTheCapacityRoundedToItsClass() {
    ThreadHeap heap = heap(new Memory());
    assertEquals(1, heap.allocateObjects(0).length);
    assertEquals(8, heap.allocateObjects(5).length);
    assertEquals(16, heap.allocateLongs(16).length);
    assertEquals(32, heap.allocateInts(17).length);
    assertEquals(5000, heap.allocateObjects(5000).length);
    assertThrows(NegativeArraySizeException.class, () -> heap.allocateObjects(-1));
  }

  @Test
  void freedArrayServesTheNextAllocationOfItsClass() {
    ThreadHeap heap = heap(new Memory());
    Object[] items = heap.allocateObjects(8);
    heap.free(items);
    assertEquals(1, heap.pooledObjectArrays(8));
    assertSame(items, heap.allocateObjects(7));
    MemoryStats stats = heap.stats();
    assertEquals(2, stats.allocations());
    assertEquals(1, stats.poolHits());
    assertEquals(1, stats.poolMisses());
    assertEquals(1, stats.frees());
    assertEquals(1, stats.pooled());
  }

  @Test
  void freeingWithAUsedLengthClearsTheUsedPrefix() {
    ThreadHeap heap = heap(new Memory());
    Object[] items = heap.allocateObjects(8);
    items[0] = "a";
    items[2] = "b";
    heap.free(items, 3);
    assertArrayEquals(new Object[8], heap.allocateObjects(8));
    assertEquals(1, heap.stats().pooled());
  }

  @Test
  void pooledObjectArrayHoldsNoReferences() {
    ThreadHeap heap = heap(new Memory());
    Object[] items = heap.allocateObjects(4);
    items[0] = "a";
    items[3] = "b";
    heap.free(items);
    assertArrayEquals(new Object[4], heap.allocateObjects(4));
  }

  @Test
  void eachArrayKindHasItsOwnPools() {
    ThreadHeap heap = heap(new Memory());
    long[] longs = heap.allocateLongs(4);
    int[] ints = heap.allocateInts(4);
    heap.free(longs);
    heap.free(ints);
    assertEquals(0, heap.pooledObjectArrays(4));
    assertSame(longs, heap.allocateLongs(4));
    assertSame(ints, heap.allocateInts(4));
  }

  @Test
  void freeBeyondTheClassBoundDropsTheArray() {
    ThreadHeap heap = heap(new Memory(new MemoryConfig(2, 64, 100, 1 << 20)));
    for (int i = 0; i < 3; i++) {
      heap.free(new Object[8]);
    }
    heap.free(new Object[128]);
    assertEquals(2, heap.pooledObjectArrays(8));
    assertEquals(2, heap.stats().pooled());
    assertEquals(2, heap.stats().dropped());
  }

  @Test
  void arrayFreedByAnotherThreadReturnsThroughTheQueueOnTheOwnersNextMiss() {
    Memory memory = new Memory();
    ThreadHeap owner = heap(memory);
    ThreadHeap other = heap(memory);
    Object[] items = owner.allocateObjects(16);
    items[0] = "held";
    other.freeTo(owner, items);
    assertEquals(0, owner.pooledObjectArrays(16));
    assertTrue(owner.remoteFreesPending());
    Object[] again = owner.allocateObjects(16);
    assertSame(items, again);
    assertEquals(null, again[0]);
    assertEquals(1, other.stats().crossThreadFrees());
    assertEquals(1, owner.stats().remoteFreesReceived());
    assertEquals(1, owner.stats().poolHits());
  }

  @Test
  void freeToItselfIsALocalFree() {
    ThreadHeap heap = heap(new Memory());
    int[] ints = heap.allocateInts(8);
    heap.freeTo(heap, ints);
    assertEquals(1, heap.pooledIntArrays(8));
    assertEquals(0, heap.stats().crossThreadFrees());
  }

  @Test
  void drainRemoteFreesIsAnExplicitSafePoint() {
    Memory memory = new Memory();
    ThreadHeap owner = heap(memory);
    ThreadHeap other = heap(memory);
    long[] longs = owner.allocateLongs(4);
    int[] ints = owner.allocateInts(4);
    other.freeTo(owner, longs);
    other.freeTo(owner, ints);
    assertEquals(2, owner.drainRemoteFrees());
    assertEquals(1, owner.pooledLongArrays(4));
    assertEquals(1, owner.pooledIntArrays(4));
    assertFalse(owner.remoteFreesPending());
  }

  @Test
  void remoteFreesFromManyThreadsReturnEachArrayExactlyOnce() throws InterruptedException {
    int threads = 3;
    int perThread = 2000;
    Memory memory = new Memory(new MemoryConfig(threads * perThread, 8, 100, 1 << 20));
    ThreadHeap owner = heap(memory);
    List<Object[]> blocks = new ArrayList<>();
    for (int i = 0; i < threads * perThread; i++) {
      blocks.add(new Object[8]);
    }
    CountDownLatch done = new CountDownLatch(threads);
    for (int t = 0; t < threads; t++) {
      List<Object[]> mine = blocks.subList(t * perThread, (t + 1) * perThread);
      Thread.ofPlatform()
          .start(
              () -> {
                ThreadHeap heap = heap(memory);
                mine.forEach(block -> heap.freeTo(owner, block));
                heap.unregister();
                done.countDown();
              });
    }
    Map<Object[], Integer> seen = new IdentityHashMap<>();
    while (done.getCount() > 0 || owner.remoteFreesPending()) {
      owner.drainRemoteFrees();
      while (owner.pooledObjectArrays(8) > 0) {
        seen.merge(owner.allocateObjects(8), 1, Integer::sum);
      }
    }
    assertEquals(threads * perThread, seen.size());
    assertEquals(Collections.singleton(1), new HashSet<>(seen.values()));
    assertEquals(threads * perThread, owner.stats().remoteFreesReceived());
    assertEquals(threads * perThread, memory.exitedHeapStats().crossThreadFrees());
  }

  @Test
  void arrayFreedToAnExitedOwnerIsDroppedNotReturned() {
    Memory memory = new Memory();
    ThreadHeap owner = heap(memory);
    ThreadHeap other = heap(memory);
    Object[] items = owner.allocateObjects(8);
    owner.unregister();
    assertTrue(owner.isClosed());
    other.freeTo(owner, items);
    assertEquals(1, memory.lateFreesDropped());
    assertFalse(owner.remoteFreesPending());
    assertEquals(0, owner.pooledObjectArrays(8));
  }

  @Test
  void arraysQueuedWhenTheOwnerExitsAreDroppedOnce() {
    Memory memory = new Memory();
    ThreadHeap owner = heap(memory);
    ThreadHeap other = heap(memory);
    Object[] a = owner.allocateObjects(8);
    Object[] b = owner.allocateObjects(8);
    other.freeTo(owner, a);
    other.freeTo(owner, b);
    owner.unregister();
    assertEquals(2, memory.lateFreesDropped());
    assertEquals(0, memory.exitedHeapStats().remoteFreesReceived());
    assertFalse(owner.remoteFreesPending());
  }

  @Test
  void exitDropsThePoolsAndMergesTheCounters() {
    Memory memory = new Memory();
    ThreadHeap heap = heap(memory);
    assertEquals(1, memory.registeredHeaps());
    heap.free(heap.allocateObjects(4));
    heap.unregister();
    assertEquals(0, heap.pooledObjectArrays(4));
    assertEquals(0, memory.registeredHeaps());
    MemoryStats exited = memory.exitedHeapStats();
    assertEquals(1, exited.allocations());
    assertEquals(1, exited.pooled());
    assertEquals(1, exited.dropped());
    assertThrows(IllegalStateException.class, heap::unregister);
  }

  @Test
  void weakenedRemoteFreeBypassesTheOwnersQueue() {
    Memory memory = Memory.weakened(Weakening.REMOTE_FREE_INTO_OWNER_POOL);
    ThreadHeap owner = heap(memory);
    ThreadHeap other = heap(memory);
    Object[] items = owner.allocateObjects(8);
    other.freeTo(owner, items);
    assertFalse(owner.remoteFreesPending());
    assertEquals(1, owner.pooledObjectArrays(8));
    assertSame(items, owner.allocateObjects(8));
  }
}
