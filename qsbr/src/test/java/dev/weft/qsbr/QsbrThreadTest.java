package dev.weft.qsbr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QsbrThreadTest {

  @Test
  void onlineReaderHoldsUpReclamationUntilItsQuiescentState() {
    Qsbr qsbr = new Qsbr();
    QsbrThread reader = qsbr.register();
    QsbrThread writer = qsbr.register();
    reader.attach();
    writer.attach();
    long goal = writer.advance();
    writer.quiescentState();
    assertFalse(writer.poll(goal));
    reader.quiescentState();
    assertTrue(writer.poll(goal));
  }

  @Test
  void detachedThreadDoesNotHoldUpReclamation() {
    Qsbr qsbr = new Qsbr();
    QsbrThread sleeper = qsbr.register();
    QsbrThread writer = qsbr.register();
    sleeper.attach();
    writer.attach();
    long goal = writer.advance();
    writer.quiescentState();
    assertFalse(writer.poll(goal));
    sleeper.detach();
    assertFalse(sleeper.isAttached());
    assertTrue(writer.poll(goal));
  }

  @Test
  void attachedThreadStartsAtTheCurrentSequence() {
    Qsbr qsbr = new Qsbr();
    QsbrThread thread = qsbr.register();
    assertEquals(Qsbr.OFFLINE, thread.sequence());
    qsbr.advance();
    thread.attach();
    assertEquals(3, thread.sequence());
  }

  @Test
  void goalOneStepAheadIsNeverReachedWithoutAnAdvance() {
    Qsbr qsbr = new Qsbr();
    QsbrThread a = qsbr.register();
    QsbrThread b = qsbr.register();
    a.attach();
    b.attach();
    long goal = qsbr.nextGoal();
    a.quiescentState();
    b.quiescentState();
    assertFalse(a.poll(goal));
    qsbr.advance();
    a.quiescentState();
    b.quiescentState();
    assertTrue(a.poll(goal));
  }

  @Test
  void slotsAreReusedLowestFirst() {
    Qsbr qsbr = new Qsbr();
    QsbrThread first = qsbr.register();
    QsbrThread second = qsbr.register();
    QsbrThread third = qsbr.register();
    assertEquals(0, first.slotIndex());
    assertEquals(1, second.slotIndex());
    assertEquals(2, third.slotIndex());
    first.unregister();
    assertEquals(0, qsbr.register().slotIndex());
    assertEquals(3, qsbr.register().slotIndex());
  }

  @Test
  void growingTheSlotArrayKeepsEveryRegisteredThread() {
    Qsbr qsbr = new Qsbr();
    List<QsbrThread> threads = new ArrayList<>();
    Set<Integer> indexes = new HashSet<>();
    QsbrThread stale = qsbr.register();
    stale.attach();
    for (int i = 0; i < 40; i++) {
      QsbrThread thread = qsbr.register();
      thread.attach();
      threads.add(thread);
      assertTrue(indexes.add(thread.slotIndex()));
    }
    assertEquals(64, qsbr.slotCapacity());
    assertEquals(41, qsbr.registeredThreads());
    long goal = qsbr.advance();
    threads.forEach(QsbrThread::quiescentState);
    assertFalse(threads.get(0).poll(goal), "the thread registered before growth still counts");
    stale.quiescentState();
    assertTrue(threads.get(0).poll(goal));
  }

  @Test
  void deferringAdvancesOnceTheCountLimitIsPassed() {
    Qsbr qsbr = new Qsbr(new QsbrConfig(3, Long.MAX_VALUE));
    QsbrThread thread = qsbr.register();
    thread.attach();
    for (int i = 0; i < 3; i++) {
      assertEquals(3, thread.retire("item" + i, item -> {}, 8));
      assertFalse(thread.processingDue());
    }
    assertEquals(3, thread.retire("item3", item -> {}, 8), "the fourth advances to 3");
    assertTrue(thread.processingDue());
    assertEquals(3, qsbr.writeSequence());
    assertEquals(1, thread.stats().advances());
  }

  @Test
  void deferringAdvancesOnceTheBytesLimitIsPassed() {
    Qsbr qsbr = new Qsbr(new QsbrConfig(Integer.MAX_VALUE, 1000));
    QsbrThread thread = qsbr.register();
    thread.retire("a", item -> {}, 600);
    assertFalse(thread.processingDue());
    thread.retire("b", item -> {}, 600);
    assertTrue(thread.processingDue());
    assertEquals(3, qsbr.writeSequence());
  }

  @Test
  void processingReclaimsInOrderAndStopsAtTheFirstUnreachedGoal() {
    Qsbr qsbr = new Qsbr(new QsbrConfig(Integer.MAX_VALUE, Long.MAX_VALUE));
    QsbrThread thread = qsbr.register();
    thread.attach();
    List<Object> reclaimed = new ArrayList<>();
    thread.retire("first", reclaimed::add, 1);
    qsbr.advance();
    thread.retire("second", reclaimed::add, 1);
    thread.quiescentState();
    assertEquals(1, thread.processDelayed());
    assertEquals(List.of("first"), reclaimed);
    assertEquals(1, thread.backlogItems());
    qsbr.advance();
    thread.quiescentState();
    assertEquals(1, thread.processDelayed());
    assertEquals(List.of("first", "second"), reclaimed);
    assertEquals(0, thread.backlogItems());
    assertEquals(0, thread.backlogBytes());
  }

  @Test
  void backlogStaysWithinTheCountLimitWhenProcessedAtSafePoints() {
    int limit = 127;
    Qsbr qsbr = new Qsbr(new QsbrConfig(limit, Long.MAX_VALUE));
    QsbrThread thread = qsbr.register();
    QsbrThread other = qsbr.register();
    thread.attach();
    other.attach();
    int[] reclaimed = new int[1];
    for (int i = 0; i < 10 * DelayedWorkQueue.CHUNK_ITEMS; i++) {
      thread.retire(i, item -> reclaimed[0]++, 16);
      other.quiescentState();
      thread.quiescentState();
      thread.processIfDue();
    }
    QsbrStats stats = thread.stats();
    assertTrue(stats.peakBacklogItems() <= limit + 1, "peak backlog " + stats.peakBacklogItems());
    assertEquals(stats.itemsDeferred() - thread.backlogItems(), reclaimed[0]);
    assertEquals(16 * stats.peakBacklogItems(), stats.peakBacklogBytes());
  }

  @Test
  void reclaimerMayRetireMoreItems() {
    Qsbr qsbr = new Qsbr();
    QsbrThread thread = qsbr.register();
    List<Object> reclaimed = new ArrayList<>();
    Reclaimer chain =
        new Reclaimer() {
          @Override
          public void reclaim(Object item) {
            reclaimed.add(item);
            int n = (Integer) item;
            if (n < 5) {
              thread.retire(n + 1, this, 1);
              thread.processDelayed(); // re-entry returns at once
            }
          }
        };
    thread.retire(0, chain, 1);
    for (int i = 0; i < 6; i++) {
      qsbr.advance();
      thread.processDelayed();
    }
    assertEquals(List.of(0, 1, 2, 3, 4, 5), reclaimed);
  }

  @Test
  void workOfAnExitingThreadIsReclaimedExactlyOnceByAnother() {
    Qsbr qsbr = new Qsbr();
    QsbrThread exiting = qsbr.register();
    QsbrThread reader = qsbr.register();
    exiting.attach();
    reader.attach();
    int[] counts = new int[600];
    for (int i = 0; i < counts.length; i++) {
      exiting.retire(i, item -> counts[(Integer) item]++, 8);
    }
    qsbr.advance();
    exiting.unregister();
    assertEquals(counts.length, qsbr.abandonedBacklog(), "the stale reader holds everything up");
    reader.quiescentState();
    assertEquals(counts.length, reader.processDelayed());
    assertEquals(0, reader.processDelayed());
    assertEquals(0, qsbr.abandonedBacklog());
    for (int count : counts) {
      assertEquals(1, count);
    }
  }

  @Test
  void unregisteringTwiceIsAnError() {
    QsbrThread thread = new Qsbr().register();
    thread.unregister();
    assertThrows(IllegalStateException.class, thread::unregister);
  }

  @Test
  void exitingThreadsMergeTheirCounters() {
    Qsbr qsbr = new Qsbr();
    for (int t = 0; t < 3; t++) {
      QsbrThread thread = qsbr.register();
      thread.attach();
      thread.retire("x", item -> {}, 100);
      thread.advance();
      thread.quiescentState();
      thread.unregister();
    }
    QsbrStats merged = qsbr.exitedThreadStats();
    assertEquals(3, merged.itemsDeferred());
    assertEquals(300, merged.bytesDeferred());
    assertEquals(3, merged.itemsReclaimed());
    assertEquals(3, merged.advances());
    assertEquals(1, merged.peakBacklogItems());
    assertNotEquals(0, merged.polls());
  }
}
