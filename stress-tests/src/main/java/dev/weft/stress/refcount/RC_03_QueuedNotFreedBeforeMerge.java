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
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * RC_03: an object in the QUEUED state is not deallocated before its owner merges it. The other
 * thread queues its reference while the owner drops its own without merging; only the owner's merge
 * may then free the object.
 */
@JCStressTest
@Outcome(id = "0, 0, 1", expect = ACCEPTABLE, desc = "freed by the merge, not before")
@Outcome(id = "1, .*, .*", expect = FORBIDDEN, desc = "freed during the race, before the merge")
@Outcome(id = "0, 1, .*", expect = FORBIDDEN, desc = "freed before the merge")
@Outcome(id = "0, 0, [02]", expect = FORBIDDEN, desc = "the merge did not free it exactly once")
@State
public class RC_03_QueuedNotFreedBeforeMerge {
  private final RefcountDomain domain = new RefcountDomain();
  private final RcThread owner = domain.registerThread();
  private final RcThread other = domain.registerThread();
  private final Tracked object = new Tracked(owner);

  public RC_03_QueuedNotFreedBeforeMerge() {
    Refcount.incref(owner, object); // the reference handed to `other`, counted locally
  }

  @Actor
  public void other() {
    Refcount.decref(other, object);
  }

  @Actor
  public void owner(III_Result r) {
    Refcount.decref(owner, object);
    r.r1 = object.deallocations.get();
  }

  @Arbiter
  public void afterwards(III_Result r) {
    r.r2 = object.deallocations.get();
    owner.mergeQueued();
    r.r3 = object.deallocations.get();
  }
}
