package dev.weft.specialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.interpreter.Op;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TO_BOOL's forms: each specializes on its type; a new type misses and, once the misses use up the
 * cooldown, deopts and respecializes; the truth of a value is computed once per test, and an
 * exception from {@code __bool__} surfaces as from the generic test. Expected outputs are CPython
 * 3.11's.
 */
class BoolSpecializerTest {
  private static List<String> toBoolForms(SpecRun r, String function) {
    return r.forms(function).stream().filter(n -> n.startsWith("TO_BOOL")).toList();
  }

  @Test
  void eachFormSpecializesOnItsType() {
    SpecRun r =
        SpecRun.run(
            """
            class Plain:
                pass
            def b(x):
                if x:
                    return 1
                return 0
            def i(x):
                return 1 if x else 0
            def l(x):
                n = 0
                while x:
                    x.pop()
                    n += 1
                return n
            def s(x):
                return 'y' if x else 'n'
            def nn(x):
                return x or 'default'
            def always(x):
                return not x
            out = []
            for k in range(4):
                out.append((b(k > 1), i(k - 1), l([1] * k), s('ab'[:k]), nn(None), always(Plain())))
            print(out)
            """);
    assertEquals(
        "[(0, 1, 0, 'n', 'default', False), (0, 0, 1, 'y', 'default', False),"
            + " (1, 1, 2, 'y', 'default', False), (1, 1, 3, 'y', 'default', False)]\n",
        r.stdout,
        r.stderr);
    assertNull(r.leaks, r.leaks);
    assertEquals(List.of("TO_BOOL_BOOL"), toBoolForms(r, "b"));
    assertEquals(List.of("TO_BOOL_INT"), toBoolForms(r, "i"));
    assertEquals(List.of("TO_BOOL_LIST"), toBoolForms(r, "l"));
    assertEquals(List.of("TO_BOOL_STR"), toBoolForms(r, "s"));
    assertEquals(List.of("TO_BOOL_NONE"), toBoolForms(r, "nn"));
    assertEquals(List.of("TO_BOOL_ALWAYS_TRUE"), toBoolForms(r, "always"));
  }

  @Test
  void newTypesMissDeoptAndRespecialize() {
    SpecRun r =
        SpecRun.run(
            """
            def t(x):
                return 'T' if x else 'F'
            out = []
            for v in [0] * 60 + [''] * 100 + ['a'] * 3 + [[]] * 3 + [[0]]:
                out.append(t(v))
            print(''.join(out).count('F'), ''.join(out[-7:]))
            """);
    assertEquals("163 TTTFFFT\n", r.stdout, r.stderr);
    assertNull(r.leaks, r.leaks);
    assertTrue(r.deopts(Op.TO_BOOL_INT) >= 1, "int form deopted");
    assertTrue(r.successes(Op.TO_BOOL_STR) >= 1, "respecialized for str");
  }

  @Test
  void alwaysTrueMissesWhenTheClassOrABaseGainsBoolOrLen() {
    SpecRun r =
        SpecRun.run(
            """
            class C:
                pass
            class D(C):
                pass
            def t(x):
                return 'T' if x else 'F'
            c, d = C(), D()
            r1 = ''.join(t(c) + t(d) for _ in range(5))
            C.__bool__ = lambda self: False
            r2 = ''.join(t(c) + t(d) for _ in range(5))
            del C.__bool__
            r3 = ''.join(t(c) + t(d) for _ in range(5))
            D.__len__ = lambda self: 0
            r4 = ''.join(t(c) + t(d) for _ in range(5))
            print(r1, r2, r3, r4)
            """);
    assertEquals("TTTTTTTTTT FFFFFFFFFF TTTTTTTTTT TFTFTFTFTF\n", r.stdout, r.stderr);
    assertNull(r.leaks, r.leaks);
    assertTrue(r.successes(Op.TO_BOOL_ALWAYS_TRUE) >= 1, "specialized");
  }

  @Test
  void truthIsComputedOncePerTestAndErrorsPopNothing() {
    SpecRun r =
        SpecRun.run(
            """
            calls = 0
            class Counted:
                def __bool__(self):
                    global calls
                    calls += 1
                    return True
            class Bad:
                def __bool__(self):
                    raise ValueError('no truth')
            class Wrong:
                def __bool__(self):
                    return 1
            def uses(x):
                if x:
                    pass
                y = x and 1
                z = not x
                w = [v for v in [x] if v]
                assert x
                while x:
                    break
                return y, z, w == [x]
            def t(x):
                try:
                    return 'T' if x else 'F'
                except (ValueError, TypeError) as e:
                    return str(e)
            print([uses(Counted()) for _ in range(10)][-1], calls)
            print([t(v) for v in [1, 0, Bad(), 2, Wrong(), 'a', '', Bad()] * 3])
            """);
    String row =
        "'T', 'F', 'no truth', 'T', '__bool__ should return bool, returned int', 'T', 'F',"
            + " 'no truth'";
    assertEquals(
        "(1, False, True) 60\n[" + row + ", " + row + ", " + row + "]\n", r.stdout, r.stderr);
    assertNull(r.leaks, r.leaks);
  }
}
