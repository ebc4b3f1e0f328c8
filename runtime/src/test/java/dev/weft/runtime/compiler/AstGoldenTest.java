package dev.weft.runtime.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The parser's tree for each corpus file equals CPython's, compared through {@code ast.dump}
 * (expected dumps written by {@code scripts/generate-front-end-expectations.py}).
 */
class AstGoldenTest {
  static final String[] GOLDEN = {"statements", "expressions", "control_flow", "async_statements"};

  @TestFactory
  Stream<DynamicTest> treesEqualCPythons() {
    return Stream.of(GOLDEN)
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () -> {
                      String expected =
                          SyntaxErrorTableTest.resource("corpus/" + name + ".ast").strip();
                      Ast.Module module =
                          Parser.parse(
                              name + ".py", SyntaxErrorTableTest.bytes("corpus/" + name + ".py"));
                      assertEquals(expected, AstDump.dump(module));
                    }));
  }
}
