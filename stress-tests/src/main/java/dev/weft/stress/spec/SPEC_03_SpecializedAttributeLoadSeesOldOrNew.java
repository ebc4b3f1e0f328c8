package dev.weft.stress.spec;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.interpreter.Imports;
import dev.weft.runtime.objects.Attributes;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyCode;
import dev.weft.runtime.objects.PyFunction;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.ThreadState;
import dev.weft.stress.threads.StressRuntime;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * SPEC_03: {@code o.x} in a function the reading thread has specialized (its copy's LOAD_ATTR is
 * the instance-value form after the first states), racing another thread that stores a new value
 * into {@code o.x} and then gives the class an attribute (a type change: the version tag moves):
 * each read returns the old value or the new one (or misses, and the generic load then returns one
 * of them), never anything else. r1: the reads' values as bits (1 old, 2 new, 4 anything else); r2:
 * 1 when the store completed.
 */
@JCStressTest
@Outcome(
    id = {"[1-3], 1"},
    expect = ACCEPTABLE,
    desc = "every read saw the old or the new value")
@Outcome(expect = FORBIDDEN, desc = "a read saw something else")
@State
public class SPEC_03_SpecializedAttributeLoadSeesOldOrNew {
  private static final StressRuntime RT = new StressRuntime();
  private static final PyStr X = PyStr.intern("x"), Y = PyStr.intern("y");
  private static final PyStr OLD = PyStr.intern("spec03.old"), NEW = PyStr.intern("spec03.new");
  private static final PyFunction F;
  private static final PyType C;

  static {
    ThreadState ts = RT.enter();
    PyModule m = new PyModule(ts, "spec03");
    String source = "class C:\n    pass\ndef f(o):\n    return o.x\n";
    Imports.execute(ts, new PyCode(Python.compile("spec03.py", source)), m);
    F = (PyFunction) m.dict.getString("f");
    C = (PyType) m.dict.getString("C");
    RT.leave(ts);
  }

  private final PyObject o;

  public SPEC_03_SpecializedAttributeLoadSeesOldOrNew() {
    ThreadState ts = RT.enter();
    o = Calls.call(ts, C, Calls.NO_ARGS, 0, 0, null);
    Attributes.set(ts, o, X, OLD);
    RT.leave(ts);
  }

  @Actor
  public void reader(II_Result r) {
    ThreadState ts = RT.enter();
    int seen = 0;
    for (int i = 0; i < 3; i++) {
      PyObject v = Python.call(ts, F, o);
      seen |= v == OLD ? 1 : v == NEW ? 2 : 4;
      Ops.decref(ts, v);
    }
    r.r1 = seen;
    RT.leave(ts);
  }

  @Actor
  public void writer(II_Result r) {
    ThreadState ts = RT.enter();
    Attributes.set(ts, o, X, NEW);
    Attributes.set(ts, C, Y, NEW);
    r.r2 = 1;
    RT.leave(ts);
  }
}
