package dev.weft.runtime.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.compiler.Scope.Resolution;
import java.util.List;
import org.junit.jupiter.api.Test;

class SymbolTableTest {

  private static Scope scopes(String source) throws PySyntaxError {
    return FrontEnd.analyze("t.py", source).scopes();
  }

  private static Scope child(Scope scope, String name) {
    return scope.children().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no scope " + name + " in " + scope));
  }

  @Test
  void moduleNamesAreImplicitGlobalsOrLocals() throws PySyntaxError {
    Scope top = scopes("x = 1\nprint(x)\n");
    assertEquals(Resolution.LOCAL, top.resolve("x"));
    assertEquals(Resolution.GLOBAL_IMPLICIT, top.resolve("print"));
  }

  @Test
  void capturedLocalsBecomeCellsAndFreeVariables() throws PySyntaxError {
    Scope top =
        scopes(
            "def outer(a):\n"
                + "    b = 1\n"
                + "    def inner():\n"
                + "        return a + b + c\n"
                + "    return inner\n");
    Scope outer = child(top, "outer");
    Scope inner = child(outer, "inner");
    assertEquals(List.of("a", "b"), outer.cellNames());
    assertEquals(List.of("a", "b"), inner.freeNames());
    assertEquals(Resolution.GLOBAL_IMPLICIT, inner.resolve("c"));
    assertEquals(List.of("a", "inner"), outer.localNames(), "a captured non-parameter is a cell");
  }

  @Test
  void freeVariablesPassThroughIntermediateScopes() throws PySyntaxError {
    Scope top =
        scopes(
            "def a():\n"
                + "    x = 1\n"
                + "    def b():\n"
                + "        def c():\n"
                + "            return x\n"
                + "        return c\n"
                + "    return b\n");
    Scope a = child(top, "a");
    Scope b = child(a, "b");
    assertEquals(Resolution.CELL, a.resolve("x"));
    assertEquals(Resolution.FREE, b.resolve("x"));
    assertEquals(Resolution.FREE, child(b, "c").resolve("x"));
  }

  @Test
  void classBodiesAreInvisibleToMethods() throws PySyntaxError {
    Scope top = scopes("class C:\n    y = 1\n    def m(self):\n        return y\n");
    Scope c = child(top, "C");
    assertEquals(Resolution.LOCAL, c.resolve("y"));
    assertEquals(Resolution.GLOBAL_IMPLICIT, child(c, "m").resolve("y"));
  }

  @Test
  void aClassPassesOnANameItAlsoBindsItself() throws PySyntaxError {
    Scope top =
        scopes(
            "def f():\n"
                + "    v = 1\n"
                + "    class C:\n"
                + "        def v(self): pass\n"
                + "        def m(self): return v\n");
    Scope f = child(top, "f");
    Scope c = child(f, "C");
    assertEquals(Resolution.CELL, f.resolve("v"));
    assertEquals(Resolution.LOCAL, c.resolve("v"), "the class body's own v");
    assertEquals(List.of("v"), c.freeNames(), "and the cell it hands to m");
    assertEquals(Resolution.FREE, child(c, "m").resolve("v"));
  }

  @Test
  void walrusTargetDeclaredGlobalStaysGlobal() throws PySyntaxError {
    Scope top = scopes("def f(xs):\n    global last\n    [(last := x) for x in xs]\n");
    Scope f = child(top, "f");
    assertEquals(Resolution.GLOBAL_EXPLICIT, f.resolve("last"));
    assertEquals(Resolution.GLOBAL_EXPLICIT, child(f, "<listcomp>").resolve("last"));
  }

  @Test
  void zeroArgumentSuperNeedsTheClassCell() throws PySyntaxError {
    Scope top = scopes("class C(B):\n    def m(self):\n        return super().m()\n");
    Scope c = child(top, "C");
    assertTrue(c.needsClassClosure());
    assertEquals(Resolution.FREE, child(c, "m").resolve("__class__"));
  }

  @Test
  void globalAndNonlocalDeclarations() throws PySyntaxError {
    Scope top =
        scopes(
            "def f():\n"
                + "    global g\n"
                + "    g = 1\n"
                + "    n = 0\n"
                + "    def h():\n"
                + "        nonlocal n\n"
                + "        n += 1\n"
                + "        return g\n");
    Scope f = child(top, "f");
    Scope h = child(f, "h");
    assertEquals(Resolution.GLOBAL_EXPLICIT, f.resolve("g"));
    assertEquals(Resolution.GLOBAL_EXPLICIT, h.resolve("g"));
    assertEquals(Resolution.CELL, f.resolve("n"));
    assertEquals(Resolution.FREE, h.resolve("n"));
  }

  @Test
  void comprehensionsAreScopesWithTheirIteratorAsParameter() throws PySyntaxError {
    Scope top = scopes("def f(xs, k):\n    return [x * k for x in xs if x]\n");
    Scope f = child(top, "f");
    Scope comp = child(f, "<listcomp>");
    assertEquals(List.of(".0"), comp.parameters());
    assertEquals(Resolution.LOCAL, comp.resolve("x"));
    assertEquals(Resolution.FREE, comp.resolve("k"));
    assertEquals(null, comp.resolve("xs"), "the outermost iterable is evaluated outside");
    assertEquals(Resolution.CELL, f.resolve("k"));
  }

  @Test
  void walrusInAComprehensionBindsInTheEnclosingFunction() throws PySyntaxError {
    Scope top = scopes("def f(xs):\n    [(last := x) for x in xs]\n    return last\n");
    Scope f = child(top, "f");
    assertEquals(Resolution.CELL, f.resolve("last"));
    assertEquals(Resolution.FREE, child(f, "<listcomp>").resolve("last"));
  }

  @Test
  void generatorsAndCoroutinesAreMarked() throws PySyntaxError {
    Scope top =
        scopes("def g():\n    yield 1\nasync def c():\n    await g()\nx = (i for i in range(3))\n");
    assertTrue(child(top, "g").isGenerator());
    assertTrue(child(top, "c").isCoroutine());
    assertTrue(child(top, "<genexpr>").isGenerator());
  }

  @Test
  void lambdasAndDefaultsResolveWhereTheyAreEvaluated() throws PySyntaxError {
    Scope top = scopes("def f(a):\n    return lambda b=a: a + b\n");
    Scope f = child(top, "f");
    Scope lambda = child(f, "<lambda>");
    assertEquals(List.of("b"), lambda.parameters());
    assertEquals(Resolution.FREE, lambda.resolve("a"));
    assertEquals(Resolution.CELL, f.resolve("a"));
  }
}
