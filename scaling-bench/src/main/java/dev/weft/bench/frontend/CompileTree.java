package dev.weft.bench.frontend;

import dev.weft.runtime.compiler.CodeGenerator;
import dev.weft.runtime.compiler.PySyntaxError;
import dev.weft.runtime.compiler.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Compiles every {@code .py} file under a directory (CPython's own library is a good one: {@code
 * python3 -c 'import sysconfig; print(sysconfig.get_path("stdlib"))'}) and reports how many
 * compiled, how many Weft refused with a syntax error (grouped by message), and how many made the
 * compiler crash, listing those. Exits 1 on any crash.
 *
 * <p>Usage: {@code java -cp scaling-bench/target/benchmarks.jar dev.weft.bench.frontend.CompileTree
 * DIR}
 */
public final class CompileTree {
  private CompileTree() {}

  public static void main(String[] args) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      files = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    }
    int compiled = 0;
    int crashed = 0;
    Map<String, Integer> refusals = new TreeMap<>();
    long start = System.nanoTime();
    for (Path file : files) {
      try {
        String source = Tokenizer.decode(Files.readAllBytes(file), file.toString());
        CodeGenerator.compile(file.toString(), source);
        compiled++;
      } catch (PySyntaxError e) {
        refusals.merge(e.kind().pythonName() + ": " + e.message(), 1, Integer::sum);
      } catch (RuntimeException | StackOverflowError e) {
        crashed++;
        System.out.println("CRASH " + file + ": " + e);
      }
    }
    System.out.printf(
        "%d files: %d compiled, %d refused, %d crashed (%.1f s)%n",
        files.size(),
        compiled,
        files.size() - compiled - crashed,
        crashed,
        (System.nanoTime() - start) / 1e9);
    refusals.forEach((message, count) -> System.out.printf("%5d  %s%n", count, message));
    System.exit(crashed == 0 ? 0 : 1);
  }
}
