package dev.weft.runtime.cli;

import dev.weft.runtime.bytecode.CodeObject;
import dev.weft.runtime.bytecode.Disassembler;
import dev.weft.runtime.compiler.CodeGenerator;
import dev.weft.runtime.compiler.PySyntaxError;
import dev.weft.runtime.compiler.Tokenizer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The runtime's command line, behind the {@code weft} launcher. For now one command: {@code dis
 * FILE} or {@code dis -c SOURCE} compiles and prints the disassembly, or the syntax error as
 * CPython prints it (exit status 1).
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("run")) {
      PrintStream out = RunCommand.stdout();
      PrintStream err = RunCommand.stderr();
      int status = RunCommand.run(java.util.List.of(args).subList(1, args.length), out, err);
      out.flush();
      err.flush();
      System.exit(status);
    }
    if (args.length > 1 && args[0].equals("dis") && args[1].equals("--after-run")) {
      PrintStream out = RunCommand.stdout();
      PrintStream err = RunCommand.stderr();
      int status = DisAfterRun.run(java.util.List.of(args).subList(2, args.length), out, err);
      out.flush();
      err.flush();
      System.exit(status);
    }
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || !args[0].equals("dis")) {
      err.println(
          "usage: weft run FILE | weft dis FILE | weft dis -c SOURCE | weft dis --after-run FILE");
      return 2;
    }
    try {
      String filename;
      String source;
      if (args.length == 3 && args[1].equals("-c")) {
        filename = "<string>";
        source = args[2];
      } else if (args.length == 2) {
        filename = args[1];
        source = Tokenizer.decode(Files.readAllBytes(Path.of(filename)), filename);
      } else {
        err.println("usage: weft dis FILE | weft dis -c SOURCE");
        return 2;
      }
      CodeObject code = CodeGenerator.compile(filename, source);
      out.print(Disassembler.disassemble(code));
      return 0;
    } catch (PySyntaxError e) {
      err.print(e.format());
      return 1;
    } catch (NoSuchFileException e) {
      err.println(
          "weft: can't open file '" + e.getFile() + "': [Errno 2] No such file or directory");
      return 2;
    } catch (IOException e) {
      err.println("weft: can't read " + args[args.length - 1] + ": " + e.getMessage());
      return 2;
    }
  }
}
