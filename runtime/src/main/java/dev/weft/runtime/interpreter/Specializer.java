package dev.weft.runtime.interpreter;

import dev.weft.runtime.threads.ThreadState;

/**
 * The adaptive specializer's service interface (ARCHITECTURE.md §1, §6): the runtime calls it when
 * a generic instruction's counter fires, and it either rewrites the instruction into a specialized
 * form with {@link Spec#specialize} or records why it could not with {@link Spec#fail}. It runs no
 * Python code and reads the operands where the instruction would ({@code f.slots} below {@code
 * f.sp}). The runtime finds one implementation with {@link java.util.ServiceLoader}; without one it
 * stays the plain baseline interpreter.
 */
public interface Specializer {
  /**
   * Specializes, or fails to specialize, the instruction at word {@code pc} of {@code f}'s copy.
   */
  void specialize(ThreadState ts, Frame f, int pc);
}
