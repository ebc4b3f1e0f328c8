package dev.weft.stress.threads;

import dev.weft.refcount.RefcountDomain;
import dev.weft.runtime.modules.Runtimes;
import dev.weft.runtime.objects.PyRuntime;
import dev.weft.runtime.threads.ThreadState;
import dev.weft.runtime.threads.Threads;

/**
 * A started runtime shared by every state of one test class (starting one takes milliseconds), with
 * one thread state per Java thread. jcstress runs each actor on its own Java thread for a whole
 * iteration and builds and checks the states on those same threads, so a thread state is never used
 * by two Java threads at once; the jcstress barriers order its uses across states.
 *
 * <p>Actors {@link #enter} (attach) on entry and {@link #leave} (detach) on exit, as a Python
 * thread detaches around a blocking call, so an idle actor thread never holds up stop-the-world;
 * both run a safe point, as the interpreter would, which answers stop requests and merges objects
 * other threads queued to this one. The main thread state stays linked and detached.
 */
public final class StressRuntime {
  public final PyRuntime runtime;
  public final Threads threads;
  private final ThreadLocal<ThreadState> states;

  public StressRuntime() {
    this(PyRuntime.DOMAIN);
  }

  /** A runtime whose threads count references in {@code domain} (a weakened one for mutants). */
  public StressRuntime(RefcountDomain domain) {
    runtime = new PyRuntime(domain);
    ThreadState main = Runtimes.start(runtime);
    main.detach();
    threads = runtime.threads;
    states = ThreadLocal.withInitial(() -> threads.newThread(runtime));
  }

  /** This Java thread's state: linked and detached when first asked for. */
  public ThreadState state() {
    return states.get();
  }

  /** Attaches this Java thread's state (an actor's entry). */
  public ThreadState enter() {
    ThreadState ts = state();
    ts.attach();
    safePoint(ts);
    return ts;
  }

  /** Detaches {@code ts} again (an actor's exit). */
  public void leave(ThreadState ts) {
    safePoint(ts);
    ts.detach();
  }

  /** What the interpreter does at a safe point of an attached thread whose eval breaker is set. */
  public static void safePoint(ThreadState ts) {
    int bits = ts.evalBreaker;
    if ((bits & ThreadState.STOP_REQUESTED) != 0) {
      ts.suspendForStop();
    }
    if ((bits & ThreadState.MERGE_PENDING) != 0) {
      ts.clearBreak(ThreadState.MERGE_PENDING);
      ts.rc.mergeQueued();
    }
  }

  /**
   * A safe point that reports whether the thread suspended itself for a stop-the-world (it attaches
   * again on its way out, which counts one attach).
   */
  public static boolean pollStop(ThreadState ts) {
    if ((ts.evalBreaker & ThreadState.STOP_REQUESTED) == 0) {
      return false;
    }
    long attaches = ts.stats.attaches;
    ts.suspendForStop();
    return ts.stats.attaches != attaches;
  }

  /** Busy work of about {@code n} spin-wait hints. */
  public static void pause(int n) {
    for (int i = 0; i < n; i++) {
      Thread.onSpinWait();
    }
  }
}
