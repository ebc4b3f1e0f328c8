package dev.weft.bench.frontend;

import dev.weft.runtime.compiler.CodeGenerator;
import dev.weft.runtime.compiler.FrontEnd;
import dev.weft.runtime.compiler.PySyntaxError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Front-end speed side by side with CPython: generates one large Python file, measures Weft's front
 * end (parse and symbol table) in steady state, then runs {@code python3} on the same file in the
 * same run, timing {@code ast.parse} (the comparable work) and {@code compile} (which also
 * generates code). Prints lines per second and the ratios. Not a test: nothing is asserted.
 *
 * <p>Usage: {@code java -cp scaling-bench/target/benchmarks.jar
 * dev.weft.bench.frontend.FrontEndSpeed [functions]}
 */
public final class FrontEndSpeed {
  private static final int REPETITIONS = 15;

  private FrontEndSpeed() {}

  public static void main(String[] args) throws IOException, InterruptedException, PySyntaxError {
    int functions = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    String source = generate(functions);
    long lines = source.lines().count();
    Path file = Files.createTempFile("weft-front-end-", ".py");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    try {
      byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < REPETITIONS; i++) {
        CodeGenerator.compile(file.toString(), source); // warm-up: reach steady state first
      }
      double analysis = median(REPETITIONS, () -> FrontEnd.analyze(file.toString(), bytes));
      double weft = median(REPETITIONS, () -> CodeGenerator.compile(file.toString(), source));
      double[] cpython = cpython(file);
      System.out.printf(
          "file: %d lines, %d bytes (%d generated functions)%n", lines, bytes.length, functions);
      System.out.printf(
          "%-36s %10.1f ms %12.0f lines/s%n",
          "weft parse + symbol table", analysis * 1e3, lines / analysis);
      System.out.printf(
          "%-36s %10.1f ms %12.0f lines/s%n",
          "weft compile (to code objects)", weft * 1e3, lines / weft);
      System.out.printf(
          "%-36s %10.1f ms %12.0f lines/s%n",
          "python3 ast.parse", cpython[0] * 1e3, lines / cpython[0]);
      System.out.printf(
          "%-36s %10.1f ms %12.0f lines/s%n",
          "python3 compile (incl. codegen)", cpython[1] * 1e3, lines / cpython[1]);
      // compile() against compile(): both go from source to code objects. (ast.parse is slower
      // than compile because it also converts CPython's tree into Python objects.)
      System.out.printf("time ratio weft compile / python3 compile: %.2f%n", weft / cpython[1]);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  interface Work {
    void run() throws PySyntaxError;
  }

  private static double median(int repetitions, Work work) throws PySyntaxError {
    double[] seconds = new double[repetitions];
    for (int i = 0; i < repetitions; i++) {
      long start = System.nanoTime();
      work.run();
      seconds[i] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(seconds);
    return seconds[repetitions / 2];
  }

  /** Median seconds of {@code ast.parse} and of {@code compile} in one python3 process. */
  private static double[] cpython(Path file) throws IOException, InterruptedException {
    String script =
        """
        import ast, statistics, sys, time
        path = sys.argv[1]
        source = open(path, encoding="utf-8").read()
        def median(work):
            for _ in range(3):
                work()
            times = []
            for _ in range(%d):
                start = time.perf_counter()
                work()
                times.append(time.perf_counter() - start)
            return statistics.median(times)
        print(median(lambda: ast.parse(source, path)), median(lambda: compile(source, path, "exec")))
        """
            .formatted(REPETITIONS);
    Process python =
        new ProcessBuilder("python3", "-c", script, file.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (python.waitFor() != 0) {
      throw new IOException("python3 failed: " + output);
    }
    String[] fields = output.trim().split("\\s+");
    return new double[] {Double.parseDouble(fields[0]), Double.parseDouble(fields[1])};
  }

  /** A file of ordinary code: functions with loops, branches, calls, comprehensions, classes. */
  static String generate(int functions) {
    List<String> out = new ArrayList<>();
    out.add("import math");
    for (int i = 0; i < functions; i++) {
      out.add("");
      out.add("def work_%d(data, scale=%d, *rest, key=None):".formatted(i, i % 7 + 1));
      out.add("    total = 0.0");
      out.add("    seen = {}");
      out.add("    for index, value in enumerate(data):");
      out.add("        if value %% %d == 0 and index > 2:".formatted(i % 5 + 2));
      out.add("            total += math.sqrt(value * scale) / (index + 1)");
      out.add("        elif key is not None:");
      out.add("            seen[key(value)] = seen.get(key(value), 0) + 1");
      out.add("        else:");
      out.add("            total -= value ** 2 // 3");
      out.add("    squares = [x * x for x in data if x > %d]".formatted(i % 11));
      out.add("    label = f\"work {%d}: {total:.3f} ({len(squares)} squares)\"".formatted(i));
      out.add("    return total, squares, label, seen");
      if (i % 10 == 0) {
        out.add("");
        out.add("class Shape_%d:".formatted(i));
        out.add("    def __init__(self, width, height):");
        out.add("        self.width, self.height = width, height");
        out.add("");
        out.add("    def area(self):");
        out.add("        return self.width * self.height");
      }
    }
    return String.join("\n", out) + "\n";
  }
}
