package dev.weft.bench.jmh;

import dev.weft.memory.Memory;
import dev.weft.memory.ThreadHeap;
import dev.weft.qsbr.Qsbr;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Whether pooling storage arrays beats the JVM's TLAB allocation, run with {@code -t 1} and {@code
 * -t 2} (every benchmark thread owns a heap, as interpreter threads do):
 *
 * <ul>
 *   <li>{@code poolAllocateAndFree}: an item array from the thread's pool, one store, back to the
 *       pool (which clears it);
 *   <li>{@code poolAllocateAndFreeUsed}: the same, freed as a container frees it, clearing only the
 *       one slot it used;
 *   <li>{@code newArray}: the same array from {@code new Object[n]}, left to the collector;
 *   <li>{@code poolAllocateAndFreeLongs} / {@code newLongArray}: the same for hash-table indexes,
 *       which the pool does not clear.
 * </ul>
 *
 * Compare the ratios within one run; a pool that loses to {@code new} at a size is not worth having
 * there.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MemoryBenchmark {
  @Param({"8", "64", "512"})
  int length;

  final Qsbr qsbr = new Qsbr();
  final Memory memory = new Memory();

  @State(Scope.Thread)
  public static class Owner {
    ThreadHeap heap;

    @Setup(Level.Trial)
    public void register(MemoryBenchmark benchmark) {
      heap = benchmark.memory.register(benchmark.qsbr.register());
    }

    @TearDown(Level.Trial)
    public void unregister() {
      heap.unregister();
      heap.qsbr().unregister();
    }
  }

  @Benchmark
  public Object[] poolAllocateAndFree(Owner owner) {
    Object[] items = owner.heap.allocateObjects(length);
    items[0] = owner;
    owner.heap.free(items);
    return items;
  }

  @Benchmark
  public Object[] poolAllocateAndFreeUsed(Owner owner) {
    Object[] items = owner.heap.allocateObjects(length);
    items[0] = owner;
    owner.heap.free(items, 1);
    return items;
  }

  @Benchmark
  public Object[] newArray(Owner owner) {
    Object[] items = new Object[length];
    items[0] = owner;
    return items;
  }

  @Benchmark
  public long[] poolAllocateAndFreeLongs(Owner owner) {
    long[] index = owner.heap.allocateLongs(length);
    index[0] = length;
    owner.heap.free(index);
    return index;
  }

  @Benchmark
  public long[] newLongArray() {
    long[] index = new long[length];
    index[0] = length;
    return index;
  }
}
