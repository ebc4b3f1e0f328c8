package dev.weft.stress.spec;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.weft.runtime.bytecode.CodeObject;
import dev.weft.runtime.bytecode.Opcode;
import dev.weft.runtime.interpreter.Spec;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyCode;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyFunction;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.threads.ThreadState;
import dev.weft.stress.threads.StressRuntime;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * TLBC_03: two threads run one code object at once, each specializing it its own way: one with
 * globals that define {@code len} (its LOAD_GLOBAL becomes the module form), one with globals that
 * do not (the builtin form). Each thread runs its own copy, so afterwards each copy holds its own
 * thread's form and each thread got its own values. r1, r2: 1 when the first, second thread's copy
 * holds its form and every call returned its value; 0 otherwise.
 */
@JCStressTest
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "each thread specialized and ran its own copy")
@Outcome(expect = FORBIDDEN, desc = "a thread ran or changed another thread's copy")
@State
public class TLBC_03_EachThreadItsOwnCopy {
  private static final StressRuntime RT = new StressRuntime();
  private static final CodeObject F = Python.function("def f():\n    return len\n", "f");
  private static final PyStr MINE = PyStr.intern("tlbc03.module-len");

  private final PyCode code;
  private final PyFunction withLen, withoutLen;
  private int moduleIndex = -1, builtinIndex = -1;
  private boolean moduleValues = true, builtinValues = true;

  public TLBC_03_EachThreadItsOwnCopy() {
    ThreadState ts = RT.enter();
    PyDict module = new PyDict(ts);
    module.put(ts, PyStr.intern("len"), MINE);
    PyDict plain = new PyDict(ts);
    withLen = Python.function(ts, F, module);
    code = withLen.code;
    withoutLen = new PyFunction(ts, code, plain, null);
    Ops.decref(ts, module);
    Ops.decref(ts, plain);
    RT.leave(ts);
  }

  private static boolean runs(ThreadState ts, PyFunction f, PyObject expected) {
    boolean same = true;
    for (int i = 0; i < 3; i++) {
      PyObject v = Python.call(ts, f);
      same &= v == expected;
      Ops.decref(ts, v);
    }
    return same;
  }

  @Actor
  public void module() {
    ThreadState ts = RT.enter();
    moduleValues = runs(ts, withLen, MINE);
    moduleIndex = ts.tlbcIndex;
    RT.leave(ts);
  }

  @Actor
  public void builtin() {
    ThreadState ts = RT.enter();
    builtinValues = runs(ts, withoutLen, ts.runtime.builtins.dict.getString("len"));
    builtinIndex = ts.tlbcIndex;
    RT.leave(ts);
  }

  @Arbiter
  public void afterwards(II_Result r) {
    int pc = Python.first(code, Opcode.LOAD_GLOBAL);
    Opcode expectModule = Spec.ENABLED ? Opcode.LOAD_GLOBAL_MODULE : Opcode.LOAD_GLOBAL;
    Opcode expectBuiltin = Spec.ENABLED ? Opcode.LOAD_GLOBAL_BUILTIN : Opcode.LOAD_GLOBAL;
    r.r1 = moduleValues && Python.opcodeOf(code, moduleIndex, pc) == expectModule ? 1 : 0;
    r.r2 =
        builtinValues
                && builtinIndex != moduleIndex
                && Python.opcodeOf(code, builtinIndex, pc) == expectBuiltin
            ? 1
            : 0;
  }
}
