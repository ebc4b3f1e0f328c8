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
 * RC_08: an immortal object's counts never change and it is never deallocated, whatever any thread
 * increments, decrements or tries.
 */
@JCStressTest
@Outcome(id = "1, 0, 0", expect = ACCEPTABLE, desc = "still immortal, untouched")
@Outcome(expect = FORBIDDEN, desc = "an immortal object's count changed or it was freed")
@State
public class RC_08_ImmortalNeverChanges {
  private final RefcountDomain domain = new RefcountDomain();
  private final RcThread creator = domain.registerThread();
  private final RcThread other = domain.registerThread();
  private final Tracked object = new Tracked(creator);

  public RC_08_ImmortalNeverChanges() {
    Refcount.makeImmortal(object);
  }

  private void churn(RcThread thread) {
    Refcount.incref(thread, object);
    Refcount.decref(thread, object);
    Refcount.decref(thread, object);
    Refcount.tryIncref(thread, object);
    Refcount.decref(thread, object);
  }

  @Actor
  public void creator() {
    churn(creator);
  }

  @Actor
  public void other() {
    churn(other);
  }

  @Arbiter
  public void afterwards(III_Result r) {
    r.r1 = object.isImmortal() ? 1 : 0;
    r.r2 = (int) object.sharedWord();
    r.r3 = object.deallocations.get();
  }
}
