package dev.weft.qsbr;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Quiescent-state-based reclamation: the shared half (CPython's {@code _qsbr_shared} in {@code
 * Python/qsbr.c}, itself derived from FreeBSD's GUS).
 *
 * <p>The algorithm. A global write sequence starts at 1 and advances by 2, so it is always odd and
 * never equals {@link #OFFLINE} (0). Each registered thread owns a slot holding the write sequence
 * it last saw at a quiescent state, a point where it holds no pointer loaded before it; a detached
 * thread's slot reads {@code OFFLINE}. A writer that unlinks a block retires it with a goal, the
 * write sequence after an advance (or the next one, if it defers the advance). The block may be
 * reclaimed once every online slot has reached the goal: a scan takes the minimum over online
 * slots, starting from the write sequence, and caches it as the read sequence, which only moves
 * forward. Polls compare against the cache first and scan only when it is behind.
 *
 * <p>Invariants kept (docs/invariants.md): no block is reclaimed while a thread that may have
 * loaded it is online and has not passed a quiescent state since (QSBR_01); a thread that attaches
 * concurrently with a scan is either seen by it or sees the writer's swap (QSBR_02: a volatile
 * store in attach paired with a full fence before the scan); the read sequence never moves back nor
 * passes the write sequence (QSBR_03); offline threads never hold up a goal (QSBR_04); a goal one
 * step ahead is never reached without an advance (QSBR_05); growing the slot array loses no thread
 * (QSBR_06: slots are objects that never move, the array holds references); and work left by an
 * exiting thread is reclaimed exactly once, under a lock (QSBR_07).
 *
 * <p>Comparisons are wrap-safe (signed difference), so sequences may run past {@code
 * Long.MAX_VALUE}.
 */
public final class Qsbr extends QsbrSequences {
  /** The sequence of a detached thread. */
  public static final long OFFLINE = 0;

  static final long INITIAL = 1;
  static final long INCREMENT = 2;

  /** CPython's {@code MIN_ARRAY_SIZE}: the slot array starts at 8 and doubles. */
  static final int MIN_SLOTS = 8;

  private static final VarHandle ABANDONED_HAS_WORK;

