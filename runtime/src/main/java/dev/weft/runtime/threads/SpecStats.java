package dev.weft.runtime.threads;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One thread's specialization counters (CPython's {@code SpecializationStats}), by opcode number:
 * attempts that succeeded (counted on the form written) or failed (by family and reason), and for
 * specialized forms their hits, misses and deopts (a miss streak that made the instruction
 * specialize again). Hits and misses are counted only with {@code -X stats}. Written by the owning
 * thread with plain stores, merged at its exit like {@link ThreadStats}.
 */
public final class SpecStats {
  public final long[] successes = new long[256];
  public final long[] hits = new long[256];
  public final long[] misses = new long[256];
  public final long[] deopts = new long[256];

  /** Failures by {@code "FAMILY reason"} (concurrent: {@code -X stats} reads live threads'). */
  public final Map<String, Long> failures = new ConcurrentHashMap<>();

  public void failure(String family, String reason) {
    failures.merge(family + " " + reason, 1L, Long::sum);
  }

  void add(SpecStats o) {
    for (int i = 0; i < 256; i++) {
      successes[i] += o.successes[i];
      hits[i] += o.hits[i];
      misses[i] += o.misses[i];
      deopts[i] += o.deopts[i];
    }
    o.failures.forEach((k, v) -> failures.merge(k, v, Long::sum));
  }
}
