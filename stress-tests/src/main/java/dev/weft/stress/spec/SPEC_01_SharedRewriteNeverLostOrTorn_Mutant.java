package dev.weft.stress.spec;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import dev.weft.runtime.bytecode.Opcode;
import dev.weft.runtime.objects.Bytecode;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * Mutant of SPEC_01: the shared copy is rewritten with plain stores (check the opcode is generic,
 * store the record, store the opcode), with neither the copy's lock nor a CAS. Observing two
 * rewrites that both happened, or a form left with the other form's record, shows that SPEC_01
 * catches a plain opcode write.
 */
@JCStressTest
@Outcome(
    id = {"1, 0, [0-2], 1", "0, 1, [0-2], 1"},
    expect = ACCEPTABLE,
    desc = "the race was not hit")
@Outcome(expect = ACCEPTABLE_INTERESTING, desc = "caught: a rewrite doubled or a foreign record")
@State
public class SPEC_01_SharedRewriteNeverLostOrTorn_Mutant {
  private final SharedRewriteScenario scenario = new SharedRewriteScenario();

  private static boolean plainRewrite(Bytecode b, int pc, int word, Object cache) {
    int old = b.words[pc];
    if (Opcode.of(old & 0xFF).family() != null) {
      return false;
    }
    b.caches[pc] = cache;
    b.words[pc] = word;
    return true;
  }

  @Actor
  public void module(IIII_Result r) {
    r.r1 = scenario.specializeModule(SPEC_01_SharedRewriteNeverLostOrTorn_Mutant::plainRewrite);
    r.r3 = scenario.dispatch();
  }

  @Actor
  public void builtin(IIII_Result r) {
    r.r2 = scenario.specializeBuiltin(SPEC_01_SharedRewriteNeverLostOrTorn_Mutant::plainRewrite);
  }

  @Arbiter
  public void afterwards(IIII_Result r) {
    r.r4 = scenario.settled();
  }
}
