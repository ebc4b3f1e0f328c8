package dev.weft.specialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.interpreter.Op;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CALL forms; every expected output is CPython 3.11's for the same program. */
class CallSpecializerTest {
  /** Runs {@code source}, checks its output and that nothing leaked. */
  private static SpecRun run(String source, String expected) {
    SpecRun r = SpecRun.run(source);
    assertEquals(expected, r.stdout, r.stderr);
    assertNull(r.leaks, r.leaks);
    return r;
  }

  /** The CALL forms left in function {@code name}, in order. */
  private static List<String> calls(SpecRun r, String name) {
    return r.forms(name).stream().filter(n -> n.startsWith("CALL_")).toList();
  }

  @Test
  void aPythonFunctionIsCalledWithExactArgsAndFollowsARebinding() {
    SpecRun r =
        run(
            """
            def add(a, b):
                return a + b
            def f(i):
                return add(i, 1)
            out = []
            for i in range(200):
                out.append(f(i))
                if i == 100:
                    add = lambda a, b: a * b
            print(out[0], out[100], out[101], out[199])
            """,
            "1 101 101 199\n");
    assertEquals(List.of("CALL_PY_EXACT_ARGS"), calls(r, "f"));
    assertTrue(r.deopts(Op.CALL_PY_EXACT_ARGS) >= 1, "the new function deopted the old guard");
    assertTrue(r.successes(Op.CALL_PY_EXACT_ARGS) >= 2, "and respecialized on it");
  }

  @Test
  void aWrongArgumentCountAfterARebindingKeepsTheMessage() {
    SpecRun r =
        run(
            """
            def g(a, b):
                return a - b
            def f():
                return g(5, 2)
            print(f(), f())
            g = lambda a: a
            errors = {}
            for i in range(100):
                try:
                    f()
                except TypeError as e:
                    errors[str(e)] = errors.get(str(e), 0) + 1
            print(errors)
            """,
            """
            3 3
            {'<lambda>() takes 1 positional argument but 2 were given': 100}
            """);
    // The exact form missed its way out; the lambda takes the wrong count, so only the general
    // form (which reports the error as the generic call does) fits.
    assertEquals(List.of("CALL_PY_GENERAL"), calls(r, "f"));
    assertTrue(r.deopts(Op.CALL_PY_EXACT_ARGS) >= 1, "deopts");
  }

  @Test
  void recursionAndGeneratorsThroughExactArgs() {
    SpecRun r =
        run(
            """
            def down(n):
                return 0 if n == 0 else 1 + down(n - 1)
            def gen(n):
                yield n
                yield n + 1
            def f():
                return down(50) + sum(gen(3))
            print([f() for i in range(5)])
            def forever(n):
                return forever(n + 1)
            for i in range(3):
                try:
                    forever(0)
                except RecursionError as e:
                    print(e)
            print(down(100))
            """,
            """
            [57, 57, 57, 57, 57]
            maximum recursion depth exceeded
            maximum recursion depth exceeded
            maximum recursion depth exceeded
            100
            """);
    assertEquals(List.of("CALL_PY_EXACT_ARGS"), calls(r, "down"));
    assertEquals(List.of("CALL_PY_EXACT_ARGS"), calls(r, "forever"));
    assertEquals(
        List.of("CALL_PY_EXACT_ARGS", "CALL_PY_EXACT_ARGS", "CALL_BUILTIN_FAST"), calls(r, "f"));
  }

  @Test
  void methodsInMethodFormAndBoundMethods() {
    SpecRun r =
        run(
            """
            class C:
                def __init__(self, x):
                    self.x = x
                def m(self, y):
                    return self.x + y
            def f(c, bm):
                return c.m(1) + bm(2)
            out = []
            c = C(10)
            for i in range(100):
                out.append(f(c, c.m))
            d = C(20)
            def other(self, y):
                return -y
            for i in range(100):
                out.append(f(d, other.__get__(d)))
            print(out[0], out[99], out[100], out[199])
            """,
            "23 23 19 19\n");
    assertEquals(List.of("CALL_PY_EXACT_ARGS", "CALL_BOUND_METHOD_EXACT_ARGS"), calls(r, "f"));
    assertTrue(r.deopts(Op.CALL_BOUND_METHOD_EXACT_ARGS) >= 1, "another function deopted");
  }

