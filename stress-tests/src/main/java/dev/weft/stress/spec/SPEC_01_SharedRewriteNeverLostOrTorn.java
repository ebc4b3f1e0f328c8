package dev.weft.stress.spec;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.runtime.interpreter.Spec;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * SPEC_01 ★: two threads specialize one instruction of a shared copy at once ({@link
 * Spec#rewriteShared}, the rewrite of {@code -X tlbc=shared-specialize}): exactly one rewrite
 * happens, and the opcode and cache record left behind belong together; the first thread,
 * dispatching on the instruction while the second may still be rewriting it, sees a specialized
 * form with its own record, or one whose record it cannot use yet (a miss), never a form with the
 * other form's record. See {@link SharedRewriteScenario}.
 *
 * <p>r1, r2: whether each specializer's rewrite happened; r3: what the first thread's dispatch saw
 * (0 generic, 1 own record, 2 no record yet, 3 another form's record); r4: the final pair (1
 * belongs, 3 does not).
 */
@JCStressTest
@Outcome(
    id = {"1, 0, [0-2], 1", "0, 1, [0-2], 1"},
    expect = ACCEPTABLE,
    desc = "one rewrite won whole; the reader saw a consistent form or missed")
@Outcome(expect = FORBIDDEN, desc = "a rewrite lost, doubled, or a form with a foreign record")
@State
public class SPEC_01_SharedRewriteNeverLostOrTorn {
  private final SharedRewriteScenario scenario = new SharedRewriteScenario();

  @Actor
  public void module(IIII_Result r) {
    r.r1 = scenario.specializeModule(Spec::rewriteShared);
    r.r3 = scenario.dispatch();
  }

  @Actor
  public void builtin(IIII_Result r) {
    r.r2 = scenario.specializeBuiltin(Spec::rewriteShared);
  }

  @Arbiter
  public void afterwards(IIII_Result r) {
    r.r4 = scenario.settled();
  }
}
