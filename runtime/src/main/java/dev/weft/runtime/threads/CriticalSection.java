package dev.weft.runtime.threads;

import dev.weft.runtime.objects.PyObject;
import java.util.Arrays;

/**
 * Critical sections (CPython's {@code Py_BEGIN_CRITICAL_SECTION}, {@code
 * Python/critical_section.c}): a per-thread stack of records, each holding the per-object locks of
 * one or two objects. Whenever the thread detaches (to block on anything, including another
 * object's lock) every record releases its locks and is marked suspended; attaching again re-takes
 * only the innermost record's locks, and ending a record resumes the one below it. So no thread
 * blocks while holding a critical-section lock, and two sections taking A and B in opposite orders
 * cannot deadlock (TS_07); the price, as in CPython, is that a section is atomic only between
 * blocking points.
 *
 * <p>Usage: {@code begin(ts, o); try { ... } finally { end(ts); }}.
 */
public final class CriticalSection {
  private CriticalSection() {}

  /** Enters a section on {@code o}; free if the innermost holding section already locks it. */
  public static void begin(ThreadState ts, PyObject o) {
    int top = push(ts);
    ts.stats.criticalSections++;
    if (innermostHolds(ts, top, o)) {
      return;
    }
    ObjectLock.lock(ts, o);
    ts.csFirst[top] = o;
  }

  /** Enters a section on two objects, locked in a fixed order (one lock if they are the same). */
  public static void begin2(ThreadState ts, PyObject a, PyObject b) {
    if (a == b) {
      begin(ts, a);
      return;
    }
    if (System.identityHashCode(a) > System.identityHashCode(b)) {
      PyObject t = a;
      a = b;
      b = t;
    }
    int top = push(ts);
    ts.stats.criticalSections++;
    boolean holdsA = innermostHolds(ts, top, a), holdsB = innermostHolds(ts, top, b);
    if (!holdsA) {
      ObjectLock.lock(ts, a);
      ts.csFirst[top] = a;
    }
    if (!holdsB) {
      ObjectLock.lock(ts, b);
      ts.csSecond[top] = b;
    }
  }

  /** Leaves the innermost section, releasing its locks and resuming the one below it. */
  public static void end(ThreadState ts) {
    int top = --ts.csTop;
    PyObject a = ts.csFirst[top], b = ts.csSecond[top];
    ts.csFirst[top] = null;
    ts.csSecond[top] = null;
    if (!ts.csSuspended[top]) {
      if (a != null) {
        ObjectLock.unlock(a);
      }
      if (b != null) {
        ObjectLock.unlock(b);
      }
    }
    ts.csSuspended[top] = false;
    if (top > 0 && ts.csSuspended[top - 1]) {
      resume(ts, top - 1);
    }
  }

  /** Whether the nearest record below {@code top} that locks anything is active and locks o. */
  private static boolean innermostHolds(ThreadState ts, int top, PyObject o) {
    for (int i = top - 1; i >= 0; i--) {
      PyObject a = ts.csFirst[i], b = ts.csSecond[i];
      if (a != null || b != null) {
        return !ts.csSuspended[i] && (a == o || b == o);
      }
    }
    return false;
  }

  private static int push(ThreadState ts) {
    int top = ts.csTop;
    if (top == ts.csFirst.length) {
      ts.csFirst = Arrays.copyOf(ts.csFirst, top * 2);
      ts.csSecond = Arrays.copyOf(ts.csSecond, top * 2);
      ts.csSuspended = Arrays.copyOf(ts.csSuspended, top * 2);
    }
    ts.csTop = top + 1;
    return top;
  }

  /** Releases every lock the thread's sections hold (it is about to detach). */
  static void suspendAll(ThreadState ts) {
    for (int i = ts.csTop - 1; i >= 0; i--) {
      if (ts.csSuspended[i]) {
        continue;
      }
      ts.csSuspended[i] = true;
      ts.stats.suspensions++;
      if (ts.csFirst[i] != null) {
        ObjectLock.unlock(ts.csFirst[i]);
      }
      if (ts.csSecond[i] != null) {
        ObjectLock.unlock(ts.csSecond[i]);
      }
    }
  }

  /** Re-takes the innermost section's locks after the thread attached again. */
  static void resumeTop(ThreadState ts) {
    int top = ts.csTop;
    if (top > 0 && ts.csSuspended[top - 1]) {
      resume(ts, top - 1);
    }
  }

  /**
   * Re-takes record {@code i}'s locks. It never parks holding one of them: if the second is busy,
   * the first is released and the thread waits detached for the second before trying both again.
   */
  private static void resume(ThreadState ts, int i) {
    PyObject a = ts.csFirst[i], b = ts.csSecond[i];
    while (true) {
      if (a == null || ObjectLock.tryLock(a)) {
        if (b == null || ObjectLock.tryLock(b)) {
          break;
        }
        if (a != null) {
          ObjectLock.unlock(a);
        }
        waitFor(ts, b);
      } else {
        waitFor(ts, a);
      }
    }
    ts.csSuspended[i] = false;
  }

  private static void waitFor(ThreadState ts, PyObject o) {
    boolean attached = ts.state() == ThreadState.ATTACHED;
    if (attached) {
      ts.detachState(ThreadState.DETACHED);
    }
    ObjectLock.parkWhileLocked(ts, o);
    if (attached) {
      ts.attachState();
    }
  }

  /** The depth of the thread's section stack (for tests and assertions). */
  public static int depth(ThreadState ts) {
    return ts.csTop;
  }

  /** Whether {@code ts} currently holds a critical-section lock (TS_07: never while parked). */
  public static boolean holdsAny(ThreadState ts) {
    for (int i = 0; i < ts.csTop; i++) {
      if (!ts.csSuspended[i] && (ts.csFirst[i] != null || ts.csSecond[i] != null)) {
        return true;
      }
    }
    return false;
  }
}
