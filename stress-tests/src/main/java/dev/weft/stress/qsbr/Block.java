package dev.weft.stress.qsbr;

/** A block of "memory" that a reclaimer poisons, so a reader that still holds it can tell. */
final class Block {
  static final int LIVE = 1;
  static final int POISONED = -1;

  /** Volatile so that the JIT cannot fold a reader's two loads into one. */
  volatile int value = LIVE;

  static final dev.weft.qsbr.Reclaimer POISON = block -> ((Block) block).value = POISONED;
}
