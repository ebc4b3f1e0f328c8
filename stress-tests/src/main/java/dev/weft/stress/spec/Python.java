package dev.weft.stress.spec;

import dev.weft.runtime.bytecode.CodeObject;
import dev.weft.runtime.bytecode.Opcode;
import dev.weft.runtime.compiler.CodeGenerator;
import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.objects.Bytecode;
import dev.weft.runtime.objects.PyCode;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyFunction;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.threads.ThreadState;

/** Python functions for the specialization tests: compiled once, run by actors on their states. */
final class Python {
  private Python() {}

  /** {@code source} compiled as module {@code file}. */
  static CodeObject compile(String file, String source) {
    try {
      return CodeGenerator.compile(file, source);
    } catch (dev.weft.runtime.compiler.PySyntaxError e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** The code of the top-level function {@code name} defined by {@code source}. */
  static CodeObject function(String source, String name) {
    CodeObject module = compile("spec.py", source);
    for (Object c : module.constants()) {
      if (c instanceof CodeObject code && code.name().equals(name)) {
        return code;
      }
    }
    throw new IllegalArgumentException("no function " + name);
  }

  /** A function running a fresh code object for {@code code} with {@code globals}. */
  static PyFunction function(ThreadState ts, CodeObject code, PyDict globals) {
    return new PyFunction(ts, new PyCode(code), globals, null);
  }

  static PyObject call(ThreadState ts, PyFunction f, PyObject... args) {
    return Calls.callFunction(ts, f, null, args, 0, args.length, null);
  }

  /** The word index of the first instruction of {@code family} (generic or specialized). */
  static int first(PyCode code, Opcode family) {
    int[] w = code.words;
    for (int i = 0; i < w.length; ) {
      Opcode op = Opcode.of(w[i] & 0xFF);
      if (op.deopt() == family) {
        return i;
      }
      i += 1 + op.caches();
    }
    throw new IllegalArgumentException("no " + family);
  }

  /** The opcode at {@code pc} of copy {@code index}, or null when that copy was never made. */
  static Opcode opcodeOf(PyCode code, int index, int pc) {
    Bytecode[] copies = code.copies();
    if (index >= copies.length || copies[index] == null) {
      return null;
    }
    return Opcode.of(copies[index].words[pc] & 0xFF);
  }
}
