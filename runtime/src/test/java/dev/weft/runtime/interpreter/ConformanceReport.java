package dev.weft.runtime.interpreter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A command-line view of {@link ConformanceTest} for working on the interpreter: runs the corpus
 * (or the programs named on the command line) and prints one line per failure and a count.
 */
public final class ConformanceReport {
  private ConformanceReport() {}

  public static void main(String[] args) throws IOException {
    List<Path> programs;
    try (Stream<Path> files = Files.list(ConformanceTest.CORPUS)) {
      programs =
          files
              .filter(p -> p.toString().endsWith(".py"))
              .filter(p -> !p.getFileName().toString().startsWith("mod_"))
              .filter(
                  p ->
                      args.length == 0
                          || List.of(args).stream()
                              .anyMatch(a -> p.getFileName().toString().startsWith(a)))
              .sorted()
              .toList();
    }
    int failed = 0;
    for (Path p : programs) {
      String name = p.getFileName().toString();
      String base = name.substring(0, name.length() - 3);
      String expected = Files.readString(p.resolveSibling(base + ".out"));
      Path exitFile = p.resolveSibling(base + ".exit");
      int expectedStatus = 0;
      String expectedLast = "";
      if (Files.exists(exitFile)) {
        List<String> lines = Files.readAllLines(exitFile);
        expectedStatus = Integer.parseInt(lines.get(0).trim());
        expectedLast = lines.size() > 1 ? lines.get(1) : "";
      }
      ConformanceTest.Outcome[] box = new ConformanceTest.Outcome[1];
      Throwable[] crash = new Throwable[1];
      Thread runner =
          new Thread(
              () -> {
                try {
                  box[0] = ConformanceTest.run(p);
                } catch (Throwable t) {
                  crash[0] = t;
                }
              });
      runner.setDaemon(true);
      runner.start();
      try {
        runner.join(20_000);
      } catch (InterruptedException e) {
        return;
      }
      if (runner.isAlive() || crash[0] != null) {
        failed++;
        System.out.println((crash[0] != null ? "CRASH " + crash[0] : "TIMEOUT") + " " + name);
        continue;
      }
      ConformanceTest.Outcome o = box[0];
      String problem = null;
      if (!o.stdout().equals(expected)) {
        problem = "stdout differs at line " + firstDiff(expected, o.stdout());
      } else if (o.status() != expectedStatus) {
        problem = "status " + o.status() + " != " + expectedStatus + " (" + o.lastErrorLine() + ")";
      } else if (expectedStatus != 0 && !o.lastErrorLine().equals(expectedLast)) {
        problem = "last stderr line: " + o.lastErrorLine() + " != " + expectedLast;
      } else if (o.leaks() != null) {
        problem = o.leaks();
      } else if (Files.exists(p.resolveSibling(base + ".err"))
          && !Files.readString(p.resolveSibling(base + ".err")).equals(o.stderr())) {
        problem = "stderr differs:\n" + o.stderr();
      }
      if (o.garbage() > 0) {
        System.out.println("GARBAGE " + name + ": " + o.garbage() + " objects in cycles");
      }
      if (problem != null) {
        failed++;
        System.out.println(
            "FAIL "
                + name
                + ": "
                + problem
                + (o.status() != 0 && expectedStatus == 0 ? " [" + o.lastErrorLine() + "]" : ""));
      }
    }
    System.out.println((programs.size() - failed) + " passed, " + failed + " failed");
    System.exit(0);
  }

  private static String firstDiff(String a, String b) {
    String[] x = a.split("\n", -1), y = b.split("\n", -1);
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      String l = i < x.length ? x[i] : "<none>", r = i < y.length ? y[i] : "<none>";
      if (!l.equals(r)) {
        return (i + 1) + ": expected [" + l + "] got [" + r + "]";
      }
    }
    return "?";
  }
}
