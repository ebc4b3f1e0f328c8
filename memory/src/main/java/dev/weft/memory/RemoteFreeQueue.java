package dev.weft.memory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.ReentrantLock;
import org.jctools.queues.varhandle.MpscUnboundedVarHandleArrayQueue;

/**
 * The way back to a heap for storage freed by threads other than its owner (mimalloc's {@code
 * xthread_free} list, which CPython's free-threaded build relies on): any thread offers the array
 * to the owner's JCTools MPSC queue, and the owner, its only consumer, drains the queue into its
 * pools when an allocation misses or at {@link ThreadHeap#drainRemoteFrees()}.
 *
 * <p>When the owner exits it closes the queue, and from then on nothing is returned: arrays already
 * queued and arrays freed later are dropped to the JVM's collector and counted in {@link
 * Memory#lateFreesDropped()}. Nothing is adopted by another heap, so nothing outlives the heap.
 *
 * <p>Invariant (MEM_02): every array offered is taken from the queue exactly once, into the pool
 * while the owner runs, dropped after it closed; none stays queued after close. A producer that
 * offers races the owner that closes: a Dekker pair. The producer's offer (a volatile CAS of the
 * producer index) precedes its volatile read of {@code closed}; the owner's volatile store of
 * {@code closed} precedes its drain, whose poll reads the producer index volatile and waits for a
 * claimed slot's element. Either the owner's drain sees the array, or the producer sees the queue
 * closed and drains it itself. After close, every drain (the owner's last one and any producer's)
 * runs under {@link #lateDrainLock}, so the queue keeps a single consumer at a time; the owner's
 * lock-free drains all happen before its store of {@code closed}.
 */
final class RemoteFreeQueue {
  /** Elements per chunk of the unbounded queue: offers allocate one chunk per this many frees. */
  private static final int CHUNK = 128;

  private static final VarHandle CLOSED;

  static {
    try {
      CLOSED = MethodHandles.lookup().findVarHandle(RemoteFreeQueue.class, "closed", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Memory memory;
  private final MpscUnboundedVarHandleArrayQueue<Object> queue =
      new MpscUnboundedVarHandleArrayQueue<>(CHUNK);

  /** Written once, by the owner, when it exits; read by every producer. */
  @SuppressWarnings("unused") // accessed through CLOSED only
  private boolean closed;

  /** Serializes the drains that happen after close (the owner's last and any producer's). */
  private final ReentrantLock lateDrainLock = new ReentrantLock();

  RemoteFreeQueue(Memory memory) {
    this.memory = memory;
  }

  /** Any thread but the owner: hands {@code array} back to the owner, or drops it if closed. */
  void offer(Object array) {
    // Volatile read: a closed heap takes nothing, and the array goes to the collector at once.
    if ((boolean) CLOSED.getVolatile(this)) {
      memory.dropLateFrees(1);
      return;
    }
    queue.offer(array);
    // Volatile read after the offer's volatile CAS: the producer half of the Dekker pair with
    // close(). If the owner closed meanwhile, its final drain may have missed this array.
    if ((boolean) CLOSED.getVolatile(this)) {
      dropQueued();
    }
  }

  /** Owner only, while open: the next array other threads freed, or {@code null}. */
  Object poll() {
    return queue.relaxedPoll();
  }

  /** Owner only, at exit: no array is returned from now on; those queued are dropped. */
  void close() {
    // Volatile store before the drain's volatile reads: the owner half of the Dekker pair in
    // offer().
    CLOSED.setVolatile(this, true);
    dropQueued();
  }

  boolean isClosed() {
    return (boolean) CLOSED.getVolatile(this);
  }

  /** Whether arrays are waiting; exact only when no thread is offering. */
  boolean isEmpty() {
    return queue.isEmpty();
  }

  private void dropQueued() {
    lateDrainLock.lock();
    try {
      long dropped = 0;
      // poll, not relaxedPoll: it waits for an element whose slot a producer has claimed, so an
      // offer whose CAS this drain sees is never missed.
      while (queue.poll() != null) {
        dropped++;
      }
      if (dropped > 0) {
        memory.dropLateFrees(dropped);
      }
    } finally {
      lateDrainLock.unlock();
    }
  }
}
