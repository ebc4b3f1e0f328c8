package dev.weft.memory;

/**
 * One thread's pools of one kind of storage array ({@code Object[]}, {@code long[]} or {@code
 * int[]}), one {@link Freelist} per size class.
 *
 * <p>Size classes are powers of two: class {@code k} holds arrays of length {@code 2^k} up to
 * {@code 2^(k+1) - 1} and serves requests for at most {@code 2^k} elements, so every array it hands
 * out is at least as long as asked for. A request rounds up to its class ({@link
 * #classForCapacity}); a freed array rounds down ({@link #classForLength}), so an array of any
 * length can be pooled without ever serving a request it is too short for. Arrays longer than the
 * largest class are neither pooled nor rounded: the JVM allocates and collects them. Coarser than
 * mimalloc's four bins per doubling; finer classes would waste less and reuse less.
 *
 * <p>Owner-only and plain, like every {@link Freelist}. Storage freed by other threads reaches the
 * owner through {@link ThreadHeap}'s remote-free queue, never through this class.
 */
final class SizeClassPool {
  private final Freelist<Object>[] classes;

  @SuppressWarnings("unchecked")
  SizeClassPool(int largestPooledLength, int arraysPerClass) {
    classes = new Freelist[classForLength(largestPooledLength) + 1];
    for (int k = 0; k < classes.length; k++) {
      classes[k] = new Freelist<>(arraysPerClass);
    }
  }

  /** The smallest class whose arrays all hold {@code capacity} elements: ceil(log2(capacity)). */
  static int classForCapacity(int capacity) {
    return capacity <= 1 ? 0 : Integer.SIZE - Integer.numberOfLeadingZeros(capacity - 1);
  }

  /** The class an array of {@code length > 0} elements belongs to: floor(log2(length)). */
  static int classForLength(int length) {
    return Integer.SIZE - 1 - Integer.numberOfLeadingZeros(length);
  }

  /** The length to allocate for a miss: the class length, or {@code capacity} past the classes. */
  int lengthToAllocate(int capacity) {
    int k = classForCapacity(capacity);
    return k < classes.length ? 1 << k : capacity;
  }

  /** A pooled array of at least {@code capacity} elements, or {@code null}. */
  Object pop(int capacity) {
    int k = classForCapacity(capacity);
    return k < classes.length ? classes[k].pop() : null;
  }

  /** Whether an array of {@code length} elements would be kept: it has a class, not yet full. */
  boolean accepts(int length) {
    if (length <= 0) {
      return false;
    }
    int k = classForLength(length);
    return k < classes.length && classes[k].size() < classes[k].capacity();
  }

  /** Keeps {@code array}, of a length {@link #accepts} said yes to. */
  void push(Object array, int length) {
    classes[classForLength(length)].push(array);
  }

  /** Arrays kept in the class that serves {@code capacity}. */
  int pooled(int capacity) {
    int k = classForCapacity(capacity);
    return k < classes.length ? classes[k].size() : 0;
  }

  /** Drops every kept array; returns how many. */
  int clear() {
    int cleared = 0;
    for (Freelist<Object> freelist : classes) {
      cleared += freelist.clear();
    }
    return cleared;
  }
}
