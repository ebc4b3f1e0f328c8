package dev.weft.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What {@code weft scaling} and {@code weft bench} share on their command lines and outputs. */
public final class Launch {
  private Launch() {}

  /** What the launcher script passes: itself, the Python sources, the report directory, java. */
  public record Paths(Path weft, Path python, Path out, String java) {}

  /**
   * Takes the launcher's arguments out of {@code args}; null (after printing {@code usage}) when
   * the user asked for help.
   */
  public static Paths paths(List<String> args, String usage) {
    Paths paths =
        new Paths(
            Path.of(take(args, "--weft")),
            Path.of(take(args, "--python")),
            Path.of(take(args, "--out")),
            take(args, "--java"));
    if (args.contains("--help") || args.contains("-h")) {
      System.out.print(usage);
      return null;
    }
    return paths;
  }

  /** Parses the options, or reports the problem with the usage and exits with status 2. */
  public static <T> T options(String command, String usage, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      System.err.println(command + ": " + e.getMessage());
      System.err.print(usage);
      System.exit(2);
      return null;
    }
  }

  /** Removes {@code name VALUE} (passed by the launcher script) from {@code args}; its value. */
  public static String take(List<String> args, String name) {
    int i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.size()) {
      throw new IllegalStateException("the launcher must pass " + name);
    }
    String v = args.get(i + 1);
    args.subList(i, i + 2).clear();
    return v;
  }

  /** The value after option {@code args[i - 1]}. */
  public static String value(List<String> args, int i, String option) {
    if (i >= args.size()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(i);
  }

  /**
   * {@code --compare}'s list: configurations separated by ',', each a '+'-joined list of {@code -X}
   * options; {@code default} is the configuration without options.
   */
  public static List<List<String>> configurations(String text) {
    List<List<String>> configurations = new ArrayList<>();
    for (String item : text.split(",")) {
      List<String> config = new ArrayList<>();
      for (String option : item.split("\\+")) {
        if (!option.isBlank() && !option.strip().equals("default")) {
          config.add(option.strip());
        }
      }
      configurations.add(config);
    }
    return configurations;
  }

  public static void write(Path file, String text) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
