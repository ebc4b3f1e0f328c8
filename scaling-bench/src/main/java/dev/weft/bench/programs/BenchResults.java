package dev.weft.bench.programs;

import dev.weft.bench.scaling.Measurement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything one {@code weft bench} run measured, with the derived figures: whether each program's
 * checksums agree across runners, and each runner's speed relative to {@code python3} ({@code
 * t(python3) / t(runner)}, so above 1 is faster than CPython) with their geometric means.
 */
record BenchResults(List<String> programs, List<String> runners, List<ProgramResult> results) {
  static final String REFERENCE = "python3";

  ProgramResult get(String program, String runner) {
    for (ProgramResult r : results) {
      if (r.program().equals(program) && r.runner().equals(runner)) {
        return r;
      }
    }
    return null;
  }

  /** The distinct checksums of {@code program} over every runner and both kinds of run. */
  Set<String> checksums(String program) {
    Set<String> seen = new LinkedHashSet<>();
    for (String runner : runners) {
      ProgramResult r = get(program, runner);
      if (r != null && !r.failed()) {
        seen.add(r.steadyChecksum());
        seen.add(r.processChecksum());
      }
    }
    return seen;
  }

  boolean checksumsAgree(String program) {
    return checksums(program).size() <= 1;
  }

  /** {@code t(python3) / t(runner)} for one program, steady or whole-process; NaN if unknown. */
  double speedVsReference(String program, String runner, boolean steady) {
    ProgramResult ref = get(program, REFERENCE);
    ProgramResult r = get(program, runner);
    if (ref == null || r == null || ref.failed() || r.failed()) {
      return Double.NaN;
    }
    return steady
        ? ref.steadyMedian() / r.steadyMedian()
        : ref.processSeconds() / r.processSeconds();
  }

  /** The geometric mean of {@link #speedVsReference} over the programs that have it. */
  double geometricMean(String runner, boolean steady) {
    List<Double> values = new ArrayList<>();
    for (String p : programs) {
      double v = speedVsReference(p, runner, steady);
      if (!Double.isNaN(v) && v > 0) {
        values.add(v);
      }
    }
    return values.isEmpty()
        ? Double.NaN
        : Measurement.geometricMean(values.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
