package dev.weft.bench.programs;

import dev.weft.bench.report.HtmlReport;
import dev.weft.bench.report.Json;
import dev.weft.bench.report.Launch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code weft bench}: runs the benchmark programs under Weft (each configuration in its own
 * processes) and under every other Python found, checks that all print the same checksum, and
 * prints steady-state and whole-process times with the speed relative to {@code python3}.
 */
public final class BenchMain {
  private BenchMain() {}

  static final String USAGE =
      """
      usage: weft bench [--scale F] [--warmup W] [--repeats R] [--compare CONFIG,...]
                        [--no-peers] [--json FILE] [--html FILE] [--list] [PROGRAM...]
        --scale F      multiplies each program's default size (default 1.0)
        --warmup W     untimed run(n) calls before the timed ones (default 2)
        --repeats R    timed run(n) calls; the figure is their median (default 3)
        --compare      Weft configurations, as for weft scaling ('default' is plain weft)
        --no-peers     Weft only
        --timeout S    seconds allowed to one process (default 600)
        --json FILE    the JSON report (default: target/bench/report.json)
        --html FILE    the HTML report (default: target/bench/report.html)
        --jmh [REGEX]  the JMH micro-benchmarks instead (arguments go to JMH)
      """;

  record Options(
      double scale,
      int warmup,
      int repeats,
      List<List<String>> configurations,
      boolean peers,
      long timeout,
      Path json,
      Path html,
      boolean list,
      List<String> programs) {}

