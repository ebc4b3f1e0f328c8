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
 * RC_07: the owner exits while another thread queues an object to it. The object is either drained
 * by the exiting owner or merged by the queuing thread: freed once, never lost, never merged twice.
 */
@JCStressTest
@Outcome(id = "1", expect = ACCEPTABLE, desc = "freed once")
@Outcome(id = "0", expect = FORBIDDEN, desc = "lost in the exited owner's queue")
@Outcome(id = "2", expect = FORBIDDEN, desc = "merged twice")
@State
public class RC_07_OwnerExitVsQueue {
  private final RefcountDomain domain = new RefcountDomain();
  private final RcThread owner = domain.registerThread();
  private final RcThread other = domain.registerThread();
  private final Tracked object = new Tracked(owner);

  public RC_07_OwnerExitVsQueue() {
    Refcount.incref(owner, object); // the reference handed to `other`, counted locally
  }

  @Actor
  public void owner() {
    Refcount.decref(owner, object);
    owner.exit();
  }

  @Actor
  public void other() {
    Refcount.decref(other, object);
  }

  @Arbiter
  public void afterwards(I_Result r) {
    other.mergeQueued();
    r.r1 = object.deallocations.get();
  }
}
