package dev.weft.stress.qsbr;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.qsbr.Qsbr;
import dev.weft.qsbr.QsbrThread;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * QSBR_03: the shared read sequence never moves backwards, nor passes the write sequence. Both
 * actors advance, pass quiescent states and poll (so both scan and race to raise the read
 * sequence), reading the read sequence before and after and the write sequence in between.
 */
@JCStressTest
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "both saw the read sequence move forward only")
@Outcome(
    id = {"1, .*", ".*, 1"},
    expect = FORBIDDEN,
    desc = "the read sequence moved backwards")
@Outcome(
    id = {"2, .*", ".*, 2"},
    expect = FORBIDDEN,
    desc = "the read sequence passed the write sequence")
@State
public class QSBR_03_ReadSequenceMonotonic {
  private final Qsbr qsbr = new Qsbr();
  private final QsbrThread first = qsbr.register();
  private final QsbrThread second = qsbr.register();

  public QSBR_03_ReadSequenceMonotonic() {
    first.attach();
    second.attach();
  }

  private int observe(QsbrThread self) {
    int verdict = 0;
    long before = qsbr.readSequence();
    for (int round = 0; round < 3; round++) {
      long goal = self.advance();
      self.quiescentState();
      self.poll(goal);
      long read = qsbr.readSequence();
      long write = qsbr.writeSequence();
      if (Qsbr.lessThan(read, before)) {
        verdict = 1;
      } else if (Qsbr.lessThan(write, read)) {
        verdict = 2;
      }
      before = read;
    }
    return verdict;
  }

  @Actor
  public void first(II_Result r) {
    r.r1 = observe(first);
  }

  @Actor
  public void second(II_Result r) {
    r.r2 = observe(second);
  }
}
