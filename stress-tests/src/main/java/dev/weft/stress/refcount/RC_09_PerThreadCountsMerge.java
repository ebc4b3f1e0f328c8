package dev.weft.stress.refcount;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.refcount.RcThread;
import dev.weft.refcount.Refcount;
import dev.weft.refcount.RefcountDomain;
import java.util.List;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * RC_09: two threads count references to an object with a unique id in their per-thread arrays, and
 * through the shared word, and merge concurrently; the merged count is the net of all of it. Then
 * the id is released (threads stopped) and given to a new object, which must start with no count
 * inherited from the old one.
 */
@JCStressTest
@Outcome(id = "5, 0", expect = ACCEPTABLE, desc = "net counted exactly; recycled id clean")
@Outcome(
    expect = FORBIDDEN,
    desc = "merged count differs from the net, or the recycled id inherited counts")
@State
public class RC_09_PerThreadCountsMerge {
  private final RefcountDomain domain = new RefcountDomain();
  private final RcThread first = domain.registerThread();
  private final RcThread second = domain.registerThread();
  private final Tracked type = new Tracked(first);
  private final long base;

  public RC_09_PerThreadCountsMerge() {
    domain.assignUniqueId(first, type);
    base = type.referenceCount();
  }

  @Actor
  public void first() {
    Refcount.increfPerThread(first, type);
    Refcount.increfPerThread(first, type);
    Refcount.increfPerThread(first, type);
    Refcount.decrefPerThread(first, type);
    first.mergePerThreadCounts();
  }

  @Actor
  public void second() {
    Refcount.increfPerThread(second, type);
    Refcount.increfPerThread(second, type);
    Refcount.incref(second, type);
    second.mergePerThreadCounts();
  }

  @Arbiter
  public void afterwards(II_Result r) {
    r.r1 = (int) (type.referenceCount() - base);
    Refcount.increfPerThread(first, type); // a count the release must fold into the old object
    domain.releaseUniqueId(type, List.of(first, second));
    Tracked successor = new Tracked(first);
    domain.assignUniqueId(first, successor);
    long successorBase = successor.referenceCount();
    first.mergePerThreadCounts();
    second.mergePerThreadCounts();
    r.r2 = (int) (successor.referenceCount() - successorBase);
  }
}
