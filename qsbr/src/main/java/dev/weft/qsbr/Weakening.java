package dev.weft.qsbr;

/**
 * A deliberately broken variant of the mechanism, for the mutant jcstress tests only. Each mutant
 * runs the real classes with one of these switched on and shows that its test observes the
 * forbidden outcome: a test that cannot fail proves nothing. Production code uses {@link #NONE}.
 */
public enum Weakening {
  /** The real mechanism. */
  NONE,
  /** Attach with a release store and scan without the full fence: the Dekker pair is broken. */
  NO_DEKKER_FENCES,
  /** Every poll reports its goal reached: items are reclaimed without waiting for readers. */
  RECLAIM_WITHOUT_WAITING
}
