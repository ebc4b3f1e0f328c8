package dev.weft.qsbr;

/**
 * A FIFO of retired items, each tagged with the QSBR goal after which no reader can still hold it.
 * Items live in fixed-size chunks linked head to tail, as in CPython's delayed-free queue ({@code
 * Objects/obmalloc.c}: 254 items a chunk, one 4 KiB page there), so that retiring allocates only
 * when a chunk fills and a whole queue can be handed to another owner by relinking.
 *
 * <p>Not thread-safe: a thread's own queue is touched only by that thread, and the queue of work
 * abandoned by exited threads only under {@link Qsbr}'s abandoned-work lock.
 */
final class DelayedWorkQueue {
  /** CPython's {@code WORK_ITEMS_PER_CHUNK}. */
  static final int CHUNK_ITEMS = 254;

  private static final class Chunk {
    final Object[] items = new Object[CHUNK_ITEMS];
    final Reclaimer[] reclaimers = new Reclaimer[CHUNK_ITEMS];
    final long[] goals = new long[CHUNK_ITEMS];
    final long[] bytes = new long[CHUNK_ITEMS];
    int readIndex;
    int writeIndex;
    Chunk next;

    void reset() {
      readIndex = 0;
      writeIndex = 0;
      next = null;
    }
  }

  private Chunk head;
  private Chunk tail;

  /** One emptied chunk kept back so a queue that keeps draining and refilling never allocates. */
  private Chunk spare;

  private long size;
  private long bytes;

  boolean isEmpty() {
    return size == 0;
  }

  long size() {
    return size;
  }

  long bytes() {
    return bytes;
  }

  void add(Object item, Reclaimer reclaimer, long goal, long itemBytes) {
    Chunk chunk = tail;
    if (chunk == null || chunk.writeIndex == CHUNK_ITEMS) {
      chunk = newChunk();
      if (tail == null) {
        head = chunk;
      } else {
        tail.next = chunk;
      }
      tail = chunk;
    }
    int i = chunk.writeIndex++;
    chunk.items[i] = item;
    chunk.reclaimers[i] = reclaimer;
    chunk.goals[i] = goal;
    chunk.bytes[i] = itemBytes;
    size++;
    bytes += itemBytes;
  }

  /**
   * Reclaims items in FIFO order until the first whose goal {@code poller} does not see reached.
   * Each item leaves the queue before its reclaimer runs, so a reclaimer that throws or that
   * retires more items (appended behind) never sees an item twice.
   *
   * @return the number of items reclaimed
   */
  int process(QsbrThread poller) {
    int reclaimed = 0;
    Chunk chunk;
    while ((chunk = head) != null) {
      if (chunk.readIndex == chunk.writeIndex) {
        if (chunk.writeIndex < CHUNK_ITEMS && chunk == tail) {
          break; // the tail is still being filled; leave it in place
        }
        unlinkHead(chunk);
        continue;
      }
      int i = chunk.readIndex;
      if (!poller.poll(chunk.goals[i])) {
        break;
      }
      Object item = chunk.items[i];
      Reclaimer reclaimer = chunk.reclaimers[i];
      chunk.items[i] = null;
      chunk.reclaimers[i] = null;
      chunk.readIndex = i + 1;
      size--;
      bytes -= chunk.bytes[i];
      reclaimed++;
      reclaimer.reclaim(item);
    }
    return reclaimed;
  }

  /** Moves every item of this queue, in order, behind those of {@code other}. */
  void transferTo(DelayedWorkQueue other) {
    if (head == null) {
      return;
    }
    if (other.tail == null) {
      other.head = head;
    } else {
      other.tail.next = head;
    }
    other.tail = tail;
    other.size += size;
    other.bytes += bytes;
    head = null;
    tail = null;
    size = 0;
    bytes = 0;
  }

  private void unlinkHead(Chunk chunk) {
    head = chunk.next;
    if (head == null) {
      tail = null;
    }
    chunk.reset();
    spare = chunk;
  }

  private Chunk newChunk() {
    Chunk chunk = spare;
    if (chunk == null) {
      return new Chunk();
    }
    spare = null;
    return chunk;
  }
}
