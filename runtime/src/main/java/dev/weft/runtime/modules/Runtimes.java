package dev.weft.runtime.modules;

import dev.weft.runtime.objects.Bootstrap;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyRuntime;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.threads.ThreadState;

/** Starts a runtime: the static types, {@code sys.modules}, {@code builtins} and {@code sys}. */
public final class Runtimes {
  private Runtimes() {}

  /** A started runtime's main thread state. */
  public static ThreadState start(PyRuntime runtime) {
    Bootstrap.init();
    ThreadState ts = new ThreadState(runtime);
    runtime.mainThread = ts;
    runtime.modules = new PyDict(ts);
    runtime.builtins = Builtins.create(ts);
    runtime.modules.putString(ts, "builtins", runtime.builtins);
    runtime.sys = SysModule.create(ts);
    runtime.modules.putString(ts, "sys", runtime.sys);
    Ops.decref(ts, runtime.builtins);
    Ops.decref(ts, runtime.sys);
    return ts;
  }

  /**
   * Tears a finished runtime down as CPython's finalization does: every module leaves {@code
   * sys.modules} and has its namespace cleared ({@code builtins} and {@code sys} last), then the
   * module table itself goes, so whatever only the program referenced is freed. The leak check runs
   * after it.
   */
  public static void shutdown(ThreadState ts) {
    PyDict modules = ts.runtime.modules;
    java.util.List<PyObject> names = new java.util.ArrayList<>();
    for (int p = modules.next(0); p >= 0; p = modules.next(p + 1)) {
      PyObject key = modules.keyAt(p);
      if (!(key instanceof PyStr s && (s.value.equals("builtins") || s.value.equals("sys")))) {
        names.add(key);
      }
    }
    names.add(PyStr.intern("sys"));
    names.add(PyStr.intern("builtins"));
    if (ts.handled != null) {
      Ops.decref(ts, ts.handled);
      ts.handled = null;
    }
    for (PyObject name : names) {
      PyObject module = modules.pop(ts, name);
      if (module instanceof PyModule m) {
        m.dict.clear(ts);
      }
      Ops.xdecref(ts, module);
    }
    ts.runtime.modules = null;
    Ops.decref(ts, modules);
  }
}
