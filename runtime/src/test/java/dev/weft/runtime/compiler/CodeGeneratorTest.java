package dev.weft.runtime.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.bytecode.CodeObject;
import dev.weft.runtime.bytecode.Disassembler;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class CodeGeneratorTest {

  private static CodeObject compile(String source) throws PySyntaxError {
    return CodeGenerator.compile("t.py", source);
  }

  @TestFactory
  Stream<DynamicTest> corpusFilesCompileAndDisassemble() {
    return Stream.of("statements.py", "expressions.py", "control_flow.py", "async_statements.py")
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file,
                    () -> {
                      CodeObject code = compile(CorpusParseTest.corpus(file));
                      assertTrue(Disassembler.disassemble(code).contains("RETURN_CONST"));
                    }));
  }

  @Test
  void breakInAFinallyDropsAPendingReturnValue() throws PySyntaxError {
    // The return value waits under the finally body; the break must pop it, then the iterator.
    String dis =
        Disassembler.disassemble(
            compile(
                "def f(h):\n"
                    + "    for line in h:\n"
                    + "        try:\n"
                    + "            return line\n"
                    + "        finally:\n"
                    + "            break\n"));
    assertTrue(dis.contains("POP_TOP"), dis);
  }

  @Test
  void asyncForAndWithCompile() throws Exception {
    String dis = Disassembler.disassemble(compile(CorpusParseTest.corpus("async_statements.py")));
    assertTrue(dis.contains("BEFORE_ASYNC_WITH"), dis);
    assertTrue(dis.contains("END_ASYNC_FOR"), dis);
  }

  /** The opcode names of a module's code, space-separated, in order. */
  private static String opcodes(String source) throws PySyntaxError {
    StringBuilder b = new StringBuilder();
    for (String line : Disassembler.disassemble(compile(source)).split("\n")) {
      for (String token : line.trim().split(" +")) {
        if (token.matches("[A-Z][A-Z_0-9]+")) {
          b.append(b.isEmpty() ? "" : " ").append(token);
          break;
        }
      }
    }
    return b.toString();
  }

  @Test
  void truthTestsConvertToBoolUnlessTheValueIsABoolAlready() throws PySyntaxError {
    // CPython 3.13: TO_BOOL before a conditional jump or UNARY_NOT, dropped straight after an
    // instruction that pushes a bool in the same basic block.
    assertTrue(opcodes("if x:\n    y\n").contains("LOAD_NAME TO_BOOL POP_JUMP_IF_FALSE"));
    assertTrue(opcodes("if a < b:\n    y\n").contains("COMPARE_OP POP_JUMP_IF_FALSE"));
    assertTrue(opcodes("y = not x\n").contains("LOAD_NAME TO_BOOL UNARY_NOT"));
    assertTrue(opcodes("y = not (a is b)\n").contains("IS_OP UNARY_NOT"));
    assertTrue(opcodes("if not a in b:\n    y\n").contains("CONTAINS_OP POP_JUMP_IF_TRUE"));
    assertTrue(opcodes("y = a or b\n").contains("COPY TO_BOOL POP_JUMP_IF_TRUE"));
    assertTrue(opcodes("while x and y:\n    z\n").contains("LOAD_NAME TO_BOOL POP_JUMP_IF_FALSE"));
    // A label between the comparison and the jump: the other path's value may be anything.
    assertTrue(opcodes("if (a if p else b < c):\n    y\n").contains("COMPARE_OP TO_BOOL POP_JUMP"));
    assertTrue(opcodes("y = [v for v in w if v]\n").contains("TO_BOOL"));
  }

  @Test
  void matchStatementsAreRefusedByName() {
    PySyntaxError e =
        assertThrows(
            PySyntaxError.class, () -> compile(CorpusParseTest.corpus("soft_keywords.py")));
    assertEquals("match statements are not supported by Weft yet", e.message());
    assertEquals(2, e.line());
  }

  @Test
  void functionsGetTheirShapeAndNestedCode() throws PySyntaxError {
    CodeObject module =
        compile("def f(a, b=1, *args, c, **kw):\n    def g():\n        return a\n    return g\n");
    CodeObject f =
        module.constants().stream()
            .filter(c -> c instanceof CodeObject)
            .map(c -> (CodeObject) c)
            .findFirst()
            .orElseThrow();
    assertEquals("f", f.name());
    assertEquals(2, f.shape().argCount());
    assertEquals(1, f.shape().keywordOnlyCount());
    assertEquals(
        CodeObject.OPTIMIZED | CodeObject.NEWLOCALS | CodeObject.VARARGS | CodeObject.VARKEYWORDS,
        f.shape().flags());
    assertEquals(java.util.List.of("a"), f.shape().cellNames());
    CodeObject g =
        f.constants().stream()
            .filter(c -> c instanceof CodeObject)
            .map(c -> (CodeObject) c)
            .findFirst()
            .orElseThrow();
    assertEquals("f.<locals>.g", g.qualifiedName());
    assertEquals(java.util.List.of("a"), g.shape().freeNames());
  }

  @Test
  void generatorsAndClassesCompile() throws PySyntaxError {
    CodeObject module =
        compile(
            "class C(B):\n"
                + "    def m(self):\n"
                + "        yield from super().m()\n"
                + "        try:\n"
                + "            with open('f') as h:\n"
                + "                for line in h:\n"
                + "                    if line: break\n"
                + "                    return line\n"
                + "        except (OSError, ValueError) as e:\n"
                + "            raise RuntimeError() from e\n"
                + "        finally:\n"
                + "            print('done')\n");
    String dis = Disassembler.disassemble(module);
    assertTrue(dis.contains("LOAD_BUILD_CLASS"), dis);
    assertTrue(dis.contains("RETURN_GENERATOR"), dis);
    assertTrue(dis.contains("ExceptionTable"), dis);
  }

  /**
   * The instructions of a module and of every code object nested in it, one a line, without offsets
   * and line numbers: {@code LOAD_FAST 0 (self)}.
   */
  private static String instructions(String source) throws PySyntaxError {
    StringBuilder out = new StringBuilder();
    java.util.ArrayDeque<CodeObject> pending = new java.util.ArrayDeque<>();
    pending.add(compile(source));
    while (!pending.isEmpty()) {
      CodeObject code = pending.poll();
      for (String line : Disassembler.disassemble(code).split("\n")) {
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile(" ([A-Z][A-Z_0-9]+)( .*)?$").matcher(line);
        if (m.find()) {
          out.append(m.group(1))
              .append(m.group(2) == null ? "" : " " + m.group(2).strip().replaceAll(" +", " "))
              .append('\n');
        }
      }
      for (Object c : code.constants()) {
        if (c instanceof CodeObject nested) {
          pending.add(nested);
        }
      }
    }
    return out.toString();
  }

  @Test
  void superAttributesCompileToLoadSuperAttrAsCPython312() throws PySyntaxError {
    String ops =
        instructions(
            """
            class B(A):
                def f(self, x):
                    return super().f(x) + super().y + super(A, self).g() + super(B, x).z
            """);
    // Oparg namei << 2 | two arguments << 1 | method.
    assertTrue(
        ops.contains(
            """
            LOAD_GLOBAL 0 (super)
            LOAD_DEREF 2 (__class__)
            LOAD_FAST 0 (self)
            LOAD_SUPER_ATTR 5 (NULL|self + f)
            LOAD_FAST 1 (x)
            CALL 1
            LOAD_GLOBAL 0 (super)
            LOAD_DEREF 2 (__class__)
            LOAD_FAST 0 (self)
            LOAD_SUPER_ATTR 8 (y)
            """),
        ops);
    assertTrue(
        ops.contains(
            """
            LOAD_GLOBAL 0 (super)
            LOAD_GLOBAL 6 (A)
            LOAD_FAST 0 (self)
            LOAD_SUPER_ATTR 19 (NULL|self + g)
            CALL 0
            """),
        ops);
    assertTrue(ops.contains("LOAD_FAST 1 (x)\nLOAD_SUPER_ATTR 26 (z)\n"), ops);
  }

  @Test
  void superCallsThatDoNotQualifyStayOrdinaryCalls() throws PySyntaxError {
    // A keyword, one argument, a starred argument, __class__, a local super, a function without
    // a positional parameter, and a module that uses the name super itself.
    String ops =
        instructions(
            """
            class B(A):
                def f(self, *a):
                    return super(B, *a).x, super(B).x, super().__class__
                def g(*a):
                    return super().x
                def h(self, super=super):
                    return super().x
                def k(self):
                    return super(B, self, k=1).x
            """);
    assertTrue(!ops.contains("LOAD_SUPER_ATTR"), ops);
    String shadowed =
        instructions(
            """
            super = super
            class B(A):
                def f(self):
                    return super().x
            """);
    assertTrue(!shadowed.contains("LOAD_SUPER_ATTR"), shadowed);
  }
}
