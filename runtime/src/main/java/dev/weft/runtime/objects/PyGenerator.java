package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.interpreter.Frame;
import dev.weft.runtime.interpreter.Generators;
import dev.weft.runtime.threads.ThreadState;

/**
 * A generator or coroutine: a suspended frame. {@link Generators} resumes it; {@link #next} serves
 * {@code for} loops and {@code next()} without a StopIteration on return.
 */
public final class PyGenerator extends PyIter {
  public static final PyType GENERATOR_TYPE = PyType.builtin("generator", null, 0, null);
  public static final PyType COROUTINE_TYPE = PyType.builtin("coroutine", null, 0, null);

  /** The suspended frame, or null once the generator has finished. */
  public Frame frame;

  public boolean running;

  private static final java.lang.invoke.VarHandle CLAIMED;

  static {
    try {
      CLAIMED =
          java.lang.invoke.MethodHandles.lookup()
              .findVarHandle(PyGenerator.class, "claimed", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @SuppressWarnings("unused") // through CLAIMED
  private volatile boolean claimed;

  /** Claims the generator for the calling thread's resume; false if a resume is under way. */
  public boolean claim() {
    return CLAIMED.compareAndSet(this, false, true);
  }

  public void unclaim() {
    claimed = false;
  }

  public boolean started;
  public final PyStr name, qualname;

  /**
   * The exception being handled inside the generator while it is suspended, or null; owned, as the
   * thread state's is.
   */
  public PyBaseException savedHandled;

  /** The value of the last {@code return}, owned, until a caller takes it. */
  public PyObject returnValue;

  public PyGenerator(ThreadState ts, Frame frame, boolean coroutine, PyStr name, PyStr qualname) {
    super(ts, coroutine ? COROUTINE_TYPE : GENERATOR_TYPE);
    this.frame = frame;
    this.name = name;
    this.qualname = qualname;
  }

  public boolean isCoroutine() {
    return type == COROUTINE_TYPE;
  }

  @Override
  public PyObject next(ThreadState ts) {
    PyObject v = Generators.resume(ts, this, PySingleton.NONE, null);
    if (v == null) {
      PyObject r = returnValue;
      returnValue = null;
      Ops.xdecref(ts, r);
    }
    return v;
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    if (frame != null) {
      frame.traverse(visit);
    }
    visitNonNull(visit, returnValue);
    visitNonNull(visit, savedHandled);
  }

  @Override
  protected void release(RcThread thread) {
    ThreadState ts = ThreadState.of(thread);
    if (frame != null && ts != null) {
      Generators.closeOnRelease(ts, this);
    }
    if (frame != null) {
      frame.clear(thread);
      frame = null;
    }
    Ops.xdecref(thread, returnValue);
    returnValue = null;
    Ops.xdecref(thread, savedHandled);
    savedHandled = null;
  }
}
