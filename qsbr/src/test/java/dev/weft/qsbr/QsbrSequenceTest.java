package dev.weft.qsbr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QsbrSequenceTest {

  @Test
  void writeSequenceStartsAtOneAndAdvancesByTwo() {
    Qsbr qsbr = new Qsbr();
    assertEquals(1, qsbr.writeSequence());
    assertEquals(1, qsbr.readSequence());
    assertEquals(3, qsbr.advance());
    assertEquals(5, qsbr.advance());
    assertEquals(5, qsbr.writeSequence());
  }

  @Test
  void nextGoalIsOneStepAheadWithoutAdvancing() {
    Qsbr qsbr = new Qsbr();
    assertEquals(3, qsbr.nextGoal());
    assertEquals(1, qsbr.writeSequence());
  }

  @Test
  void comparisonsAreWrapSafe() {
    long beforeWrap = Long.MAX_VALUE;
    long afterWrap = Long.MAX_VALUE + 2; // Long.MIN_VALUE + 1
    assertTrue(Qsbr.lessThan(beforeWrap, afterWrap));
    assertFalse(Qsbr.lessThan(afterWrap, beforeWrap));
    assertTrue(Qsbr.lessOrEqual(afterWrap, afterWrap));
    assertTrue(Qsbr.lessOrEqual(1, 3));
    assertFalse(Qsbr.lessOrEqual(3, 1));
  }

  @Test
  void pollsStayCorrectAcrossTheWrap() {
    Qsbr qsbr = new Qsbr(QsbrConfig.DEFAULT, Weakening.NONE, Long.MAX_VALUE - 4);
    QsbrThread reader = qsbr.register();
    QsbrThread writer = qsbr.register();
    reader.attach();
    writer.attach();
    for (int step = 0; step < 6; step++) {
      long goal = writer.advance();
      writer.quiescentState();
      assertFalse(writer.poll(goal), "a reader that has not passed a quiescent state holds up");
      reader.quiescentState();
      assertTrue(writer.poll(goal), "step " + step + ", goal " + goal);
    }
    assertTrue(qsbr.writeSequence() < 0, "the sequence has wrapped");
    assertEquals(1, qsbr.writeSequence() & 1, "the sequence stays odd, never OFFLINE");
  }

  @Test
  void evenStartingSequenceIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> new Qsbr(QsbrConfig.DEFAULT, Weakening.NONE, 2));
  }

  @Test
  void readSequenceNeverPassesWriteSequence() {
    Qsbr qsbr = new Qsbr();
    QsbrThread thread = qsbr.register();
    thread.attach();
    for (int i = 0; i < 10; i++) {
      long goal = thread.advance();
      thread.quiescentState();
      assertTrue(thread.poll(goal));
      assertTrue(Qsbr.lessOrEqual(qsbr.readSequence(), qsbr.writeSequence()));
    }
    assertEquals(qsbr.writeSequence(), qsbr.readSequence());
  }
}
