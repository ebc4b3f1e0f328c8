package dev.weft.bench.programs;

import dev.weft.bench.scaling.Measurement;

/**
 * One program under one runner.
 *
 * @param program the program's name (its file without {@code .py})
 * @param runner the runner's name
 * @param size the {@code n} its {@code run(n)} was given
 * @param steadyChecksum what {@code run(n)} returned, after warm-up, in one process
 * @param steady the timed {@code run(n)} calls after warm-up (seconds)
 * @param processChecksum what {@code python FILE n} printed as its checksum
 * @param processSeconds that whole process's wall time, start-up included
 * @param error why there are no figures (the runner's last words), or null
 */
record ProgramResult(
    String program,
    String runner,
    int size,
    String steadyChecksum,
    double[] steady,
    String processChecksum,
    double processSeconds,
    String error) {

  double steadyMedian() {
    return steady.length == 0 ? Double.NaN : Measurement.median(steady);
  }

  boolean failed() {
    return error != null;
  }
}
