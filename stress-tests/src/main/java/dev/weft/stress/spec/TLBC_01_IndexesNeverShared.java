package dev.weft.stress.spec;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.runtime.threads.IndexPool;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * TLBC_01: two threads starting while a third ends never get the same bytecode index, nor one a
 * live thread still holds. Indexes 0, 1 and 2 are held; two threads reserve while the holder of 1
 * releases it. r1, r2: the indexes the two got. The pool hands out the lowest free index, so either
 * 1 was back in time for one of them, or they got 3 and 4.
 */
@JCStressTest
@Outcome(
    id = {"1, 3", "3, 1"},
    expect = ACCEPTABLE,
    desc = "distinct indexes, none still held")
@Outcome(expect = FORBIDDEN, desc = "a shared index, or one still held")
@State
public class TLBC_01_IndexesNeverShared {
  private final IndexPool pool = new IndexPool();

  public TLBC_01_IndexesNeverShared() {
    pool.reserve();
    pool.reserve();
    pool.reserve();
  }

  @Actor
  public void starts(II_Result r) {
    r.r1 = pool.reserve();
  }

  @Actor
  public void endsThenStarts(II_Result r) {
    pool.release(1);
    r.r2 = pool.reserve();
  }
}
