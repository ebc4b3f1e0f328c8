package dev.weft.runtime.threads;

import dev.weft.memory.Freelist;
import dev.weft.memory.FreelistLimits;
import dev.weft.memory.ThreadHeap;
import dev.weft.qsbr.QsbrThread;
import dev.weft.refcount.RcThread;
import dev.weft.runtime.interpreter.Frame;
import dev.weft.runtime.objects.PyBaseException;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyMethod;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyRuntime;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one Python thread carries (ARCHITECTURE.md §3), passed explicitly down the interpreter and
 * the builtins as CPython passes {@code tstate}: the reference-counting identity objects are biased
 * to, its QSBR slot and storage heap, the innermost frame, the recursion depth, the exception being
 * handled, the critical-section stack, and the eval-breaker word the interpreter polls at back
 * edges, calls and {@code RESUME}.
 *
 * <p>The state word. A thread runs Python code only while ATTACHED; it detaches around anything
 * that blocks, and a detached thread is quiescent for QSBR and does not hold up stop-the-world.
 * Transitions (CPython's, checked by TS_02): ATTACHED ↔ DETACHED and ATTACHED → SUSPENDED by the
 * thread itself, DETACHED ↔ SUSPENDED by the thread stopping the world. SHUTTING_DOWN is final: a
 * daemon thread that tries to attach after the runtime finished hangs there, touching nothing.
 *
 * <p>Lifetime. The state has its own count, 2 at creation (the runtime's thread list and the Java
 * thread); {@link Threads#unlink} and the end of the thread each drop one, and the state is torn
 * down exactly once when the count reaches zero (TS_05).
 */
public final class ThreadState {
  /** Eval-breaker bits. */
  public static final int INTERRUPT = 1, MERGE_PENDING = 2, STOP_REQUESTED = 4, DELAYED_FREE = 8;

  /** State-word values, CPython's {@code _Py_THREAD_*}. */
  public static final int DETACHED = 0, ATTACHED = 1, SUSPENDED = 2, SHUTTING_DOWN = 3;

  private static final VarHandle STATE;

  static {
    try {
      STATE = MethodHandles.lookup().findVarHandle(ThreadState.class, "state", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  public final PyRuntime runtime;
  public final RcThread rc;

  /** The runtime's thread registry, or null for the boot state. */
  public final Threads threads;

  /** QSBR slot and storage heap (null for the boot state). */
  public final QsbrThread qsbr;

  public final ThreadHeap heap;

  /** {@code threading.get_ident()}: unique for the runtime's life, never reused. */
  public final long ident;

  /**
   * Which bytecode copy of every code object this thread runs (ARCHITECTURE.md §4): an index
   * reserved from the runtime's pool when the thread starts and released when it ends; 0 for every
   * thread when the copies are shared ({@code -X tlbc=0} or {@code shared-specialize}).
   */
  public final int tlbcIndex;

  /** The Java thread running this state (set when it first attaches). */
  public Thread javaThread;

  private volatile int state;

  /** The state's own count: the thread list and the Java thread (TS_05). */
  final AtomicInteger refcount = new AtomicInteger(2);

  /** The innermost running Python frame, or null. */
  public Frame frame;

  /** Python frames on this thread; RecursionError past {@link PyRuntime#recursionLimit}. */
  public int depth;

  /**
   * The innermost exception being handled ({@code sys.exc_info()}), owned; PUSH_EXC_INFO saves the
   * outer one on the frame's stack and POP_EXCEPT restores it.
   */
  public PyBaseException handled;

  /**
   * Written by other threads (interrupts, merge and stop requests); read plainly at safe points.
   */
  public volatile int evalBreaker;

  /** Containers whose repr is being computed, to print {@code [...]} for a cycle. */
  public java.util.IdentityHashMap<Object, Boolean> reprActive;

  /** Freed floats and bound methods kept for reuse (CPython's per-thread freelists). */
  public final Freelist<PyFloat> floats = new Freelist<>(FreelistLimits.FLOATS);

  public final Freelist<PyMethod> methods = new Freelist<>(FreelistLimits.BOUND_METHODS);

  /** The critical-section stack ({@link CriticalSection}); records below {@code csTop}. */
  PyObject[] csFirst = new PyObject[8], csSecond = new PyObject[8];

  boolean[] csSuspended = new boolean[8];
  int csTop;

  /** Per-thread event counters, merged into the runtime's totals at exit (TS_08). */
  public final ThreadStats stats = new ThreadStats();

  /** What to drop when the thread ends (its {@code threading.local} namespaces), in order. */
  java.util.List<Runnable> atExit;

  /** Runs when the state is torn down ({@code _thread._set_sentinel}'s lock release). */
  public Runnable onTeardown;

  /** A runtime's first (main) thread state; starts ATTACHED on the calling Java thread. */
  public ThreadState(PyRuntime runtime) {
    this(runtime, runtime.threads);
    threads.link(this);
    attach();
  }

  /** A new thread's state, linked and DETACHED (SUSPENDED if the world is being stopped). */
  ThreadState(PyRuntime runtime, Threads threads) {
    this.runtime = runtime;
    this.threads = threads;
    // CPython reserves the QSBR slot before taking the thread-list lock: both may block.
    this.qsbr = threads.qsbr.register();
    this.heap = threads.memory.register(qsbr);
    this.rc = runtime.domain.registerThread(() -> requestBreak(MERGE_PENDING));
    this.rc.attachment = this;
    this.ident = threads.nextIdent();
    this.tlbcIndex =
        dev.weft.runtime.interpreter.Spec.PER_THREAD_COPIES ? threads.tlbcIndices.reserve() : 0;
  }

  private ThreadState(RcThread rc) {
    this.runtime = null;
    this.threads = null;
    this.qsbr = null;
    this.heap = null;
    this.rc = rc;
    this.ident = 0;
    this.tlbcIndex = 0;
    this.state = ATTACHED;
  }

  /**
   * The state that fills the static types while the classes load: it owns nothing but immortal
   * objects, so its reference operations are all no-ops.
   */
  public static ThreadState boot() {
    return new ThreadState(PyRuntime.BOOT);
  }

  /** The state that registered {@code rc}. */
  public static ThreadState of(RcThread rc) {
    return (ThreadState) rc.attachment;
  }

  public void requestBreak(int bit) {
    synchronized (this) {
      evalBreaker |= bit;
    }
  }

  public void clearBreak(int bit) {
    synchronized (this) {
      evalBreaker &= ~bit;
    }
  }

  // --- The state word ---

  public int state() {
    return state;
  }

  boolean casState(int expected, int next) {
    return STATE.compareAndSet(this, expected, next);
  }

  void setState(int next) {
    state = next;
  }

  /**
   * Makes this thread ATTACHED (CPython's {@code _PyThreadState_Attach}): waits while a
   * stop-the-world holds it SUSPENDED, hangs for good if the runtime is shutting down, then goes
   * online for QSBR and re-takes the locks of the innermost critical section.
   */
  public void attach() {
    attachState();
    CriticalSection.resumeTop(this);
  }

  /** Attach without touching the critical sections (their resumption may itself block). */
  void attachState() {
    if (javaThread == null) {
      javaThread = Thread.currentThread();
    }
    while (!casState(DETACHED, ATTACHED)) {
      threads.waitToAttach(this);
    }
    qsbr.attach();
    stats.attaches++;
  }

  /**
   * Leaves the ATTACHED state before blocking (CPython's {@code _PyThreadState_Detach}): releases
   * every critical-section lock, goes offline for QSBR, and lets a pending stop-the-world proceed.
   */
  public void detach() {
    CriticalSection.suspendAll(this);
    detachState(DETACHED);
  }

  void detachState(int next) {
    qsbr.detach();
    state = next;
    threads.detached(this);
  }

  /**
   * Answers a stop-the-world request seen in the eval breaker (CPython's {@code
   * _PyThreadState_Suspend}): parks SUSPENDED until the world restarts, then carries on attached.
   */
  public void suspendForStop() {
    clearBreak(STOP_REQUESTED);
    if (!threads.stopRequested()) {
      return;
    }
    CriticalSection.suspendAll(this);
    qsbr.detach();
    state = SUSPENDED;
    threads.suspended(this);
    attach();
  }

  /** Runs {@code r} on this thread, attached, when it ends. */
  public void atExit(Runnable r) {
    if (atExit == null) {
      atExit = new java.util.ArrayList<>();
    }
    atExit.add(r);
  }

  /** Polled at safe points: quiescent for QSBR, then whatever the eval breaker asks. */
  public void quiescent() {
    qsbr.quiescentState();
  }
}
