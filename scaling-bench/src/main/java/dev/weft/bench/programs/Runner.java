package dev.weft.bench.programs;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A way to run a Python program: Weft in one configuration ({@code weft run -X ...}), or another
 * Python found on the machine.
 *
 * @param name how the tables name it ({@code weft}, {@code weft refcount=atomic}, {@code python3})
 * @param command the command that runs {@code FILE ARGS} when they are appended
 */
record Runner(String name, List<String> command) {

  static Runner weft(Path weft, List<String> options) {
    List<String> command = new ArrayList<>(List.of(weft.toString(), "run"));
    for (String o : options) {
      command.add("-X");
      command.add(o);
    }
    return new Runner(options.isEmpty() ? "weft" : "weft " + String.join("+", options), command);
  }

  /** A peer that was looked for: found (with its runner) or skipped (with the reason). */
  record Peer(String name, Runner runner, String skipped) {}

  /**
   * The other Pythons: {@code python3} and {@code pypy3} on the PATH; Jython from {@code
   * JYTHON_JAR} (run with this JVM) or a {@code jython} command; GraalPy from a {@code graalpy}
   * command. Every one is listed, found or skipped, so that none goes missing silently.
   */
  static List<Peer> peers(Map<String, String> env, String javaCommand) {
    List<Peer> peers = new ArrayList<>();
    for (String name : List.of("python3", "pypy3")) {
      peers.add(onPath(env, name, name));
    }
    String jar = env.get("JYTHON_JAR");
    if (jar != null && Files.isRegularFile(Path.of(jar))) {
      peers.add(new Peer("jython", new Runner("jython", List.of(javaCommand, "-jar", jar)), null));
    } else {
      peers.add(onPath(env, "jython", "jython"));
    }
    peers.add(onPath(env, "graalpy", "graalpy"));
    return peers;
  }

  private static Peer onPath(Map<String, String> env, String name, String command) {
    String path = env.getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, command);
      if (Files.isExecutable(candidate)) {
        return new Peer(name, new Runner(name, List.of(candidate.toString())), null);
      }
    }
    return new Peer(name, null, "not found on the PATH");
  }
}
