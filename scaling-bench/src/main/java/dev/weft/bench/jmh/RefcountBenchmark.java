package dev.weft.bench.jmh;

import dev.weft.refcount.RcObject;
import dev.weft.refcount.RcThread;
import dev.weft.refcount.Refcount;
import dev.weft.refcount.RefcountDomain;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What a reference-count update costs, per mode; the mode is a static final per JVM, so each mode
 * is a subclass whose forks set it ({@link Brc}, {@link Atomic}). Run with {@code -t 1} and {@code
 * -t 2}:
 *
 * <ul>
 *   <li>{@code ownIncrefDecref}: each thread counts its own object (the owner path under BRC); with
 *       two threads nothing is shared, so throughput should double;
 *   <li>{@code sharedIncrefDecref}: every thread counts one object that none of them owns (the
 *       shared path), the case per-thread and deferred counts exist to avoid.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public abstract class RefcountBenchmark {
  static final class Payload extends RcObject {
    Payload(RcThread creator) {
      super(creator);
    }

    @Override
    protected void deallocate(RcThread thread) {
      throw new IllegalStateException("the benchmark keeps a base reference");
    }
  }

  /** The domain, and one published object that no benchmark thread owns. */
  @State(Scope.Benchmark)
  public static class Shared {
    final RefcountDomain domain = new RefcountDomain();
    Payload object;

    @Setup(Level.Trial)
    public void create() {
      object = new Payload(domain.registerThread());
      Refcount.setMaybeWeakref(object);
    }
  }

  @State(Scope.Thread)
  public static class Participant {
    RcThread thread;
    Payload own;
    Payload shared;

    @Setup(Level.Trial)
    public void register(Shared benchmark) {
      thread = benchmark.domain.registerThread();
      own = new Payload(thread);
      shared = benchmark.object;
    }

    @TearDown(Level.Trial)
    public void exit() {
      thread.exit();
    }
  }

  @Benchmark
  public void ownIncrefDecref(Participant p) {
    Refcount.incref(p.thread, p.own);
    Refcount.decref(p.thread, p.own);
  }

  @Benchmark
  public void sharedIncrefDecref(Participant p) {
    Refcount.incref(p.thread, p.shared);
    Refcount.decref(p.thread, p.shared);
  }

  /** Biased reference counting, the default. */
  @Fork(jvmArgsPrepend = "-Dweft.refcount=brc")
  public static class Brc extends RefcountBenchmark {}

  /** Every update an atomic read-modify-write: the baseline. */
  @Fork(jvmArgsPrepend = "-Dweft.refcount=atomic")
  public static class Atomic extends RefcountBenchmark {}
}
