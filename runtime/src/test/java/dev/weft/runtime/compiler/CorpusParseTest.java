package dev.weft.runtime.compiler;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every corpus file (valid Python 3.11, checked by the generator script) parses. */
class CorpusParseTest {
  static final String[] CORPUS = {
    "statements.py", "expressions.py", "control_flow.py", "soft_keywords.py", "async_statements.py"
  };

  @TestFactory
  Stream<DynamicTest> corpusFilesParse() {
    return Stream.of(CORPUS)
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file,
                    () -> {
                      Ast.Module module =
                          Parser.parse(file, SyntaxErrorTableTest.bytes("corpus/" + file));
                      assertFalse(module.body().isEmpty());
                    }));
  }

  static String corpus(String file) throws IOException {
    return SyntaxErrorTableTest.resource("corpus/" + file);
  }
}
