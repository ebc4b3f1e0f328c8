package dev.weft.stress.refcount;

import dev.weft.refcount.RcThread;
import dev.weft.refcount.Refcount;
import dev.weft.refcount.RefcountDomain;

/**
 * RC_04's scenario: an owned object, published (so its shared word is MAYBE_WEAKREF), loses its
 * owner's last reference while another thread tries to take one through the shared path.
 */
final class TryIncrefScenario {
  private final RcThread owner;
  private final RcThread reader;
  private final Tracked object;

  TryIncrefScenario(RefcountDomain domain) {
    owner = domain.registerThread();
    reader = domain.registerThread();
    object = new Tracked(owner);
    Refcount.setMaybeWeakref(object);
  }

  void ownerDropsLast() {
    Refcount.decref(owner, object);
  }

  int readerTries() {
    return Refcount.tryIncrefShared(reader, object) ? 1 : 0;
  }

  int deallocations() {
    return object.deallocations.get();
  }
}
