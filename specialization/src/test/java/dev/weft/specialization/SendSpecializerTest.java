package dev.weft.specialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.interpreter.Op;
import org.junit.jupiter.api.Test;

/**
 * SEND's form SEND_GEN ({@code yield from} a generator, {@code await} a coroutine); the expected
 * outputs are CPython 3.11's.
 */
class SendSpecializerTest {
  @Test
  void delegationToGeneratorsAndCoroutinesSpecializes() {
    SpecRun r =
        SpecRun.run(
            """
            def sub(n):
                for i in range(n):
                    x = yield i
                    if x:
                        print('got', x)
                return n * 10
            def deleg(n):
                r = yield from sub(n)
                yield r
            print([list(deleg(k)) for k in range(4)])
            g = deleg(3)
            print(next(g), g.send('a'), g.send(None), g.send('b'))
            class Awaitable:
                def __await__(self):
                    yield 'tick'
                    return 5
            async def inner(x):
                v = await Awaitable()
                return v + x
            async def outer(n):
                s = 0
                for i in range(n):
                    s += await inner(i)
                return s
            def drive(c):
                ticks = 0
                try:
                    while True:
                        c.send(None)
                        ticks += 1
                except StopIteration as e:
                    return e.value, ticks
            print([drive(outer(k)) for k in range(4)])
            """);
    assertEquals(
        "[[0], [0, 10], [0, 1, 20], [0, 1, 2, 30]]\ngot a\ngot b\n0 1 2 30\n"
            + "[(0, 0), (5, 1), (11, 2), (18, 3)]\n",
        r.stdout,
        r.stderr);
    assertNull(r.leaks, r.leaks);
    assertTrue(r.forms("deleg").contains("SEND_GEN"), r.forms("deleg").toString());
    assertTrue(r.forms("outer").contains("SEND_GEN"), r.forms("outer").toString());
  }

  @Test
  void otherReceiversMissAndRunningOnesRaiseAsGeneric() {
    SpecRun r =
        SpecRun.run(
            """
            def sub(n):
                yield from range(n)
                return n
            def deleg(box):
                r = yield from box[0]
                return r
            def collect(it):
                out = []
                g = deleg([it])
                try:
                    while True:
                        out.append(next(g))
                except StopIteration as e:
                    out.append(e.value)
                return out
            res = []
            for k in range(5):
                res.append(collect(sub(k)))
            for k in range(60):
                res.append(collect(iter([k, k])))
            for k in range(3):
                res.append(collect(sub(2)))
            print(res[:5], res[5], res[64], res[65:])
            box = [None]
            me = deleg(box)
            box[0] = me
            try:
                next(me)
            except ValueError as e:
                print(e)
            def thrower():
                try:
                    yield 1
                    yield 2
                except KeyError:
                    return 'caught'
            def deleg2():
                r = yield from thrower()
                yield r
            for k in range(3):
                g = deleg2()
                next(g)
                print(g.throw(KeyError))
            """);
    assertEquals(
        "[[0], [0, 1], [0, 1, 2], [0, 1, 2, 3], [0, 1, 2, 3, 4]] [0, 0, None] [59, 59, None]"
            + " [[0, 1, 2], [0, 1, 2], [0, 1, 2]]\n"
            + "generator already executing\ncaught\ncaught\ncaught\n",
        r.stdout,
        r.stderr);
    assertNull(r.leaks, r.leaks);
    assertTrue(r.successes(Op.SEND_GEN) >= 1, "specialized");
    assertTrue(r.deopts(Op.SEND_GEN) >= 1, "deopted");
  }
}
