package dev.weft.refcount;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Reference accounting for tests, like CPython's {@code Py_REF_DEBUG} ({@code
 * -Dweft.refcount.debug=true}): counts live objects and total references, and turns a second
 * deallocation of one life or a count below zero into a {@link RefcountError} instead of silent
 * corruption. Off, every call site folds away.
 */
public final class RefDebug {
  public static final boolean ENABLED = Boolean.getBoolean("weft.refcount.debug");

  private static final LongAdder LIVE_OBJECTS = new LongAdder();
  private static final LongAdder TOTAL_REFERENCES = new LongAdder();

  /** The live mortal objects themselves, for leak checks (RcObject keeps identity equality). */
  private static final Set<RcObject> LIVE = ConcurrentHashMap.newKeySet();

  private RefDebug() {}

  /** Objects created (or reinitialized) and not yet deallocated; immortals excluded. */
  public static long liveObjects() {
    return LIVE_OBJECTS.sum();
  }

  /** Counted references held right now, over every mortal object. */
  public static long totalReferences() {
    return TOTAL_REFERENCES.sum();
  }

  /** A copy of the set of live mortal objects. */
  public static Set<RcObject> liveSnapshot() {
    return new HashSet<>(LIVE);
  }

  static void created(RcObject object) {
    LIVE.add(object);
    LIVE_OBJECTS.increment();
    TOTAL_REFERENCES.increment();
  }

  /** An object leaves the accounting when it becomes immortal, with the references it had. */
  static void immortalized(RcObject object, long references) {
    LIVE.remove(object);
    LIVE_OBJECTS.decrement();
    TOTAL_REFERENCES.add(-references);
  }

  static void increfs(int delta) {
    TOTAL_REFERENCES.add(delta);
  }

  static void deallocating(RcObject object) {
    int before = object.clearGcBits(RcObject.GC_ALIVE);
    if ((before & RcObject.GC_ALIVE) == 0) {
      throw new RefcountError("object deallocated twice: " + describe(object));
    }
    LIVE.remove(object);
    LIVE_OBJECTS.decrement();
  }

  static void negative(RcObject object) {
    throw new RefcountError("reference count below zero: " + describe(object));
  }

  private static String describe(RcObject object) {
    return "%s@%x (owner %d, local %d, shared word %d)"
        .formatted(
            object.getClass().getSimpleName(),
            System.identityHashCode(object),
            object.ownerId(),
            object.localCount(),
            object.sharedWord());
  }
}
