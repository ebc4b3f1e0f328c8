package dev.weft.stress.spec;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.runtime.bytecode.CodeObject;
import dev.weft.runtime.objects.Bytecode;
import dev.weft.runtime.objects.PyCode;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * TLBC_02: a thread making its copy of a code object while another thread's first use grows the
 * copies array: afterwards each finds the very copy it made (a lost copy would mean the thread
 * silently starts over, its specializations and their counters gone). Index 1 fits the first array;
 * index 6 forces a larger one. r1, r2: 1 when index 1's, index 6's copy is the one made.
 */
@JCStressTest
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "both copies kept")
@Outcome(expect = FORBIDDEN, desc = "a copy was lost to the growth")
@State
public class TLBC_02_GrowthKeepsCopies {
  private static final CodeObject CODE = Python.compile("tlbc02.py", "x = y + 1\n");

  private final PyCode code = new PyCode(CODE);
  private Bytecode one, six;

  public TLBC_02_GrowthKeepsCopies() {
    code.bytecode(0); // the array exists, with room for a few indexes
  }

  @Actor
  public void small() {
    one = code.bytecode(1);
  }

  @Actor
  public void grows() {
    six = code.bytecode(6);
  }

  @Arbiter
  public void afterwards(II_Result r) {
    Bytecode[] copies = code.copies();
    r.r1 = code.bytecode(1) == one && copies[1] == one ? 1 : 0;
    r.r2 = code.bytecode(6) == six && copies[6] == six ? 1 : 0;
  }
}
