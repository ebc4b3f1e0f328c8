package dev.weft.refcount;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Reference counting: the operations every runtime object goes through, in the mode chosen at start
 * ({@link RefcountMode}). The biased algorithm is CPython's ({@code Include/refcount.h}, {@code
 * Objects/object.c}, {@code Python/brc.c}); the atomic baseline is in {@link AtomicRefcount}.
 *
 * <p>Biased counting. The owner (the creating thread) increments and decrements its local count
 * with plain stores; any other thread adds to the shared word atomically. When the local count
 * reaches zero, the owner merges: if nobody else ever counted the object it is freed at once,
 * otherwise the owner gives up ownership and marks the shared word MERGED, and whoever then takes
 * the shared count to zero frees it. When a non-owner's decrement finds the shared count at zero
 * (its reference was counted in the owner's local count) it cannot subtract; it marks the word
 * QUEUED and hands the reference to the owner's merge queue, and the owner merges at its next safe
 * point. Every transition of the shared word is one CAS, so exactly one thread frees each object
 * (invariants RC_01 to RC_03, RC_07).
 *
 * <p>Try-increfs take a reference to an object that another thread may be freeing: the shared form
 * refuses a word of exactly 0 (the owner may free it without a CAS) or MERGED (count zero, being
 * freed), and the compare form re-reads the slot after its increment and backs out if the object
 * has left it, so a lock-free reader never keeps a reference to a recycled object (RC_04, RC_05).
 */
public final class Refcount {
  /** The mode of this JVM; see {@link RefcountMode}. */
  public static final RefcountMode MODE = RefcountMode.fromSystemProperty();

  private static final boolean BRC = MODE == RefcountMode.BRC;
  private static final boolean ATOMIC = MODE == RefcountMode.ATOMIC;

  /** Per-thread counters of fast and slow paths ({@code -Dweft.refcount.stats=true}). */
  public static final boolean STATS = Boolean.getBoolean("weft.refcount.stats");

  private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(Object[].class);

  private Refcount() {}

  // --- Life cycle ---

  static void initializeNew(RcObject object, RcThread creator) {
    // Plain stores: nobody else can see the object yet (a new one, or one off a freelist).
    object.initializeHeader(
        BRC ? creator.id : 0,
        BRC ? 1 : 0,
        ATOMIC ? RcObject.ONE_SHARED : RcObject.SHARED_INIT,
        RcObject.GC_ALIVE);
    if (RefDebug.ENABLED) {
      RefDebug.created(object);
    }
    if (STATS && creator != null) {
      creator.stats.allocations++;
    }
  }

  /**
   * Runs the object's deallocator once; with {@link RefDebug} on, a second deallocation of the same
   * life is an error instead of a silent double free.
   */
  public static void deallocate(RcThread thread, RcObject object) {
    if (RefDebug.ENABLED) {
      RefDebug.deallocating(object);
    } else {
      object.setGcBitsOpaque(object.gcBits() & ~RcObject.GC_ALIVE);
    }
    if (STATS) {
      thread.stats.deallocations++;
    }
    object.deallocate(thread);
  }

  // --- Increment and decrement ---

  /**
   * Whether {@link #incref} and {@link #decref} may take the owner's branch inline: biased mode
   * with neither debug accounting nor statistics, which the full paths keep.
   */
  private static final boolean LEAN = BRC && !RefDebug.ENABLED && !STATS;

  /**
   * Takes a new reference ({@code Py_INCREF}). The owner's branch and the immortal test are kept
   * small so that HotSpot inlines them at every site in the dispatch loop; the rest is {@link
   * #increfSlow}.
   */
  public static void incref(RcThread thread, RcObject object) {
    if (LEAN) {
      int local = object.localPlain();
      if (object.ownerPlain() == thread.id) {
        object.setLocalPlain(local + 1);
        return;
      }
      if (local == RcObject.IMMORTAL_LOCAL) {
        return;
      }
    }
    increfSlow(thread, object);
  }

  private static void increfSlow(RcThread thread, RcObject object) {
    if (BRC) {
      int local = object.localOpaque();
      if (local == RcObject.IMMORTAL_LOCAL) {
        return;
      }
      if (object.ownerOpaque() == thread.id) {
        object.setLocalOpaque(local + 1);
        if (STATS) {
          thread.stats.ownerIncrefs++;
        }
      } else {
        if (thread.domain.deferredUncounted && object.isDeferred()) {
          return; // see RefcountDomain.uncountingDeferred
        }
        object.getAndAddShared(RcObject.ONE_SHARED);
        if (STATS) {
          thread.stats.sharedIncrefs++;
        }
      }
    } else if (ATOMIC) {
      AtomicRefcount.incref(object);
    } else {
      return;
    }
    if (RefDebug.ENABLED) {
      RefDebug.increfs(1);
    }
  }

  /** Drops a reference ({@code Py_DECREF}); the last one deallocates. Small, as {@link #incref}. */
  public static void decref(RcThread thread, RcObject object) {
    if (LEAN) {
      int local = object.localPlain();
      if (object.ownerPlain() == thread.id) {
        object.setLocalPlain(--local);
        if (local == 0) {
          mergeZeroLocal(thread, object);
        }
        return;
      }
      if (local == RcObject.IMMORTAL_LOCAL) {
        return;
      }
    }
    decrefSlow(thread, object);
  }

  private static void decrefSlow(RcThread thread, RcObject object) {
    if (BRC) {
      int local = object.localOpaque();
      if (local == RcObject.IMMORTAL_LOCAL) {
        return;
      }
      boolean owner = object.ownerOpaque() == thread.id;
      if (!owner && thread.domain.deferredUncounted && object.isDeferred()) {
        return; // not counted by incref either
      }
      if (RefDebug.ENABLED) {
        RefDebug.increfs(-1);
      }
      if (owner) {
        if (RefDebug.ENABLED && local == 0) {
          RefDebug.negative(object);
        }
        local--;
        object.setLocalOpaque(local);
        if (STATS) {
          thread.stats.ownerDecrefs++;
        }
        if (local == 0) {
          mergeZeroLocal(thread, object);
        }
      } else {
        decrefShared(thread, object);
      }
    } else if (ATOMIC) {
      if (RefDebug.ENABLED) {
        RefDebug.increfs(-1);
      }
      if (AtomicRefcount.decref(object)) {
        deallocate(thread, object);
      }
    }
  }

  /** CPython's {@code _Py_MergeZeroLocalRefcount}: the owner's local count just reached zero. */
  private static void mergeZeroLocal(RcThread thread, RcObject object) {
    // Acquire: pairs with non-owners' atomic updates, so a zero here means nobody else counts it.
    long shared = object.sharedAcquire();
    if (shared == RcObject.SHARED_INIT) {
      deallocate(thread, object);
      return;
    }
    // Before the CAS (CPython gh-119999, gh-121794): once the word is MERGED another thread may
    // free and reuse the object, so the owner must not write to it afterwards.
    object.setOwnerOpaque(0);
    long merged;
    if (thread.domain.weakening == Weakening.PLAIN_MERGE) {
      merged = (shared & ~RcObject.STATE_MASK) | RcObject.MERGED;
      object.setSharedOpaque(merged);
    } else {
      while (true) {
        merged = (shared & ~RcObject.STATE_MASK) | RcObject.MERGED;
        if (object.casShared(shared, merged)) {
          break;
        }
        shared = object.sharedVolatile();
      }
    }
    if (merged == RcObject.MERGED) {
      deallocate(thread, object);
    }
  }

  /** CPython's {@code _Py_DecRefShared}: a non-owner drops a reference. */
  private static void decrefShared(RcThread thread, RcObject object) {
    long shared = object.sharedVolatile();
    long updated;
    boolean queue;
    while (true) {
      queue = shared == RcObject.SHARED_INIT || shared == RcObject.MAYBE_WEAKREF;
      // At a shared count of zero the reference was counted by the owner: it moves to the
      // owner's queue instead of being subtracted. Otherwise subtract, possibly below zero.
      updated = queue ? RcObject.QUEUED : shared - RcObject.ONE_SHARED;
      if (object.casShared(shared, updated)) {
        break;
      }
      shared = object.sharedVolatile();
    }
    if (STATS) {
      thread.stats.sharedDecrefs++;
    }
    if (queue) {
      thread.domain.queueObject(thread, object);
    } else if (updated == RcObject.MERGED) {
      deallocate(thread, object);
    }
  }

  /**
   * CPython's {@code _Py_ExplicitMergeRefcount}: folds the local count (plus {@code extra}) into
   * the shared word, marks it MERGED and clears the owner. Called by the owner, by anyone for an
   * object whose owner has exited, or with the owner stopped (stop-the-world fallbacks). Returns
   * the merged count; at zero the caller must {@link #deallocate deallocate}.
   */
  public static long explicitMerge(RcThread thread, RcObject object, long extra) {
    long shared = object.sharedVolatile();
    long count;
    long merged;
    while (true) {
      count =
          (shared >> RcObject.SHARED_SHIFT) + Integer.toUnsignedLong(object.localOpaque()) + extra;
      merged = (count << RcObject.SHARED_SHIFT) | RcObject.MERGED;
      if (object.casShared(shared, merged)) {
        break;
      }
      shared = object.sharedVolatile();
    }
    object.setLocalOpaque(0);
    // Release, after the CAS: a reader that sees owner 0 (acquire) sees the MERGED word (RC_06).
    object.clearOwnerRelease();
    if (RefDebug.ENABLED && count < 0) {
      RefDebug.negative(object);
    }
    return count;
  }

  // --- Per-thread counts for objects with unique ids ---

  /**
   * Takes a reference to an object with a unique id by bumping this thread's own slot for it
   * (CPython's {@code _Py_THREAD_INCREF_OBJECT}); objects without an id take an ordinary one.
   */
  public static void increfPerThread(RcThread thread, RcObject object) {
    int index = object.uniqueIdOpaque() - 1;
    long[] counts = thread.perThreadCounts;
    if (Integer.compareUnsigned(index, counts.length) < 0) {
      counts[index]++;
    } else if (index >= 0 && index < thread.domain.uniqueIds.size()) {
      thread.growPerThreadCounts(thread.domain.uniqueIds.size())[index]++;
    } else {
      incref(thread, object);
      return;
    }
    if (STATS) {
      thread.stats.perThreadIncrefs++;
    }
  }

  /** Drops a reference taken by {@link #increfPerThread}. */
  public static void decrefPerThread(RcThread thread, RcObject object) {
    int index = object.uniqueIdOpaque() - 1;
    long[] counts = thread.perThreadCounts;
    if (Integer.compareUnsigned(index, counts.length) < 0) {
      counts[index]--;
    } else if (index >= 0 && index < thread.domain.uniqueIds.size()) {
      thread.growPerThreadCounts(thread.domain.uniqueIds.size())[index]--;
    } else {
      decref(thread, object);
    }
  }

  // --- Try-incref family (for lock-free readers) ---

  /** Succeeds only for immortal objects or those this thread owns ({@code _Py_TryIncrefFast}). */
  public static boolean tryIncrefFast(RcThread thread, RcObject object) {
    if (!BRC) {
      return ATOMIC ? AtomicRefcount.tryIncref(object) : true;
    }
    int local = object.localOpaque();
    if (local == RcObject.IMMORTAL_LOCAL) {
      return true;
    }
    if (object.ownerOpaque() == thread.id) {
      object.setLocalOpaque(local + 1);
      if (RefDebug.ENABLED) {
        RefDebug.increfs(1);
      }
      return true;
    }
    return false;
  }

  /**
   * Adds one to the shared count unless it is exactly 0 (the owner may free the object without a
   * CAS) or exactly MERGED (count zero: being freed). CPython's {@code _Py_TryIncRefShared}.
   */
  public static boolean tryIncrefShared(RcThread thread, RcObject object) {
    if (!BRC) {
      return ATOMIC ? AtomicRefcount.tryIncref(object) : true;
    }
    if (thread.domain.deferredUncounted && object.isDeferred()) {
      return true; // never freed by a count, and not counted from other threads (see incref)
    }
    boolean acceptMerged = thread.domain.weakening == Weakening.TRY_INCREF_ACCEPTS_MERGED;
    long shared = object.sharedVolatile();
    while (true) {
      if (shared == RcObject.SHARED_INIT || (shared == RcObject.MERGED && !acceptMerged)) {
        return false;
      }
      if (object.casShared(shared, shared + RcObject.ONE_SHARED)) {
        if (STATS) {
          thread.stats.sharedIncrefs++; // a shared increment like incref's, counted the same
        }
        if (RefDebug.ENABLED) {
          RefDebug.increfs(1);
        }
        return true;
      }
      shared = object.sharedVolatile();
    }
  }

  /** The fast form, then the shared form ({@code _Py_TryIncref}). */
  public static boolean tryIncref(RcThread thread, RcObject object) {
    return tryIncrefFast(thread, object) || tryIncrefShared(thread, object);
  }

  /**
   * Takes a reference to {@code expected}, read from {@code slots[index]}, only if it is still
   * there after the increment (CPython's {@code _Py_TryIncrefCompare}); on a mismatch the reference
   * is dropped again. A reader that gets true holds a counted reference to an object that was in
   * the slot after the increment, so it was not freed in between.
   */
  public static boolean tryIncrefCompare(
      RcThread thread, Object[] slots, int index, RcObject expected) {
    if (!tryIncref(thread, expected)) {
      return false;
    }
    if (thread.domain.weakening != Weakening.TRY_INCREF_NO_RECHECK
        && SLOTS.getAcquire(slots, index) != expected) {
      decref(thread, expected);
      return false;
    }
    return true;
  }

  /**
   * Loads {@code slots[index]} and returns it with a new reference, or null when the slot holds
   * null (CPython's {@code _Py_XGetRef}): retries while the slot keeps changing under it.
   */
  public static RcObject xGetRef(RcThread thread, Object[] slots, int index) {
    while (true) {
      // Acquire: pairs with the writer's release store that published the object.
      RcObject object = (RcObject) SLOTS.getAcquire(slots, index);
      if (object == null || tryIncrefCompare(thread, slots, index, object)) {
        return object;
      }
      Thread.onSpinWait();
    }
  }

  // --- Publication, immortality, deferral ---

  /**
   * Marks an object that another thread may now see (CPython's {@code _PyObject_SetMaybeWeakref}):
   * a shared word of exactly 0 would let the owner free it without a CAS under a concurrent
   * try-incref, so writers set this before publishing an object they own.
   */
  public static void setMaybeWeakref(RcObject object) {
    if (!BRC || object.isImmortal()) {
      return;
    }
    long shared = object.sharedVolatile();
    while ((shared & RcObject.STATE_MASK) == 0) {
      if (object.casShared(shared, shared | RcObject.MAYBE_WEAKREF)) {
        return;
      }
      shared = object.sharedVolatile();
    }
  }

  /** Increments and publishes: the reference a writer stores into a shared container. */
  public static void increfForPublication(RcThread thread, RcObject object) {
    incref(thread, object);
    setMaybeWeakref(object);
  }

  /**
   * Makes an object immortal (CPython's {@code _Py_SetImmortalUntracked}): every increment and
   * decrement becomes a no-op and it is never deallocated. Done before the object is shared.
   */
  public static void makeImmortal(RcObject object) {
    if (RefDebug.ENABLED && !object.isImmortal()) {
      RefDebug.immortalized(object, object.referenceCount());
    }
    object.setOwnerOpaque(0);
    object.setLocalOpaque(RcObject.IMMORTAL_LOCAL);
    object.setSharedOpaque(0);
    object.setGcBits(RcObject.GC_DEFERRED);
  }

  /**
   * Makes an object deferred (CPython's {@code _PyObject_SetDeferredRefcount}): its shared count
   * carries a bias no decrements can exhaust, so no count reaching zero frees it; references from
   * interpreter stacks may skip counting. The owner calls it while no other thread counts it.
   */
  public static void makeDeferred(RcThread owner, RcObject object) {
    if (object.isImmortal() || object.isDeferred()) {
      return;
    }
    object.setGcBits(RcObject.GC_DEFERRED);
    // Atomic add rather than a store: the object may already be visible to other threads.
    object.getAndAddShared(RcObject.DEFERRED_COUNT << RcObject.SHARED_SHIFT);
  }

  /**
   * Whether the calling thread holds the only reference (CPython's {@code
   * _PyObject_IsUniquelyReferenced}): it owns the object, its local count is 1 and nobody else
   * counts it, flags included.
   */
  public static boolean isUniquelyReferenced(RcThread thread, RcObject object) {
    if (!BRC) {
      return ATOMIC && object.sharedAcquire() == RcObject.ONE_SHARED;
    }
    return object.ownerOpaque() == thread.id
        && object.localOpaque() == 1
        && object.sharedAcquire() == RcObject.SHARED_INIT;
  }
}
