package dev.weft.memory;

/**
 * Bounds of the per-thread heaps.
 *
 * @param arraysPerClass arrays kept per size class and per array kind; beyond it a freed array is
 *     left to the JVM's collector. Weft's choice, of the order of CPython's list and dict freelists
 *     (80): enough to absorb a loop's churn, small enough that an idle thread holds little.
 * @param largestPooledLength the longest array pooled, a power of two; longer arrays come from and
 *     go back to the JVM. The default, 4096 elements (16 KiB of references), keeps a thread's worst
 *     case retention to a few MiB per array kind.
 * @param backlogItemLimit retired arrays a thread may have waiting for QSBR before {@link
 *     ThreadHeap#freeDelayed} forces an advance and processes; CPython has no such bound, and
 *     gh-132519 measured 6.7 GB peak memory without one. Default: four delayed-work chunks (4 x
 *     254).
 * @param backlogByteLimit the same bound in bytes; default 4 MiB, four times CPython's {@code
 *     QSBR_FREE_MEM_LIMIT} (1 MiB), at which a thread already advances on its own.
 */
public record MemoryConfig(
    int arraysPerClass, int largestPooledLength, long backlogItemLimit, long backlogByteLimit) {

  public static final MemoryConfig DEFAULT = new MemoryConfig(64, 1 << 12, 4 * 254, 4L << 20);

  public MemoryConfig {
    if (arraysPerClass < 0 || backlogItemLimit < 0 || backlogByteLimit < 0) {
      throw new IllegalArgumentException(
          "memory limits must not be negative: %d, %d, %d"
              .formatted(arraysPerClass, backlogItemLimit, backlogByteLimit));
    }
    if (largestPooledLength < 1 || Integer.bitCount(largestPooledLength) != 1) {
      throw new IllegalArgumentException(
          "largest pooled length must be a power of two: " + largestPooledLength);
    }
  }

  /** The same bounds with another backlog bound. */
  public MemoryConfig withBacklogLimits(long items, long bytes) {
    return new MemoryConfig(arraysPerClass, largestPooledLength, items, bytes);
  }
}
