package dev.weft.refcount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BiasedRefcountTest {
  private RefcountDomain domain;
  private RcThread owner;
  private RcThread other;

  @BeforeEach
  void setUp() {
    assertEquals(RefcountMode.BRC, Refcount.MODE);
    domain = new RefcountDomain();
    owner = domain.registerThread();
    other = domain.registerThread();
  }

  @Test
  void ownerUpdatesOnlyItsLocalCount() {
    Counted object = new Counted(owner);
    Refcount.incref(owner, object);
    Refcount.incref(owner, object);
    assertEquals(3, object.localCount());
    assertEquals(0, object.sharedWord());
    Refcount.decref(owner, object);
    assertEquals(2, object.referenceCount());
    assertEquals(0, object.sharedWord());
  }

  @Test
  void ownersLastDecrefDeallocatesAtOnce() {
    Counted object = new Counted(owner);
    Refcount.decref(owner, object);
    assertEquals(1, object.deallocations);
    assertTrue(object.isDeallocated());
  }

  @Test
  void otherThreadsCountInTheSharedWord() {
    Counted object = new Counted(owner);
    Refcount.incref(other, object);
    assertEquals(1, object.localCount());
    assertEquals(RcObject.ONE_SHARED, object.sharedWord());
    assertEquals(2, object.referenceCount());
  }

  @Test
  void ownerFirstThenOtherDropLastReferencesDeallocatesOnce() {
    Counted object = new Counted(owner);
    Refcount.incref(other, object);
    Refcount.decref(owner, object);
    assertEquals(0, object.deallocations);
    assertEquals(0, object.ownerId(), "merged objects are unowned");
    assertEquals(RcObject.ONE_SHARED | RcObject.MERGED, object.sharedWord());
    Refcount.decref(other, object);
    assertEquals(1, object.deallocations);
    assertSame(other, object.deallocatedBy);
  }

  @Test
  void otherFirstThenOwnerDropLastReferencesDeallocatesOnce() {
    Counted object = new Counted(owner);
    Refcount.incref(other, object);
    Refcount.decref(other, object);
    assertEquals(0, object.sharedWord());
    Refcount.decref(owner, object);
    assertEquals(1, object.deallocations);
    assertSame(owner, object.deallocatedBy);
  }

  @Test
  void decrefAtSharedZeroQueuesToTheOwnerWhoMergesIt() {
    AtomicInteger signals = new AtomicInteger();
    RcThread signalled = domain.registerThread(signals::incrementAndGet);
    Counted object = new Counted(signalled);
    Refcount.incref(signalled, object); // a reference handed to `other`, counted locally
    Refcount.decref(other, object);
    assertEquals(RcObject.QUEUED, object.sharedWord());
    assertTrue(signalled.mergePending());
    assertEquals(1, signals.get());
    assertEquals(1, signalled.mergeQueued());
    assertFalse(signalled.mergePending());
    assertEquals(0, object.deallocations, "the owner's own reference remains");
    assertEquals(RcObject.ONE_SHARED | RcObject.MERGED, object.sharedWord());
    Refcount.decref(signalled, object); // no longer the owner: shared path
    assertEquals(1, object.deallocations);
  }

  @Test
  void queueToAnExitedOwnerIsMergedByTheQueuingThread() {
    Counted object = new Counted(owner);
    owner.exit();
    Refcount.decref(other, object);
    assertEquals(1, object.deallocations);
    assertSame(other, object.deallocatedBy);
    assertEquals(1, other.stats().mergedByOthers());
  }

  @Test
  void exitingOwnerDrainsItsQueue() {
    Counted object = new Counted(owner);
    Refcount.incref(owner, object);
    Refcount.decref(other, object); // queued: the owner's reference remains
    Refcount.decref(owner, object); // local 1, still queued
    assertEquals(0, object.deallocations);
    owner.exit();
    assertEquals(1, object.deallocations);
  }

  @Test
  void threadIdsAreNeverReusedAndExitIsOnce() {
    RcThread first = domain.registerThread();
    first.exit();
    RcThread second = domain.registerThread();
    assertNotEquals(first.id(), second.id());
    assertNotEquals(0, second.id());
    assertThrows(IllegalStateException.class, first::exit);
  }

  @Test
  void sharedTryIncrefRefusesZeroAndMergedWords() {
    Counted object = new Counted(owner);
    assertFalse(Refcount.tryIncrefShared(other, object), "word 0: the owner may free it");
    Refcount.setMaybeWeakref(object);
    assertTrue(Refcount.tryIncrefShared(other, object));
    Refcount.decref(other, object);
    Refcount.decref(owner, object); // merged to count 0 and freed
    assertEquals(1, object.deallocations);
    assertEquals(RcObject.MERGED, object.sharedWord());
    assertFalse(Refcount.tryIncrefShared(other, object));
  }

  @Test
  void fastTryIncrefSucceedsForOwnerAndImmortalOnly() {
    Counted object = new Counted(owner);
    assertTrue(Refcount.tryIncrefFast(owner, object));
    assertFalse(Refcount.tryIncrefFast(other, object));
    Refcount.makeImmortal(object);
    assertTrue(Refcount.tryIncrefFast(other, object));
  }

  @Test
  void tryIncrefCompareBacksOutWhenTheSlotChanged() {
    Counted object = new Counted(owner);
    Refcount.setMaybeWeakref(object);
    Object[] slots = {object};
    assertTrue(Refcount.tryIncrefCompare(other, slots, 0, object));
    assertEquals(2, object.referenceCount());
    slots[0] = null;
    assertFalse(Refcount.tryIncrefCompare(other, slots, 0, object));
    assertEquals(2, object.referenceCount(), "the failed attempt dropped its increment");
  }

  @Test
  void xGetRefLoadsWithAReferenceOrNull() {
    Counted object = new Counted(owner);
    Refcount.setMaybeWeakref(object);
    Object[] slots = {object, null};
    assertSame(object, Refcount.xGetRef(other, slots, 0));
    assertEquals(2, object.referenceCount());
    assertNull(Refcount.xGetRef(other, slots, 1));
  }

  @Test
  void setMaybeWeakrefLeavesOtherStatesAlone() {
    Counted object = new Counted(owner);
    Refcount.incref(owner, object);
    Refcount.decref(other, object);
    Refcount.setMaybeWeakref(object);
    assertEquals(RcObject.QUEUED, object.sharedWord());
    owner.mergeQueued();
  }

  @Test
  void immortalObjectsIgnoreEveryUpdate() {
    Counted object = new Counted(owner);
    Refcount.makeImmortal(object);
    for (int i = 0; i < 5; i++) {
      Refcount.decref(owner, object);
      Refcount.decref(other, object);
    }
    Refcount.incref(other, object);
    assertTrue(object.isImmortal());
    assertEquals(0, object.sharedWord());
    assertEquals(0, object.deallocations);
  }

  @Test
  void deferredObjectsAreNeverFreedByCounts() {
    Counted object = new Counted(owner);
    Refcount.makeDeferred(owner, object);
    assertTrue(object.isDeferred());
    Refcount.incref(other, object);
    Refcount.decref(other, object);
    Refcount.decref(other, object); // a stack reference that took no count, dropped
    Refcount.decref(owner, object);
    assertEquals(0, object.deallocations);
  }

  @Test
  void uniquelyReferencedOnlyWhenOwnedWithOneLocalReference() {
    Counted object = new Counted(owner);
    assertTrue(Refcount.isUniquelyReferenced(owner, object));
    assertFalse(Refcount.isUniquelyReferenced(other, object));
    Refcount.setMaybeWeakref(object);
    assertFalse(Refcount.isUniquelyReferenced(owner, object));
  }

  @Test
  void perThreadCountsMergeIntoTheSharedWord() {
    Counted type = new Counted(owner);
    int id = domain.assignUniqueId(owner, type);
    assertEquals(id, type.uniqueId());
    long before = type.referenceCount();
    for (int i = 0; i < 10; i++) {
      Refcount.increfPerThread(other, type);
    }
    Refcount.decrefPerThread(other, type);
    assertEquals(before, type.referenceCount(), "per-thread counts stay in the thread");
    other.mergePerThreadCounts();
    assertEquals(before + 9, type.referenceCount());
    assertEquals(0, other.perThreadCounts[id - 1]);
  }

  @Test
  void releasedIdsAreRecycledWithoutStaleCounts() {
    Counted first = new Counted(owner);
    int id = domain.assignUniqueId(owner, first);
    Refcount.increfPerThread(owner, first);
    Refcount.increfPerThread(other, first);
    long before = first.referenceCount();
    domain.releaseUniqueId(first, java.util.List.of(owner, other));
    assertEquals(0, first.uniqueId());
    assertEquals(before + 2, first.referenceCount());
    Counted second = new Counted(owner);
    assertEquals(id, domain.assignUniqueId(owner, second), "the id is reused");
    long secondBefore = second.referenceCount();
    owner.mergePerThreadCounts();
    other.mergePerThreadCounts();
    assertEquals(secondBefore, second.referenceCount(), "nothing stale was inherited");
  }

  @Test
  void uniqueIdsGrowPastTheFirstTable() {
    for (int i = 1; i <= 20; i++) {
      Counted object = new Counted(owner);
      assertEquals(i, domain.assignUniqueId(owner, object));
      Refcount.increfPerThread(other, object);
    }
    assertTrue(other.perThreadCounts.length >= 20);
  }

  @Test
  void exitMergesPerThreadCounts() {
    Counted type = new Counted(owner);
    domain.assignUniqueId(owner, type);
    long before = type.referenceCount();
    Refcount.increfPerThread(other, type);
    other.exit();
    assertEquals(before + 1, type.referenceCount());
  }

  @Test
  void reinitializedObjectLivesAgain() {
    Counted object = new Counted(owner);
    Refcount.decref(owner, object);
    assertTrue(object.isDeallocated());
    object.reinitialize(other);
    assertFalse(object.isDeallocated());
    assertEquals(other.id(), object.ownerId());
    Refcount.decref(other, object);
    assertEquals(2, object.deallocations);
  }

  @Test
  void statisticsCountEachPath() {
    Counted object = new Counted(owner);
    Refcount.incref(owner, object);
    Refcount.incref(other, object);
    Refcount.decref(other, object);
    Refcount.decref(owner, object);
    Refcount.decref(owner, object);
    RcStats ownerStats = owner.stats();
    assertEquals(1, ownerStats.ownerIncrefs());
    assertEquals(2, ownerStats.ownerDecrefs());
    assertEquals(1, ownerStats.deallocations());
    assertEquals(1, other.stats().sharedIncrefs());
    assertEquals(1, other.stats().sharedDecrefs());
  }
}
