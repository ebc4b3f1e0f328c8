package dev.weft.specialization;

import dev.weft.refcount.RcObject;
import dev.weft.refcount.RefDebug;
import dev.weft.runtime.bytecode.Opcode;
import dev.weft.runtime.cli.RunCommand;
import dev.weft.runtime.modules.Runtimes;
import dev.weft.runtime.objects.Bytecode;
import dev.weft.runtime.objects.LeakCheck;
import dev.weft.runtime.objects.PyCode;
import dev.weft.runtime.objects.PyDescriptors;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyFunction;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.SpecStats;
import dev.weft.runtime.threads.ThreadState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a Python program in-process with the specializer on and keeps, for each top-level function
 * of {@code __main__} and each method of its classes ({@code "Class.method"}), the instructions of
 * the main thread's bytecode copy as they were when the program ended, and the specialization
 * counters: what a test of a specialized form asserts on. With the debug accounting on ({@code
 * -Dweft.refcount.debug=true}, as this module's tests run) it also tears the runtime down and keeps
 * a description of any leaked references.
 */
final class SpecRun {
  final String stdout;
  final String stderr;
  final int status;
  final SpecStats stats;

  /** The leaked objects, described, or null (always null without the debug accounting). */
  final String leaks;

  private final Map<String, List<String>> opcodes;

  private SpecRun(
      String stdout,
      String stderr,
      int status,
      SpecStats stats,
      String leaks,
      Map<String, List<String>> ops) {
    this.stdout = stdout;
    this.stderr = stderr;
    this.status = status;
    this.stats = stats;
    this.leaks = leaks;
    this.opcodes = ops;
  }

  static SpecRun run(String source) {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dev.weft.runtime.interpreter.Spec.ENABLED, "specialization is off in this mode");
    Path file;
    try {
      file = Files.createTempFile("spec", ".py");
      Files.writeString(file, source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    Map<String, List<String>> ops = new HashMap<>();
    SpecStats[] stats = {null};
    String[] leaks = {null};
    Set<RcObject> before = RefDebug.ENABLED ? RefDebug.liveSnapshot() : Set.of();
    int status =
        RunCommand.run(
            List.of(file.toString()),
            new java.io.ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            (ThreadState ts) -> {
              stats[0] = ts.runtime.threads.totalStats().spec;
              PyObject main = ts.runtime.modules.getStr(PyStr.intern("__main__"));
              if (main instanceof PyModule m) {
                for (int p = m.dict.next(0); p >= 0; p = m.dict.next(p + 1)) {
                  if (m.dict.keyAt(p) instanceof PyStr name
                      && m.dict.valueAt(p) instanceof PyFunction fn) {
                    ops.put(name.value, opcodesOf(fn.code, ts.tlbcIndex));
                  }
                  if (m.dict.valueAt(p) instanceof PyType cls) {
                    methodsOf(cls, ts.tlbcIndex, ops);
                  }
                }
              }
              if (RefDebug.ENABLED) {
                Runtimes.shutdown(ts);
                List<PyObject> leaked = LeakCheck.leaked(before);
                leaks[0] = leaked.isEmpty() ? null : LeakCheck.describe(leaked);
              }
            });
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SpecRun(
        out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8),
        status,
        stats[0],
        leaks[0],
        ops);
  }

  /**
   * Keeps the instructions of the functions and classmethods a class defines, as {@code
   * "Class.method"}.
   */
  private static void methodsOf(PyType cls, int index, Map<String, List<String>> ops) {
    PyDict d = cls.dict;
    for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
      PyObject v = d.valueAt(p);
      if (v instanceof PyDescriptors.Wrapper w) {
        v = w.callable;
      }
      if (d.keyAt(p) instanceof PyStr name && v instanceof PyFunction fn) {
        ops.put(cls.name + "." + name.value, opcodesOf(fn.code, index));
      }
    }
  }

  /** The opcode names of copy {@code index} of {@code code}, in order (caches skipped). */
  static List<String> opcodesOf(PyCode code, int index) {
    Bytecode b = code.copies().length > index ? code.copies()[index] : null;
    int[] w = b == null ? code.words : b.words;
    List<String> names = new ArrayList<>();
    for (int i = 0; i < w.length; ) {
      Opcode op = Opcode.of(w[i] & 0xFF);
      names.add(op.name());
      i += 1 + op.caches();
    }
    return names;
  }

  /** The instructions of function {@code name} after the run. */
  List<String> opcodes(String name) {
    List<String> ops = opcodes.get(name);
    if (ops == null) {
      throw new AssertionError("no function " + name + " in __main__; stderr: " + stderr);
    }
    return ops;
  }

  /** The specialized forms in function {@code name} after the run, in order. */
  List<String> forms(String name) {
    return opcodes(name).stream().filter(n -> Opcode.valueOf(n).family() != null).toList();
  }

  long successes(int op) {
    return stats.successes[op];
  }

  long deopts(int op) {
    return stats.deopts[op];
  }
}
