package dev.weft.bench.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.cli.RunCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole suite under Weft at a tiny scale, on two threads: every workload runs and returns the
 * same value on one thread and on two (what {@code weft scaling} checks before it trusts a time).
 * Nothing about speed is asserted.
 */
class ScalingDriverTest {
  static final Path DRIVER = Path.of("src/main/python/scaling/driver.py");

  @Test
  void everyWorkloadAgreesAcrossThreads() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        RunCommand.run(
            List.of(
                DRIVER.toString(),
                "--threads",
                "2",
                "--scale",
                "0.002",
                "--warmup",
                "0",
                "--repeats",
                "1"),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String stderr = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, stderr);
    List<Measurement> results = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      Measurement m = DriverProcess.parseResult(line);
      if (m != null) {
        results.add(m);
      }
    }
    long declared =
        Files.readAllLines(DRIVER.resolveSibling("workloads.py")).stream()
            .filter(l -> l.startsWith("@workload("))
            .count();
    assertEquals(declared, results.size(), stderr);
    for (Measurement m : results) {
      assertTrue(m.ok(), m.name() + ": " + m.detail());
      assertEquals(1, m.oneThread().length);
    }
  }
}
