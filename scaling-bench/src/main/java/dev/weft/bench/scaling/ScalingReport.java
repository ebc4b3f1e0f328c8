package dev.weft.bench.scaling;

import dev.weft.bench.report.HtmlReport;
import dev.weft.bench.report.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON and HTML forms of a {@code weft scaling} run. */
final class ScalingReport {
  private ScalingReport() {}

  static String json(Map<String, String> environment, int threads, List<SuiteRun> runs) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("environment", environment);
    root.put("threads", threads);
    List<Object> configurations = new ArrayList<>();
    for (SuiteRun run : runs) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("label", run.label());
      c.put("options", run.options());
      List<Object> workloads = new ArrayList<>();
      for (Measurement m : run.measurements()) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("name", m.name());
        w.put("speedup", m.speedup(threads));
        w.put("one_thread_median_s", Measurement.median(m.oneThread()));
        w.put("n_threads_median_s", Measurement.median(m.nThreads()));
        w.put("one_thread_s", m.oneThread());
        w.put("n_threads_s", m.nThreads());
        w.put("results_agree", m.ok());
        w.put("result", m.detail());
        workloads.add(w);
      }
      c.put("workloads", workloads);
      c.put("error", run.error());
      configurations.add(c);
    }
    root.put("configurations", configurations);
    return Json.write(root);
  }

  static String html(Map<String, String> environment, int threads, List<SuiteRun> runs) {
    List<String> labels = new ArrayList<>();
    for (SuiteRun run : runs) {
      for (Measurement m : run.measurements()) {
        if (!labels.contains(m.name())) {
          labels.add(m.name());
        }
      }
    }
    Map<String, double[]> series = new LinkedHashMap<>();
    List<List<String>> table = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("workload"));
    for (SuiteRun run : runs) {
      header.add(run.label() + ": speedup");
      header.add("1 thread (ms)");
      header.add(threads + " threads (ms)");
      header.add("results");
    }
    table.add(header);
    for (SuiteRun run : runs) {
      double[] values = new double[labels.size()];
      for (int i = 0; i < labels.size(); i++) {
        Measurement m = run.find(labels.get(i));
        values[i] = m == null ? Double.NaN : m.speedup(threads);
      }
      series.put(run.label(), values);
    }
    for (String label : labels) {
      List<String> row = new ArrayList<>(List.of(label));
      for (SuiteRun run : runs) {
        Measurement m = run.find(label);
        if (m == null) {
          row.addAll(List.of("", "", "", "missing"));
          continue;
        }
        row.add(String.format("%.2f", m.speedup(threads)));
        row.add(String.format("%.1f", Measurement.median(m.oneThread()) * 1e3));
        row.add(String.format("%.1f", Measurement.median(m.nThreads()) * 1e3));
        row.add(m.ok() ? "agree" : "DIFFER: " + m.detail());
      }
      table.add(row);
    }
    HtmlReport.Chart chart =
        new HtmlReport.Chart(
            labels,
            series,
            "speedup with " + threads + " threads (t1 \u00d7 N / tN; " + threads + " is perfect)",
            threads);
    return HtmlReport.page("weft scaling", environment, chart, table);
  }
}
