package dev.weft.refcount;

/**
 * How a thread is told that objects wait in its merge queue: the runtime sets a bit in the thread's
 * eval breaker, so the thread merges at its next safe point (CPython's {@code
 * _PY_EVAL_EXPLICIT_MERGE_BIT}). Called by the queuing thread, under the owner's bucket lock; it
 * must not block.
 */
@FunctionalInterface
public interface MergeSignal {
  MergeSignal NONE = () -> {};

  void mergeRequested();
}
