package dev.weft.stress.spec;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.runtime.bytecode.CodeObject;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyFunction;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.threads.ThreadState;
import dev.weft.stress.threads.StressRuntime;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * SPEC_04: {@code return K} specialized into LOAD_GLOBAL_MODULE (the reading thread calls the
 * function three times: it specializes on the second call), racing a thread that inserts enough
 * globals to resize the table (after a delete, so K moves to a new position) and then stores a new
 * value for K: every read returns K's old or new value, never the value of another global at K's
 * old position. r1: the values read, as bits (1 old, 2 new, 4 another key's).
 */
@JCStressTest
@Outcome(
    id = {"[1-3]"},
    expect = ACCEPTABLE,
    desc = "every read saw K's old or new value")
@Outcome(expect = FORBIDDEN, desc = "a read returned another key's value")
@State
public class SPEC_04_SpecializedGlobalLoadNeverForeign {
  private static final StressRuntime RT = new StressRuntime();
  private static final CodeObject G = Python.function("def g():\n    return K\n", "g");
  private static final PyStr K = PyStr.intern("K"), FIRST = PyStr.intern("spec04.first");
  private static final PyStr OLD = PyStr.intern("spec04.old"), NEW = PyStr.intern("spec04.new");
  private static final PyStr OTHER = PyStr.intern("spec04.other");

  private final PyDict globals;
  private final PyFunction g;

  public SPEC_04_SpecializedGlobalLoadNeverForeign() {
    ThreadState ts = RT.enter();
    globals = new PyDict(ts);
    globals.put(ts, FIRST, OTHER);
    globals.put(ts, K, OLD);
    for (int i = 0; i < 3; i++) {
      globals.put(ts, PyStr.intern("spec04.before" + i), OTHER);
    }
    g = Python.function(ts, G, globals);
    RT.leave(ts);
  }

  @Actor
  public void reader(I_Result r) {
    ThreadState ts = RT.enter();
    int seen = 0;
    for (int i = 0; i < 4; i++) {
      PyObject v = Python.call(ts, g);
      seen |= v == OLD ? 1 : v == NEW ? 2 : 4;
      Ops.decref(ts, v);
    }
    r.r1 = seen;
    RT.leave(ts);
  }

  @Actor
  public void writer() {
    ThreadState ts = RT.enter();
    // Five entries fill an 8-slot table: after the delete, the first insert resizes it, and the
    // compacted keys put K where the deleted key was.
    Ops.decref(ts, globals.pop(ts, FIRST));
    for (int i = 0; i < 4; i++) {
      globals.put(ts, PyStr.intern("spec04.after" + i), OTHER);
    }
    globals.put(ts, K, NEW);
    RT.leave(ts);
  }
}
