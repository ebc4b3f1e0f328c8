package dev.weft.bench.scaling;

import java.util.List;

/**
 * The suite's results under one configuration.
 *
 * @param label how the tables name the configuration ({@code default}, {@code refcount=atomic})
 * @param options the {@code -X} options the configuration's JVM ran with
 * @param measurements one per workload, in the suite's order
 * @param error why the run stopped early (its JVM's last words), or null
 */
public record SuiteRun(
    String label, List<String> options, List<Measurement> measurements, String error) {

  /** The measurement of {@code workload}, or null if this configuration has none. */
  public Measurement find(String workload) {
    for (Measurement m : measurements) {
      if (m.name().equals(workload)) {
        return m;
      }
    }
    return null;
  }
}
