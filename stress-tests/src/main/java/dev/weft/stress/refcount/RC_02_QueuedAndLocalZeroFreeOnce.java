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
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * RC_02: both references are counted by the owner (the owner handed one to the other thread). The
 * owner drops its own and merges its queue while the other thread's decrement finds the shared
 * count at zero and queues the object: the local count reaches zero in the merge, and only one path
 * may deallocate.
 */
@JCStressTest
@Outcome(id = "1", expect = ACCEPTABLE, desc = "deallocated once")
@Outcome(id = "0", expect = FORBIDDEN, desc = "never deallocated after the queues drained")
@Outcome(id = "2", expect = FORBIDDEN, desc = "both paths deallocated")
@State
public class RC_02_QueuedAndLocalZeroFreeOnce {
  private final RefcountDomain domain = new RefcountDomain();
  private final RcThread owner = domain.registerThread();
  private final RcThread other = domain.registerThread();
  private final Tracked object = new Tracked(owner);

  public RC_02_QueuedAndLocalZeroFreeOnce() {
    Refcount.incref(owner, object); // the reference handed to `other`, counted locally
  }

  @Actor
  public void owner() {
    Refcount.decref(owner, object);
    owner.mergeQueued();
  }

  @Actor
  public void other() {
    Refcount.decref(other, object);
  }

  @Arbiter
  public void afterwards(I_Result r) {
    owner.mergeQueued();
    r.r1 = object.deallocations.get();
  }
}
