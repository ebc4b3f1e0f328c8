package dev.weft.runtime.cli;

import dev.weft.runtime.threads.ThreadState;
import sun.misc.Signal;

/**
 * Ctrl-C: SIGINT sets the interrupt bit of the main thread's eval breaker, and the interpreter
 * raises KeyboardInterrupt at its next back edge or function entry, as CPython's signal handler and
 * eval breaker do. A second SIGINT while the first is still pending ends the process.
 */
final class Interrupts {
  private Interrupts() {}

  static void deliverTo(ThreadState ts) {
    try {
      Signal.handle(
          new Signal("INT"),
          signal -> {
            if ((ts.evalBreaker & ThreadState.INTERRUPT) != 0) {
              Runtime.getRuntime().halt(130);
            }
            ts.requestBreak(ThreadState.INTERRUPT);
          });
    } catch (IllegalArgumentException unsupported) {
      // No SIGINT on this platform (or the JVM runs with -Xrs): Ctrl-C ends the process.
    }
  }
}
