package dev.weft.runtime.interpreter;

import dev.weft.runtime.objects.Iterators;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyGenerator;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.threads.ThreadState;

/**
 * The specialized forms of FOR_ITER (CPython's {@code FOR_ITER_LIST}, {@code _TUPLE}, {@code
 * _RANGE}, {@code _GEN}) and of SEND ({@code SEND_GEN}): a guard on the exact type of the iterator
 * (or SEND's receiver) on the stack, then a direct call of that iterator's step, in place of {@link
 * Ops#next}'s dispatch. The steps are the iterators' own, so what the loop sees is the generic
 * loop's: a list shrunk by another thread ends the loop early and never yields a freed item (the
 * list iterator reads through {@link dev.weft.runtime.objects.PyList#getItemRef}); a generator is
 * resumed by the nested resume of {@link Generators}, as the generic instruction resumes it. An
 * exhausted iterator is not a miss: it is popped and the loop jumps past its end, as the generic
 * instruction does.
 *
 * <p>Each FOR_ITER handler returns the index of the next instruction to run (past the counter word,
 * plus {@code oparg} when the loop ended) and leaves the depth in {@link Frame#sp}.
 */
public final class SpecIters {
  private SpecIters() {}

  static int forIterList(ThreadState ts, Frame f, int pc, int oparg) {
    if (f.slots[f.sp - 1] instanceof Iterators.SeqIter it && it.type == Iterators.LIST_ITER) {
      Spec.hit(ts, Op.FOR_ITER_LIST);
      return advance(ts, f, pc, oparg, it.next(ts));
    }
    return forIterMiss(ts, f, pc, oparg);
  }

  static int forIterTuple(ThreadState ts, Frame f, int pc, int oparg) {
    if (f.slots[f.sp - 1] instanceof Iterators.SeqIter it && it.type == Iterators.TUPLE_ITER) {
      Spec.hit(ts, Op.FOR_ITER_TUPLE);
      return advance(ts, f, pc, oparg, it.next(ts));
    }
    return forIterMiss(ts, f, pc, oparg);
  }

  static int forIterRange(ThreadState ts, Frame f, int pc, int oparg) {
    if (f.slots[f.sp - 1] instanceof Iterators.RangeIter it) {
      Spec.hit(ts, Op.FOR_ITER_RANGE);
      return advance(ts, f, pc, oparg, it.next(ts));
    }
    return forIterMiss(ts, f, pc, oparg);
  }

  /**
   * A generator that is not running (a running one misses, and the generic path raises its
   * ValueError); coroutines are not iterable and never pass.
   */
  static int forIterGen(ThreadState ts, Frame f, int pc, int oparg) {
    if (f.slots[f.sp - 1] instanceof PyGenerator g
        && g.type == PyGenerator.GENERATOR_TYPE
        && !g.running) {
      Spec.hit(ts, Op.FOR_ITER_GEN);
      return advance(ts, f, pc, oparg, g.next(ts));
    }
    return forIterMiss(ts, f, pc, oparg);
  }

  /**
   * SEND_GEN (CPython's {@code SEND_GEN}): the receiver under the sent value is a generator or a
   * coroutine that is not running, so SEND's lookup of {@code __next__}/{@code send} is skipped and
   * it is resumed directly. Weft resumes every generator in a nested loop ({@link
   * Generators#resume}), so unlike CPython no frame is pushed onto this one. Called with {@link
   * Frame#pc} past the counter word; a running receiver misses, and the generic path raises its
   * ValueError.
   */
  static void sendGen(ThreadState ts, Frame f, int pc, int oparg) {
    if (f.slots[f.sp - 2] instanceof PyGenerator g
        && (g.type == PyGenerator.GENERATOR_TYPE || g.type == PyGenerator.COROUTINE_TYPE)
        && !g.running) {
      Spec.hit(ts, Op.SEND_GEN);
      Generators.sendGenerator(ts, f, g, oparg);
      return;
    }
    Spec.miss(ts, f, pc);
    Generators.send(ts, f, oparg);
  }

  /** FOR_ITER's generic uop on the stack as the form found it. */
  private static int forIterMiss(ThreadState ts, Frame f, int pc, int oparg) {
    Spec.miss(ts, f, pc);
    return advance(ts, f, pc, oparg, Ops.next(ts, f.slots[f.sp - 1]));
  }

  /**
   * Pushes the next item {@code v}, or at the end ({@code v} null) pops and drops the iterator and
   * jumps {@code oparg} past the instruction, exactly as the generic FOR_ITER.
   */
  private static int advance(ThreadState ts, Frame f, int pc, int oparg, PyObject v) {
    PyObject[] s = f.slots;
    int next = pc + 2; // the instruction and its counter word
    if (v == null) {
      int sp = f.sp - 1;
      PyObject it = s[sp];
      s[sp] = null;
      f.sp = sp;
      Ops.decref(ts, it);
      return next + oparg;
    }
    s[f.sp++] = v;
    return next;
  }
}
