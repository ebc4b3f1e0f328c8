package dev.weft.stress.spec;

import dev.weft.runtime.bytecode.CodeObject;
import dev.weft.runtime.bytecode.Opcode;
import dev.weft.runtime.interpreter.Op;
import dev.weft.runtime.interpreter.SpecGlobals.GlobalCache;
import dev.weft.runtime.objects.Bytecode;
import dev.weft.runtime.objects.PyCode;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * SPEC_01's scenario: one shared bytecode copy (as in {@code -X tlbc=shared-specialize}), whose
 * LOAD_GLOBAL two threads specialize at once into different forms, each with its own cache record,
 * while a third thread dispatches on it as the interpreter does: it reads the opcode, then the
 * record, and acts only on a record of the kind the opcode names. The rewrite under test is passed
 * in, so the mutant can swap in a plain one.
 */
final class SharedRewriteScenario {
  /** A rewrite of the instruction at {@code pc} into {@code word} with {@code cache}. */
  interface Rewrite {
    boolean apply(Bytecode b, int pc, int word, Object cache);
  }

  private static final CodeObject F = Python.function("def f():\n    return g\n", "f");
  private static final VarHandle CACHE = MethodHandles.arrayElementVarHandle(Object[].class);

  /** The two forms' records; which one the opcode names decides which one belongs. */
  static final GlobalCache MODULE = new GlobalCache(1, 0, 0);

  static final GlobalCache BUILTIN = new GlobalCache(2, 3, 4);

  private final Bytecode copy = new PyCode(F).bytecode(0);
  private final int pc;
  private final int generic;

  SharedRewriteScenario() {
    pc = Python.first(copy.code, Opcode.LOAD_GLOBAL);
    generic = copy.words[pc];
  }

  int specializeModule(Rewrite rewrite) {
    return rewrite.apply(copy, pc, (generic & ~0xFF) | Op.LOAD_GLOBAL_MODULE, MODULE) ? 1 : 0;
  }

  int specializeBuiltin(Rewrite rewrite) {
    return rewrite.apply(copy, pc, (generic & ~0xFF) | Op.LOAD_GLOBAL_BUILTIN, BUILTIN) ? 1 : 0;
  }

  /**
   * Dispatches once, as the interpreter does (a plain read of the word, then the record): 0 the
   * generic form, 1 a specialized form with its own record, 2 one whose record is not published yet
   * (a miss), 3 one with the other form's record.
   */
  int dispatch() {
    int op = copy.words[pc] & 0xFF;
    if (op == Op.LOAD_GLOBAL) {
      return 0;
    }
    return belongs(op, CACHE.getAcquire(copy.caches, pc));
  }

  /** Whether the final opcode and record belong together: the same codes as {@link #dispatch}. */
  int settled() {
    return belongs(copy.words[pc] & 0xFF, copy.caches[pc]);
  }

  private static int belongs(int op, Object cache) {
    if (cache == null) {
      return 2;
    }
    return cache == (op == Op.LOAD_GLOBAL_MODULE ? MODULE : BUILTIN) ? 1 : 3;
  }
}