  static {
    try {
      ABANDONED_HAS_WORK =
          MethodHandles.lookup().findVarHandle(Qsbr.class, "abandonedHasWork", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  final QsbrConfig config;
  final Weakening weakening;

  /** Guards {@link #freeSlots}, growth of {@link #slots} and {@link #exitedStats}. */
  private final ReentrantLock registrationLock = new ReentrantLock();

  /**
   * Every slot ever created. Replaced (never modified in place) under the registration lock; the
   * volatile write publishes the new slots, and a scan's volatile read after its fence sees an
   * array holding every slot whose thread had attached before the fence.
   */
  private volatile QsbrSlot[] slots = new QsbrSlot[0];

  private QsbrSlot freeSlots;
  private int registered;
  private final QsbrStats exitedStats = new QsbrStats();

  /** Work left by exited threads; guarded by {@link #abandonedLock}. */
  private final DelayedWorkQueue abandoned = new DelayedWorkQueue();

  private final ReentrantLock abandonedLock = new ReentrantLock();

  /** Read opaque as a hint before trying the lock (CPython's {@code has_work}); set under it. */
  @SuppressWarnings("unused") // accessed through ABANDONED_HAS_WORK only
  private boolean abandonedHasWork;

  public Qsbr() {
    this(QsbrConfig.DEFAULT);
  }

  public Qsbr(QsbrConfig config) {
    this(config, Weakening.NONE, INITIAL);
  }

  /** A deliberately broken instance for the mutant stress tests; see {@link Weakening}. */
  public static Qsbr weakened(Weakening weakening) {
    return new Qsbr(QsbrConfig.DEFAULT, weakening, INITIAL);
  }

  /** Starting sequences other than 1 exist so that tests can run the sequences across a wrap. */
  Qsbr(QsbrConfig config, Weakening weakening, long initialSequence) {
    super(initialSequence);
    if ((initialSequence & 1) == 0) {
      throw new IllegalArgumentException("QSBR sequences are odd: " + initialSequence);
    }
    this.config = config;
    this.weakening = weakening;
  }

  /** Wrap-safe {@code a < b}, as CPython's {@code QSBR_LT}. */
  public static boolean lessThan(long a, long b) {
    return a - b < 0;
  }

  /** Wrap-safe {@code a <= b}, as CPython's {@code QSBR_LEQ}. */
  public static boolean lessOrEqual(long a, long b) {
    return a - b <= 0;
  }

  /**
   * Registers a thread: reserves a slot (lowest free index first, growing the array when none is
   * free) and returns the thread's handle. The thread starts detached.
   */
  public QsbrThread register() {
    registrationLock.lock();
    try {
      if (freeSlots == null) {
        grow();
      }
      QsbrSlot slot = freeSlots;
      freeSlots = slot.nextFree;
      slot.nextFree = null;
      slot.allocated = true;
      registered++;
      return new QsbrThread(this, slot);
    } finally {
      registrationLock.unlock();
    }
  }

  /**
   * Doubles the slot array. CPython stores sequences inline in the array and so must stop the world
   * to copy them; here the array holds references to slots that never move, so a thread storing to
   * its slot during the copy is never lost, and no thread needs to be paused.
   */
  private void grow() {
    QsbrSlot[] old = slots;
    int length = Math.max(MIN_SLOTS, old.length * 2);
    QsbrSlot[] grown = Arrays.copyOf(old, length);
    for (int i = length - 1; i >= old.length; i--) {
      QsbrSlot slot = new QsbrSlot(i);
      slot.nextFree = freeSlots;
      freeSlots = slot;
      grown[i] = slot;
    }
    slots = grown;
  }

  void release(QsbrThread thread, QsbrSlot slot) {
    registrationLock.lock();
    try {
      slot.allocated = false;
      slot.nextFree = freeSlots;
      freeSlots = slot;
      registered--;
      exitedStats.add(thread.stats);
    } finally {
      registrationLock.unlock();
    }
  }

  /** Advances the write sequence by one step and returns the new value, a goal for retirement. */
  public long advance() {
    return addWriteSequence(INCREMENT);
  }

  /** The current write sequence. */
  public long writeSequence() {
    return loadWriteSequenceAcquire();
  }

  /** The cached minimum read sequence: every online thread had passed it at the last scan. */
  public long readSequence() {
    return loadReadSequenceAcquire();
  }

  /**
   * A goal one step ahead of the current write sequence, without advancing: safe because no thread
   * can report it until someone advances (CPython's {@code _Py_qsbr_shared_next}).
   */
  public long nextGoal() {
    return loadWriteSequenceAcquire() + INCREMENT;
  }

  /** Whether the cached read sequence has reached {@code goal}; never scans. */
  public boolean goalReached(long goal) {
    return lessOrEqual(goal, loadReadSequenceAcquire());
  }

  /**
   * Computes the minimum read sequence over online threads and raises the cached read sequence to
   * it (CPython's {@code qsbr_poll_scan}).
   */
  long scan() {
    if (weakening != Weakening.NO_DEKKER_FENCES) {
      // Pairs with the volatile store in QsbrThread.attach (the Dekker pattern of QSBR_02): either
      // this scan sees the attaching thread's sequence, or that thread sees every swap made
      // before this fence.
      VarHandle.fullFence();
    }
    long minimum = loadWriteSequenceVolatile();
    for (QsbrSlot slot : slots) {
      long sequence = slot.loadAcquire();
      if (sequence != OFFLINE && lessThan(sequence, minimum)) {
        minimum = sequence;
      }
    }
    raiseReadSequence(minimum);
    return minimum;
  }

  /** Threads registered now. */
  public int registeredThreads() {
    registrationLock.lock();
    try {
      return registered;
    } finally {
      registrationLock.unlock();
    }
  }

  /** Length of the slot array (for tests of growth). */
  int slotCapacity() {
    return slots.length;
  }

  /** Counters merged from every thread that has unregistered. */
  public QsbrStats exitedThreadStats() {
    registrationLock.lock();
    try {
      return exitedStats.copy();
    } finally {
      registrationLock.unlock();
    }
  }

  /** Items abandoned by exited threads and not yet reclaimed. */
  public long abandonedBacklog() {
    abandonedLock.lock();
    try {
      return abandoned.size();
    } finally {
      abandonedLock.unlock();
    }
  }

  /** Takes over the remaining work of an exiting thread. Blocks for the lock: nothing is lost. */
  void abandon(DelayedWorkQueue work) {
    abandonedLock.lock();
    try {
      work.transferTo(abandoned);
      // Set under the lock; read opaque as a hint in processAbandoned, which re-checks under it.
      ABANDONED_HAS_WORK.setOpaque(this, !abandoned.isEmpty());
    } finally {
      abandonedLock.unlock();
    }
  }

  /**
   * Reclaims abandoned work whose goal {@code poller} sees reached. Only one thread processes at a
   * time and the others return at once (try-lock), so each item is reclaimed exactly once.
   */
  int processAbandoned(QsbrThread poller) {
    if (!(boolean) ABANDONED_HAS_WORK.getOpaque(this) || !abandonedLock.tryLock()) {
      return 0;
    }
    try {
      int reclaimed = abandoned.process(poller);
      ABANDONED_HAS_WORK.setOpaque(this, !abandoned.isEmpty());
      return reclaimed;
    } finally {
      abandonedLock.unlock();
    }
  }
}
