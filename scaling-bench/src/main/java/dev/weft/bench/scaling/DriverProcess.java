package dev.weft.bench.scaling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the suite's Python driver ({@code scaling/driver.py}) under {@code weft run} in a fresh JVM
 * for one configuration, and reads its RESULT lines back. A fresh JVM per configuration is what
 * makes an ablation honest: options such as {@code refcount} are fixed when the runtime's classes
 * load, and one configuration's JIT-compiled code must not serve another.
 */
final class DriverProcess {
  private DriverProcess() {}

  /** What the driver is asked to do. */
  record Plan(int threads, double scale, int warmup, int repeats, List<String> workloads) {}

  /** A progress report: the workload's position, the count, its name. */
  record Progress(int index, int count, String workload) {}

  static SuiteRun run(
      Path weft,
      Path driverDir,
      String label,
      List<String> options,
      Plan plan,
      Consumer<Progress> progress)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(weft.toString(), "run"));
    for (String option : options) {
      command.add("-X");
      command.add(option);
    }
    command.add(driverDir.resolve("driver.py").toString());
    command.addAll(
        List.of(
            "--threads", Integer.toString(plan.threads()),
            "--scale", Double.toString(plan.scale()),
            "--warmup", Integer.toString(plan.warmup()),
            "--repeats", Integer.toString(plan.repeats())));
    command.addAll(plan.workloads());
    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close();
    List<String> errorLines = new ArrayList<>();
    Thread stderr =
        Thread.ofPlatform()
            .start(
                () -> {
                  try (BufferedReader r = reader(process.getErrorStream())) {
                    String line;
                    while ((line = r.readLine()) != null) {
                      Progress p = parseProgress(line);
                      if (p != null) {
                        progress.accept(p);
                      } else {
                        synchronized (errorLines) {
                          errorLines.add(line);
                        }
                      }
                    }
                  } catch (IOException e) {
                    synchronized (errorLines) {
                      errorLines.add(e.toString());
                    }
                  }
                });
    List<Measurement> measurements = new ArrayList<>();
    try (BufferedReader r = reader(process.getInputStream())) {
      String line;
      while ((line = r.readLine()) != null) {
        Measurement m = parseResult(line);
        if (m != null) {
          measurements.add(m);
        }
      }
    }
    int status = process.waitFor();
    stderr.join();
    String error = null;
    if (status != 0) {
      List<String> tail = errorLines.subList(Math.max(0, errorLines.size() - 8), errorLines.size());
      error = "exit status " + status + (tail.isEmpty() ? "" : ": " + String.join("\n", tail));
    }
    return new SuiteRun(label, List.copyOf(options), measurements, error);
  }

  private static BufferedReader reader(java.io.InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** A {@code PROGRESS i count name} line, or null for any other line. */
  static Progress parseProgress(String line) {
    String[] f = line.split("\t");
    if (f.length != 4 || !f[0].equals("PROGRESS")) {
      return null;
    }
    return new Progress(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3]);
  }

  /** A {@code RESULT name t1s tNs ok detail} line, or null for any other line. */
  static Measurement parseResult(String line) {
    String[] f = line.split("\t", 6);
    if (f.length != 6 || !f[0].equals("RESULT")) {
      return null;
    }
    return new Measurement(f[1], times(f[2]), times(f[3]), f[4].equals("1"), f[5]);
  }

  private static double[] times(String field) {
    String[] parts = field.split(",");
    double[] out = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = Double.parseDouble(parts[i]);
    }
    return out;
  }
}
