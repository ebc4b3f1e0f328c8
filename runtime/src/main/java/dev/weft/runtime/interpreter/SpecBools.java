package dev.weft.runtime.interpreter;

import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBool;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.threads.ThreadState;

/**
 * The specialized forms of TO_BOOL (CPython 3.13's {@code TO_BOOL_BOOL}, {@code _INT}, {@code
 * _LIST}, {@code _NONE}, {@code _STR}, {@code _ALWAYS_TRUE}): a guard on the exact type of the
 * value on top of the stack, then the truth test {@link Ops#isTrue} would make for that type, read
 * the same way (a list's size is read as the generic test reads it). ALWAYS_TRUE guards the version
 * tag of a class the specializer found to have neither {@code __bool__} nor {@code __len__}: while
 * the tag holds, neither lookup can find one, so the generic test would answer true without calling
 * anything. A miss runs the generic {@link Uops#toBool}. No form raises, so none can leave the
 * stack half-changed.
 */
public final class SpecBools {
  private SpecBools() {}

  /** ALWAYS_TRUE's record: instances of the class with this version tag are always true. */
  public record AlwaysTrueCache(int typeVersion) {}

  static void toBoolBool(ThreadState ts, Frame f, int pc) {
    PyObject v = f.slots[f.sp - 1];
    if (v == PyBool.TRUE || v == PyBool.FALSE) {
      Spec.hit(ts, Op.TO_BOOL_BOOL);
      return;
    }
    miss(ts, f, pc);
  }

  static void toBoolInt(ThreadState ts, Frame f, int pc) {
    PyObject v = f.slots[f.sp - 1];
    if (v.type == PyInt.TYPE) {
      Spec.hit(ts, Op.TO_BOOL_INT);
      replaceTop(ts, f, v, ((PyInt) v).signum() != 0);
      return;
    }
    miss(ts, f, pc);
  }

  static void toBoolList(ThreadState ts, Frame f, int pc) {
    PyObject v = f.slots[f.sp - 1];
    if (v.type == PyList.TYPE) {
      Spec.hit(ts, Op.TO_BOOL_LIST);
      replaceTop(ts, f, v, ((PyList) v).size != 0);
      return;
    }
    miss(ts, f, pc);
  }

  static void toBoolNone(ThreadState ts, Frame f, int pc) {
    PyObject v = f.slots[f.sp - 1];
    if (v == PySingleton.NONE) {
      Spec.hit(ts, Op.TO_BOOL_NONE);
      replaceTop(ts, f, v, false);
      return;
    }
    miss(ts, f, pc);
  }

  static void toBoolStr(ThreadState ts, Frame f, int pc) {
    PyObject v = f.slots[f.sp - 1];
    if (v.type == PyStr.TYPE) {
      Spec.hit(ts, Op.TO_BOOL_STR);
      replaceTop(ts, f, v, !((PyStr) v).value.isEmpty());
      return;
    }
    miss(ts, f, pc);
  }

  static void toBoolAlwaysTrue(ThreadState ts, Frame f, int pc) {
    PyObject v = f.slots[f.sp - 1];
    if (Spec.cache(f, pc) instanceof AlwaysTrueCache c && v.type.versionTag == c.typeVersion()) {
      Spec.hit(ts, Op.TO_BOOL_ALWAYS_TRUE);
      replaceTop(ts, f, v, true);
      return;
    }
    miss(ts, f, pc);
  }

  private static void miss(ThreadState ts, Frame f, int pc) {
    Spec.miss(ts, f, pc);
    Uops.toBool(ts, f);
  }

  /** Puts the truth of {@code v} (the top of the stack, owned) in its place, dropping it. */
  private static void replaceTop(ThreadState ts, Frame f, PyObject v, boolean truth) {
    f.slots[f.sp - 1] = PyBool.of(truth);
    Ops.decref(ts, v);
  }
}
