package dev.weft.bench.scaling;

import dev.weft.bench.report.Launch;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code weft scaling}: runs the scaling suite under each configuration in a fresh JVM, prints
 * ftscalingbench's table (a column per configuration), and writes the JSON and HTML reports. The
 * launcher passes {@code --weft} (itself, to start {@code weft run}), {@code --python} (the
 * directory of the driver and workloads) and {@code --out} (where reports go by default).
 */
public final class ScalingMain {
  private ScalingMain() {}

  static final String USAGE =
      """
      usage: weft scaling [-t N] [--scale F] [--warmup W] [--repeats R] [-X OPTION]...
                          [--compare CONFIG,CONFIG...] [--json FILE] [--html FILE] [WORKLOAD...]
        -t N          threads (default: the CPU count)
        --scale F     multiplies every workload's iterations (default 1.0)
        --warmup W    untimed rounds before the timed ones (default 10)
        --repeats R   timed rounds (default 7); the speedup is the median of the rounds' own
                      t1 * N / tN, each round timing one thread and then N threads
        -X OPTION     a runtime option for every configuration (as weft run -X)
        --compare     one configuration per item, each in a fresh JVM: an -X option, or several
                      joined by '+' (refcount=atomic+borrow=off); 'default' for none
        --json FILE   the JSON report (default: target/scaling/report.json)
        --html FILE   the HTML report (default: target/scaling/report.html)
        --one-jvm     every workload of a configuration in one JVM (ftscalingbench's way);
                      by default each workload gets a fresh JVM, so that one workload's
                      profile does not make HotSpot recompile the interpreter in another's
                      timed rounds (docs/performance.md)
        --list        the workloads, one a line
      """;

  /** The parsed command line. */
  record Options(
      int threads,
      double scale,
      int warmup,
      int repeats,
      List<String> common,
      List<List<String>> configurations,
      Path json,
      Path html,
      List<String> workloads,
      boolean list,
      boolean oneJvm) {}

