package dev.weft.runtime.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.runtime.cli.RunCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files still open for writing when a program ends are flushed and closed, in every refcount mode:
 * one held by a module global, one caught in a reference cycle (which reference counting never
 * frees), as CPython's finalization flushes them. Nothing a program wrote is lost.
 */
class OpenFilesAtExitTest {
  @Test
  void writesReachTheDiskWithoutClose(@TempDir Path dir) throws Exception {
    Path program = dir.resolve("unclosed.py");
    Files.writeString(
        program,
        """
        class Holder:
            pass

        held = Holder()
        held.self = held
        held.file = open("cycle.txt", "w")
        held.file.write("in a cycle")
        del held
        kept = open("global.txt", "w")
        kept.write("held by a global")
        raw = open("raw.bin", "wb")
        raw.write(b"\\x00\\x01")
        """
            .replace("\"cycle.txt\"", "'" + dir.resolve("cycle.txt") + "'")
            .replace("\"global.txt\"", "'" + dir.resolve("global.txt") + "'")
            .replace("\"raw.bin\"", "'" + dir.resolve("raw.bin") + "'"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        RunCommand.run(
            List.of(program.toString()),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    assertEquals("in a cycle", Files.readString(dir.resolve("cycle.txt")));
    assertEquals("held by a global", Files.readString(dir.resolve("global.txt")));
    assertEquals(2, Files.readAllBytes(dir.resolve("raw.bin")).length);
  }
}
