package dev.weft.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.refcount.RcObject;
import dev.weft.refcount.RefDebug;
import dev.weft.runtime.cli.RunCommand;
import dev.weft.runtime.modules.Runtimes;
import dev.weft.runtime.threads.ThreadState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The leak check finds a reference nobody accounts for, and tells cyclic garbage from a leak. */
class LeakCheckTest {
  @TempDir Path dir;

  private List<PyObject> runAndCheck(
      String source, java.util.function.BiConsumer<ThreadState, PyDict> beforeShutdown)
      throws IOException {
    assumeTrue(RefDebug.ENABLED, "needs -Dweft.refcount.debug=true (the default test run has it)");
    Path program = dir.resolve("prog.py");
    Files.writeString(program, source);
    Set<RcObject> before = RefDebug.liveSnapshot();
    List<PyObject> leaked = new ArrayList<>();
    PrintStream sink = new PrintStream(new ByteArrayOutputStream());
    int status =
        RunCommand.run(
            List.of(program.toString()),
            sink,
            sink,
            ts -> {
              beforeShutdown.accept(ts, ((PyModule) ts.runtime.modules.getString("__main__")).dict);
              Runtimes.shutdown(ts);
              leaked.addAll(LeakCheck.leaked(before));
            });
    assertEquals(0, status);
    return leaked;
  }

  @Test
  void aProgramThatCleansUpLeaksNothing() throws IOException {
    String source =
        """
        class Node:
            def __init__(self, value, next=None):
                self.value, self.next = value, next
        head = None
        for i in range(100):
            head = Node([i, str(i), i * 1.5], head)
        """;
    assertTrue(runAndCheck(source, (ts, globals) -> {}).isEmpty());
  }

  @Test
  void cyclicGarbageIsNotALeak() throws IOException {
    String source =
        """
        a = []
        b = [a]
        a.append(b)
        """;
    assertTrue(runAndCheck(source, (ts, globals) -> {}).isEmpty());
  }

  @Test
  void aMissingDecrementIsFound() throws IOException {
    String source = "kept = [[1, 2], 'text']\n";
    List<PyObject> leaked =
        runAndCheck(
            source,
            (ts, globals) -> dev.weft.refcount.Refcount.incref(ts.rc, globals.getString("kept")));
    assertTrue(
        leaked.stream().anyMatch(o -> o instanceof PyList l && l.size == 2),
        () -> LeakCheck.describe(leaked));
  }
}
