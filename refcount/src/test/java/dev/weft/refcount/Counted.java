package dev.weft.refcount;

/** A test object that records its deallocations. */
final class Counted extends RcObject {
  int deallocations;
  RcThread deallocatedBy;

  Counted(RcThread creator) {
    super(creator);
  }

  @Override
  protected void deallocate(RcThread thread) {
    deallocations++;
    deallocatedBy = thread;
  }
}
