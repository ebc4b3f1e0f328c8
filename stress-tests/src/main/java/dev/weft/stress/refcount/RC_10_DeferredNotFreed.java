package dev.weft.stress.refcount;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.refcount.RcThread;
import dev.weft.refcount.Refcount;
import dev.weft.refcount.RefcountDomain;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * RC_10: a deferred object is not freed while a thread's interpreter stack still refers to it. The
 * creator drops the only counted reference while another thread, holding an uncounted stack
 * reference, takes and drops counted ones; no count reaching zero may free it.
 */
@JCStressTest
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "never freed")
@Outcome(expect = FORBIDDEN, desc = "freed while a stack still referred to it")
@State
public class RC_10_DeferredNotFreed {
  private final RefcountDomain domain = new RefcountDomain();
  private final RcThread creator = domain.registerThread();
  private final RcThread user = domain.registerThread();
  private final Tracked function = new Tracked(creator);

  public RC_10_DeferredNotFreed() {
    Refcount.makeDeferred(creator, function);
  }

  @Actor
  public void creator() {
    Refcount.decref(creator, function);
  }

  @Actor
  public void user(II_Result r) {
    Refcount.incref(user, function);
    Refcount.decref(user, function);
    r.r1 = function.isDeallocated() ? 1 : 0;
  }

  @Arbiter
  public void afterwards(II_Result r) {
    user.mergeQueued();
    creator.mergeQueued();
    r.r2 = function.deallocations.get();
  }
}
