package dev.weft.bench.programs;

import java.util.ArrayList;
import java.util.List;

/** The terminal table of {@code weft bench}, and the rows its HTML report shows. */
final class BenchTable {
  private BenchTable() {}

  static List<List<String>> rows(BenchResults b) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("program", "n"));
    for (String runner : b.runners()) {
      header.add(runner + " steady");
      header.add("process");
      if (!runner.equals(BenchResults.REFERENCE)) {
        header.add("vs " + BenchResults.REFERENCE);
      }
    }
    header.add("checksum");
    rows.add(header);
    for (String p : b.programs()) {
      List<String> row = new ArrayList<>(List.of(p, ""));
      for (String runner : b.runners()) {
        ProgramResult r = b.get(p, runner);
        if (r == null || r.failed()) {
          row.add("FAILED");
          row.add("");
        } else {
          row.set(1, Integer.toString(r.size()));
          row.add(seconds(r.steadyMedian()));
          row.add(seconds(r.processSeconds()));
        }
        if (!runner.equals(BenchResults.REFERENCE)) {
          double v = b.speedVsReference(p, runner, true);
          row.add(Double.isNaN(v) ? "" : String.format("%.2fx", v));
        }
      }
      row.add(b.checksumsAgree(p) ? "agree" : "DIFFER");
      rows.add(row);
    }
    return rows;
  }

  /** A time with three significant figures or so: {@code 12.3 ms}, {@code 1.23 s}. */
  static String seconds(double s) {
    if (s < 0.01) {
      return String.format("%.2f ms", s * 1e3);
    }
    return s < 1 ? String.format("%.1f ms", s * 1e3) : String.format("%.2f s", s);
  }

  static String render(BenchResults b, List<Runner.Peer> skipped) {
    List<List<String>> rows = rows(b);
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String cell = row.get(c);
        boolean left = c == 0 || c == columns - 1;
        String pad = " ".repeat(widths[c] - cell.length());
        line.append(c == 0 ? "" : "  ").append(left ? cell + pad : pad + cell);
      }
      out.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
    for (boolean steady : new boolean[] {true, false}) {
      List<String> means = new ArrayList<>();
      for (String runner : b.runners()) {
        if (!runner.equals(BenchResults.REFERENCE)) {
          double g = b.geometricMean(runner, steady);
          means.add(runner + " " + (Double.isNaN(g) ? "-" : String.format("%.2fx", g)));
        }
      }
      out.append("geometric mean of speed vs ")
          .append(BenchResults.REFERENCE)
          .append(steady ? " (steady state): " : " (whole process): ")
          .append(b.runners().contains(BenchResults.REFERENCE) ? String.join(", ", means) : "-")
          .append(System.lineSeparator());
    }
    for (String p : b.programs()) {
      if (!b.checksumsAgree(p)) {
        out.append("! ").append(p).append(": checksums differ: ").append(b.checksums(p));
        out.append(System.lineSeparator());
      }
      for (String runner : b.runners()) {
        ProgramResult r = b.get(p, runner);
        if (r != null && r.failed()) {
          out.append("! ").append(p).append(" under ").append(runner).append(": ");
          out.append(r.error()).append(System.lineSeparator());
        }
      }
    }
    for (Runner.Peer peer : skipped) {
      out.append("skipped: ").append(peer.name()).append(" (").append(peer.skipped()).append(')');
      out.append(System.lineSeparator());
    }
    return out.toString();
  }
}
