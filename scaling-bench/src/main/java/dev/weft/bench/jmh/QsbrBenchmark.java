package dev.weft.bench.jmh;

import dev.weft.qsbr.Qsbr;
import dev.weft.qsbr.QsbrThread;
import dev.weft.qsbr.Reclaimer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The costs QSBR adds to readers and writers, run with {@code -t 1} and {@code -t 2} (every
 * benchmark thread registers and stays attached, as interpreter threads do):
 *
 * <ul>
 *   <li>{@code quiescentState}: what every eval-breaker check pays;
 *   <li>{@code pollReached}: a poll whose goal the cached read sequence already covers;
 *   <li>{@code advanceAndPoll}: a writer that advances and then polls, so every poll scans;
 *   <li>{@code retireAndProcess}: retiring an item and processing at the default limits.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class QsbrBenchmark {
  private static final Reclaimer DROP = item -> {};

  final Qsbr qsbr = new Qsbr();

  @State(Scope.Thread)
  public static class Participant {
    QsbrThread thread;
    long reachedGoal;

    @Setup(Level.Trial)
    public void register(QsbrBenchmark benchmark) {
      thread = benchmark.qsbr.register();
      thread.attach();
      reachedGoal = benchmark.qsbr.readSequence();
    }

    @TearDown(Level.Trial)
    public void unregister() {
      thread.unregister();
    }
  }

  @Benchmark
  public void quiescentState(Participant p) {
    p.thread.quiescentState();
  }

  @Benchmark
  public boolean pollReached(Participant p) {
    return p.thread.poll(p.reachedGoal);
  }

  @Benchmark
  public boolean advanceAndPoll(Participant p) {
    long goal = p.thread.advance();
    p.thread.quiescentState();
    return p.thread.poll(goal);
  }

  @Benchmark
  public int retireAndProcess(Participant p) {
    p.thread.retire(p, DROP, 64);
    p.thread.quiescentState();
    return p.thread.processIfDue();
  }
}
