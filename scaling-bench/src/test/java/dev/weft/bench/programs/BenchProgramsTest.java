package dev.weft.bench.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.runtime.cli.RunCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code weft bench} program, run under Weft at a small size, prints the checksum CPython
 * prints ({@code scripts/generate-bench-checksums.py} records those): the benchmarks compare speeds
 * only of programs that compute the same thing.
 */
class BenchProgramsTest {
  static final Path PROGRAMS = Path.of("src/main/python/bench");

  static Stream<String> rows() throws IOException {
    return Files.readAllLines(Path.of("src/test/resources/bench/checksums.tsv")).stream()
        .filter(l -> !l.isBlank());
  }

  @ParameterizedTest
  @MethodSource("rows")
  void printsCPythonsChecksum(String row) {
    String[] f = row.split("\t");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        RunCommand.run(
            List.of(PROGRAMS.resolve(f[0] + ".py").toString(), f[1]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    assertEquals(f[2] + "\n", out.toString(StandardCharsets.UTF_8), f[0]);
  }
}
