package dev.weft.bench.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checksum checking, ratios against python3, peers, table and reports of {@code weft bench}. */
class BenchHarnessTest {
  private static ProgramResult ok(String program, String runner, String sum, double steady) {
    return new ProgramResult(
        program, runner, 10, sum, new double[] {steady, steady * 3, steady}, sum, steady * 2, null);
  }

  private static final BenchResults RESULTS =
      new BenchResults(
          List.of("nbody", "nqueens"),
          List.of("weft", "python3", "pypy3"),
          List.of(
              ok("nbody", "weft", "1.5", 2.0),
              ok("nbody", "python3", "1.5", 1.0),
              ok("nbody", "pypy3", "1.5", 0.25),
              ok("nqueens", "weft", "92", 0.5),
              ok("nqueens", "python3", "92", 1.0),
              new ProgramResult(
                  "nqueens", "pypy3", 0, null, new double[0], null, Double.NaN, "exit 1: boom")));

  @Test
  void speedIsPython3TimeOverTheRunnersWithGeometricMeans() {
    assertEquals(0.5, RESULTS.speedVsReference("nbody", "weft", true), 1e-12);
    assertEquals(2.0, RESULTS.speedVsReference("nqueens", "weft", true), 1e-12);
    assertEquals(1.0, RESULTS.geometricMean("weft", true), 1e-12);
    assertEquals(4.0, RESULTS.geometricMean("pypy3", true), 1e-12, "failed runs are left out");
    assertTrue(Double.isNaN(RESULTS.speedVsReference("nqueens", "pypy3", true)));
    assertEquals(1.0, RESULTS.geometricMean("python3", false), 1e-12);
  }

  @Test
  void checksumsMustAgreeAcrossRunnersAndKindsOfRun() {
    assertTrue(RESULTS.checksumsAgree("nbody"));
    BenchResults differ =
        new BenchResults(
            List.of("p"),
            List.of("weft", "python3"),
            List.of(
                ok("p", "python3", "1", 1.0),
                new ProgramResult("p", "weft", 10, "1", new double[] {1}, "2", 1.0, null)));
    assertFalse(differ.checksumsAgree("p"));
    String table = BenchTable.render(differ, List.of());
    assertTrue(table.contains("! p: checksums differ: [1, 2]"), table);
  }

  @Test
  void tableListsFiguresFailuresAndSkippedPeers() {
    String table =
        BenchTable.render(
            RESULTS, List.of(new Runner.Peer("graalpy", null, "not found on the PATH")));
    String[] lines = table.split(System.lineSeparator());
    assertTrue(lines[0].startsWith("program") && lines[0].contains("vs python3"), table);
    assertTrue(lines[1].contains("2.00 s") && lines[1].contains("0.50x"), table);
    assertTrue(lines[2].contains("FAILED"), table);
    assertTrue(table.contains("(steady state): weft 1.00x, pypy3 4.00x"), table);
    assertTrue(table.contains("! nqueens under pypy3: exit 1: boom"), table);
    assertTrue(table.contains("skipped: graalpy (not found on the PATH)"), table);
  }

  @Test
  void peersAreFoundOnThePathOrListedAsSkipped(@TempDir Path dir) throws Exception {
    Path python3 = Files.createFile(dir.resolve("python3"));
    python3.toFile().setExecutable(true);
    List<Runner.Peer> peers = Runner.peers(Map.of("PATH", dir.toString()), "java");
    assertEquals(
        List.of("python3", "pypy3", "jython", "graalpy"),
        peers.stream().map(Runner.Peer::name).toList());
    assertEquals(List.of(python3.toString()), peers.get(0).runner().command());
    assertNull(peers.get(1).runner());
    assertEquals("not found on the PATH", peers.get(1).skipped());
    assertEquals(
        List.of("w", "run", "-X", "refcount=atomic"),
        Runner.weft(Path.of("w"), List.of("refcount=atomic")).command());
  }

  @Test
  void outputLinesAreParsed() {
    String[] f = ProgramRun.steadyLine("noise\nSTEADY\t1000\t-0.169075164\t0.5,0.25\n");
    assertEquals("1000", f[1]);
    assertEquals("-0.169075164", f[2]);
    assertEquals(0.25, ProgramRun.parseTimes(f[3])[1]);
    assertEquals("92", ProgramRun.checksumLine("checksum: 92\n"));
    assertNull(ProgramRun.checksumLine("Traceback ...\n"));
  }

  @Test
  void reportsCarryTheFiguresAndTheChart() {
    Map<String, String> env = Map.of("JVM", "Test VM");
    String json = BenchMain.json(env, RESULTS, List.of());
    assertTrue(json.contains("\"speed_vs_reference_steady\": 0.5"), json);
    assertTrue(json.contains("\"error\": \"exit 1: boom\""), json);
    String html = BenchMain.html(env, RESULTS);
    assertTrue(html.contains("new Chart(") && html.contains("\"reference\": 1.0"));
  }

  @Test
  void everyProgramFollowsTheContract() throws Exception {
    Path dir = Path.of("src/main/python/bench");
    List<String> programs = BenchMain.programs(dir);
    assertTrue(programs.size() >= 12, "at least 12 programs: " + programs);
    for (String p : programs) {
      String source = Files.readString(dir.resolve(p + ".py"));
      assertTrue(source.contains("\ndef run(n"), p + " defines run(n)");
      assertTrue(source.contains("\nSIZE = "), p + " defines SIZE");
      assertTrue(source.contains("print(\"checksum:\""), p + " prints its checksum");
    }
  }
}
