package dev.weft.stress.refcount;

import dev.weft.refcount.RcObject;
import dev.weft.refcount.RcThread;
import java.util.concurrent.atomic.AtomicInteger;

/** A runtime object stand-in that counts its deallocations (atomically: any thread may free it). */
class Tracked extends RcObject {
  final AtomicInteger deallocations = new AtomicInteger();

  Tracked(RcThread creator) {
    super(creator);
  }

  @Override
  protected void deallocate(RcThread thread) {
    deallocations.incrementAndGet();
  }
}