  @Test
  void defaultsStarArgsAndKeywordsTakeTheGeneralForm() {
    SpecRun r =
        run(
            """
            def h(a, b=2, *rest, k=3, **kw):
                return a + b + k + len(rest) + len(kw)
            class K:
                def m(self, a, b=5):
                    return a * b
            def f(i, o):
                return h(i) + h(i, 1, 2, 3, k=0, z=1) + o.m(i) + o.m(i, b=1)
            print([f(i, K()) for i in range(6)])
            """,
            "[9, 17, 25, 33, 41, 49]\n");
    assertEquals(
        List.of("CALL_PY_GENERAL", "CALL_PY_GENERAL", "CALL_PY_GENERAL", "CALL_PY_GENERAL"),
        calls(r, "f"));
  }

  @Test
  void keywordCallsOfBuiltinsAndClassesStayGeneric() {
    SpecRun r =
        run(
            """
            def f(l):
                return (sorted(l, reverse=True), int("101", base=2), dict(a=1),
                        max(l, key=lambda x: -x))
            for i in range(5):
                r = f([1, 3, 2])
            print(r)
            """,
            "([3, 2, 1], 5, {'a': 1}, 1)\n");
    assertEquals(List.of(), calls(r, "f"));
    assertTrue(r.stats.failures.containsKey("CALL builtin with keywords"), "" + r.stats.failures);
    assertTrue(r.stats.failures.containsKey("CALL class with keywords"), "" + r.stats.failures);
  }

  @Test
  void builtinsMethodDescriptorsAndBuiltinClasses() {
    SpecRun r =
        run(
            """
            def f(x, s, l):
                return (abs(x), len(s), isinstance(x, int), isinstance(s, (list, str)), min(x, 3),
                        s.upper(), l.count(1), type(x), str(x), tuple(l))
            out = []
            for i in range(60):
                out.append(f(i - 30, "ab" * (i % 3), [1, i, 1]))
            print(out[0], out[59])
            class MyStr(str):
                def upper(self):
                    return "mine"
            print(f(1.5, MyStr("q"), (1, 1, 2)))
            """,
            """
            (30, 0, True, True, -30, '', 2, <class 'int'>, '-30', (1, 0, 1)) \
            (29, 4, True, True, 3, 'ABAB', 2, <class 'int'>, '29', (1, 59, 1))
            (1.5, 1, False, True, 1.5, 'mine', 2, <class 'float'>, '1.5', (1, 1, 2))
            """);
    assertEquals(
        List.of(
            "CALL_BUILTIN_FAST",
            "CALL_LEN",
            "CALL_ISINSTANCE",
            "CALL_ISINSTANCE",
            "CALL_BUILTIN_FAST",
            "CALL_METHOD_DESCRIPTOR",
            "CALL_METHOD_DESCRIPTOR",
            "CALL_TYPE_1",
            "CALL_STR_1",
            "CALL_TUPLE_1"),
        calls(r, "f"));
  }

  @Test
  void lenReboundToAFunctionMissesThenRespecializes() {
    SpecRun r =
        run(
            """
            def f(s):
                return len(s)
            out = []
            for i in range(150):
                out.append(f("abc"))
                if i == 50:
                    len = lambda s: -1
            print(out[0], out[50], out[51], out[149])
            """,
            "3 3 -1 -1\n");
    assertEquals(List.of("CALL_PY_EXACT_ARGS"), calls(r, "f"));
    assertTrue(r.deopts(Op.CALL_LEN) >= 1, "deopts");
  }

