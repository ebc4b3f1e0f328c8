package dev.weft.stress.refcount;

import dev.weft.refcount.RcThread;
import dev.weft.refcount.Refcount;
import dev.weft.refcount.RefcountDomain;

/**
 * RC_01's scenario: an object owned by one thread holds two references, one counted by the owner
 * (local) and one by another thread (shared); both drop theirs at once.
 */
final class LastReferencesScenario {
  private final RcThread owner;
  private final RcThread other;
  private final Tracked object;

  LastReferencesScenario(RefcountDomain domain) {
    owner = domain.registerThread();
    other = domain.registerThread();
    object = new Tracked(owner);
    Refcount.incref(other, object);
  }

  void ownerDrops() {
    Refcount.decref(owner, object);
  }

  void otherDrops() {
    Refcount.decref(other, object);
  }

  int deallocationsAfterDrain() {
    owner.mergeQueued();
    other.mergeQueued();
    return object.deallocations.get();
  }
}
