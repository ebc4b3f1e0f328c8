package dev.weft.stress.refcount;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.refcount.RcObject;
import dev.weft.refcount.RcThread;
import dev.weft.refcount.Refcount;
import dev.weft.refcount.RefcountDomain;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * RC_06: a reader that sees owner id 0 then sees a MERGED shared word. The object's owner has
 * exited; a decrement at shared zero finds it gone and merges explicitly (CAS to MERGED, then the
 * owner id cleared with a release store) while a reader loads the owner id and then the word.
 *
 * <p>The owner's own zero-local merge clears its id just before its CAS (CPython gh-121794: after
 * the CAS the object may already be freed and reused), so a reader racing that single CAS can see 0
 * one step early; docs/invariants.md states the invariant for explicit merges.
 */
@JCStressTest
@Outcome(id = "0", expect = ACCEPTABLE, desc = "reader saw the owner id still set")
@Outcome(id = "1", expect = ACCEPTABLE, desc = "reader saw owner 0 and a MERGED word")
@Outcome(id = "2", expect = FORBIDDEN, desc = "reader saw owner 0 but the word not MERGED")
@State
public class RC_06_UnownedMeansMerged {
  private final RefcountDomain domain = new RefcountDomain();
  private final RcThread merger = domain.registerThread();
  private final Tracked object;

  public RC_06_UnownedMeansMerged() {
    RcThread owner = domain.registerThread();
    object = new Tracked(owner);
    Refcount.incref(owner, object); // two references counted locally: the merger's and one more
    owner.exit();
  }

  @Actor
  public void merger() {
    Refcount.decref(merger, object); // shared zero: queued to an exited owner, merged here
  }

  @Actor
  public void reader(I_Result r) {
    if (object.ownerId() != 0) {
      r.r1 = 0;
    } else {
      r.r1 = (object.sharedWord() & RcObject.STATE_MASK) == RcObject.MERGED ? 1 : 2;
    }
  }
}
