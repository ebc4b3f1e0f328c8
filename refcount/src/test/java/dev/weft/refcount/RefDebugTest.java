package dev.weft.refcount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RefDebugTest {
  private final RefcountDomain domain = new RefcountDomain();
  private final RcThread thread = domain.registerThread();

  @Test
  void accountingIsOnInTests() {
    assertTrue(RefDebug.ENABLED);
  }

  @Test
  void balancedCodeLeavesNoLiveObjectsOrReferences() {
    long objects = RefDebug.liveObjects();
    long references = RefDebug.totalReferences();
    RcThread other = domain.registerThread();
    Counted a = new Counted(thread);
    Counted b = new Counted(thread);
    Refcount.incref(other, a);
    Refcount.incref(thread, b);
    assertEquals(objects + 2, RefDebug.liveObjects());
    assertEquals(references + 4, RefDebug.totalReferences());
    Refcount.decref(other, a);
    Refcount.decref(thread, a);
    Refcount.decref(thread, b);
    Refcount.decref(thread, b);
    assertEquals(objects, RefDebug.liveObjects());
    assertEquals(references, RefDebug.totalReferences());
  }

  @Test
  void doubleDeallocationIsAnError() {
    Counted object = new Counted(thread);
    Refcount.decref(thread, object);
    assertThrows(RefcountError.class, () -> Refcount.deallocate(thread, object));
  }

  @Test
  void negativeCountIsAnError() {
    RcThread other = domain.registerThread();
    Counted object = new Counted(thread);
    Refcount.incref(other, object);
    Refcount.decref(thread, object); // merged with one shared reference
    Refcount.decref(other, object); // freed
    Counted orphan = new Counted(thread);
    thread.exit();
    Refcount.decref(other, orphan); // merged by other: count 0, freed
    assertThrows(RefcountError.class, () -> Refcount.explicitMerge(other, orphan, -1));
  }
}
