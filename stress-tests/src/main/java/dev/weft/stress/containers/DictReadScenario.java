package dev.weft.stress.containers;

import static dev.weft.stress.containers.RacingReads.NEXT;
import static dev.weft.stress.containers.RacingReads.OLD;
import static dev.weft.stress.containers.RacingReads.RECYCLED;

import dev.weft.refcount.Refcount;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.threads.ThreadState;
import dev.weft.stress.threads.StressRuntime;

/**
 * DICT_01's scenario: {@code d[k]} read lock-free ({@link PyDict#getRef}, with a str key equal to
 * but not identical with the dict's) over and over, until it changes, while another thread inserts
 * a key (which fills the table and replaces it with a bigger one), deletes k and drops its value,
 * allocates a float (a freed float is handed out again at once by the thread's freelist, so the old
 * value's object comes back with another value, and it is published, as a locked read elsewhere
 * would mark it, so that a stale try-incref on it can succeed), and finally maps k to a new value.
 *
 * <p>k maps to {@link RacingReads#OLD}, then to nothing, then to {@link RacingReads#NEXT}; the
 * other keys map to values of their own. A read that returns any other value, or one freed while
 * the reader holds it, returned a value never mapped to k.
 *
 * <p>The old value has no owner (as if its creator had exited), so the writer's decrement frees it,
 * into the writer's freelist, unless a reader holds it.
 */
final class DictReadScenario {
  static final double OTHERS = 10.0;

  /** Entries before the writer's insert: a table of 8 slots holds 5, so the insert resizes. */
  private static final int FILLED = 5;

  private static final PyStr KEY = PyStr.intern("dict01.k");
  private static final PyStr INSERTED = PyStr.intern("dict01.inserted");

  private final StressRuntime rt;
  private final PyDict dict;
  private final PyStr readerKey;
  private final long hash;
  private final PyFloat first;
  private PyFloat recycled;

  DictReadScenario(StressRuntime rt) {
    this.rt = rt;
    ThreadState ts = rt.state();
    dict = new PyDict(ts);
    first = PyFloat.of(ts, OLD);
    dict.put(ts, KEY, first);
    Ops.decref(ts, first); // the dict holds the only reference
    for (int i = 1; i < FILLED; i++) {
      PyFloat v = PyFloat.of(ts, OTHERS + i);
      dict.put(ts, PyStr.intern("dict01.other" + i), v);
      Ops.decref(ts, v);
    }
    // As if made by a thread that has since exited: its count is merged into the shared word and
    // it has no owner, so whichever thread drops the last reference frees it.
    Refcount.explicitMerge(ts.rc, first, 0);
    readerKey = PyStr.of(ts, "dict01.k"); // equal to KEY, another object
    hash = Ops.hash(ts, readerKey);
  }

  int read() {
    return RacingReads.readUntilChanged(rt, ts -> dict.getRef(ts, readerKey, hash));
  }

  void write() {
    ThreadState ts = rt.enter();
    try {
      PyFloat inserted = PyFloat.of(ts, OTHERS);
      dict.put(ts, INSERTED, inserted); // the sixth entry: the table is replaced
      Ops.decref(ts, inserted);
      PyObject popped = dict.pop(ts, KEY);
      Ops.decref(ts, popped); // frees the old value unless a reader holds it
      recycled = PyFloat.of(ts, RECYCLED); // the old value's object again, if it was freed
      Refcount.setMaybeWeakref(recycled); // published to other threads
      PyFloat next = PyFloat.of(ts, NEXT);
      dict.put(ts, KEY, next);
      Ops.decref(ts, next);
    } finally {
      rt.leave(ts);
    }
  }

  /** 1 if the writer's new float reused the old value's object (the race window was there). */
  int recycled() {
    return recycled == first ? 1 : 0;
  }
}
