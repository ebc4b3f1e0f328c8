package dev.weft.bench.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The arithmetic, parsing, table and reports of {@code weft scaling}, without running Python. */
class ScalingHarnessTest {
  private static Measurement m(String name, double[] t1, double[] tn, boolean ok) {
    return new Measurement(name, t1, tn, ok, ok ? "42" : "42 | 43");
  }

  @Test
  void speedupIsTheMedianOfEachRoundsOneThreadTimesNOverNThreads() {
    // Rounds (1.0, 1.0) (9.0, 9.0) (1.2, 2.4): ratios 2.0, 2.0, 1.0; the machine slowed down in
    // round two, which a ratio of medians (1.2 * 2 / 2.4 = 1.0) would misread.
    Measurement perfect = m("p", new double[] {1.0, 9.0, 1.2}, new double[] {1.0, 9.0, 2.4}, true);
    assertEquals(2.0, perfect.speedup(2), 1e-12);
    Measurement serial = m("s", new double[] {1.0}, new double[] {2.0}, true);
    assertEquals(1.0, serial.speedup(2), 1e-12);
    Measurement worse = m("w", new double[] {1.0}, new double[] {4.0}, true);
    assertEquals(0.5, worse.speedup(2), 1e-12);
    assertEquals(2.5, Measurement.median(new double[] {4, 1, 2, 3}), 1e-12);
    assertEquals(2.0, Measurement.geometricMean(new double[] {1, 4}), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> Measurement.median(new double[0]));
  }

  @Test
  void driverLinesAreParsed() {
    Measurement r =
        DriverProcess.parseResult("RESULT\tlist_as_queue\t0.5,0.25\t0.5,0.75\t1\t199670136");
    assertEquals("list_as_queue", r.name());
    assertEquals(2, r.oneThread().length);
    assertEquals(0.75, r.nThreads()[1]);
    assertTrue(r.ok());
    assertEquals("199670136", r.detail());
    Measurement bad = DriverProcess.parseResult("RESULT\tx\t1\t1\t0\t1 | 2\tmore");
    assertFalse(bad.ok());
    assertEquals("1 | 2\tmore", bad.detail());
    assertNull(DriverProcess.parseResult("something else"));
    assertEquals(
        new DriverProcess.Progress(3, 26, "generator"),
        DriverProcess.parseProgress("PROGRESS\t3\t26\tgenerator"));
    assertNull(DriverProcess.parseProgress("Traceback (most recent call last):"));
  }

  @Test
  void tableSpeaksFtscalingbenchsWordsAndMarksDisagreement() {
    SuiteRun run =
        new SuiteRun(
            "default",
            List.of(),
            List.of(
                m("fast", new double[] {1.0}, new double[] {1.0}, true),
                m("slow", new double[] {1.0}, new double[] {4.0}, false)),
            null);
    String table = ScalingTable.render(List.of(run), 2, false);
    assertTrue(table.contains("fast            2.0x faster"), table);
    assertTrue(table.contains("2.0x slower !"), table);
    assertTrue(table.contains("geometric mean  1.0x faster"), table);
    assertTrue(table.contains("! slow (default): results differ: 42 | 43"), table);
    assertFalse(table.contains("\u001b["), "no colour codes when not asked");
    String coloured = ScalingTable.render(List.of(run), 2, true);
    assertTrue(coloured.contains(ScalingTable.GREEN + "2.0x faster"), coloured);
    assertTrue(coloured.contains(ScalingTable.RED + "2.0x slower !"), coloured);
    assertEquals(ScalingTable.YELLOW, ScalingTable.colour(1.5, 2));
    assertEquals(ScalingTable.GREEN, ScalingTable.colour(1.8, 2));
  }

  @Test
  void compareGivesAColumnPerConfiguration() {
    SuiteRun a =
        new SuiteRun(
            "refcount=atomic",
            List.of("refcount=atomic"),
            List.of(m("w", new double[] {1.0}, new double[] {1.6}, true)),
            null);
    SuiteRun b =
        new SuiteRun(
            "refcount=brc",
            List.of("refcount=brc"),
            List.of(m("w", new double[] {1.0}, new double[] {1.0}, true)),
            "exit status 1: boom");
    String table = ScalingTable.render(List.of(a, b), 2, false);
    String[] lines = table.split(System.lineSeparator());
    assertTrue(lines[0].startsWith("workload") && lines[0].contains("refcount=atomic"), table);
    assertTrue(lines[1].contains("1.3x faster") && lines[1].contains("2.0x faster"), table);
    assertTrue(table.contains("! refcount=brc stopped: exit status 1: boom"), table);
  }

  @Test
  void optionsParseCompareListsAndWorkloads() {
    ScalingMain.Options o =
        ScalingMain.parse(
            List.of(
                "-t",
                "4",
                "--scale",
                "0.5",
                "-X",
                "stats",
                "--compare",
                "refcount=atomic,refcount=brc+borrow=off,default",
                "generator",
                "pyfunction"),
            Path.of("out"));
    assertEquals(4, o.threads());
    assertEquals(0.5, o.scale());
    assertEquals(List.of("stats"), o.common());
    assertEquals(
        List.of(List.of("refcount=atomic"), List.of("refcount=brc", "borrow=off"), List.of()),
        o.configurations());
    assertEquals(List.of("generator", "pyfunction"), o.workloads());
    assertEquals(Path.of("out", "report.json"), o.json());
    assertEquals(false, o.oneJvm());
    assertEquals(true, ScalingMain.parse(List.of("--one-jvm"), Path.of("x")).oneJvm());
    assertEquals("refcount=brc+borrow=off", ScalingMain.label(o.configurations().get(1)));
    assertEquals(List.of(List.of()), ScalingMain.parse(List.of(), Path.of("x")).configurations());
    assertThrows(
        IllegalArgumentException.class, () -> ScalingMain.parse(List.of("--bogus"), Path.of("x")));
    assertThrows(
        IllegalArgumentException.class, () -> ScalingMain.parse(List.of("-t", "0"), Path.of("x")));
  }

  @Test
  void reportsHoldEveryFigureAndTheChart() {
    SuiteRun run =
        new SuiteRun(
            "default",
            List.of(),
            List.of(m("shared_<list>", new double[] {0.5, 0.7}, new double[] {0.5, 0.7}, true)),
            null);
    Map<String, String> env = Map.of("JVM", "Test VM", "CPUs", "2");
    String json = ScalingReport.json(env, 2, List.of(run));
    assertTrue(json.contains("\"name\": \"shared_\\u003clist\\u003e\""), json);
    assertTrue(json.contains("\"speedup\": 2.0"), json);
    assertTrue(json.contains("\"one_thread_s\": [0.5, 0.7]"), json);
    assertTrue(json.contains("\"results_agree\": true"), json);
    String html = ScalingReport.html(env, 2, List.of(run));
    assertTrue(html.contains("new Chart("), "Chart.js is called");
    assertTrue(html.contains("Chart.js v4"), "and inlined from its WebJar");
    assertTrue(html.contains("shared_&lt;list&gt;"), "table cells are escaped");
    assertTrue(html.contains("\"values\": [2.0000]"), html.substring(html.indexOf("const data")));
    assertTrue(html.contains("<td>Test VM</td>"));
  }
}
