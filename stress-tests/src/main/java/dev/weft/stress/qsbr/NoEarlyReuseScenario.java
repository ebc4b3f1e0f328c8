package dev.weft.stress.qsbr;

import dev.weft.qsbr.Qsbr;
import dev.weft.qsbr.QsbrThread;

/**
 * The scenario of QSBR_01, shared by the test and its mutant: a reader, online, loads the published
 * block and reads it a number of times (a reader holds a block while it works on it) before its
 * quiescent state; a writer publishes a new block, advances, passes its own quiescent state and
 * reclaims (poisons) the old block if its poll says every reader has moved on.
 */
final class NoEarlyReuseScenario {
  /** Loads of the block between the reader's pointer load and its quiescent state. */
  private static final int READS = 64;

  private final QsbrThread reader;
  private final QsbrThread writer;
  private final Block old = new Block();
  private volatile Block published = old;

  NoEarlyReuseScenario(Qsbr qsbr) {
    reader = qsbr.register();
    writer = qsbr.register();
    reader.attach();
    writer.attach();
  }

  /** Returns the worst value the reader saw: LIVE, or POISONED. */
  int read() {
    Block block = published;
    int worst = Block.LIVE;
    for (int i = 0; i < READS; i++) {
      worst = Math.min(worst, block.value);
    }
    reader.quiescentState();
    return worst;
  }

  /** Returns 1 if the writer reclaimed the old block, 0 if its poll said to wait. */
  int replaceAndReclaim() {
    published = new Block();
    long goal = writer.advance();
    writer.quiescentState();
    if (writer.poll(goal)) {
      Block.POISON.reclaim(old);
      return 1;
    }
    return 0;
  }
}
