package dev.weft.runtime.interpreter;

import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.threads.ThreadState;

/**
 * The specialized forms of LOAD_GLOBAL (CPython's {@code LOAD_GLOBAL_MODULE} and {@code
 * LOAD_GLOBAL_BUILTIN}): a guard on the keys version of the globals (and of the builtins), then a
 * load by position from the very keys object the guard checked, so a racing store or resize gives
 * the old value, the new one, or a miss, never another key's value (SPEC_04).
 */
public final class SpecGlobals {
  private SpecGlobals() {}

  /**
   * The cache of both forms: the globals keys version, and the position of the name in the globals
   * (MODULE) or in the builtins, whose keys version {@code builtinsVersion} then also is guarded
   * (BUILTIN; the globals version proves the name is still absent from the globals).
   */
  public record GlobalCache(int globalsVersion, int builtinsVersion, int index) {}

  static int loadGlobalModule(ThreadState ts, Frame f, int pc, int oparg) {
    if (Spec.cache(f, pc) instanceof GlobalCache c) {
      PyDict.Keys k = f.globals.keys();
      if (k.version() == c.globalsVersion()) {
        PyObject v = f.globals.valueRefAt(ts, k, c.index());
        if (v != null) {
          Spec.hit(ts, Op.LOAD_GLOBAL_MODULE);
          return Uops.pushGlobal(f, oparg, v);
        }
      }
    }
    Spec.miss(ts, f, pc);
    return Uops.loadGlobal(ts, f, oparg);
  }

  static int loadGlobalBuiltin(ThreadState ts, Frame f, int pc, int oparg) {
    if (Spec.cache(f, pc) instanceof GlobalCache c
        && f.globals.keys().version() == c.globalsVersion()) {
      PyDict.Keys k = f.builtins.keys();
      if (k.version() == c.builtinsVersion()) {
        PyObject v = f.builtins.valueRefAt(ts, k, c.index());
        if (v != null) {
          Spec.hit(ts, Op.LOAD_GLOBAL_BUILTIN);
          return Uops.pushGlobal(f, oparg, v);
        }
      }
    }
    Spec.miss(ts, f, pc);
    return Uops.loadGlobal(ts, f, oparg);
  }
}
