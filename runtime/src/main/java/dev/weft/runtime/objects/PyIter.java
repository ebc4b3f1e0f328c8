package dev.weft.runtime.objects;

import dev.weft.runtime.threads.ThreadState;

/**
 * An iterator written in Java. {@link #next} returns a new reference, or null when exhausted, so
 * that loops over builtin iterators never allocate a StopIteration.
 */
public abstract class PyIter extends PyObject {
  protected PyIter(ThreadState ts, PyType type) {
    super(ts.rc, type);
  }

  /** The next item (new reference) or null at the end. */
  public abstract PyObject next(ThreadState ts);
}
