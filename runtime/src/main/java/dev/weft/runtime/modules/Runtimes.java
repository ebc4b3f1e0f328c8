package dev.weft.runtime.modules;

import dev.weft.runtime.objects.Bootstrap;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyRuntime;
import dev.weft.runtime.threads.ThreadState;

/** Starts a runtime: the static types, {@code sys.modules}, {@code builtins} and {@code sys}. */
public final class Runtimes {
  private Runtimes() {}

  /** A started runtime's main thread state (bound to the calling Java thread). */
  public static ThreadState start(PyRuntime runtime) {
    Bootstrap.init();
    ThreadState ts = new ThreadState(runtime);
    ts.bindToCurrentThread();
    runtime.modules = new PyDict(ts);
    runtime.builtins = Builtins.create(ts);
    runtime.modules.putString(ts, "builtins", runtime.builtins);
    runtime.sys = SysModule.create(ts);
    runtime.modules.putString(ts, "sys", runtime.sys);
    Ops.decref(ts, runtime.builtins);
    Ops.decref(ts, runtime.sys);
    return ts;
  }
}
