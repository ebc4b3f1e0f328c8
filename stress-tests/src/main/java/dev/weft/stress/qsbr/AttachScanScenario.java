package dev.weft.stress.qsbr;

import dev.weft.qsbr.Qsbr;
import dev.weft.qsbr.QsbrThread;

/**
 * The scenario of QSBR_02, shared by the test and its mutant: a detached reader attaches and loads
 * the published block (and stays online, holding it); a writer publishes a new block, advances and
 * polls. If the reader got the old block, the poll's scan must see the reader.
 */
final class AttachScanScenario {
  private final QsbrThread reader;
  private final QsbrThread writer;
  private final Block old = new Block();
  private volatile Block published = old;

  AttachScanScenario(Qsbr qsbr) {
    reader = qsbr.register();
    writer = qsbr.register();
    writer.attach();
  }

  /** Returns 1 if the reader holds the old block, 2 if the new one. */
  int attachAndRead() {
    reader.attach();
    return published == old ? 1 : 2;
  }

  /** Returns 1 if the writer's poll allowed reclaiming the old block, 0 otherwise. */
  int replaceAndPoll() {
    published = new Block();
    long goal = writer.advance();
    writer.quiescentState();
    return writer.poll(goal) ? 1 : 0;
  }
}