  @Test
  void listAppendOnAnExactListAndASubclassOverridingIt() {
    SpecRun r =
        run(
            """
            class L(list):
                def append(self, x):
                    list.append(self, x * 2)
            def f(l, x):
                l.append(x)
            a = []
            for i in range(100):
                f(a, i)
            b = L()
            for i in range(100):
                f(b, i)
            print(len(a), a[-1], len(b), b[-1])
            """,
            "100 99 100 198\n");
    assertTrue(r.successes(Op.CALL_LIST_APPEND) >= 1, "list.append specialized");
    assertTrue(r.deopts(Op.CALL_LIST_APPEND) >= 1, "the subclass deopted it");
    assertEquals(List.of("CALL_PY_EXACT_ARGS"), calls(r, "f"));
  }

  @Test
  void classesAllocateAndEnterInitFollowingANewInit() {
    SpecRun r =
        run(
            """
            class P:
                def __init__(self, x, y):
                    self.x = x
                    self.y = y
            def f(i):
                p = P(i, i + 1)
                return p.x + p.y
            out = []
            for i in range(100):
                out.append(f(i))
            def init2(self, x, y):
                self.x = -x
                self.y = y
            P.__init__ = init2
            for i in range(100):
                out.append(f(i))
            print(out[0], out[99], out[100], out[199])
            """,
            "1 199 1 1\n");
    assertEquals(List.of("CALL_ALLOC_AND_ENTER_INIT"), calls(r, "f"));
    assertTrue(r.deopts(Op.CALL_ALLOC_AND_ENTER_INIT) >= 1, "the class's new version deopted");
    assertTrue(r.successes(Op.CALL_ALLOC_AND_ENTER_INIT) >= 2, "respecialized");
  }

  @Test
  void aNestedInitStaysGeneric() {
    // A class made in a function has a nested __init__, which is not deferred: another thread's
    // P.__init__ = ... could free it while the form calls it uncounted, so the site stays generic.
    SpecRun r =
        run(
            """
            def make():
                class P:
                    def __init__(self, x):
                        self.x = x
                return P
            P = make()
            def f(i):
                return P(i).x
            print(sum(f(i) for i in range(100)))
            """,
            "4950\n");
    assertEquals(List.of(), calls(r, "f"));
    assertTrue(r.stats.failures.containsKey("CALL init not deferred"), "" + r.stats.failures);
  }

  @Test
  void initReturningAValueRaisesCPythonsError() {
    SpecRun r =
        run(
            """
            class Bad:
                def __init__(self, v):
                    self.v = v
                    return v
            def g(v):
                return Bad(v)
            for v in [None, None, None, 1, "s"]:
                try:
                    print(type(g(v)).__name__)
                except TypeError as e:
                    print(e)
            """,
            """
            Bad
            Bad
            Bad
            __init__() should return None, not 'int'
            __init__() should return None, not 'str'
            """);
    assertEquals(List.of("CALL_ALLOC_AND_ENTER_INIT"), calls(r, "g"));
  }

  @Test
  void threadsCallingOneSiteWithEveryKindOfCallableAgree() {
    // One call site sees every form's callable in turn, from four threads: each miss and deopt
    // must still give the generic call's result.
    SpecRun r =
        run(
            """
            import threading
            class P:
                def __init__(self, x):
                    self.x = x
                def m(self, x):
                    return x + 1
            def py(x):
                return x * 2
            def gen(x, y=1):
                return x + y
            p = P(0)
            callables = [py, len, abs, P, p.m, gen, str, tuple, type]
            def call(g, x):
                return g(x)
            def value(r):
                if isinstance(r, P):
                    return r.x
                if isinstance(r, (str, tuple)):
                    return len(r)
                return 0 if isinstance(r, type) else r
            results = [None] * 4
            def work(k):
                acc = 0
                for i in range(600):
                    g = callables[(i * (k + 1)) % len(callables)]
                    arg = [i] if g in (len, tuple) else i
                    r = call(g, arg)
                    acc += value(r)
                results[k] = acc
            ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
            for t in ts: t.start()
            for t in ts: t.join()
            print(results)
            """,
            "[120785, 119720, 179864, 120383]\n");
    long deopts = 0;
    for (int op = Op.CALL_PY_EXACT_ARGS; op <= Op.CALL_ALLOC_AND_ENTER_INIT; op++) {
      deopts += r.deopts(op);
    }
    assertTrue(deopts >= 4, "the changing callables deopted the site: " + deopts);
  }
}
