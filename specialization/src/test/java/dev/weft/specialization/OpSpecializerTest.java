package dev.weft.specialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.interpreter.Op;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The operator families' forms: each specializes on its operands' exact types, gives what CPython
 * gives (the expected outputs are CPython 3.11's) including on the operands it does not expect, and
 * when the operand types change it misses, deopts and respecializes.
 */
class OpSpecializerTest {
  private static void assertForms(SpecRun r, String function, String... forms) {
    List<String> found = r.forms(function);
    assertTrue(found.containsAll(List.of(forms)), function + ": " + found + "; " + r.stderr);
  }

  @Test
  void intArithmeticSpecializesAndOverflowsIntoBigInts() {
    SpecRun r =
        SpecRun.run(
            """
            def f(a, b):
                return a + b, a - b, a * b
            out = []
            for i in range(5):
                out.append(f(i, 3))
            print(out)
            print(f(2**62, 2**62), f(-2**63, 1), f(3037000500, 3037000500))
            print(f(10**30, 1), f(True, 1), f(-5, 7))
            def acc(n):
                x = 0
                for i in range(n):
                    x += i
                    x -= 1
                    x *= 1
                return x
            print(acc(100))
            """);
    assertEquals(
        "[(3, -3, 0), (4, -2, 3), (5, -1, 6), (6, 0, 9), (7, 1, 12)]\n"
            + "(9223372036854775808, 0, 21267647932558653966460912964485513216)"
            + " (-9223372036854775807, -9223372036854775809, -9223372036854775808)"
            + " (6074001000, 0, 9223372037000250000)\n"
            + "(1000000000000000000000000000001, 999999999999999999999999999999,"
            + " 1000000000000000000000000000000) (2, 0, 1) (2, -12, -35)\n"
            + "4850\n",
        r.stdout,
        r.stderr);
    assertNull(r.leaks, r.leaks);
    assertForms(r, "f", "BINARY_OP_ADD_INT", "BINARY_OP_SUBTRACT_INT", "BINARY_OP_MULTIPLY_INT");
    assertForms(r, "acc", "BINARY_OP_ADD_INT", "BINARY_OP_SUBTRACT_INT", "BINARY_OP_MULTIPLY_INT");
  }

  @Test
  void floatArithmeticKeepsSignedZerosNansAndInfinities() {
    SpecRun r =
        SpecRun.run(
            """
            def g(a, b):
                return a + b, a - b, a * b
            for x, y in [(1.5, 2.25), (-0.0, 0.0), (-0.0, -0.0), (float("nan"), 1.0),
                         (1e308, 1e308), (float("inf"), float("-inf")), (0.1, 0.2), (2.5, 3)]:
                print(g(x, y))
            """);
    assertEquals(
        """
        (3.75, -0.75, 3.375)
        (0.0, -0.0, -0.0)
        (-0.0, 0.0, 0.0)
        (nan, nan, nan)
        (inf, 0.0, inf)
        (nan, inf, -inf)
        (0.30000000000000004, -0.1, 0.020000000000000004)
        (5.5, -0.5, 7.5)
        """,
        r.stdout,
        r.stderr);
    assertNull(r.leaks, r.leaks);
    assertForms(
        r, "g", "BINARY_OP_ADD_FLOAT", "BINARY_OP_SUBTRACT_FLOAT", "BINARY_OP_MULTIPLY_FLOAT");
  }

  @Test
  void stringConcatenationLeavesSubclassesToTheirOperators() {
    SpecRun r =
        SpecRun.run(
            """
            class S(str):
                def __add__(self, o):
                    return "S+" + str.__add__(self, o)
            def h(a, b):
                return a + b
            out = []
            for i in range(4):
                out.append(h("ab", str(i)))
            out.append(h(S("x"), "y"))
            out.append(h("x", S("y")))
            out.append(h("", ""))
            out.append(h("\\U0001F600", "z"))
            print(out)
            def cat(n):
                s = ""
                for i in range(n):
                    s += "a"
                return s
            print(len(cat(50)))
            """);
    assertEquals(
        "['ab0', 'ab1', 'ab2', 'ab3', 'S+xy', 'xy', '', '\uD83D\uDE00z']\n50\n",
        r.stdout,
        r.stderr);
    assertNull(r.leaks, r.leaks);
    assertForms(r, "h", "BINARY_OP_ADD_UNICODE");
    assertForms(r, "cat", "BINARY_OP_ADD_UNICODE");
  }

  @Test
  void arithmeticOnNewTypesDeoptsAndRespecializes() {
    SpecRun r =
        SpecRun.run(
            """
            def f(a, b):
                return a + b
            out = []
            for i in range(100):
                out.append(f(i, 1))
            for i in range(100):
                out.append(f(i * 0.5, 0.25))
            print(out[0], out[99], out[100], out[199])
            """);
    assertEquals("1 100 0.25 49.75\n", r.stdout, r.stderr);
    assertNull(r.leaks, r.leaks);
    assertEquals(List.of("BINARY_OP_ADD_FLOAT"), r.forms("f"));
    assertTrue(r.deopts(Op.BINARY_OP_ADD_INT) >= 1, "deopts");
    assertTrue(r.successes(Op.BINARY_OP_ADD_FLOAT) >= 1, "respecialized");
  }

  @Test
  void comparisonsMatchGenericResults() {
    SpecRun r =
        SpecRun.run(
            """
            def ci(a, b):
                return a < b, a <= b, a == b, a != b, a > b, a >= b
            def cf(a, b):
                return a < b, a <= b, a == b, a != b, a > b, a >= b
            def cs(a, b):
                return a == b, a != b
            for i in range(3):
                print(ci(i, 1), cf(i * 0.5, 0.5), cs("a" * i, "a"))
            nan = float("nan")
            print(cf(nan, nan), cf(nan, 1.0), cf(-0.0, 0.0))
            print(ci(2**70, 2**70), ci(True, 1), ci(1, 1.0), ci(-2**63, 2**63 - 1))
            class S(str):
                def __eq__(self, o):
                    return True
                __hash__ = str.__hash__
            print(cs(S("x"), "y"), cs("y", S("x")), cs("\\U0001F600", "\\U0001F600"))
            """);
    assertEquals(
        """
        (True, True, False, True, False, False) (True, True, False, True, False, False) \
        (False, True)
        (False, True, True, False, False, True) (False, True, True, False, False, True) \
        (True, False)
        (False, False, False, True, True, True) (False, False, False, True, True, True) \
        (False, True)
        (False, False, False, True, False, False) (False, False, False, True, False, False) \
        (False, True, True, False, False, True)
        (False, True, True, False, False, True) (False, True, True, False, False, True) \
        (False, True, True, False, False, True) (True, True, False, True, False, False)
        (True, True) (True, True) (True, False)
        """,
        r.stdout,
        r.stderr);
    assertNull(r.leaks, r.leaks);
    assertForms(r, "ci", "COMPARE_OP_INT");
    assertForms(r, "cf", "COMPARE_OP_FLOAT");
    assertForms(r, "cs", "COMPARE_OP_STR");
  }

  @Test
  void comparisonsFollowTheirOperandTypes() {
    SpecRun r =
        SpecRun.run(
            """
            def f(a, b):
                return a < b
            out = []
            for i in range(100):
                out.append(f(i, 50))
            for i in range(100):
                out.append(f(i * 1.0, 50.0))
            for i in range(100):
                out.append(f(str(i), "50"))
            print(out.count(True))
            """);
    assertEquals("146\n", r.stdout, r.stderr);
    assertNull(r.leaks, r.leaks);
    // Ordered strings are not specialized: after the float form's misses, f is generic again.
    assertEquals(List.of(), r.forms("f"));
    assertTrue(r.deopts(Op.COMPARE_OP_INT) >= 1, "int form deopted");
    assertTrue(r.deopts(Op.COMPARE_OP_FLOAT) >= 1, "float form deopted");
  }

  @Test
  void subscriptsOfListsTuplesStringsAndDicts() {
    SpecRun r =
        SpecRun.run(
            """
            def get(c, k):
                return c[k]
            def nested(pair):
                return pair[0][pair[1]]
            L = [10, 20, 30]
            T = (1, 2, 3)
            D = {"a": 1, 2: "b"}
            out = []
            for i in range(3):
                out.append((get(L, i), get(L, -1 - i), get(D, "a"), nested((L, i)),
                            nested((T, -i)), nested(("h\\U0001F600llo", i + 1)),
                            nested((D, 2))))
            print(out)
            for c, k in [(L, 3), (L, -4), (T, 5), (D, "zz"), (L, True), ("abc", 3), (D, [1])]:
                try:
                    print(nested((c, k)))
                except Exception as e:
                    print(type(e).__name__, e)
                try:
                    print(get(c, k))
                except Exception as e:
                    print(type(e).__name__, e)
            class MyList(list):
                def __getitem__(self, i):
                    return "mine"
            class MyDict(dict):
                def __missing__(self, k):
                    return "missing " + str(k)
            print(get(MyList([1]), 0), nested((MyList([1]), 0)), get(MyDict(), 5),
                  nested((MyDict(), 6)))
            """);
    assertEquals(
        "[(10, 30, 1, 10, 1, '\uD83D\uDE00', 'b'), (20, 20, 1, 20, 3, 'l', 'b'),"
            + " (30, 10, 1, 30, 2, 'l', 'b')]\n"
            + """
            IndexError list index out of range
            IndexError list index out of range
            IndexError list index out of range
            IndexError list index out of range
            IndexError tuple index out of range
            IndexError tuple index out of range
            KeyError 'zz'
            KeyError 'zz'
            20
            20
            IndexError string index out of range
            IndexError string index out of range
            TypeError unhashable type: 'list'
            TypeError unhashable type: 'list'
            mine mine missing 5 missing 6
            """,
        r.stdout,
        r.stderr);
    assertNull(r.leaks, r.leaks);
  }

  @Test
  void eachSubscriptFormSpecializesOnItsContainer() {
    SpecRun r =
        SpecRun.run(
            """
            def lst(c, k):
                return c[0][k]
            def tup(c, k):
                return c[0][k]
            def st(c, k):
                return c[0][k]
            def dct(c, k):
                return c[0][k]
            def fast_list(c, k):
                return c[k]
            def fast_dict(c, k):
                return c[k]
            for i in range(5):
                print(lst(([1, 2],), -1), tup(((3, 4),), i % 2), st(("ab",), 1),
                      dct(({1: 5},), 1), fast_list([7, 8], 0), fast_dict({"x": 9}, "x"))
            """);
    assertEquals("2 3 b 5 7 9\n2 4 b 5 7 9\n".repeat(2) + "2 3 b 5 7 9\n", r.stdout, r.stderr);
    assertNull(r.leaks, r.leaks);
    assertForms(r, "lst", "BINARY_SUBSCR_LIST_INT");
    assertForms(r, "tup", "BINARY_SUBSCR_TUPLE_INT");
    assertForms(r, "st", "BINARY_SUBSCR_STR_INT");
    assertForms(r, "dct", "BINARY_SUBSCR_DICT");
    assertForms(r, "fast_list", "BINARY_SUBSCR_FAST_LIST_INT");
    assertForms(r, "fast_dict", "BINARY_SUBSCR_FAST_DICT");
  }

  @Test
  void subscriptsFollowTheirContainerTypes() {
    SpecRun r =
        SpecRun.run(
            """
            def f(c, k):
                return c[0][k]
            def g(c, k):
                return c[k]
            out = []
            for i in range(100):
                out.append((f(([1, 2, 3],), i % 3), g([1, 2, 3], i % 3)))
            for i in range(100):
                out.append((f(({0: "a", 1: "b"},), i % 2), g({0: "a", 1: "b"}, i % 2)))
            print(out[0], out[150], len(out))
            """);
    assertEquals("(1, 1) ('a', 'a') 200\n", r.stdout, r.stderr);
    assertNull(r.leaks, r.leaks);
    assertForms(r, "f", "BINARY_SUBSCR_DICT");
    assertForms(r, "g", "BINARY_SUBSCR_FAST_DICT");
    assertTrue(r.deopts(Op.BINARY_SUBSCR_LIST_INT) >= 1, "list form deopted");
    assertTrue(r.deopts(Op.BINARY_SUBSCR_FAST_LIST_INT) >= 1, "borrowed list form deopted");
  }

  @Test
  void membershipInSetsFrozensetsAndDicts() {
    SpecRun r =
        SpecRun.run(
            """
            def has(x, c):
                return x in c, x not in c
            def in_set(x, c):
                return x in c
            def in_dict(x, c):
                return x not in c
            S = {1, 2, "a"}
            F = frozenset([3, 4])
            D = {"k": 1, 5: 2}
            out = []
            for i in range(4):
                out.append((has(i, S), has(i, F), has("k", D), has(i + 3, D)))
                in_set(i, F)
                in_dict(i, D)
            print(out)
            class MySet(set):
                def __contains__(self, x):
                    return True
            print(has(9, MySet()), has(1, [1]), has("a", "abc"), has(1.0, S), has(True, D))
            for x, c in [([1], S), ([1], D), ({}, F)]:
                try:
                    has(x, c)
                except TypeError as e:
                    print(e)
            """);
    assertEquals(
        "[((False, True), (False, True), (True, False), (False, True)), ((True, False), (False,"
            + " True), (True, False), (False, True)), ((True, False), (False, True), (True, False),"
            + " (True, False)), ((False, True), (True, False), (True, False), (False, True))]\n"
            + """
            (True, False) (True, False) (True, False) (True, False) (False, True)
            unhashable type: 'list'
            unhashable type: 'list'
            unhashable type: 'dict'
            """,
        r.stdout,
        r.stderr);
    assertNull(r.leaks, r.leaks);
    assertForms(r, "in_set", "CONTAINS_OP_SET");
    assertForms(r, "in_dict", "CONTAINS_OP_DICT");
  }

  @Test
  void membershipFollowsTheContainerType() {
    SpecRun r =
        SpecRun.run(
            """
            def f(x, c):
                return x in c
            out = []
            for i in range(100):
                out.append(f(i, {1, 2}))
            for i in range(100):
                out.append(f(i, {1: 0}))
            print(out.count(True))
            """);
    assertEquals("3\n", r.stdout, r.stderr);
    assertNull(r.leaks, r.leaks);
    assertEquals(List.of("CONTAINS_OP_DICT"), r.forms("f"));
    assertTrue(r.deopts(Op.CONTAINS_OP_SET) >= 1, "deopts");
  }

  @Test
  void unpackingTuplesAndListsOfTheRightSize() {
    SpecRun r =
        SpecRun.run(
            """
            def two(p):
                a, b = p
                return b, a
            def three(p):
                a, b, c = p
                return c, b, a
            def two_list(p):
                a, b = p
                return a
            def two_tuple(p):
                a, b = p
                return a
            def three_tuple(p):
                a, b, c = p
                return a
            out = []
            for i in range(3):
                out.append((two((i, "x")), two([i, "y"]), three((1, 2, i)), three([i, 5, 6])))
                two_list([i, i]), two_tuple((i, i)), three_tuple((i, i, i))
            print(out)
            class T(tuple):
                pass
            print(two(T((7, 8))), two("ab"), three(range(3)), two({1: 2, 3: 4}))
            for bad in [(1,), (1, 2, 3), [1], [1, 2, 3], 5]:
                try:
                    two(bad)
                except Exception as e:
                    print(type(e).__name__, e)
            """);
    assertEquals(
        "[(('x', 0), ('y', 0), (0, 2, 1), (6, 5, 0)), (('x', 1), ('y', 1), (1, 2, 1), (6, 5, 1)),"
            + " (('x', 2), ('y', 2), (2, 2, 1), (6, 5, 2))]\n"
            + """
            (8, 7) ('b', 'a') (2, 1, 0) (3, 1)
            ValueError not enough values to unpack (expected 2, got 1)
            ValueError too many values to unpack (expected 2)
            ValueError not enough values to unpack (expected 2, got 1)
            ValueError too many values to unpack (expected 2)
            TypeError cannot unpack non-iterable int object
            """,
        r.stdout,
        r.stderr);
    assertNull(r.leaks, r.leaks);
    assertForms(r, "two_tuple", "UNPACK_SEQUENCE_TWO_TUPLE");
    assertForms(r, "three_tuple", "UNPACK_SEQUENCE_TUPLE");
    assertForms(r, "two_list", "UNPACK_SEQUENCE_LIST");
  }

  @Test
  void unpackingFollowsTheSequenceType() {
    SpecRun r =
        SpecRun.run(
            """
            def f(p):
                a, b = p
                return a - b
            out = []
            for i in range(100):
                out.append(f((i, 1)))
            for i in range(100):
                out.append(f([i, 2]))
            print(sum(out))
            """);
    assertEquals("9600\n", r.stdout, r.stderr);
    assertNull(r.leaks, r.leaks);
    assertForms(r, "f", "UNPACK_SEQUENCE_LIST");
    assertTrue(r.deopts(Op.UNPACK_SEQUENCE_TWO_TUPLE) >= 1, "deopts");
  }

  @Test
  void storesIntoListsAndDicts() {
    SpecRun r =
        SpecRun.run(
            """
            def put(c, k, v):
                c[k] = v
            def put_list(c, k, v):
                c[k] = v
            def put_dict(c, k, v):
                c[k] = v
            L = [0, 0, 0]
            D = {}
            for i in range(3):
                put(L, i, i * 10)
                put(L, -1, "last")
                put(D, i, str(i))
                put(D, "k", i)
                put_list(L, 0, 0)
                put_dict(D, 0, "0")
            print(L, D)
            class MyList(list):
                def __setitem__(self, i, v):
                    list.__setitem__(self, i, ("mine", v))
            m = MyList([1, 2])
            put(m, 0, 5)
            print(m)
            for c, k in [(L, 3), (L, -4), (L, "a"), (D, [1]), ((1,), 0)]:
                try:
                    put(c, k, 1)
                except Exception as e:
                    print(type(e).__name__, e)
            print(L, D)
            """);
    assertEquals(
        """
        [0, 10, 'last'] {0: '0', 'k': 2, 1: '1', 2: '2'}
        [('mine', 5), 2]
        IndexError list assignment index out of range
        IndexError list assignment index out of range
        TypeError list indices must be integers or slices, not str
        TypeError unhashable type: 'list'
        TypeError 'tuple' object does not support item assignment
        [0, 10, 'last'] {0: '0', 'k': 2, 1: '1', 2: '2'}
        """,
        r.stdout,
        r.stderr);
    assertNull(r.leaks, r.leaks);
    assertForms(r, "put_list", "STORE_SUBSCR_LIST_INT");
    assertForms(r, "put_dict", "STORE_SUBSCR_DICT");
  }

  @Test
  void storesFollowTheContainerType() {
    SpecRun r =
        SpecRun.run(
            """
            def f(c, k):
                c[k] = 1
            L = [0] * 5
            D = {}
            for i in range(100):
                f(L, i % 5)
            for i in range(100):
                f(D, i % 7)
            print(L, sorted(D))
            """);
    assertEquals("[1, 1, 1, 1, 1] [0, 1, 2, 3, 4, 5, 6]\n", r.stdout, r.stderr);
    assertNull(r.leaks, r.leaks);
    assertEquals(List.of("STORE_SUBSCR_DICT"), r.forms("f"));
    assertTrue(r.deopts(Op.STORE_SUBSCR_LIST_INT) >= 1, "deopts");
  }
}
