package dev.weft.bench.scaling;

import java.util.ArrayList;
import java.util.List;

/**
 * The terminal table of {@code weft scaling}, in ftscalingbench's words ({@code 1.9x faster},
 * {@code 1.3x slower}), one column per configuration. Colours (on a terminal): green from 90% of
 * perfect scaling up (1.8x on 2 CPUs, the project's target), yellow for a gain short of that, red
 * for a loss. A workload whose runs returned different values is marked {@code !} and listed under
 * the table.
 */
final class ScalingTable {
  private ScalingTable() {}

  static final String GREEN = "\u001b[32m", YELLOW = "\u001b[33m", RED = "\u001b[31m";
  static final String RESET = "\u001b[0m";

  static String words(double speedup) {
    return speedup >= 1
        ? String.format("%.1fx faster", speedup)
        : String.format("%.1fx slower", 1 / speedup);
  }

  static String colour(double speedup, int threads) {
    if (speedup >= 0.9 * threads) {
      return GREEN;
    }
    return speedup >= 1 ? YELLOW : RED;
  }

  static String render(List<SuiteRun> runs, int threads, boolean colour) {
    List<String> workloads = new ArrayList<>();
    for (SuiteRun run : runs) {
      for (Measurement m : run.measurements()) {
        if (!workloads.contains(m.name())) {
          workloads.add(m.name());
        }
      }
    }
    int nameWidth = "geometric mean".length();
    for (String w : workloads) {
      nameWidth = Math.max(nameWidth, w.length());
    }
    int cellWidth = "100.0x faster !".length();
    for (SuiteRun run : runs) {
      cellWidth = Math.max(cellWidth, run.label().length());
    }
    StringBuilder out = new StringBuilder();
    boolean columns = runs.size() > 1;
    if (columns) {
      out.append(pad("workload", nameWidth));
      for (SuiteRun run : runs) {
        out.append("  ").append(pad(run.label(), cellWidth));
      }
      out.append(System.lineSeparator());
    }
    List<String> problems = new ArrayList<>();
    for (String w : workloads) {
      out.append(pad(w, nameWidth));
      for (SuiteRun run : runs) {
        Measurement m = run.find(w);
        String text;
        String code = "";
        if (m == null) {
          text = "-";
        } else {
          double s = m.speedup(threads);
          text = words(s) + (m.ok() ? "" : " !");
          code = colour(s, threads);
          if (!m.ok()) {
            problems.add(w + " (" + run.label() + "): results differ: " + m.detail());
          }
        }
        out.append("  ").append(cell(text, cellWidth, colour ? code : "", columns));
      }
      out.append(System.lineSeparator());
    }
    out.append(pad("geometric mean", nameWidth));
    for (SuiteRun run : runs) {
      double[] speedups =
          run.measurements().stream().mapToDouble(m -> m.speedup(threads)).toArray();
      String text = speedups.length == 0 ? "-" : words(Measurement.geometricMean(speedups));
      String code =
          speedups.length == 0 || !colour
              ? ""
              : colour(Measurement.geometricMean(speedups), threads);
      out.append("  ").append(cell(text, cellWidth, code, columns));
    }
    out.append(System.lineSeparator());
    for (SuiteRun run : runs) {
      if (run.error() != null) {
        problems.add(run.label() + " stopped: " + run.error());
      }
    }
    for (String p : problems) {
      out.append("! ").append(p).append(System.lineSeparator());
    }
    return out.toString().replaceAll("(?m) +(?=\\R|$)", "");
  }

  private static String cell(String text, int width, String code, boolean padded) {
    String body = padded ? pad(text, width) : text;
    return code.isEmpty() ? body : code + body + RESET;
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
