package dev.weft.bench.programs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one benchmark program under one runner: steady state in one process, then a whole run. */
final class ProgramRun {
  private ProgramRun() {}

  /** A finished process: its status, stdout and stderr, and wall time. */
  record Exit(int status, String stdout, String stderr, double seconds) {}

  static Exit exec(List<String> command, Path dir, long timeoutSeconds)
      throws IOException, InterruptedException {
    Path out = java.nio.file.Files.createTempFile("weft-bench", ".out");
    Path err = java.nio.file.Files.createTempFile("weft-bench", ".err");
    try {
      long start = System.nanoTime();
      Process p =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        return new Exit(-1, "", "timed out after " + timeoutSeconds + " s", Double.NaN);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Exit(
          p.exitValue(),
          java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
          java.nio.file.Files.readString(err, StandardCharsets.UTF_8),
          seconds);
    } finally {
      java.nio.file.Files.deleteIfExists(out);
      java.nio.file.Files.deleteIfExists(err);
    }
  }

  static ProgramResult run(
      Runner runner, Path dir, String program, double scale, int warmup, int repeats, long timeout)
      throws IOException, InterruptedException {
    List<String> steadyCommand = new ArrayList<>(runner.command());
    steadyCommand.addAll(
        List.of(
            "bench_runner.py",
            program,
            Double.toString(scale),
            Integer.toString(warmup),
            Integer.toString(repeats)));
    Exit steady = exec(steadyCommand, dir, timeout);
    String[] line = steadyLine(steady.stdout());
    if (steady.status() != 0 || line == null) {
      return failure(program, runner, steady);
    }
    int size = Integer.parseInt(line[1]);
    double[] times = parseTimes(line[3]);
    List<String> processCommand = new ArrayList<>(runner.command());
    processCommand.addAll(List.of(program + ".py", Integer.toString(size)));
    Exit whole = exec(processCommand, dir, timeout);
    String checksum = checksumLine(whole.stdout());
    if (whole.status() != 0 || checksum == null) {
      return failure(program, runner, whole);
    }
    return new ProgramResult(
        program, runner.name(), size, line[2], times, checksum, whole.seconds(), null);
  }

  private static ProgramResult failure(String program, Runner runner, Exit exit) {
    String[] lines = exit.stderr().strip().split("\n");
    String last = lines.length == 0 ? "" : lines[lines.length - 1];
    return new ProgramResult(
        program,
        runner.name(),
        0,
        null,
        new double[0],
        null,
        Double.NaN,
        "exit status " + exit.status() + (last.isEmpty() ? "" : ": " + last));
  }

  /** The fields of the {@code STEADY n checksum times} line, or null. */
  static String[] steadyLine(String stdout) {
    for (String line : stdout.split("\n")) {
      String[] f = line.split("\t");
      if (f.length == 4 && f[0].equals("STEADY")) {
        return f;
      }
    }
    return null;
  }

  /** The value of the program's {@code checksum: VALUE} line, or null. */
  static String checksumLine(String stdout) {
    for (String line : stdout.split("\n")) {
      if (line.startsWith("checksum: ")) {
        return line.substring("checksum: ".length()).strip();
      }
    }
    return null;
  }

  static double[] parseTimes(String field) {
    String[] parts = field.split(",");
    double[] out = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = Double.parseDouble(parts[i]);
    }
    return out;
  }
}
