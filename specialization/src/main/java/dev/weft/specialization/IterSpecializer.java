package dev.weft.specialization;

import dev.weft.runtime.interpreter.Frame;
import dev.weft.runtime.interpreter.Op;
import dev.weft.runtime.interpreter.Spec;
import dev.weft.runtime.objects.Iterators;
import dev.weft.runtime.objects.PyGenerator;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.threads.ThreadState;

/**
 * FOR_ITER: the iterator on top of the stack is the builtin iterator of a list, a tuple or a range,
 * or a generator (not a coroutine); anything else (a class with {@code __next__}, the dict and str
 * iterators) stays generic. SEND: the receiver under the sent value is a generator or a coroutine
 * (as CPython's {@code _Py_Specialize_Send}); any other iterator stays generic.
 */
final class IterSpecializer {
  private IterSpecializer() {}

  static void forIter(ThreadState ts, Frame f, int pc) {
    PyObject it = f.slots[f.sp - 1];
    if (it instanceof Iterators.SeqIter && it.type == Iterators.LIST_ITER) {
      Spec.specialize(ts, f, pc, Op.FOR_ITER_LIST, null);
    } else if (it instanceof Iterators.SeqIter && it.type == Iterators.TUPLE_ITER) {
      Spec.specialize(ts, f, pc, Op.FOR_ITER_TUPLE, null);
    } else if (it instanceof Iterators.RangeIter) {
      Spec.specialize(ts, f, pc, Op.FOR_ITER_RANGE, null);
    } else if (it instanceof PyGenerator g && g.type == PyGenerator.GENERATOR_TYPE) {
      Spec.specialize(ts, f, pc, Op.FOR_ITER_GEN, null);
    } else {
      Spec.fail(ts, f, pc, "other iterator");
    }
  }

  static void send(ThreadState ts, Frame f, int pc) {
    PyObject receiver = f.slots[f.sp - 2];
    if (receiver instanceof PyGenerator g
        && (g.type == PyGenerator.GENERATOR_TYPE || g.type == PyGenerator.COROUTINE_TYPE)) {
      Spec.specialize(ts, f, pc, Op.SEND_GEN, null);
    } else {
      Spec.fail(ts, f, pc, "other receiver");
    }
  }
}
