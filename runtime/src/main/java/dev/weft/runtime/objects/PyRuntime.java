package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.refcount.RefcountDomain;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * One Python runtime: the reference-counting domain its threads belong to, the module table, and
 * what {@code sys} exposes. Objects created while the classes load (static types, None, small ints,
 * interned names) are immortal and owned by {@link #BOOT}.
 */
public final class PyRuntime {
  /**
   * The domain of every runtime in this JVM; immortal objects never need a per-runtime one. Other
   * threads' references to deferred objects (top-level functions, methods, modules, heap types) are
   * not counted: Weft frees those objects by no count, and counting them made threads sharing one
   * function or class contend on its shared word.
   */
  public static final RefcountDomain DOMAIN = RefcountDomain.uncountingDeferred();

  /** The owner of objects created during class loading, before any thread state exists. */
  public static final RcThread BOOT = DOMAIN.registerThread();

  /** CPython's default {@code sys.getrecursionlimit()}. */
  public static final int DEFAULT_RECURSION_LIMIT = 1000;

  public final RefcountDomain domain;

  /** The runtime's thread states, QSBR domain and storage heaps. */
  public final dev.weft.runtime.threads.Threads threads;

  /** Held while a module is imported (CPython's import lock, simplified to one). */
  public final java.util.concurrent.locks.ReentrantLock importLock =
      new java.util.concurrent.locks.ReentrantLock();

  /** The main thread's state (the one {@code Runtimes.start} made). */
  public dev.weft.runtime.threads.ThreadState mainThread;

  /** {@code sys.modules}. */
  public PyDict modules;

  public PyModule builtins;
  public PyModule sys;

  public int recursionLimit = DEFAULT_RECURSION_LIMIT;

  /** Where {@code import} finds {@code .py} files: the main program's directory. */
  public Path searchPath;

  public List<String> argv = List.of();
  public PrintStream stdout = System.out;
  public PrintStream stderr = System.err;

  /**
   * The output streams of files open for writing: what is still open when the program ends is
   * flushed and closed then ({@link #closeOpenFiles}), as CPython's finalization flushes its
   * buffered writers, so no written data is lost to a file that was never closed (in refcount mode
   * none, or caught in a cycle).
   */
  public final java.util.Set<java.io.OutputStream> openFiles =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  public void closeOpenFiles() {
    for (java.io.OutputStream out : openFiles) {
      try {
        out.close();
      } catch (java.io.IOException e) {
        // The program has ended; like CPython at this stage, there is nobody to tell.
      }
    }
    openFiles.clear();
  }

  /** What {@code sys.stdin} and {@code input()} read; an embedder may set its own. */
  public java.io.InputStream stdin = System.in;

  /** {@code -X stats}: print counters at exit. */
  public boolean printStats;

  /** The main program's code (for {@code weft dis --after-run}), once compiled. */
  public PyCode mainCode;

  public PyRuntime() {
    this(DOMAIN);
  }

  /**
   * A runtime whose threads register with {@code domain}: the stress tests pass a weakened domain
   * to show a mutant being caught. Objects created during class loading stay in {@link #DOMAIN}.
   */
  public PyRuntime(RefcountDomain domain) {
    this(domain, new dev.weft.runtime.threads.Threads());
  }

  /** A runtime with its own thread registry (the stress tests' weakened memory, for one). */
  public PyRuntime(RefcountDomain domain, dev.weft.runtime.threads.Threads threads) {
    this.domain = domain;
    this.threads = threads;
  }
}
