package dev.weft.runtime.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.refcount.RefDebug;
import dev.weft.refcount.Refcount;
import dev.weft.refcount.RefcountMode;
import dev.weft.runtime.cli.RunCommand;
import dev.weft.runtime.modules.Runtimes;
import dev.weft.runtime.objects.LeakCheck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * Runs every program of the conformance corpus ({@code src/test/resources/conformance}) the way
 * {@code weft run} does and compares it with what CPython printed: stdout exactly, and for a
 * program that fails, the exit status and the last line of stderr. The expectations come from
 * {@code scripts/generate-conformance-expectations.py}. Surefire runs this class once per
 * reference-counting mode.
 *
 * <p>In mode {@code none} nothing is deallocated, so {@code __del__} never runs: programs that
 * define it are skipped there, as ARCHITECTURE.md §2 says of that mode.
 */
class ConformanceTest {
  static final Path CORPUS = Path.of("src/test/resources/conformance");

  @TestFactory
  Stream<DynamicTest> corpusMatchesCPython() throws IOException {
    List<Path> programs;
    try (Stream<Path> files = Files.list(CORPUS)) {
      programs =
          files
              .filter(p -> p.toString().endsWith(".py"))
              .filter(p -> !p.getFileName().toString().startsWith("mod_"))
              .sorted()
              .toList();
    }
    Map<String, String> known = knownFailures();
    return programs.stream()
        .filter(ConformanceTest::runsInThisMode)
        .map(
            p -> {
              String name = p.getFileName().toString();
              String reason = known.get(name);
              return DynamicTest.dynamicTest(
                  name,
                  () -> {
                    if (reason == null) {
                      check(p);
                    } else {
                      assertThrows(
                          AssertionFailedError.class,
                          () -> check(p),
                          name + " now passes: take it off KNOWN_FAILURES (" + reason + ")");
                    }
                  });
            });
  }

  /** Programs that do not pass yet, with the reason (the file {@code KNOWN_FAILURES}). */
  static Map<String, String> knownFailures() throws IOException {
    return listed("KNOWN_FAILURES");
  }

  /** A list file of the corpus: program name, then the reason. */
  static Map<String, String> listed(String file) throws IOException {
    Map<String, String> known = new HashMap<>();
    for (String line : Files.readAllLines(CORPUS.resolve(file))) {
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+", 2);
      known.put(parts[0], parts.length > 1 ? parts[1] : "");
    }
    return known;
  }

  private static boolean runsInThisMode(Path program) {
    if (Refcount.MODE != RefcountMode.NONE) {
      return true;
    }
    try {
      return !Files.readString(program).contains("__del__")
          && !listed("NEEDS_FINALIZATION").containsKey(program.getFileName().toString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The outcome of one run: stdout, exit status, last line of stderr, and (with the debug
   * accounting on) a description of leaked objects, or null.
   */
  record Outcome(
      String stdout, int status, String lastErrorLine, String leaks, String stderr, int garbage) {}

  /** The program's {@code NAME.in} as its standard input, or an empty one (as /dev/null). */
  private static java.io.InputStream stdin(Path program) {
    Path in = program.resolveSibling(program.getFileName().toString().replace(".py", ".in"));
    try {
      return new java.io.ByteArrayInputStream(
          java.nio.file.Files.exists(in) ? java.nio.file.Files.readAllBytes(in) : new byte[0]);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Outcome run(Path program) {
    java.util.Set<dev.weft.refcount.RcObject> before =
        RefDebug.ENABLED ? RefDebug.liveSnapshot() : java.util.Set.of();
    String[] leaks = new String[1];
    int[] garbage = new int[1];
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    int status =
        RunCommand.run(
            List.of(program.toString()),
            stdin(program),
            o,
            e,
            ts -> {
              if (RefDebug.ENABLED) {
                Runtimes.shutdown(ts);
                LeakCheck.Result left = LeakCheck.check(before);
                leaks[0] = left.leaked().isEmpty() ? null : LeakCheck.describe(left.leaked());
                garbage[0] = left.cyclicGarbage();
              }
            });
    o.flush();
    String stderr = err.toString(StandardCharsets.UTF_8);
    String[] lines = stderr.split("\n", -1);
    String last = "";
    for (int i = lines.length - 1; i >= 0; i--) {
      if (!lines[i].isEmpty()) {
        last = lines[i];
        break;
      }
    }
    String corpus = CORPUS.toAbsolutePath().normalize() + "/";
    return new Outcome(
        out.toString(StandardCharsets.UTF_8),
        status,
        last,
        leaks[0],
        stderr.replace(corpus, "<corpus>/"),
        garbage[0]);
  }

  private static void check(Path program) throws IOException {
    String name = program.getFileName().toString();
    String base = name.substring(0, name.length() - 3);
    String expectedOut = Files.readString(program.resolveSibling(base + ".out"));
    Path exitFile = program.resolveSibling(base + ".exit");
    int expectedStatus = 0;
    String expectedLast = "";
    if (Files.exists(exitFile)) {
      List<String> lines = Files.readAllLines(exitFile);
      expectedStatus = Integer.parseInt(lines.get(0).trim());
      expectedLast = lines.size() > 1 ? lines.get(1) : "";
    }
    Outcome actual = run(program);
    assertEquals(expectedOut, actual.stdout(), name + ": stdout");
    assertEquals(
        expectedStatus,
        actual.status(),
        name + ": exit status; stderr ends " + actual.lastErrorLine());
    if (expectedStatus != 0) {
      assertEquals(expectedLast, actual.lastErrorLine(), name + ": last line of stderr");
    }
    if (!listed("LIVE_AT_EXIT").containsKey(name)) {
      assertNull(actual.leaks(), name + ": after the modules are cleared");
    }
    Path errFile = program.resolveSibling(base + ".err");
    if (Files.exists(errFile)) {
      assertEquals(Files.readString(errFile), actual.stderr(), name + ": the whole traceback");
    }
  }
}
