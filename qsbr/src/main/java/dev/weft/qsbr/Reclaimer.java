package dev.weft.qsbr;

/**
 * What to do with a retired item once no thread can still be reading it: return storage to a pool,
 * drop a reference, close an off-heap segment.
 *
 * <p>A reclaimer runs on whichever thread processes the queue holding the item (the retiring thread
 * at one of its poll points, or any thread draining work abandoned by an exited thread), never
 * while that thread holds a pointer it loaded before its last quiescent state. It may retire
 * further items. Keep one instance per kind of item (a {@code static final} constant) so that
 * retiring allocates nothing.
 */
@FunctionalInterface
public interface Reclaimer {
  void reclaim(Object retired);
}
