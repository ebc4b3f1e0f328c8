package dev.weft.stress.refcount;

import dev.weft.refcount.RcThread;
import dev.weft.refcount.Refcount;
import dev.weft.refcount.RefcountDomain;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * RC_05's scenario, the optimistic read of lock-free containers: a reader loads an object from a
 * slot and try-increfs it with a re-check; a writer replaces the slot's object and drops the slot's
 * reference, which frees and recycles the old object.
 */
final class SlotReadScenario {
  private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(Object[].class);

  private final RcThread writer;
  private final RcThread reader;
  private final Recycled old;
  private final Object[] slots = new Object[1];

  SlotReadScenario(RefcountDomain domain) {
    writer = domain.registerThread();
    reader = domain.registerThread();
    old = new Recycled(writer);
    Refcount.setMaybeWeakref(old);
    SLOTS.setRelease(slots, 0, old);
  }

  /**
   * Returns 1 if the reader came away holding a reference to the old object, 2 if to the
   * replacement (it loaded the slot after the swap), 0 if it backed out.
   */
  int read() {
    Recycled seen = (Recycled) SLOTS.getAcquire(slots, 0);
    if (!Refcount.tryIncrefCompare(reader, slots, 0, seen)) {
      return 0;
    }
    return seen == old ? 1 : 2;
  }

  void replace() {
    Recycled replacement = new Recycled(writer);
    Refcount.setMaybeWeakref(replacement);
    SLOTS.setRelease(slots, 0, replacement);
    Refcount.decref(writer, old);
  }

  /** 1 if the old object's first life ended (it was freed and recycled). */
  int recycled() {
    return old.lives;
  }
}
