package dev.weft.stress.containers;

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
 * <p>Index 0 holds {@link #OLD} and then {@link #NEXT} (which the pop moves down); a read may also
 * find the list empty-ish and answer null. A read that returns an object whose value is neither, or
 * one that is freed while the reader holds it, returned a recycled item.
 *
 * <p>The state is built on one actor's thread or the other (jcstress builds half of them on each),
 * so the items are owned by the writer in half the states (its decrement frees them at once) and by
 * the reader in the other half (the writer's decrement queues them to the reader).
 */
final class ListReadScenario {
  static final double OLD = 1.0, RECYCLED = 2.0, NEXT = 3.0;

  /** Bits of {@link #read}'s answer. */
  static final int EMPTY = 1, SAW_OLD = 2, SAW_NEXT = 4, SAW_OTHER = 8;

  /** At most this many reads a state. */
  private static final int READS = 64;

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
    ThreadState ts = rt.enter();
    int seen = 0;
    try {
      // Read until the writer has changed index 0 (and twice more), so that reads meet its pop.
      for (int k = 0, after = 0; k < READS && after < 3; k++) {
        PyObject x = list.getItemRef(ts, 0);
        int answer = classify(x);
        Ops.xdecref(ts, x);
        seen |= answer;
        if (answer != SAW_OLD) {
          after++;
        }
      }
    } finally {
      rt.leave(ts);
    }
    return seen;
  }

  /** Called while the reader holds its reference: a held object cannot be freed or recycled. */
  private static int classify(PyObject x) {
    if (x == null) {
      return EMPTY;
    }
    if (x instanceof PyFloat f && !f.isDeallocated()) {
      if (f.value == OLD) {
        return SAW_OLD;
      }
      if (f.value == NEXT) {
        return SAW_NEXT;
      }
    }
    return SAW_OTHER;
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
