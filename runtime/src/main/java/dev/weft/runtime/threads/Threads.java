package dev.weft.runtime.threads;

import dev.weft.memory.Memory;
import dev.weft.qsbr.Qsbr;
import dev.weft.runtime.objects.PyRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A runtime's threads (CPython's {@code interp->threads} with {@code HEAD_LOCK}, and its
 * stop-the-world state): the list of thread states, the QSBR domain and storage heaps they register
 * with, and cooperative stop-the-world.
 *
 * <p>Stop-the-world ({@link #stopTheWorld}): under the list's monitor, the requester counts the
 * other threads that are not already suspended, then repeatedly CASes DETACHED threads to SUSPENDED
 * and sets {@link ThreadState#STOP_REQUESTED} in the eval breaker of ATTACHED ones, which suspend
 * themselves at their next safe point; each suspension counts down, and the world is stopped at
 * zero (TS_01). A thread created meanwhile starts SUSPENDED (TS_03); a thread that exits meanwhile
 * counts itself down as it unlinks (TS_04). {@link #startTheWorld} turns every SUSPENDED state back
 * to DETACHED and wakes the waiters.
 */
public final class Threads {
  public final Qsbr qsbr;
  public final Memory memory;

  /** CPython's {@code HEAD_LOCK}; threads waiting to attach also wait on it. */
  private final Object head = new Object();

  private final List<ThreadState> list = new ArrayList<>();

  /** One stop-the-world at a time. */
  private final ReentrantLock stopMutex = new ReentrantLock();

  private volatile boolean stopRequested;
  private boolean worldStopped;
  private ThreadState stopper;
  private int countdown;

  /** Thread idents; start high, like the addresses CPython's idents are. */
  private final AtomicLong idents = new AtomicLong(0x7f3a00001000L);

  /** Python threads started by {@code _thread} and not yet finished ({@code _thread._count}). */
  private final java.util.concurrent.atomic.AtomicInteger pythonThreads =
      new java.util.concurrent.atomic.AtomicInteger();

  public void threadStarted() {
    pythonThreads.incrementAndGet();
  }

  public void threadFinished() {
    pythonThreads.decrementAndGet();
  }

  public int pythonThreads() {
    return pythonThreads.get();
  }

  /** The bytecode-copy indexes of live threads (TLBC_01). */
  public final IndexPool tlbcIndices = new IndexPool();

  /** Counters merged from exited threads (TS_08). */
  private final ThreadStats exited = new ThreadStats();

  /** The reference-counting counters of every exited thread, merged (with {@code -X stats}). */
  private final dev.weft.refcount.RcStats exitedRc = new dev.weft.refcount.RcStats();

  /** Heaps that pool {@code PyObject[]} item arrays, so a pooled array can be a list's storage. */
  public Threads() {
    this(new Qsbr(), objectMemory());
  }

  public static Memory objectMemory() {
    return new Memory(
        dev.weft.memory.MemoryConfig.DEFAULT, dev.weft.runtime.objects.PyObject[]::new);
  }

  public Threads(Qsbr qsbr, Memory memory) {
    this.qsbr = qsbr;
    this.memory = memory;
  }

  long nextIdent() {
    return idents.getAndAdd(0x1000);
  }

  /**
   * A new thread's state, linked into the list and DETACHED (SUSPENDED while a stop-the-world is in
   * progress); the new thread attaches it.
   */
  public ThreadState newThread(PyRuntime runtime) {
    ThreadState ts = new ThreadState(runtime, this);
    link(ts);
    return ts;
  }

  /**
   * Attaches the calling Java thread (a host thread, not started by Python) to the runtime: a new
   * thread state, ATTACHED on this thread, to pass to the runtime's API. Pair with {@link
   * #detachCurrentThread}. The minimal form of the embedding API.
   */
  public ThreadState attachCurrentThread(PyRuntime runtime) {
    ThreadState ts = newThread(runtime);
    ts.attach();
    return ts;
  }

  /** Ends a host thread's use of the runtime: its state (attached, on this thread) goes away. */
  public void detachCurrentThread(ThreadState ts) {
    if (ts.javaThread != Thread.currentThread() || ts.state() != ThreadState.ATTACHED) {
      throw new IllegalStateException("detach a host thread's state on that thread, attached");
    }
    exit(ts);
  }

  void link(ThreadState ts) {
    synchronized (head) {
      if (stopRequested) {
        ts.setState(ThreadState.SUSPENDED);
      }
      list.add(ts);
    }
  }

  /** The states in the list now (a copy). */
  public List<ThreadState> all() {
    synchronized (head) {
      return new ArrayList<>(list);
    }
  }

  public int count() {
    synchronized (head) {
      return list.size();
    }
  }

  boolean stopRequested() {
    return stopRequested;
  }

  /** Whether the world is stopped now (for tests). */
  public boolean worldStopped() {
    synchronized (head) {
      return worldStopped;
    }
  }

  /** Waits, detached, until {@code ts} may try to attach again; never returns once shut down. */
  void waitToAttach(ThreadState ts) {
    synchronized (head) {
      boolean interrupted = false;
      while (ts.state() == ThreadState.SUSPENDED || ts.state() == ThreadState.SHUTTING_DOWN) {
        try {
          head.wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** A thread detached: a stopper waiting for it may now suspend it. */
  void detached(ThreadState ts) {
    if (stopRequested) {
      synchronized (head) {
        head.notifyAll();
      }
    }
  }

  /** A thread suspended itself for a stop-the-world request: count it down. */
  void suspended(ThreadState ts) {
    synchronized (head) {
      if (stopRequested && --countdown == 0) {
        head.notifyAll();
      }
    }
  }

  /**
   * Stops every other thread at a safe point and returns with the world stopped; {@code requester}
   * stays attached. Pair with {@link #startTheWorld}.
   */
  public void stopTheWorld(ThreadState requester) {
    if (!stopMutex.tryLock()) {
      // Another thread is stopping the world: wait detached, so it can count this one.
      requester.detach();
      stopMutex.lock();
      requester.attach();
    }
    requester.stats.stopTheWorlds++;
    synchronized (head) {
      stopRequested = true;
      stopper = requester;
      countdown = 0;
      for (ThreadState t : list) {
        int s = t.state();
        if (t != requester && s != ThreadState.SUSPENDED && s != ThreadState.SHUTTING_DOWN) {
          countdown++;
        }
      }
      boolean interrupted = false;
      while (true) {
        for (ThreadState t : list) {
          if (t == requester) {
            continue;
          }
          if (t.state() == ThreadState.DETACHED
              && t.casState(ThreadState.DETACHED, ThreadState.SUSPENDED)) {
            countdown--;
          } else if (t.state() == ThreadState.ATTACHED) {
            t.requestBreak(ThreadState.STOP_REQUESTED);
          }
        }
        if (countdown <= 0) {
          break;
        }
        try {
          head.wait(1);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (countdown < 0) {
        throw new IllegalStateException("stop-the-world countdown went negative: " + countdown);
      }
      worldStopped = true;
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Restarts the world stopped by {@link #stopTheWorld}. */
  public void startTheWorld() {
    synchronized (head) {
      worldStopped = false;
      stopRequested = false;
      stopper = null;
      for (ThreadState t : list) {
        t.clearBreak(ThreadState.STOP_REQUESTED);
        if (t.state() == ThreadState.SUSPENDED) {
          t.setState(ThreadState.DETACHED);
        }
      }
      head.notifyAll();
    }
    stopMutex.unlock();
  }

  /**
   * Ends the runtime's other threads for good (CPython's finalization): stops the world, marks
   * every other state SHUTTING_DOWN so that it never attaches again, and restarts nothing. Daemon
   * threads still running Python code hang at their next safe point.
   */
  public void shutDownOthers(ThreadState requester) {
    stopTheWorld(requester);
    synchronized (head) {
      for (ThreadState t : list) {
        if (t != requester) {
          t.setState(ThreadState.SHUTTING_DOWN);
        }
      }
      worldStopped = false;
      stopRequested = false;
      stopper = null;
    }
    stopMutex.unlock();
  }

  /**
   * The end of a thread, run by that thread while attached (CPython's {@code PyThreadState_Clear}
   * and {@code tstate_delete_common}): drops its freelists and per-thread values, leaves the
   * refcount domain (merging per-thread counts and handing off its merge queue), closes its heap,
   * unlinks from the list, leaves QSBR (abandoning delayed frees to the shared queue) and drops the
   * Java thread's reference to the state.
   */
  public void exit(ThreadState ts) {
    if (ts.atExit != null) {
      java.util.List<Runnable> hooks = ts.atExit;
      ts.atExit = null;
      hooks.forEach(Runnable::run);
    }
    if (ts.handled != null) {
      dev.weft.runtime.objects.Ops.decref(ts, ts.handled);
      ts.handled = null;
    }
    ts.floats.clear();
    ts.methods.clear();
    ts.rc.exit();
    ts.heap.unregister();
    unlink(ts);
    ts.qsbr.unregister();
    ts.setState(ThreadState.DETACHED);
    release(ts);
  }

  /**
   * Removes an exiting thread from the list (CPython's {@code tstate_delete_common}): a thread
   * counted by a pending stop-the-world counts itself down, and its counters are merged. Drops the
   * list's reference to the state.
   */
  void unlink(ThreadState ts) {
    synchronized (head) {
      if (!list.remove(ts)) {
        throw new IllegalStateException("thread state not in the list");
      }
      if (stopRequested && ts != stopper && ts.state() != ThreadState.SUSPENDED) {
        if (--countdown == 0) {
          head.notifyAll();
        }
      }
      exited.add(ts.stats);
      exitedRc.add(ts.rc.stats());
    }
    if (dev.weft.runtime.interpreter.Spec.PER_THREAD_COPIES) {
      tlbcIndices.release(ts.tlbcIndex);
    }
    release(ts);
  }

  /** Drops one reference to a thread state; the last one tears it down, exactly once (TS_05). */
  void release(ThreadState ts) {
    int left = ts.refcount.decrementAndGet();
    if (left < 0) {
      throw new IllegalStateException("thread state released too many times");
    }
    if (left == 0) {
      Runnable r = ts.onTeardown;
      ts.onTeardown = null;
      if (r != null) {
        r.run();
      }
    }
  }

  /** The counters of every exited thread, merged. */
  public ThreadStats exitedStats() {
    synchronized (head) {
      return exited.copy();
    }
  }

  /**
   * The reference-counting counters of every thread the runtime ran: the exited ones merged, plus
   * the live ones (read racily), so that {@code -X stats} counts a threaded program's workers too.
   */
  public dev.weft.refcount.RcStats totalRcStats() {
    synchronized (head) {
      dev.weft.refcount.RcStats t = new dev.weft.refcount.RcStats();
      t.add(exitedRc);
      for (ThreadState s : list) {
        t.add(s.rc.stats());
      }
      return t;
    }
  }

  /** Merged counters of the exited threads plus those of the live ones (read racily). */
  public ThreadStats totalStats() {
    synchronized (head) {
      ThreadStats t = exited.copy();
      for (ThreadState s : list) {
        t.add(s.stats);
      }
      return t;
    }
  }
}
