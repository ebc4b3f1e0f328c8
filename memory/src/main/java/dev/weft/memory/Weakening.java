package dev.weft.memory;

/**
 * A deliberately broken variant of the mechanism, for the mutant jcstress tests only (as {@code
 * dev.weft.qsbr.Weakening}). A mutant runs the real classes with one of these switched on and shows
 * that its test observes the forbidden outcome. Production code uses {@link #NONE}.
 */
public enum Weakening {
  /** The real mechanism. */
  NONE,
  /**
   * A thread freeing storage owned by another pushes it straight onto the owner's plain pool
   * instead of the owner's MPSC queue: two threads then race on one freelist (MEM_01).
   */
  REMOTE_FREE_INTO_OWNER_POOL
}
