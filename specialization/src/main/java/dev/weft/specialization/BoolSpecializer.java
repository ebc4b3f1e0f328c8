package dev.weft.specialization;

import dev.weft.runtime.interpreter.Frame;
import dev.weft.runtime.interpreter.Op;
import dev.weft.runtime.interpreter.Spec;
import dev.weft.runtime.interpreter.SpecBools;
import dev.weft.runtime.objects.PyBool;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.ThreadState;

/**
 * TO_BOOL (CPython 3.13's {@code _Py_Specialize_ToBool}): a form by the exact type of the value on
 * top of the stack (bool, int, list, None, str), or ALWAYS_TRUE for an instance of a plain class
 * (made by a {@code class} statement, instances laid out as {@code object}'s) on whose MRO neither
 * {@code __bool__} nor {@code __len__} is found, guarded by the class's version tag. The tag is
 * read before the lookups, so a class changed meanwhile has a newer tag and the form only misses.
 */
final class BoolSpecializer {
  private BoolSpecializer() {}

  static void toBool(ThreadState ts, Frame f, int pc) {
    PyObject v = f.slots[f.sp - 1];
    PyType t = v.type;
    if (v == PyBool.TRUE || v == PyBool.FALSE) {
      Spec.specialize(ts, f, pc, Op.TO_BOOL_BOOL, null);
    } else if (t == PyInt.TYPE) {
      Spec.specialize(ts, f, pc, Op.TO_BOOL_INT, null);
    } else if (t == PyList.TYPE) {
      Spec.specialize(ts, f, pc, Op.TO_BOOL_LIST, null);
    } else if (v == PySingleton.NONE) {
      Spec.specialize(ts, f, pc, Op.TO_BOOL_NONE, null);
    } else if (t == PyStr.TYPE) {
      Spec.specialize(ts, f, pc, Op.TO_BOOL_STR, null);
    } else if (t == PyTuple.TYPE) {
      Spec.fail(ts, f, pc, "tuple");
    } else if (t == PyDict.TYPE) {
      Spec.fail(ts, f, pc, "dict");
    } else if (t == PyFloat.TYPE) {
      Spec.fail(ts, f, pc, "float");
    } else {
      alwaysTrue(ts, f, pc, t);
    }
  }

  private static void alwaysTrue(ThreadState ts, Frame f, int pc, PyType t) {
    int version = t.versionTag;
    if (!t.isHeap() || t.factory != PyType.OBJECT.factory) {
      Spec.fail(ts, f, pc, "not a plain class");
    } else if (t.lookup("__bool__") != null) {
      Spec.fail(ts, f, pc, "number");
    } else if (t.lookup("__len__") != null) {
      Spec.fail(ts, f, pc, "sequence or mapping");
    } else if (version == 0) {
      Spec.fail(ts, f, pc, "unversioned type");
    } else {
      Spec.specialize(ts, f, pc, Op.TO_BOOL_ALWAYS_TRUE, new SpecBools.AlwaysTrueCache(version));
    }
  }
}
