package dev.weft.runtime.threads;

import dev.weft.memory.Freelist;
import dev.weft.memory.FreelistLimits;
import dev.weft.refcount.RcThread;
import dev.weft.runtime.interpreter.Frame;
import dev.weft.runtime.objects.PyBaseException;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyMethod;
import dev.weft.runtime.objects.PyRuntime;

/**
 * What one Python thread carries (ARCHITECTURE.md §3), passed explicitly down the interpreter and
 * the builtins as CPython passes {@code tstate}: the reference-counting identity objects are biased
 * to, the innermost frame, the recursion depth, the exception being handled, and the eval-breaker
 * word the interpreter polls at back edges, calls and {@code RESUME}.
 *
 * <p>Single-threaded for now: the free-threading issue adds the state word, attach and detach, the
 * QSBR slot and stop-the-world.
 */
public final class ThreadState {
  /** Eval-breaker bits. */
  public static final int INTERRUPT = 1, MERGE_PENDING = 2;

  public final PyRuntime runtime;
  public final RcThread rc;

  /** The innermost running Python frame, or null. */
  public Frame frame;

  /** Python frames on this thread; RecursionError past {@link PyRuntime#recursionLimit}. */
  public int depth;

  /**
   * The innermost exception being handled ({@code sys.exc_info()}), owned; PUSH_EXC_INFO saves the
   * outer one on the frame's stack and POP_EXCEPT restores it.
   */
  public PyBaseException handled;

  /** Written by other threads (interrupts, merge requests); read plainly at safe points. */
  public volatile int evalBreaker;

  /** Containers whose repr is being computed, to print {@code [...]} for a cycle. */
  public java.util.IdentityHashMap<Object, Boolean> reprActive;

  /** Freed floats and bound methods kept for reuse (CPython's per-thread freelists). */
  public final Freelist<PyFloat> floats = new Freelist<>(FreelistLimits.FLOATS);

  public final Freelist<PyMethod> methods = new Freelist<>(FreelistLimits.BOUND_METHODS);

  public ThreadState(PyRuntime runtime) {
    this.runtime = runtime;
    this.rc = runtime.domain.registerThread(() -> requestBreak(MERGE_PENDING));
    this.rc.attachment = this;
  }

  private ThreadState(RcThread rc) {
    this.runtime = null;
    this.rc = rc;
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
}
