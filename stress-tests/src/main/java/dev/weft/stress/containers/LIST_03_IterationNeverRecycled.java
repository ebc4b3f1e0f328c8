package dev.weft.stress.containers;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.refcount.Refcount;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.threads.ThreadState;
import dev.weft.stress.threads.StressRuntime;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * LIST_03: iterating a list (the list iterator FOR_ITER uses) while another thread shrinks it
 * yields only items that were in the list, in order, and may stop early; never a recycled or freed
 * item. The list holds four floats 1.0 to 4.0; the shrinking thread pops three of them ({@code
 * list.pop()}, from the end), drops them and allocates three floats of another value, which its
 * freelist makes out of the popped ones when they were freed, published (marked as possibly
 * referenced by other threads) as they would be elsewhere.
 *
 * <p>r1: items the iteration yielded (0 to 4); r2: an item was not the one at its index (a
 * recycled, freed or misplaced object).
 */
@JCStressTest
@Outcome(
    id = {"[0-4], 0"},
    expect = ACCEPTABLE,
    desc = "the items at indices 0.. in order, possibly stopping early")
@Outcome(expect = FORBIDDEN, desc = "the iteration yielded a recycled, freed or misplaced item")
@State
public class LIST_03_IterationNeverRecycled {
  private static final StressRuntime RT = new StressRuntime();
  private static final int SIZE = 4;
  private static final double RECYCLED = 100.0;

  private final PyList list;
  private final PyFloat[] recycled = new PyFloat[SIZE - 1];

  public LIST_03_IterationNeverRecycled() {
    ThreadState ts = RT.state();
    PyObject[] items = new PyObject[SIZE];
    for (int i = 0; i < SIZE; i++) {
      items[i] = PyFloat.of(ts, i + 1.0);
      // As if made by a thread that has since exited: no owner, so the shrinking thread's
      // decrement frees the item (into its freelist) unless the iterator holds it.
      Refcount.explicitMerge(ts.rc, items[i], 0);
    }
    list = PyList.steal(ts, items, SIZE);
    list.setShared();
  }

  @Actor
  public void iterate(II_Result r) {
    ThreadState ts = RT.enter();
    int yielded = 0, bad = 0;
    try {
      PyObject it = Ops.iter(ts, list);
      PyObject x;
      while (yielded <= SIZE && (x = Ops.next(ts, it)) != null) {
        if (!(x instanceof PyFloat f) || f.isDeallocated() || f.value != yielded + 1.0) {
          bad = 1;
        }
        Ops.decref(ts, x);
        yielded++;
      }
      Ops.decref(ts, it);
    } finally {
      RT.leave(ts);
    }
    r.r1 = yielded;
    r.r2 = bad;
  }

  @Actor
  public void shrink() {
    ThreadState ts = RT.enter();
    try {
      for (int i = 0; i < SIZE - 1; i++) {
        Ops.decref(ts, Ops.callMethod(ts, list, "pop")); // frees it unless the iterator holds it
      }
      for (int i = 0; i < SIZE - 1; i++) {
        recycled[i] = PyFloat.of(ts, RECYCLED); // a popped item's object, if it was freed
        Refcount.setMaybeWeakref(recycled[i]);
      }
    } finally {
      RT.leave(ts);
    }
  }
}
