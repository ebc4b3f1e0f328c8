package dev.weft.runtime.cli;

import dev.weft.refcount.RcStats;
import dev.weft.refcount.RefDebug;
import dev.weft.refcount.Refcount;
import dev.weft.runtime.bytecode.BorrowedLocals;
import dev.weft.runtime.compiler.CodeGenerator;
import dev.weft.runtime.compiler.PySyntaxError;
import dev.weft.runtime.compiler.Tokenizer;
import dev.weft.runtime.interpreter.Imports;
import dev.weft.runtime.interpreter.Tracebacks;
import dev.weft.runtime.modules.Runtimes;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBaseException;
import dev.weft.runtime.objects.PyCode;
import dev.weft.runtime.objects.PyException;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyRuntime;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.threads.ThreadState;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code weft run [-X option]... FILE [ARGS...]}: runs a program as {@code python3 FILE ARGS} does.
 * The program runs on a thread with a large stack (the interpreter recurses in Java only where
 * native code calls back into Python, and RecursionError fires first); the exit status is 0, 1
 * after an uncaught exception (its traceback on stderr), or what {@code sys.exit} asked for.
 */
public final class RunCommand {
  private RunCommand() {}

  /** Stack for the main Python thread: deep native re-entry and deep deallocation chains fit. */
  private static final long MAIN_STACK_BYTES = 512L << 20;

  public static int run(List<String> args, PrintStream out, PrintStream err) {
    return run(args, out, err, ts -> {});
  }

  /**
   * Runs a program; {@code afterProgram} then runs on the program's thread with its state (the leak
   * check uses it).
   */
  public static int run(
      List<String> args, PrintStream out, PrintStream err, Consumer<ThreadState> afterProgram) {
    return run(args, System.in, out, err, afterProgram);
  }