  static Options parse(List<String> args, Path out) {
    int threads = Runtime.getRuntime().availableProcessors();
    double scale = 1.0;
    int warmup = 10, repeats = 7;
    List<String> common = new ArrayList<>();
    List<List<String>> configurations = new ArrayList<>();
    Path json = out.resolve("report.json"), html = out.resolve("report.html");
    List<String> workloads = new ArrayList<>();
    boolean list = false, oneJvm = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "-t", "--threads" -> threads = positive(Launch.value(args, ++i, a), a);
        case "--scale" -> {
          scale = Double.parseDouble(Launch.value(args, ++i, a));
          if (!(scale > 0)) {
            throw new IllegalArgumentException("--scale must be positive");
          }
        }
        case "--warmup" -> warmup = Math.max(0, Integer.parseInt(Launch.value(args, ++i, a)));
        case "--repeats" -> repeats = positive(Launch.value(args, ++i, a), a);
        case "-X" -> common.add(Launch.value(args, ++i, a));
        case "--compare" ->
            configurations.addAll(Launch.configurations(Launch.value(args, ++i, a)));
        case "--json" -> json = Path.of(Launch.value(args, ++i, a));
        case "--html" -> html = Path.of(Launch.value(args, ++i, a));
        case "--list" -> list = true;
        case "--one-jvm" -> oneJvm = true;
        default -> {
          if (a.startsWith("-X") && a.length() > 2) {
            common.add(a.substring(2));
          } else if (a.startsWith("-")) {
            throw new IllegalArgumentException("unknown option " + a);
          } else {
            workloads.add(a);
          }
        }
      }
    }
    if (configurations.isEmpty()) {
      configurations.add(List.of());
    }
    return new Options(
        threads,
        scale,
        warmup,
        repeats,
        common,
        configurations,
        json,
        html,
        workloads,
        list,
        oneJvm);
  }

  private static int positive(String text, String option) {
    int n = Integer.parseInt(text);
    if (n < 1) {
      throw new IllegalArgumentException(option + " must be at least 1");
    }
    return n;
  }

  static String label(List<String> config) {
    return config.isEmpty() ? "default" : String.join("+", config);
  }

  public static void main(String[] argv) throws Exception {
    List<String> args = new ArrayList<>(List.of(argv));
    Launch.Paths paths = Launch.paths(args, USAGE);
    if (paths == null) {
      return;
    }
    Options o = Launch.options("weft scaling", USAGE, () -> parse(args, paths.out()));
    Path weft = paths.weft();
    Path python = paths.python();
    List<String> declared = declaredWorkloads(python);
    if (o.list()) {
      declared.forEach(System.out::println);
      return;
    }
    for (String w : o.workloads()) {
      if (!declared.contains(w)) {
        System.err.println("weft scaling: no workload named " + w + " (see --list)");
        System.exit(2);
      }
    }
    List<String> chosen = o.workloads().isEmpty() ? declared : o.workloads();
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    boolean terminal = System.console() != null && System.getenv("NO_COLOR") == null;
    Map<String, String> environment = environment(o);
    stdout.println(
        "weft scaling: "
            + o.threads()
            + " threads, "
            + environment.get("JVM")
            + ", "
            + environment.get("CPUs")
            + " CPUs, scale "
            + o.scale()
            + ", median of "
            + o.repeats()
            + " after "
            + o.warmup()
            + " warm-up rounds"
            + (o.common().isEmpty() ? "" : ", -X " + String.join(" -X ", o.common())));
    List<SuiteRun> runs = new ArrayList<>();
    for (List<String> config : o.configurations()) {
      List<String> options = new ArrayList<>(o.common());
      options.addAll(config);
      String label = label(config);
      SuiteRun run;
      if (o.oneJvm()) {
        DriverProcess.Plan plan =
            new DriverProcess.Plan(o.threads(), o.scale(), o.warmup(), o.repeats(), chosen);
        run =
            DriverProcess.run(
                weft, python, label, options, plan, p -> progress(p, label, terminal));
      } else {
        run = isolated(weft, python, label, options, o, chosen, terminal);
      }
      if (terminal) {
        System.err.print("\r\u001b[K");
      }
      runs.add(run);
    }
    stdout.print(ScalingTable.render(runs, o.threads(), terminal));
    Launch.write(o.json(), ScalingReport.json(environment, o.threads(), runs));
    Launch.write(o.html(), ScalingReport.html(environment, o.threads(), runs));
    stdout.println("reports: " + o.json() + ", " + o.html());
    boolean failed = runs.stream().anyMatch(r -> r.error() != null);
    boolean differ = runs.stream().flatMap(r -> r.measurements().stream()).anyMatch(m -> !m.ok());
    System.exit(failed || differ ? 1 : 0);
  }

  /** The workloads of {@code workloads.py}, in order: each {@code def} after {@code @workload}. */
  static List<String> declaredWorkloads(Path python) throws IOException {
    List<String> lines = Files.readAllLines(python.resolve("workloads.py"));
    List<String> names = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i - 1).startsWith("@workload(") && lines.get(i).startsWith("def ")) {
        names.add(lines.get(i).substring(4, lines.get(i).indexOf('(')));
      }
    }
    return names;
  }

  /** One configuration, each workload in a JVM of its own; the runs' results put together. */
  private static SuiteRun isolated(
      Path weft,
      Path python,
      String label,
      List<String> options,
      Options o,
      List<String> workloads,
      boolean terminal)
      throws IOException, InterruptedException {
    List<Measurement> measurements = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < workloads.size(); i++) {
      String w = workloads.get(i);
      progress(new DriverProcess.Progress(i + 1, workloads.size(), w), label, terminal);
      DriverProcess.Plan plan =
          new DriverProcess.Plan(o.threads(), o.scale(), o.warmup(), o.repeats(), List.of(w));
      SuiteRun one = DriverProcess.run(weft, python, label, options, plan, p -> {});
      measurements.addAll(one.measurements());
      if (one.error() != null) {
        errors.add(w + ": " + one.error());
      }
    }
    return new SuiteRun(
        label,
        List.copyOf(options),
        measurements,
        errors.isEmpty() ? null : String.join("\n", errors));
  }

  private static void progress(DriverProcess.Progress p, String label, boolean terminal) {
    String text = String.format("[%2d/%d] %s: %s", p.index(), p.count(), label, p.workload());
    if (terminal) {
      System.err.print("\r\u001b[K" + text);
    } else {
      System.err.println(text);
    }
    System.err.flush();
  }

  static Map<String, String> environment(Options o) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put(
        "JVM",
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    env.put("CPUs", Integer.toString(Runtime.getRuntime().availableProcessors()));
    env.put("threads", Integer.toString(o.threads()));
    env.put("scale", Double.toString(o.scale()));
    env.put("rounds", o.warmup() + " warm-up, " + o.repeats() + " timed (median)");
    env.put("options (all)", o.common().isEmpty() ? "none" : String.join(" ", o.common()));
    List<String> labels = new ArrayList<>();
    for (List<String> c : o.configurations()) {
      labels.add(label(c));
    }
    env.put("configurations", String.join(", ", labels));
    env.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    env.put("commit", System.getProperty("weft.commit", "unknown"));
    env.put("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    return env;
  }
}
