package dev.weft.refcount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs in a JVM of its own with {@code weft.refcount=atomic} (see the module's pom). */
class AtomicModeTest {
  private RcThread first;
  private RcThread second;

  @BeforeEach
  void setUp() {
    assertEquals(RefcountMode.ATOMIC, Refcount.MODE);
    RefcountDomain domain = new RefcountDomain();
    first = domain.registerThread();
    second = domain.registerThread();
  }

  @Test
  void everyThreadUpdatesTheOneSharedCount() {
    Counted object = new Counted(first);
    assertEquals(0, object.ownerId());
    Refcount.incref(first, object);
    Refcount.incref(second, object);
    assertEquals(3 * RcObject.ONE_SHARED, object.sharedWord());
    assertEquals(0, object.localCount());
    Refcount.decref(second, object);
    Refcount.decref(first, object);
    Refcount.decref(second, object);
    assertEquals(1, object.deallocations);
    assertSame(second, object.deallocatedBy);
  }

  @Test
  void tryIncrefRefusesAFreedObject() {
    Counted object = new Counted(first);
    assertTrue(Refcount.tryIncref(second, object));
    Refcount.decref(first, object);
    Refcount.decref(second, object);
    assertFalse(Refcount.tryIncref(second, object));
  }

  @Test
  void immortalObjectsStillIgnoreUpdates() {
    Counted object = new Counted(first);
    Refcount.makeImmortal(object);
    Refcount.decref(first, object);
    Refcount.decref(second, object);
    assertEquals(0, object.deallocations);
  }
}