  static Options parse(List<String> args, Path out) {
    double scale = 1.0;
    int warmup = 2, repeats = 3;
    long timeout = 600;
    List<List<String>> configurations = new ArrayList<>();
    boolean peers = true, list = false;
    Path json = out.resolve("report.json"), html = out.resolve("report.html");
    List<String> programs = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--scale" -> scale = Double.parseDouble(Launch.value(args, ++i, a));
        case "--warmup" -> warmup = Math.max(0, Integer.parseInt(Launch.value(args, ++i, a)));
        case "--repeats" -> repeats = Math.max(1, Integer.parseInt(Launch.value(args, ++i, a)));
        case "--timeout" -> timeout = Long.parseLong(Launch.value(args, ++i, a));
        case "--compare" ->
            configurations.addAll(Launch.configurations(Launch.value(args, ++i, a)));
        case "--no-peers" -> peers = false;
        case "--json" -> json = Path.of(Launch.value(args, ++i, a));
        case "--html" -> html = Path.of(Launch.value(args, ++i, a));
        case "--list" -> list = true;
        default -> {
          if (a.startsWith("-")) {
            throw new IllegalArgumentException("unknown option " + a);
          }
          programs.add(a.endsWith(".py") ? a.substring(0, a.length() - 3) : a);
        }
      }
    }
    if (!(scale > 0)) {
      throw new IllegalArgumentException("--scale must be positive");
    }
    if (configurations.isEmpty()) {
      configurations.add(List.of());
    }
    return new Options(
        scale, warmup, repeats, configurations, peers, timeout, json, html, list, programs);
  }

  /** The programs of {@code dir}: every {@code .py} file but the runner, by name. */
  static List<String> programs(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".py") && !n.equals("bench_runner.py"))
          .map(n -> n.substring(0, n.length() - 3))
          .sorted()
          .toList();
    }
  }

  public static void main(String[] argv) throws Exception {
    List<String> args = new ArrayList<>(List.of(argv));
    Launch.Paths paths = Launch.paths(args, USAGE);
    if (paths == null) {
      return;
    }
    Options o = Launch.options("weft bench", USAGE, () -> parse(args, paths.out()));
    Path weft = paths.weft();
    Path dir = paths.python();
    List<String> all = programs(dir);
    if (o.list()) {
      all.forEach(System.out::println);
      return;
    }
    List<String> chosen = o.programs().isEmpty() ? all : o.programs();
    for (String p : chosen) {
      if (!all.contains(p)) {
        System.err.println("weft bench: no program named " + p + " (see --list)");
        System.exit(2);
      }
    }
    List<Runner> runners = new ArrayList<>();
    for (List<String> config : o.configurations()) {
      runners.add(Runner.weft(weft, config));
    }
    List<Runner.Peer> skipped = new ArrayList<>();
    if (o.peers()) {
      for (Runner.Peer peer : Runner.peers(System.getenv(), paths.java())) {
        if (peer.runner() != null) {
          runners.add(peer.runner());
        } else {
          skipped.add(peer);
        }
      }
    }
    System.out.println(
        "weft bench: "
            + chosen.size()
            + " programs, "
            + runners.stream().map(Runner::name).toList()
            + ", median of "
            + o.repeats()
            + " after "
            + o.warmup()
            + " warm-up runs, scale "
            + o.scale());
    List<ProgramResult> results = new ArrayList<>();
    int step = 0;
    for (String program : chosen) {
      for (Runner runner : runners) {
        System.err.printf(
            "[%2d/%d] %s under %s%n",
            ++step, chosen.size() * runners.size(), program, runner.name());
        results.add(
            ProgramRun.run(runner, dir, program, o.scale(), o.warmup(), o.repeats(), o.timeout()));
      }
    }
    BenchResults b = new BenchResults(chosen, runners.stream().map(Runner::name).toList(), results);
    System.out.print(BenchTable.render(b, skipped));
    Map<String, String> environment = environment(o, runners, skipped);
    Launch.write(o.json(), json(environment, b, skipped));
    Launch.write(o.html(), html(environment, b));
    System.out.println("reports: " + o.json() + ", " + o.html());
    boolean bad =
        results.stream().anyMatch(ProgramResult::failed)
            || chosen.stream().anyMatch(p -> !b.checksumsAgree(p));
    System.exit(bad ? 1 : 0);
  }

  static Map<String, String> environment(
      Options o, List<Runner> runners, List<Runner.Peer> skipped) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put(
        "JVM",
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    env.put("CPUs", Integer.toString(Runtime.getRuntime().availableProcessors()));
    env.put("runners", String.join(", ", runners.stream().map(Runner::name).toList()));
    env.put(
        "skipped",
        skipped.isEmpty()
            ? "none"
            : String.join(
                ", ", skipped.stream().map(p -> p.name() + " (" + p.skipped() + ")").toList()));
    env.put("scale", Double.toString(o.scale()));
    env.put("runs", o.warmup() + " warm-up, " + o.repeats() + " timed (median), 1 whole process");
    env.put("commit", System.getProperty("weft.commit", "unknown"));
    env.put("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    return env;
  }

  static String json(Map<String, String> environment, BenchResults b, List<Runner.Peer> skipped) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("environment", environment);
    root.put("reference", BenchResults.REFERENCE);
    List<Object> programs = new ArrayList<>();
    for (String p : b.programs()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", p);
      entry.put("checksums_agree", b.checksumsAgree(p));
      List<Object> runs = new ArrayList<>();
      for (String runner : b.runners()) {
        ProgramResult r = b.get(p, runner);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("runner", runner);
        run.put("n", r.size());
        run.put("checksum", r.steadyChecksum());
        run.put("steady_s", r.steady());
        run.put("steady_median_s", r.steadyMedian());
        run.put("process_s", r.processSeconds());
        run.put("speed_vs_reference_steady", b.speedVsReference(p, runner, true));
        run.put("speed_vs_reference_process", b.speedVsReference(p, runner, false));
        run.put("error", r.error());
        runs.add(run);
      }
      entry.put("runs", runs);
      programs.add(entry);
    }
    root.put("programs", programs);
    Map<String, Object> means = new LinkedHashMap<>();
    for (String runner : b.runners()) {
      means.put(
          runner,
          Map.of(
              "steady", b.geometricMean(runner, true), "process", b.geometricMean(runner, false)));
    }
    root.put("geometric_mean_speed_vs_reference", means);
    root.put("skipped", skipped.stream().map(p -> p.name() + ": " + p.skipped()).toList());
    return Json.write(root);
  }

  static String html(Map<String, String> environment, BenchResults b) {
    Map<String, double[]> series = new LinkedHashMap<>();
    for (String runner : b.runners()) {
      double[] v = new double[b.programs().size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = b.speedVsReference(b.programs().get(i), runner, true);
      }
      series.put(runner, v);
    }
    HtmlReport.Chart chart =
        new HtmlReport.Chart(
            b.programs(),
            series,
            "speed relative to " + BenchResults.REFERENCE + ", steady state (higher is faster)",
            1.0);
    return HtmlReport.page("weft bench", environment, chart, BenchTable.rows(b));
  }
}
