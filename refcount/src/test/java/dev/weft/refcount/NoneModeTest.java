package dev.weft.refcount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Runs in a JVM of its own with {@code weft.refcount=none} (see the module's pom). */
class NoneModeTest {

  @Test
  void nothingIsCountedAndNothingIsDeallocated() {
    assertEquals(RefcountMode.NONE, Refcount.MODE);
    RefcountDomain domain = new RefcountDomain();
    RcThread thread = domain.registerThread();
    Counted object = new Counted(thread);
    Refcount.incref(thread, object);
    for (int i = 0; i < 3; i++) {
      Refcount.decref(thread, object);
    }
    assertEquals(0, object.deallocations);
    assertEquals(0, object.sharedWord());
    assertTrue(Refcount.tryIncref(thread, object), "the JVM collector keeps it alive");
  }
}
