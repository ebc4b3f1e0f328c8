package dev.weft.bench.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A self-contained HTML report: a heading, the environment (JVM, CPUs, options), a bar chart drawn
 * by Chart.js, and a table. Chart.js comes from its WebJar on the class path and is inlined, so the
 * page needs no network and shows the same thing wherever it is opened.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** The WebJar version in scaling-bench's pom. */
  static final String CHART_JS = "META-INF/resources/webjars/chart.js/4.4.1/dist/chart.umd.js";

  /**
   * A bar chart's data.
   *
   * @param labels one per bar group (a workload, a program)
   * @param series one per configuration or runner: its name and one value per label (NaN: none)
   * @param axisTitle what the values are
   * @param reference a value drawn as a dashed line (perfect scaling, parity with CPython), or NaN
   */
  public record Chart(
      List<String> labels, Map<String, double[]> series, String axisTitle, double reference) {}

  public static String page(
      String title, Map<String, String> environment, Chart chart, List<List<String>> table) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    sb.append("<title>").append(escape(title)).append("</title>\n");
    sb.append("<style>body{font-family:sans-serif;margin:2em;max-width:70em}")
        .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .6em}")
        .append("td.n{text-align:right;font-family:monospace}</style>\n");
    sb.append("<script>").append(chartJs()).append("</script>\n</head>\n<body>\n");
    sb.append("<h1>").append(escape(title)).append("</h1>\n<table>\n");
    for (Map.Entry<String, String> e : environment.entrySet()) {
      sb.append("<tr><th>").append(escape(e.getKey())).append("</th><td>");
      sb.append(escape(e.getValue())).append("</td></tr>\n");
    }
    sb.append("</table>\n");
    int height = Math.max(300, 28 * chart.labels().size() * Math.max(1, chart.series().size()));
    sb.append("<div style=\"position:relative;height:").append(height).append("px\">");
    sb.append("<canvas id=\"chart\"></canvas></div>\n");
    sb.append("<script>\nconst data = ").append(chartData(chart)).append(";\n");
    sb.append(CHART_SCRIPT).append("</script>\n");
    sb.append("<h2>Figures</h2>\n<table>\n");
    for (int r = 0; r < table.size(); r++) {
      sb.append("<tr>");
      for (String cell : table.get(r)) {
        String tag = r == 0 ? "th" : "td";
        boolean numeric = r > 0 && !cell.isEmpty() && Character.isDigit(cell.charAt(0));
        sb.append('<').append(tag).append(numeric ? " class=\"n\">" : ">");
        sb.append(escape(cell)).append("</").append(tag).append('>');
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n</body>\n</html>\n");
    return sb.toString();
  }

  /** Horizontal grouped bars, one dataset per series, and the reference as a dashed line. */
  private static final String CHART_SCRIPT =
      """
      const datasets = data.series.map((s, i) => ({label: s.name, data: s.values,
        backgroundColor: ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948'][i % 6]}));
      const reference = {id: 'reference', afterDatasetsDraw(chart) {
        if (data.reference === null) return;
        const x = chart.scales.x.getPixelForValue(data.reference);
        const ctx = chart.ctx; ctx.save(); ctx.setLineDash([6, 4]); ctx.strokeStyle = '#555';
        ctx.beginPath(); ctx.moveTo(x, chart.chartArea.top); ctx.lineTo(x, chart.chartArea.bottom);
        ctx.stroke(); ctx.restore(); }};
      new Chart(document.getElementById('chart'), {type: 'bar',
        data: {labels: data.labels, datasets: datasets}, plugins: [reference],
        options: {indexAxis: 'y', maintainAspectRatio: false, animation: false,
          scales: {x: {beginAtZero: true, title: {display: true, text: data.axisTitle}}}}});
      """;

  static String chartData(Chart chart) {
    StringBuilder sb = new StringBuilder("{\"labels\": [");
    for (int i = 0; i < chart.labels().size(); i++) {
      sb.append(i == 0 ? "" : ", ");
      Json.string(sb, chart.labels().get(i));
    }
    sb.append("], \"series\": [");
    int k = 0;
    for (Map.Entry<String, double[]> s : chart.series().entrySet()) {
      sb.append(k++ == 0 ? "" : ", ").append("{\"name\": ");
      Json.string(sb, s.getKey());
      sb.append(", \"values\": [");
      double[] v = s.getValue();
      for (int i = 0; i < v.length; i++) {
        sb.append(i == 0 ? "" : ", ");
        sb.append(Double.isNaN(v[i]) ? "null" : String.format("%.4f", v[i]));
      }
      sb.append("]}");
    }
    sb.append("], \"axisTitle\": ");
    Json.string(sb, chart.axisTitle());
    sb.append(", \"reference\": ");
    sb.append(Double.isNaN(chart.reference()) ? "null" : Double.toString(chart.reference()));
    return sb.append('}').toString();
  }

  private static String chartJs() {
    try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(CHART_JS)) {
      if (in == null) {
        throw new IllegalStateException(CHART_JS + " is not on the class path");
      }
      // A "</script>" inside the library would end the element early; it has none, but be sure.
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("</script", "<\\/script");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
