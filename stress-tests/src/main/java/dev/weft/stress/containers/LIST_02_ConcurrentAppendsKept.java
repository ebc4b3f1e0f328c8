package dev.weft.stress.containers;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.threads.ThreadState;
import dev.weft.stress.threads.StressRuntime;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * LIST_02: two threads append to one list at once ({@code list.append}, called as Python calls it,
 * in a critical section on the list), two items each; the list starts one slot short of full, so
 * the appends also outgrow and replace the array. No append is lost: afterwards the list holds all
 * four items, each once, after the six it started with.
 *
 * <p>r1, r2: how many of the first and of the second thread's items the list holds (2 each); r3:
 * the list's size (10).
 */
@JCStressTest
@Outcome(id = "2, 2, 10", expect = ACCEPTABLE, desc = "every append kept")
@Outcome(expect = FORBIDDEN, desc = "an append was lost (or an item duplicated)")
@State
public class LIST_02_ConcurrentAppendsKept {
  private static final StressRuntime RT = new StressRuntime();
  private static final int START = 6;

  private final PyList list;

  public LIST_02_ConcurrentAppendsKept() {
    ThreadState ts = RT.state();
    PyObject[] items = new PyObject[START + 1]; // one free slot: the second append grows
    for (int i = 0; i < START; i++) {
      items[i] = PyInt.of(ts, i);
    }
    list = PyList.steal(ts, items, START);
    list.setShared();
  }

  @Actor
  public void first() {
    append(100);
  }

  @Actor
  public void second() {
    append(200);
  }

  private void append(int base) {
    ThreadState ts = RT.enter();
    try {
      for (int i = 1; i <= 2; i++) {
        Ops.decref(ts, Ops.callMethod(ts, list, "append", PyInt.of(ts, base + i)));
      }
    } finally {
      RT.leave(ts);
    }
  }

  @Arbiter
  public void afterwards(III_Result r) {
    r.r1 = count(100);
    r.r2 = count(200);
    r.r3 = list.size;
  }

  private int count(int base) {
    int n = 0;
    for (int i = 0; i < list.size; i++) {
      if (list.get(i) instanceof PyInt v && v.value > base && v.value <= base + 2) {
        n++;
      }
    }
    return n;
  }
}
