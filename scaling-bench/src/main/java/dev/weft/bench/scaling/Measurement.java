package dev.weft.bench.scaling;

import java.util.Arrays;

/**
 * One workload's figures from one configuration: the timed rounds on one thread and on N threads
 * (seconds), and whether every run returned the same value.
 *
 * @param name the workload
 * @param oneThread the timed one-thread rounds
 * @param nThreads the timed N-thread rounds (N copies of the work at once)
 * @param ok every run, on one thread or on N, returned the same value
 * @param detail that value's repr, or the differing values, or the error
 */
public record Measurement(
    String name, double[] oneThread, double[] nThreads, boolean ok, String detail) {

  /**
   * ftscalingbench's figure, {@code t(1 thread) * N / t(N threads)}: N means perfect scaling, 1 no
   * gain, under 1 a loss. Each timed round runs one thread and then N threads, so the figure is the
   * median of the rounds' own ratios: on a shared machine whose speed drifts by a factor of two
   * from one minute to the next, a one-thread time is compared with the N-thread time measured
   * right after it, not with one from another minute.
   */
  public double speedup(int threads) {
    int rounds = Math.min(oneThread.length, nThreads.length);
    if (rounds == 0) {
      throw new IllegalArgumentException("no rounds");
    }
    double[] ratios = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      ratios[i] = oneThread[i] * threads / nThreads[i];
    }
    return median(ratios);
  }

  public static double median(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** The geometric mean of {@code values} (all positive). */
  public static double geometricMean(double[] values) {
    double logs = 0;
    for (double v : values) {
      logs += Math.log(v);
    }
    return Math.exp(logs / values.length);
  }
}
