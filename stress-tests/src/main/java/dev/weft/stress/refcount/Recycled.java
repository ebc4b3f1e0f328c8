package dev.weft.stress.refcount;

import dev.weft.refcount.RcObject;
import dev.weft.refcount.RcThread;
import dev.weft.refcount.Refcount;

/**
 * An object that a freelist hands out again the moment it is freed: deallocation starts its next
 * life, owned by the freeing thread and already published elsewhere, as a recycled object would be.
 * A reader still holding it from its previous life must never get a reference to it.
 */
final class Recycled extends RcObject {
  /** Lives ended; read by the arbiter after the actors. */
  volatile int lives;

  Recycled(RcThread creator) {
    super(creator);
  }

  @Override
  protected void deallocate(RcThread thread) {
    lives++;
    reinitialize(thread);
    Refcount.setMaybeWeakref(this);
  }
}
