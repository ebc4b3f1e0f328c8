package dev.weft.specialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.interpreter.Op;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FOR_ITER's forms; the expected outputs are CPython 3.11's. */
class IterSpecializerTest {
  @Test
  void loopsOverListsTuplesRangesAndGenerators() {
    SpecRun r =
        SpecRun.run(
            """
            def total(it):
                s = 0
                for x in it:
                    s += x
                return s
            def lst(l):
                n = 0
                for x in l:
                    n += x
                return n
            def tup(t):
                n = 0
                for x in t:
                    n += x
                return n
            def rng(n):
                s = 0
                for i in range(n):
                    s += i
                return s
            def gen(n):
                for i in range(n):
                    yield i * i
            def gens(n):
                s = 0
                for x in gen(n):
                    s += x
                return s
            out = []
            for i in range(3):
                out.append((total([1, 2, i]), total((i, 4)), total(range(i, 10, 3)),
                            total(gen(i + 3))))
                lst([1, i]), tup((i, 2)), rng(i), gens(i)
            print(out)
            print(total([]), total(()), total(range(0)), total(gen(0)), total({1: 0, 2: 0}),
                  total(iter([5, 6])))
            """);
    assertEquals(
        "[(3, 4, 18, 5), (4, 5, 12, 14), (5, 6, 15, 30)]\n0 0 0 0 3 11\n", r.stdout, r.stderr);
    assertNull(r.leaks, r.leaks);
    assertEquals(List.of("FOR_ITER_LIST"), forIterForms(r, "lst"));
    assertEquals(List.of("FOR_ITER_TUPLE"), forIterForms(r, "tup"));
    assertEquals(List.of("FOR_ITER_RANGE"), forIterForms(r, "rng"));
    assertEquals(List.of("FOR_ITER_GEN"), forIterForms(r, "gens"));
  }

  private static List<String> forIterForms(SpecRun r, String function) {
    return r.forms(function).stream().filter(n -> n.startsWith("FOR_ITER")).toList();
  }

  @Test
  void aListShrunkDuringTheLoopEndsIt() {
    SpecRun r =
        SpecRun.run(
            """
            def shrink():
                l = list(range(10))
                seen = []
                for x in l:
                    seen.append(x)
                    if x == 3:
                        del l[5:]
                return seen
            print(shrink(), shrink(), shrink())
            """);
    assertEquals("[0, 1, 2, 3, 4] [0, 1, 2, 3, 4] [0, 1, 2, 3, 4]\n", r.stdout, r.stderr);
    assertNull(r.leaks, r.leaks);
    assertEquals(List.of("FOR_ITER_LIST"), forIterForms(r, "shrink"));
  }

  @Test
  void loopsOverAListAnotherThreadShrinksSeeOnlyItsItems() {
    SpecRun r =
        SpecRun.run(
            """
            import threading
            shared = list(range(1000))
            bad = []
            def reader():
                for _ in range(100):
                    for x in shared:
                        if type(x) is not int:
                            bad.append(x)
                    try:
                        a, b = shared[-1], shared[0]
                    except IndexError:
                        pass
            def writer():
                for i in range(5000):
                    if len(shared) > 500:
                        del shared[-100:]
                    else:
                        shared.extend(range(500))
            ts = [threading.Thread(target=reader), threading.Thread(target=reader),
                  threading.Thread(target=writer)]
            for t in ts:
                t.start()
            for t in ts:
                t.join()
            print(bad)
            """);
    assertEquals("[]\n", r.stdout, r.stderr);
    assertNull(r.leaks, r.leaks);
    assertTrue(r.successes(Op.FOR_ITER_LIST) >= 1, "the readers' loops specialized");
  }

  @Test
  void loopsFollowTheIteratorType() {
    SpecRun r =
        SpecRun.run(
            """
            def f(it):
                n = 0
                for x in it:
                    n += x
                return n
            out = []
            for i in range(100):
                out.append(f([i, 1]))
            for i in range(100):
                out.append(f(range(i)))
            print(sum(out))
            """);
    assertEquals("166750\n", r.stdout, r.stderr);
    assertNull(r.leaks, r.leaks);
    assertEquals(List.of("FOR_ITER_RANGE"), forIterForms(r, "f"));
    assertTrue(r.deopts(Op.FOR_ITER_LIST) >= 1, "deopts");
  }
}
