package dev.weft.specialization;

import dev.weft.runtime.interpreter.Frame;
import dev.weft.runtime.interpreter.Op;
import dev.weft.runtime.interpreter.Spec;
import dev.weft.runtime.interpreter.SpecGlobals.GlobalCache;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.threads.ThreadState;

/** LOAD_GLOBAL: a name found in the globals, or absent there and found in the builtins. */
final class GlobalSpecializer {
  private GlobalSpecializer() {}

  static void loadGlobal(ThreadState ts, Frame f, int pc) {
    PyStr name = f.code.names[(f.bytecode.words[pc] >>> 8) >> 1];
    PyDict globals = f.globals, builtins = f.builtins;
    if (globals.type != PyDict.TYPE || builtins.type != PyDict.TYPE) {
      Spec.fail(ts, f, pc, "non-dict namespace");
      return;
    }
    long g = globals.versionedPosition(ts, name);
    int globalsVersion = (int) (g >>> 32), index = (int) g;
    if (index >= 0) {
      Spec.specialize(ts, f, pc, Op.LOAD_GLOBAL_MODULE, new GlobalCache(globalsVersion, 0, index));
      return;
    }
    long b = builtins.versionedPosition(ts, name);
    if ((int) b < 0) {
      Spec.fail(ts, f, pc, "name not found");
      return;
    }
    Spec.specialize(
        ts,
        f,
        pc,
        Op.LOAD_GLOBAL_BUILTIN,
        new GlobalCache(globalsVersion, (int) (b >>> 32), (int) b));
  }
}
