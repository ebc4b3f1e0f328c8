package dev.weft.runtime.cli;

import dev.weft.runtime.bytecode.Opcode;
import dev.weft.runtime.interpreter.Spec;
import dev.weft.runtime.threads.SpecStats;
import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * The specialization part of {@code -X stats}: per family, attempts that succeeded and failed, and
 * the hits, misses and deopts of its specialized forms; then each form with any activity, and the
 * failure reasons (CPython's {@code Tools/scripts/summarize_stats.py} tables, in brief).
 */
final class SpecTable {
  private SpecTable() {}

  static void print(SpecStats s, PrintStream err) {
    err.println(
        "  specialization    "
            + (Spec.ENABLED ? "on" : "off")
            + ", tlbc="
            + Spec.TLBC.option
            + (Spec.ENABLED ? "" : " (no specializer, or tlbc=0, or -X specialize=off)"));
    if (!Spec.ENABLED) {
      return;
    }
    Map<String, long[]> families = new TreeMap<>();
    s.failures.forEach(
        (k, v) ->
            families.computeIfAbsent(k.substring(0, k.indexOf(' ')), x -> new long[5])[1] += v);
    for (Opcode op : Opcode.values()) {
      if (op.family() == null) {
        continue;
      }
      int c = op.code();
      long[] row = families.computeIfAbsent(op.family().name(), x -> new long[5]);
      row[0] += s.successes[c];
      row[2] += s.hits[c];
      row[3] += s.misses[c];
      row[4] += s.deopts[c];
    }
    err.printf(
        "    %-20s %12s %12s %14s %12s %10s%n",
        "family", "specialized", "failed", "hits", "misses", "deopts");
    families.forEach(
        (name, r) -> {
          if (r[0] + r[1] + r[2] + r[3] + r[4] > 0) {
            err.printf(
                "    %-20s %,12d %,12d %,14d %,12d %,10d%n", name, r[0], r[1], r[2], r[3], r[4]);
          }
        });
    err.printf(
        "    %-32s %12s %14s %12s %10s%n", "form", "specialized", "hits", "misses", "deopts");
    for (Opcode op : Opcode.values()) {
      int c = op.code();
      if (op.family() != null && s.successes[c] + s.hits[c] + s.misses[c] + s.deopts[c] > 0) {
        err.printf(
            "    %-32s %,12d %,14d %,12d %,10d%n",
            op.name(), s.successes[c], s.hits[c], s.misses[c], s.deopts[c]);
      }
    }
    if (!s.failures.isEmpty()) {
      err.println("    failures by reason");
      new TreeMap<>(s.failures).forEach((k, v) -> err.printf("      %-44s %,10d%n", k, v));
    }
  }
}