  /** As {@link #run(List, PrintStream, PrintStream, Consumer)}, with {@code in} as sys.stdin. */
  public static int run(
      List<String> args,
      java.io.InputStream in,
      PrintStream out,
      PrintStream err,
      Consumer<ThreadState> afterProgram) {
    List<String> options = new ArrayList<>();
    int i = 0;
    while (i < args.size() && args.get(i).startsWith("-X")) {
      String opt =
          args.get(i).length() > 2
              ? args.get(i).substring(2)
              : i + 1 < args.size() ? args.get(++i) : "";
      options.add(opt);
      i++;
    }
    if (i >= args.size()) {
      err.println("usage: weft run [-X option]... FILE [ARGS...]");
      return 2;
    }
    boolean stats = false;
    for (String opt : options) {
      if (opt.equals("stats")) {
        stats = true;
      } else if (opt.equals("freelists=off") || opt.equals("freelists=on")) {
        boolean wanted = opt.endsWith("on");
        if (wanted != !"false".equals(System.getProperty("weft.freelists"))) {
          err.println("weft: -X " + opt + " must be chosen when the JVM starts (-Dweft.freelists)");
          return 2;
        }
      } else if (opt.equals("borrow=off") || opt.equals("borrow=on")) {
        boolean wanted = opt.endsWith("on");
        if (wanted != BorrowedLocals.ENABLED) {
          err.println("weft: -X " + opt + " must be chosen when the JVM starts (-Dweft.borrow)");
          return 2;
        }
      } else if (opt.startsWith("tlbc=")) {
        String mode = opt.substring("tlbc=".length());
        if (dev.weft.runtime.interpreter.Spec.Tlbc.of(mode)
            != dev.weft.runtime.interpreter.Spec.TLBC) {
          err.println(
              "weft: -X tlbc="
                  + mode
                  + " must be 1, 0 or shared-specialize, chosen when the JVM starts (-Dweft.tlbc)");
          return 2;
        }
      } else if (opt.equals("specialize=off") || opt.equals("specialize=on")) {
        boolean wanted = opt.endsWith("on");
        boolean off = "off".equals(System.getProperty("weft.specialize"));
        if (wanted == off) {
          err.println(
              "weft: -X " + opt + " must be chosen when the JVM starts (-Dweft.specialize)");
          return 2;
        }
      } else if (opt.startsWith("refcount=")) {
        String mode = opt.substring("refcount=".length());
        if (!Refcount.MODE.name().equalsIgnoreCase(mode)) {
          err.println(
              "weft: -X refcount="
                  + mode
                  + " must be chosen when the JVM starts (the launcher passes -Dweft.refcount)");
          return 2;
        }
      } else {
        err.println("weft: unknown -X option: " + opt);
        return 2;
      }
    }
    Path file = Path.of(args.get(i));
    List<String> argv = args.subList(i, args.size());
    int[] status = {0};
    boolean printStats = stats;
    Thread main =
        new Thread(
            null,
            () -> status[0] = runMain(file, argv, in, out, err, printStats, afterProgram),
            "weft-main",
            MAIN_STACK_BYTES);
    main.start();
    try {
      main.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
    return status[0];
  }

  private static int runMain(
      Path file,
      List<String> argv,
      java.io.InputStream in,
      PrintStream out,
      PrintStream err,
      boolean stats,
      Consumer<ThreadState> afterProgram) {
    String source;
    try {
      source = Tokenizer.decode(Files.readAllBytes(file), file.toString());
    } catch (NoSuchFileException e) {
      err.println("weft: can't open file '" + file + "': [Errno 2] No such file or directory");
      return 2;
    } catch (IOException e) {
      err.println("weft: can't open file '" + file + "': " + e.getMessage());
      return 2;
    } catch (PySyntaxError e) {
      err.print(e.format());
      return 1;
    }
    PyRuntime runtime = new PyRuntime();
    runtime.argv = argv;
    runtime.stdin = in;
    runtime.stdout = out;
    runtime.stderr = err;
    String mainPath = file.toAbsolutePath().normalize().toString();
    Path dir = file.toAbsolutePath().getParent();
    runtime.searchPath = dir;
    ThreadState ts = Runtimes.start(runtime);
    Interrupts.deliverTo(ts);
    int status;
    try {
      PyCode code;
      try {
        // As CPython 3.9+, the main program is known by its absolute path (tracebacks, __file__).
        code = new PyCode(CodeGenerator.compile(mainPath, source));
        runtime.mainCode = code;
      } catch (PySyntaxError e) {
        out.flush();
        err.print(e.format());
        return 1;
      }
      PyModule main = new PyModule(ts, "__main__");
      main.dict.putStringSteal(ts, "__file__", PyStr.of(ts, mainPath));
      runtime.modules.putString(ts, "__main__", main);
      Ops.decref(ts, main);
      try {
        Imports.execute(ts, code, main);
        status = 0;
      } catch (PyException e) {
        status = uncaught(ts, e);
      }
      waitForThreads(ts);
    } finally {
      runtime.closeOpenFiles();
      out.flush();
    }
    runtime.threads.shutDownOthers(ts);
    afterProgram.accept(ts);
    if (stats) {
      printStats(ts, err);
    }
    err.flush();
    return status;
  }

  /**
   * CPython's {@code wait_for_thread_shutdown}: if {@code threading} was imported, its {@code
   * _shutdown()} joins every non-daemon thread; an exception there is reported and ignored.
   */
  private static void waitForThreads(ThreadState ts) {
    PyObject threading = ts.runtime.modules.getString("threading");
    if (threading == null) {
      return;
    }
    try {
      Ops.decref(ts, Ops.callMethod(ts, threading, "_shutdown"));
    } catch (PyException e) {
      ts.runtime.stderr.print(
          "Exception ignored on threading shutdown:\n" + Tracebacks.format(ts, e.value));
      Ops.decref(ts, e.value);
    }
  }

  /** CPython's handling of an exception that ends the program, SystemExit included. */
  private static int uncaught(ThreadState ts, PyException e) {
    PyBaseException exc = e.value;
    PyRuntime runtime = ts.runtime;
    runtime.stdout.flush();
    try {
      if (exc.type.isSubtypeOf(Exc.SystemExit)) {
        PyObject code =
            exc.args.items.length == 0
                ? PySingleton.NONE
                : exc.args.items.length == 1 ? exc.args.items[0] : exc.args;
        if (code == PySingleton.NONE) {
          return 0;
        }
        if (code instanceof PyInt i) {
          return (int) (i.isBig() ? -1 : i.value) & 0xFF;
        }
        runtime.stderr.println(Ops.strString(ts, code));
        return 1;
      }
      runtime.stderr.print(Tracebacks.format(ts, exc));
      return 1;
    } finally {
      Ops.decref(ts, exc);
    }
  }

  private static void printStats(ThreadState ts, PrintStream err) {
    RcStats s = ts.runtime.threads.totalRcStats();
    err.println(
        "weft stats (refcount mode "
            + Refcount.MODE.name().toLowerCase()
            + ", every thread the program ran)");
    err.printf("  owner increfs     %,d%n", s.ownerIncrefs());
    err.printf("  owner decrefs     %,d%n", s.ownerDecrefs());
    err.printf("  shared increfs    %,d%n", s.sharedIncrefs());
    err.printf("  shared decrefs    %,d%n", s.sharedDecrefs());
    err.printf("  allocations       %,d%n", s.allocations());
    err.printf("  deallocations     %,d%n", s.deallocations());
    err.printf(
        "  float freelist    %,d hits, %,d misses (main thread)%n",
        ts.floats.hits(), ts.floats.misses());
    err.printf(
        "  method freelist   %,d hits, %,d misses%n", ts.methods.hits(), ts.methods.misses());
    err.println("  threads           " + ts.runtime.threads.totalStats());
    SpecTable.print(ts.runtime.threads.totalStats().spec, err);
    if (RefDebug.ENABLED) {
      err.printf("  live objects      %,d%n", RefDebug.liveObjects());
      err.printf("  total references  %,d%n", RefDebug.totalReferences());
    }
  }

  /** Standard output as Python's: UTF-8, buffered, flushed at exit and before stderr writes. */
  public static PrintStream stdout() {
    return new PrintStream(
        new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
        false,
        StandardCharsets.UTF_8);
  }

  public static PrintStream stderr() {
    return new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
  }
}
