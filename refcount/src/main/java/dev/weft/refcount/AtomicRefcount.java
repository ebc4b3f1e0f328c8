package dev.weft.refcount;

/**
 * The baseline mode ({@link RefcountMode#ATOMIC}): one count in the shared word, changed by an
 * atomic read-modify-write on every increment and decrement, whichever thread makes it. No owner,
 * no local count, no merge queue; the state bits stay 0. Immortal objects are still skipped.
 */
final class AtomicRefcount {
  private AtomicRefcount() {}

  static void incref(RcObject object) {
    if (!object.isImmortal()) {
      object.getAndAddShared(RcObject.ONE_SHARED);
    }
  }

  /** Returns true when this decrement took the count to zero: the caller deallocates. */
  static boolean decref(RcObject object) {
    if (object.isImmortal()) {
      return false;
    }
    long before = object.getAndAddShared(-RcObject.ONE_SHARED);
    if (RefDebug.ENABLED && before < RcObject.ONE_SHARED) {
      RefDebug.negative(object);
    }
    return before == RcObject.ONE_SHARED;
  }

  /** Increments unless the count is already zero (the object is being freed). */
  static boolean tryIncref(RcObject object) {
    if (object.isImmortal()) {
      return true;
    }
    long shared = object.sharedVolatile();
    while (shared >= RcObject.ONE_SHARED) {
      if (object.casShared(shared, shared + RcObject.ONE_SHARED)) {
        if (RefDebug.ENABLED) {
          RefDebug.increfs(1);
        }
        return true;
      }
      shared = object.sharedVolatile();
    }
    return false;
  }
}
