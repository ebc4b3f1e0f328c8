package dev.weft.qsbr;

/**
 * When a thread stops deferring and advances the write sequence, making its retired items
 * reclaimable and asking for them to be processed.
 *
 * @param deferredCountLimit items retired since the last advance before the next one advances.
 *     CPython's {@code QSBR_DEFERRED_LIMIT} in {@code Objects/obmalloc.c}: 10 in 3.13, 127 since.
 * @param deferredBytesLimit bytes retired since the last advance before the next one advances.
 *     CPython's {@code QSBR_FREE_MEM_LIMIT}, 1 MiB; added after gh-132519 measured 6.7 GB peak
 *     memory when processing waited for a full chunk.
 */
public record QsbrConfig(int deferredCountLimit, long deferredBytesLimit) {

  public static final QsbrConfig DEFAULT = new QsbrConfig(127, 1L << 20);

  public QsbrConfig {
    if (deferredCountLimit < 0 || deferredBytesLimit < 0) {
      throw new IllegalArgumentException(
          "QSBR limits must not be negative: " + deferredCountLimit + ", " + deferredBytesLimit);
    }
  }
}
