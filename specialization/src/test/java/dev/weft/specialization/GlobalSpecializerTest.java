package dev.weft.specialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.interpreter.Op;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlobalSpecializerTest {
  @Test
  void globalsAndBuiltinsSpecializeAndFollowStores() {
    SpecRun r =
        SpecRun.run(
            """
            X = 1
            def f():
                return X + len("ab")
            out = []
            for i in range(6):
                out.append(f())
                if i == 2:
                    X = 10
            print(out)
            """);
    assertEquals("[3, 3, 3, 12, 12, 12]\n", r.stdout, r.stderr);
    assertEquals(List.of("LOAD_GLOBAL_MODULE", "LOAD_GLOBAL_BUILTIN"), r.forms("f").subList(0, 2));
  }

  @Test
  void aGlobalShadowingABuiltinMissesThenRespecializes() {
    SpecRun r =
        SpecRun.run(
            """
            def f():
                return len("abc")
            out = []
            for i in range(200):
                out.append(f())
                if i == 50:
                    len = lambda s: -1
            print(out[0], out[50], out[51], out[199])
            """);
    assertEquals("3 3 -1 -1\n", r.stdout, r.stderr);
    // The new global changed the globals' keys: the builtin form missed its way out, and the
    // instruction became the module form.
    assertEquals(List.of("LOAD_GLOBAL_MODULE"), r.forms("f").subList(0, 1));
    assertTrue(r.deopts(Op.LOAD_GLOBAL_BUILTIN) >= 1, "deopts");
    assertTrue(r.successes(Op.LOAD_GLOBAL_MODULE) >= 1, "respecialized");
  }
}
