package dev.weft.runtime.threads;

import dev.weft.runtime.objects.PyObject;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * Per-object locks (CPython's {@code PyMutex}, {@code Python/lock.c}): one int in every object
 * ({@link PyObject#LOCK_WORD}) with bit 0 LOCKED and bit 1 HAS_PARKED. Locking is one CAS; a
 * contended lock spins briefly, then the thread detaches (so it holds up neither stop-the-world nor
 * QSBR, and releases its critical sections) and parks in a parking lot keyed by the object. An
 * unlock that finds HAS_PARKED wakes one waiter, which competes for the lock again.
 *
 * <p>No wake-up is lost (TS_06): a waiter sets HAS_PARKED and enqueues itself under its bucket's
 * monitor only after seeing the lock held, and an unlock that must wake someone reads the queue
 * under the same monitor, so either the waiter sees the lock free and retries, or the unlocker sees
 * the waiter.
 */
public final class ObjectLock {
  static final int LOCKED = 1, HAS_PARKED = 2;

  /** Brief spinning before parking; CPython's free-threaded build spins up to 40 times. */
  private static final int SPINS = 40;

  private static final int BUCKETS = 256;

  private static final Bucket[] LOT = new Bucket[BUCKETS];

  static {
    for (int i = 0; i < BUCKETS; i++) {
      LOT[i] = new Bucket();
    }
  }

  /** The waiters for the objects that hash to one bucket, guarded by the bucket's monitor. */
  private static final class Bucket {
    Waiter head, tail;
  }

  private static final class Waiter {
    final Thread thread = Thread.currentThread();
    final PyObject object;
    volatile boolean woken;
    Waiter next;

    Waiter(PyObject object) {
      this.object = object;
    }
  }

  private ObjectLock() {}

  /**
   * A deliberately broken variant of the contended path, for the TS_06 mutant stress test only: it
   * shows that TS_06 catches a lock that lets two threads in. Production code never changes it from
   * {@link #NONE}; it is read only on the slow path, so the uncontended lock pays nothing.
   */
  public enum Weakening {
    /** The real mechanism. */
    NONE,
    /** The contended path takes the lock with a plain read-then-write instead of a CAS. */
    PLAIN_TRY_LOCK
  }

  private static Weakening weakening = Weakening.NONE;

  /** Sets the weakening for every lock in this JVM: mutant tests only, before any contention. */
  public static void weaken(Weakening w) {
    weakening = w;
  }

  private static final VarHandle WORD = PyObject.LOCK_WORD;

  public static boolean tryLock(PyObject o) {
    int v = (int) WORD.getOpaque(o);
    return (v & LOCKED) == 0 && WORD.compareAndSet(o, v, v | LOCKED);
  }

  public static boolean isLocked(PyObject o) {
    return ((int) WORD.getVolatile(o) & LOCKED) != 0;
  }

  /** Locks {@code o}; a contended lock detaches {@code ts} while it waits. */
  public static void lock(ThreadState ts, PyObject o) {
    if (WORD.compareAndSet(o, 0, LOCKED)) {
      return;
    }
    lockSlow(ts, o);
  }

  private static void lockSlow(ThreadState ts, PyObject o) {
    for (int spin = 0; spin < SPINS; spin++) {
      if (tryLockContended(o)) {
        return;
      }
      Thread.onSpinWait();
    }
    ts.stats.lockWaits++;
    // As CPython's _PyMutex_LockTimed: park detached, attach again, and only then take the lock,
    // so the lock is never held while attaching re-takes the critical sections' locks.
    while (!tryLockContended(o)) {
      boolean attached = ts.state() == ThreadState.ATTACHED;
      if (attached) {
        ts.detach();
      }
      parkWhileLocked(ts, o);
      if (attached) {
        ts.attach();
      }
    }
  }

  /** {@link #tryLock} on the contended path, where the mutant's weakening applies. */
  private static boolean tryLockContended(PyObject o) {
    if (weakening == Weakening.PLAIN_TRY_LOCK) {
      int v = (int) WORD.getOpaque(o);
      if ((v & LOCKED) != 0) {
        return false;
      }
      WORD.setOpaque(o, v | LOCKED); // the mutant's bug: no CAS, so two threads can both get in
      return true;
    }
    return tryLock(o);
  }

  /**
   * Parks until {@code o} is released (returns at once if it is not held); the caller competes for
   * it afterwards. The caller holds no critical-section lock: it is detached.
   */
  static void parkWhileLocked(ThreadState ts, PyObject o) {
    Bucket b = LOT[System.identityHashCode(o) & (BUCKETS - 1)];
    Waiter w = new Waiter(o);
    synchronized (b) {
      int v = (int) WORD.getVolatile(o);
      if ((v & LOCKED) == 0) {
        return;
      }
      if ((v & HAS_PARKED) == 0 && !WORD.compareAndSet(o, v, v | HAS_PARKED)) {
        return; // the word changed: look again
      }
      if (b.tail == null) {
        b.head = w;
      } else {
        b.tail.next = w;
      }
      b.tail = w;
    }
    if (ts != null) {
      ts.stats.parks++;
    }
    boolean interrupted = false;
    while (!w.woken) {
      LockSupport.park(o);
      if (Thread.interrupted()) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  public static void unlock(PyObject o) {
    if (WORD.compareAndSet(o, LOCKED, 0)) {
      return;
    }
    unlockSlow(o);
  }

  private static void unlockSlow(PyObject o) {
    int v = (int) WORD.getVolatile(o);
    if ((v & LOCKED) == 0) {
      throw new IllegalStateException("unlock of an unlocked object");
    }
    Bucket b = LOT[System.identityHashCode(o) & (BUCKETS - 1)];
    Waiter wake = null;
    synchronized (b) {
      boolean more = false;
      Waiter prev = null;
      for (Waiter w = b.head; w != null; w = w.next) {
        if (w.object != o) {
          prev = w;
          continue;
        }
        if (wake == null) {
          wake = w;
          if (prev == null) {
            b.head = w.next;
          } else {
            prev.next = w.next;
          }
          if (b.tail == w) {
            b.tail = prev;
          }
        } else {
          more = true;
          break;
        }
      }
      // Only this thread may change the word while it holds the lock and the bucket: lockers
      // that see it held set HAS_PARKED inside this same monitor.
      WORD.setVolatile(o, more ? HAS_PARKED : 0);
    }
    if (wake != null) {
      wake.woken = true;
      LockSupport.unpark(wake.thread);
    }
  }
}
