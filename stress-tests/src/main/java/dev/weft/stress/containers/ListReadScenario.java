package dev.weft.stress.containers;

import static dev.weft.stress.containers.RacingReads.NEXT;
import static dev.weft.stress.containers.RacingReads.OLD;
import static dev.weft.stress.containers.RacingReads.RECYCLED;

import dev.weft.refcount.Refcount;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.threads.CriticalSection;
import dev.weft.runtime.threads.ThreadState;
import dev.weft.stress.threads.StressRuntime;

/**
 * LIST_01's scenario: {@code list[0]} read lock-free ({@link PyList#getItemRef}) over and over,
 * until it changes, while another thread appends (which outgrows the array and replaces it), pops
 * index 0 and drops the popped item, then allocates a float: a freed float is handed out again at
 * once by the thread's freelist, so the old item's object comes back with another value, and it is
 * published (marked as possibly referenced by other threads, as a locked read elsewhere would), so
 * that a stale try-incref on it can succeed.
 *
 * <p>Index 0 holds {@link RacingReads#OLD} and then {@link RacingReads#NEXT} (which the pop moves
 * down); a read may also find the list empty-ish and answer null. A read that returns an object
 * whose value is neither, or one that is freed while the reader holds it, returned a recycled item.
 *
 * <p>The state is built on one actor's thread or the other (jcstress builds half of them on each),
 * so the items are owned by the writer in half the states (its decrement frees them at once) and by
 * the reader in the other half (the writer's decrement queues them to the reader).
 */
final class ListReadScenario {

  private final StressRuntime rt;
  private final PyList list;
  private final PyFloat first;
  private PyFloat recycled;

  ListReadScenario(StressRuntime rt) {
    this.rt = rt;
    ThreadState ts = rt.state();
    first = PyFloat.of(ts, OLD);
    // As if made by a thread that has since exited: its count is merged into the shared word and
    // it has no owner, so whichever thread drops the last reference frees it.
    Refcount.explicitMerge(ts.rc, first, 0);
    list = PyList.steal(ts, new PyObject[] {first}, 1); // full: the next append grows the array
    list.setShared(); // as after another thread's first (locked) read: lock-free reads are on
  }

  int read() {
    return RacingReads.readUntilChanged(rt, ts -> list.getItemRef(ts, 0));
  }

  void write() {
    ThreadState ts = rt.enter();
    try {
      PyFloat next = PyFloat.of(ts, NEXT);
      CriticalSection.begin(ts, list);
      try {
        list.append(ts, next); // outgrows the array: a new one replaces it
      } finally {
        CriticalSection.end(ts);
      }
      Ops.decref(ts, next);
      PyObject popped = Ops.callMethod(ts, list, "pop", PyInt.of(ts, 0));
      Ops.decref(ts, popped); // frees the old item unless a reader holds it
      recycled = PyFloat.of(ts, RECYCLED); // the old item's object again, if it was freed
      Refcount.setMaybeWeakref(recycled); // published to other threads
    } finally {
      rt.leave(ts);
    }
  }

  /** 1 if the writer's new float reused the old item's object (the race window was there). */
  int recycled() {
    return recycled == first ? 1 : 0;
  }
}
