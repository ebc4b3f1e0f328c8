package dev.weft.stress.spec;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.threads.ThreadState;
import dev.weft.stress.threads.StressRuntime;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * SPEC_02: versions that guards trust are never handed out twice, and 0 (unversioned) is never
 * handed out as valid. Two threads ask for the keys versions of two dicts at once, each while the
 * other dict's keys change (an insert resets its version to 0, to be assigned afresh on the next
 * request); a version is also asked for in the arbiter after the inserts. r1, r2: 1 when the
 * versions each thread got were non-zero; r3: 1 when no two dicts' keys got the same version.
 */
@JCStressTest
@Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "every version non-zero and unique")
@Outcome(expect = FORBIDDEN, desc = "a version was 0 or handed out twice")
@State
public class SPEC_02_VersionsNeverReused {
  private static final StressRuntime RT = new StressRuntime();
  private static final PyStr A = PyStr.intern("spec02.a"), B = PyStr.intern("spec02.b");
  private final PyDict first, second;
  private int v1, v2, v3, v4;

  public SPEC_02_VersionsNeverReused() {
    ThreadState ts = RT.enter();
    first = new PyDict(ts);
    second = new PyDict(ts);
    RT.leave(ts);
  }

  @Actor
  public void one(III_Result r) {
    ThreadState ts = RT.enter();
    v1 = first.keysVersion();
    second.put(ts, A, A);
    r.r1 = v1 != 0 ? 1 : 0;
    RT.leave(ts);
  }

  @Actor
  public void two(III_Result r) {
    ThreadState ts = RT.enter();
    v2 = second.keysVersion();
    first.put(ts, B, B);
    r.r2 = v2 != 0 ? 1 : 0;
    RT.leave(ts);
  }

  @Arbiter
  public void afterwards(III_Result r) {
    v3 = first.keysVersion();
    v4 = second.keysVersion();
    // Two dicts' keys never share a version (one dict's may repeat when its keys did not change).
    boolean distinct = v1 != v2 && v1 != v4 && v2 != v3 && v3 != v4 && v3 != 0 && v4 != 0;
    r.r3 = distinct ? 1 : 0;
  }
}
