package dev.weft.runtime.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every invalid program of {@code syntax-errors/cases} fails with the error type, line, offset and
 * message CPython 3.11 reports, as recorded in {@code syntax-errors/expected.tsv} by {@code
 * scripts/generate-syntax-errors.py}.
 */
class SyntaxErrorTableTest {

  record Expected(String file, String type, int line, int offset, String message) {}

  static List<Expected> table() throws IOException {
    List<Expected> rows = new ArrayList<>();
    for (String row : resource("syntax-errors/expected.tsv").split("\n")) {
      if (row.isBlank()) {
        continue;
      }
      String[] f = row.split("\t", -1);
      rows.add(new Expected(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[6]));
    }
    return rows;
  }

  static String resource(String path) throws IOException {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }

  static byte[] bytes(String path) throws IOException {
    try (InputStream in = SyntaxErrorTableTest.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IOException("missing test resource " + path);
      }
      return in.readAllBytes();
    }
  }

  @TestFactory
  Stream<DynamicTest> invalidProgramsFailLikeCPython() throws IOException {
    List<Expected> table = table();
    assertEquals(true, table.size() >= 40, "the table holds at least 40 programs");
    return table.stream()
        .map(
            expected ->
                DynamicTest.dynamicTest(
                    expected.file(),
                    () -> {
                      byte[] source = bytes("syntax-errors/cases/" + expected.file());
                      try {
                        CodeGenerator.compile(
                            expected.file(), Tokenizer.decode(source, expected.file()));
                        fail(expected.file() + " parsed, but CPython reports: " + expected);
                      } catch (PySyntaxError e) {
                        assertEquals(
                            expected.toString(),
                            new Expected(
                                    expected.file(),
                                    e.kind().pythonName(),
                                    e.line(),
                                    e.offset(),
                                    e.message())
                                .toString());
                      }
                    }));
  }
}
