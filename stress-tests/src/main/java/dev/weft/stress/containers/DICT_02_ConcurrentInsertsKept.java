package dev.weft.stress.containers;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.threads.ThreadState;
import dev.weft.stress.threads.StressRuntime;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * DICT_02: two threads insert different keys into one dict at once, three each; the dict starts
 * with three entries, so the inserts also fill the table and replace it with a bigger one. No
 * insert is lost: afterwards every key maps to its value and the dict holds nine entries.
 *
 * <p>r1, r2: how many of the first and of the second thread's keys map to their values (3 each);
 * r3: the dict's size (9).
 */
@JCStressTest
@Outcome(id = "3, 3, 9", expect = ACCEPTABLE, desc = "every insert kept")
@Outcome(expect = FORBIDDEN, desc = "an insert was lost")
@State
public class DICT_02_ConcurrentInsertsKept {
  private static final StressRuntime RT = new StressRuntime();
  private static final PyStr[] FIRST = keys("dict02.a"), SECOND = keys("dict02.b");

  private final PyDict dict;

  public DICT_02_ConcurrentInsertsKept() {
    ThreadState ts = RT.state();
    dict = new PyDict(ts);
    for (PyStr k : keys("dict02.start")) {
      dict.put(ts, k, PyInt.of(ts, 0));
    }
  }

  private static PyStr[] keys(String prefix) {
    PyStr[] keys = new PyStr[3];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = PyStr.intern(prefix + i);
    }
    return keys;
  }

  @Actor
  public void first() {
    insert(FIRST, 100);
  }

  @Actor
  public void second() {
    insert(SECOND, 200);
  }

  private void insert(PyStr[] keys, int base) {
    ThreadState ts = RT.enter();
    try {
      for (int i = 0; i < keys.length; i++) {
        dict.put(ts, keys[i], PyInt.of(ts, base + i));
      }
    } finally {
      RT.leave(ts);
    }
  }

  @Arbiter
  public void afterwards(III_Result r) {
    ThreadState ts = RT.state();
    r.r1 = present(ts, FIRST, 100);
    r.r2 = present(ts, SECOND, 200);
    r.r3 = dict.size();
  }

  private int present(ThreadState ts, PyStr[] keys, int base) {
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      if (dict.get(ts, keys[i]) instanceof PyInt v && v.value == base + i) {
        n++;
      }
    }
    return n;
  }
}
