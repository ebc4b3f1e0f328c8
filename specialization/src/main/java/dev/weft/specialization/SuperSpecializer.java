package dev.weft.specialization;

import dev.weft.runtime.interpreter.Frame;
import dev.weft.runtime.interpreter.Op;
import dev.weft.runtime.interpreter.Spec;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySuper;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.ThreadState;

/**
 * LOAD_SUPER_ATTR ({@code [super, class, self]}): the attribute or the method form, when the name
 * {@code super} gave the builtin super and the class operand is a type (CPython's {@code
 * _Py_Specialize_LoadSuperAttr}).
 */
final class SuperSpecializer {
  private SuperSpecializer() {}

  static void loadSuperAttr(ThreadState ts, Frame f, int pc) {
    int oparg = f.bytecode.words[pc] >>> 8;
    PyObject[] s = f.slots;
    int sp = f.sp;
    if (s[sp - 3] != PySuper.TYPE) {
      Spec.fail(ts, f, pc, "super shadowed");
      return;
    }
    if (!(s[sp - 2] instanceof PyType)) {
      Spec.fail(ts, f, pc, "super bad class");
      return;
    }
    int form = (oparg & 1) != 0 ? Op.LOAD_SUPER_ATTR_METHOD : Op.LOAD_SUPER_ATTR_ATTR;
    Spec.specialize(ts, f, pc, form, null);
  }
}
