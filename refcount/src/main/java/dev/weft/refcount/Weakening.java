package dev.weft.refcount;

/**
 * A deliberately broken variant of one refcount path, for the mutant jcstress tests only: each
 * mutant sets one on its {@link RefcountDomain} and shows its test observing the forbidden outcome.
 * Production domains use {@link #NONE}; the checks sit on slow paths only.
 */
public enum Weakening {
  /** The real mechanism. */
  NONE,
  /** The owner merges a zero local count with a plain store instead of a CAS (RC_01). */
  PLAIN_MERGE,
  /** Shared try-incref accepts a MERGED word, reviving a freed object (RC_04). */
  TRY_INCREF_ACCEPTS_MERGED,
  /** Try-incref-and-compare skips the re-check of the slot after its increment (RC_05). */
  TRY_INCREF_NO_RECHECK
}
