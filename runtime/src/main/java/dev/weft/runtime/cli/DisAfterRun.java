package dev.weft.runtime.cli;

import dev.weft.runtime.bytecode.Disassembler;
import dev.weft.runtime.objects.Bytecode;
import dev.weft.runtime.objects.PyCode;
import dev.weft.runtime.objects.PyObject;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code weft dis --after-run FILE [ARGS...]}: runs the program as {@code weft run} does, then
 * prints every code object of the file as each thread's copy was left: the specialized forms the
 * threads wrote (ARCHITECTURE.md §4, §6). A copy belongs to a thread index; an index is reused by a
 * later thread once its holder ended. Code never run by a thread shows no copy.
 */
final class DisAfterRun {
  private DisAfterRun() {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    List<PyCode> codes = new ArrayList<>();
    int status =
        RunCommand.run(
            args,
            out,
            err,
            ts -> {
              if (ts.runtime.mainCode != null) {
                collect(ts.runtime.mainCode, codes);
              }
            });
    out.flush();
    for (PyCode code : codes) {
      Bytecode[] copies = code.copies();
      for (Bytecode b : copies) {
        if (b != null) {
          out.println();
          out.print(
              Disassembler.disassembleCopy(
                  code.code, b.words, "Disassembly of " + code.code + ", copy " + b.index));
        }
      }
    }
    out.flush();
    return status;
  }

  private static void collect(PyCode code, List<PyCode> into) {
    into.add(code);
    for (PyObject c : code.constants) {
      if (c instanceof PyCode nested) {
        collect(nested, into);
      }
    }
  }
}
