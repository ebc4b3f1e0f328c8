package dev.weft.runtime.interpreter;

import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySuper;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.ThreadState;

/**
 * The specialized forms of LOAD_SUPER_ATTR (CPython's {@code LOAD_SUPER_ATTR_ATTR} and {@code
 * LOAD_SUPER_ATTR_METHOD}): guards that the name {@code super} gave the builtin super (identity)
 * and that the class operand is a type, then the lookup on the MRO after that class without
 * allocating a super object ({@link Uops#superAttr}). Both guards read only the stack, so the forms
 * keep no cache record; the oparg's method bit decides the result's shape, the form only which
 * statistic counts it.
 */
public final class SpecSuper {
  private SpecSuper() {}

  static int loadSuperAttrAttr(ThreadState ts, Frame f, int pc, int oparg) {
    return lookup(ts, f, pc, oparg, Op.LOAD_SUPER_ATTR_ATTR);
  }

  static int loadSuperAttrMethod(ThreadState ts, Frame f, int pc, int oparg) {
    return lookup(ts, f, pc, oparg, Op.LOAD_SUPER_ATTR_METHOD);
  }

  private static int lookup(ThreadState ts, Frame f, int pc, int oparg, int form) {
    PyObject[] s = f.slots;
    int sp = f.sp;
    if (s[sp - 3] == PySuper.TYPE && s[sp - 2] instanceof PyType cls) {
      Spec.hit(ts, form);
      return Uops.superAttr(ts, f, oparg, cls);
    }
    Spec.miss(ts, f, pc);
    return Uops.loadSuperAttr(ts, f, oparg);
  }
}
