package dev.weft.refcount;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The header every runtime object extends: the fields of CPython's free-threaded object header
 * ({@code Include/object.h}) that reference counting needs.
 *
 * <ul>
 *   <li>{@code ownerId}: the id of the owning {@link RcThread}, 0 when unowned or merged. Written
 *       by the owner (and by whoever merges for an exited owner), read opaque by others.
 *   <li>{@code refLocal}: the owner's count, updated by the owner alone with opaque stores; other
 *       threads read it only to test immortality. {@link #IMMORTAL_LOCAL} (all bits set, CPython's
 *       {@code UINT32_MAX}) marks an immortal object.
 *   <li>{@code refShared}: {@code count << 2 | state}, updated atomically by everyone. The count
 *       may be negative (a non-owner dropped a reference the owner counted); the true count, {@code
 *       refLocal + (refShared >> 2)}, may not. States: {@link #SHARED_INIT}, {@link
 *       #MAYBE_WEAKREF}, {@link #QUEUED}, {@link #MERGED}.
 *   <li>{@code gcBits}: CPython's {@code ob_gc_bits} (tracked, deferred, shared, alive, ...).
 *   <li>{@code uniqueId}: 0, or the id under which threads keep per-thread counts of this object.
 * </ul>
 *
 * <p>The accessors are the only way the fields are touched; each names its access mode and what it
 * pairs with. {@link Refcount} holds the algorithms.
 *
 * <p>The owner's fast paths ({@link Refcount#incref}, {@link Refcount#decref}) and the
 * initialization of a new object use the plain accessors, as CPython's owner updates {@code
 * ob_ref_local} without atomics. A plain access is one field load or store for HotSpot: no
 * VarHandle layers spend the dispatch loop's inlining budget (8000 bytecodes per compilation), and
 * no compiler barrier around it keeps the loop from reusing what it loaded. It is enough because
 * only the owner writes {@code refLocal} and {@code ownerId} of a live owned object, and the owner
 * sees its own writes in program order; a non-owner's plain read of {@code ownerId} sees 0, the
 * owner's id or an older owner's id, never its own unless it wrote it (an object changes owner only
 * through a free, which synchronizes through the shared word's CAS and the freelist), and ids stay
 * below 2^32, so even a torn 64-bit read yields one of those values. Immortality, tested by
 * non-owners through {@code refLocal}, is set before an object is published.
 */
public abstract class RcObject {
  /** Count bits start above the two state bits. */
  public static final int SHARED_SHIFT = 2;

  public static final long ONE_SHARED = 1L << SHARED_SHIFT;
  public static final long STATE_MASK = ONE_SHARED - 1;

  /** No flag: a shared word of exactly 0 means "nobody else counts this object". */
  public static final long SHARED_INIT = 0;

  /** The object may be seen by other threads (published); try-increfs may succeed on it. */
  public static final long MAYBE_WEAKREF = 1;

  /** A non-owner's decrement found the shared count at zero and queued the object to its owner. */
  public static final long QUEUED = 2;

  /** The local count has been folded into the shared one; the object is unowned. */
  public static final long MERGED = 3;

  /** CPython's immortal marker, {@code UINT32_MAX} in the 32-bit local count. */
  public static final int IMMORTAL_LOCAL = -1;

  /**
   * The shared count a deferred object carries (CPython's {@code _Py_REF_DEFERRED}, {@code
   * PY_SSIZE_T_MAX / 8}): far above any count that decrements could bring to zero.
   */
  public static final long DEFERRED_COUNT = Long.MAX_VALUE / 8;

  /** GC bits, CPython's values ({@code Include/internal/pycore_gc.h}). */
  public static final int GC_TRACKED = 1,
      GC_FINALIZED = 1 << 1,
      GC_SHARED = 1 << 4,
      GC_ALIVE = 1 << 5,
      GC_DEFERRED = 1 << 6;

  private static final VarHandle OWNER_ID;
  private static final VarHandle REF_LOCAL;
  private static final VarHandle REF_SHARED;
  private static final VarHandle GC_BITS;
  private static final VarHandle UNIQUE_ID;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      OWNER_ID = lookup.findVarHandle(RcObject.class, "ownerId", long.class);
      REF_LOCAL = lookup.findVarHandle(RcObject.class, "refLocal", int.class);
      REF_SHARED = lookup.findVarHandle(RcObject.class, "refShared", long.class);
      GC_BITS = lookup.findVarHandle(RcObject.class, "gcBits", int.class);
      UNIQUE_ID = lookup.findVarHandle(RcObject.class, "uniqueId", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private long ownerId;
  private int refLocal;
  private long refShared;
  private int gcBits;
  private int uniqueId;

  /** A new object holding one reference, owned by {@code creator} (in BRC mode). */
  protected RcObject(RcThread creator) {
    Refcount.initializeNew(this, creator);
  }

  /**
   * Releases what this object references and returns it (or its storage) for reuse. Called exactly
   * once per life of the object, on the thread whose decrement took the count to zero (or that
   * merged it there), never while another thread can still take a counted reference.
   */
  protected abstract void deallocate(RcThread thread);

  /**
   * Makes a deallocated object live again with one reference owned by {@code thread}, as a freelist
   * does when it hands the object out again.
   */
  protected final void reinitialize(RcThread thread) {
    Refcount.initializeNew(this, thread);
  }

  /**
   * Sets every header field of an object no other thread can see yet (just allocated, or taken off
   * a freelist): plain stores, published with the object itself.
   */
  final void initializeHeader(long owner, int local, long shared, int bits) {
    ownerId = owner;
    refLocal = local;
    refShared = shared;
    gcBits = bits;
    uniqueId = 0;
  }

  // --- ownerId ---

  /** Owner's own check and non-owners' hint: a thread compares it against its own id. */
  final long ownerOpaque() {
    return (long) OWNER_ID.getOpaque(this);
  }

  /** Pairs with {@link #clearOwnerRelease}: a reader that sees 0 sees the writes made before it. */
  final long ownerAcquire() {
    return (long) OWNER_ID.getAcquire(this);
  }

  /** Initialization before publication, and the owner clearing itself before its merge CAS. */
  final void setOwnerOpaque(long id) {
    OWNER_ID.setOpaque(this, id);
  }

  /** The fast paths' owner check (see the class comment). */
  final long ownerPlain() {
    return ownerId;
  }

  /** Clearing the owner after an explicit merge CAS; pairs with {@link #ownerAcquire()}. */
  final void clearOwnerRelease() {
    OWNER_ID.setRelease(this, 0L);
  }

  // --- refLocal ---

  /** Opaque: the owner's own updates are program-ordered; others only test immortality. */
  final int localOpaque() {
    return (int) REF_LOCAL.getOpaque(this);
  }

  final void setLocalOpaque(int value) {
    REF_LOCAL.setOpaque(this, value);
  }

  /** The owner's fast paths, and the immortality test (see the class comment). */
  final int localPlain() {
    return refLocal;
  }

  final void setLocalPlain(int value) {
    refLocal = value;
  }

  // --- refShared ---

  /** Pairs with every CAS and add on the word: the owner's merge reads what others published. */
  final long sharedAcquire() {
    return (long) REF_SHARED.getAcquire(this);
  }

  final long sharedVolatile() {
    return (long) REF_SHARED.getVolatile(this);
  }

  /** Atomic add; returns the previous value. Non-owner increments and per-thread merges. */
  final long getAndAddShared(long delta) {
    return (long) REF_SHARED.getAndAdd(this, delta);
  }

  /** The one CAS every state transition goes through. */
  final boolean casShared(long expected, long value) {
    return REF_SHARED.compareAndSet(this, expected, value);
  }

  /** Initialization before publication, and the weakened merge of the PLAIN_MERGE mutant. */
  final void setSharedOpaque(long value) {
    REF_SHARED.setOpaque(this, value);
  }

  // --- gcBits ---

  final int gcBits() {
    return (int) GC_BITS.getOpaque(this);
  }

  /** Atomic or: bits are set by any thread holding a reference. */
  final void setGcBits(int bits) {
    GC_BITS.getAndBitwiseOr(this, bits);
  }

  /** Atomic and-not; returns the bits before. */
  final int clearGcBits(int bits) {
    return (int) GC_BITS.getAndBitwiseAnd(this, ~bits);
  }

  final void setGcBitsOpaque(int bits) {
    GC_BITS.setOpaque(this, bits);
  }

  // --- uniqueId ---

  /** Set under the unique-id pool's lock; read opaque by the per-thread increment. */
  final int uniqueIdOpaque() {
    return (int) UNIQUE_ID.getOpaque(this);
  }

  final void setUniqueIdOpaque(int id) {
    UNIQUE_ID.setOpaque(this, id);
  }

  // --- Observers, for tests, statistics and sys.getrefcount ---

  /**
   * Whether the object has been marked shared (CPython's {@code _PyObject_GC_IS_SHARED}): a thread
   * other than its owner has read it lock-free, so its storage must be retired with care.
   */
  public final boolean isShared() {
    return (gcBits() & GC_SHARED) != 0;
  }

  /** Marks the object shared ({@code _PyObject_GC_SET_SHARED}); the container's lock is held. */
  public final void setShared() {
    setGcBits(GC_SHARED);
  }

  /** Whether increments and decrements of this object are no-ops. */
  public final boolean isImmortal() {
    return localOpaque() == IMMORTAL_LOCAL;
  }

  /** Whether this object is deferred: never freed by a count reaching zero. */
  public final boolean isDeferred() {
    return (gcBits() & GC_DEFERRED) != 0;
  }

  /** Whether this object has been deallocated and not reinitialized. */
  public final boolean isDeallocated() {
    return (gcBits() & GC_ALIVE) == 0 && !isImmortal();
  }

  /**
   * The owning thread's id, 0 when unowned or merged. An acquire load: after an explicit merge, a
   * reader that sees 0 also sees the MERGED word (RC_06).
   */
  public final long ownerId() {
    return ownerAcquire();
  }

  /** The owner's local count (unsigned 32 bits as CPython's). */
  public final long localCount() {
    return Integer.toUnsignedLong(localOpaque());
  }

  /** The shared word: count and state. */
  public final long sharedWord() {
    return sharedAcquire();
  }

  /**
   * The true reference count, local plus shared, without the deferred bias; racy while other
   * threads update it, exact when they are quiet (like CPython's {@code Py_REFCNT}).
   */
  public final long referenceCount() {
    if (isImmortal()) {
      return Integer.toUnsignedLong(IMMORTAL_LOCAL);
    }
    long count = Integer.toUnsignedLong(localOpaque()) + (sharedAcquire() >> SHARED_SHIFT);
    return isDeferred() ? count - DEFERRED_COUNT : count;
  }

  /** This object's unique id for per-thread counting, 0 if it has none. */
  public final int uniqueId() {
    return uniqueIdOpaque();
  }
}
