package dev.weft.runtime.objects;

import dev.weft.refcount.RcObject;
import dev.weft.refcount.RcThread;
import dev.weft.refcount.Refcount;

/**
 * Every Python object: the refcount header plus the type pointer (CPython's {@code ob_type}).
 *
 * <p>Reference ownership follows CPython's conventions, and every runtime method keeps them:
 *
 * <ul>
 *   <li>arguments are borrowed: a callee that keeps one increments it;
 *   <li>a returned object is a new reference the caller must drop ({@link Ops#decref});
 *   <li>containers, frames' locals and value stacks own what they hold;
 *   <li>a thrown {@link PyException} owns its exception object.
 * </ul>
 *
 * <p>When the count reaches zero, {@link #deallocate} runs {@code __del__} once (for types that
 * define it), then {@link #release} drops what the object references, then {@link #recycle} may
 * return the object to a freelist.
 */
public abstract class PyObject extends RcObject {
  /** The per-object lock's word ({@code dev.weft.runtime.threads.ObjectLock}). */
  public static final java.lang.invoke.VarHandle LOCK_WORD;

  static {
    try {
      LOCK_WORD =
          java.lang.invoke.MethodHandles.lookup()
              .findVarHandle(PyObject.class, "lockWord", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  public PyType type;

  /** Accessed only through {@link #LOCK_WORD}. */
  @SuppressWarnings("unused")
  private volatile int lockWord;

  protected PyObject(RcThread creator, PyType type) {
    super(creator);
    this.type = type;
  }

  /** An immortal object created while the runtime starts (None, small ints, static types). */
  protected PyObject(PyType type, boolean immortal) {
    super(PyRuntime.BOOT);
    this.type = type;
    if (immortal) {
      Refcount.makeImmortal(this);
    }
  }

  @Override
  protected final void deallocate(RcThread thread) {
    if (type.finalizer != null && finalizeOnce()) {
      // PEP 442: __del__ runs on a live object (one reference, ours), at most once; if it stores
      // the object somewhere, the object lives on and is released only when that reference goes.
      reinitialize(thread);
      Finalizers.run(thread, this);
      Refcount.decref(thread, this);
      return;
    }
    release(thread);
    recycle(thread);
  }

  /**
   * Marks the object finalized; false if it was already. Only types with instance state may say
   * yes.
   */
  protected boolean finalizeOnce() {
    return false;
  }

  /**
   * Visits every object this one holds a counted reference to: exactly what {@link #release} drops.
   * The leak check uses it to tell references from other objects from references nobody accounts
   * for.
   */
  public void traverse(java.util.function.Consumer<PyObject> visit) {}

  /** {@code visit.accept(o)} unless {@code o} is null. */
  protected static void visitNonNull(java.util.function.Consumer<PyObject> visit, PyObject o) {
    if (o != null) {
      visit.accept(o);
    }
  }

  /** Drops the references this object holds. */
  protected void release(RcThread thread) {}

  /** Returns the deallocated object to a freelist, if its class keeps one. */
  protected void recycle(RcThread thread) {}

  /** The object's type name, as error messages spell it. */
  public final String typeName() {
    return type.name;
  }
}
