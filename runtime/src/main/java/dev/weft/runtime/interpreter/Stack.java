package dev.weft.runtime.interpreter;

import dev.weft.runtime.objects.Arith;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Formatting;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBool;
import dev.weft.runtime.objects.PyCell;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PySlice;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.threads.ThreadState;

/** Uops on locals, cells and plain stack values. */
final class Stack {
  private Stack() {}

  static void push(Frame f, PyObject v) {
    f.slots[f.sp++] = v;
  }

  /** Pops the top (ownership passes to the caller). */
  static PyObject pop(Frame f) {
    PyObject v = f.slots[--f.sp];
    f.slots[f.sp] = null;
    return v;
  }

  /** The {@code i}-th value from the top (1 is the top), borrowed. */
  static PyObject peek(Frame f, int i) {
    return f.slots[f.sp - i];
  }

  /** Replaces the top {@code n} values with {@code result}, dropping them. */
  static void replace(ThreadState ts, Frame f, int n, PyObject result) {
    PyObject[] s = f.slots;
    int base = f.sp - n;
    for (int i = base; i < f.sp; i++) {
      PyObject v = s[i];
      s[i] = null;
      Ops.xdecref(ts, v);
    }
    f.sp = base;
    s[f.sp++] = result;
  }

  /** Drops the top {@code n} values. */
  static void drop(ThreadState ts, Frame f, int n) {
    for (int i = 0; i < n; i++) {
      Ops.xdecref(ts, pop(f));
    }
  }

  static void deleteFast(ThreadState ts, Frame f, int i) {
    PyObject v = f.slots[i];
    if (v == null) {
      throw Uops.unboundLocal(ts, f, i);
    }
    f.slots[i] = null;
    Ops.decref(ts, v);
  }

  static void loadDeref(ThreadState ts, Frame f, int i) {
    PyObject v = ((PyCell) f.slots[i]).getRef(ts);
    if (v == null) {
      throw unboundCell(ts, f, i);
    }
    push(f, v);
  }

  static RuntimeException unboundCell(ThreadState ts, Frame f, int i) {
    String name = f.code.localsPlusNames[i].value;
    if ((f.code.localsPlusKinds[i] & dev.weft.runtime.bytecode.CodeObject.FREE) != 0) {
      return Exc.raise(
          ts,
          Exc.NameError,
          "cannot access free variable '"
              + name
              + "' where it is not associated with a value in enclosing scope");
    }
    return Exc.raise(
        ts,
        Exc.UnboundLocalError,
        "cannot access local variable '" + name + "' where it is not associated with a value");
  }

  static void storeDeref(ThreadState ts, Frame f, int i) {
    PyCell cell = (PyCell) f.slots[i];
    Ops.xdecref(ts, cell.swap(pop(f)));
  }

  static void deleteDeref(ThreadState ts, Frame f, int i) {
    PyCell cell = (PyCell) f.slots[i];
    PyObject old = cell.swap(null);
    if (old == null) {
      throw unboundCell(ts, f, i);
    }
    Ops.decref(ts, old);
  }

  static void loadClosure(ThreadState ts, Frame f, int i) {
    push(f, Ops.newRef(ts, f.slots[i]));
  }

  static void makeCell(ThreadState ts, Frame f, int i) {
    f.slots[i] = new PyCell(ts, f.slots[i]);
  }

  static void copyFreeVars(ThreadState ts, Frame f, int n) {
    PyObject[] cells = f.function.closure.items;
    int offset = f.code.localsPlusCount - n;
    for (int j = 0; j < n; j++) {
      f.slots[offset + j] = Ops.newRef(ts, cells[j]);
    }
  }

  static void unary(ThreadState ts, Frame f, int op) {
    PyObject v = peek(f, 1);
    PyObject r =
        switch (op) {
          case Op.UNARY_NEGATIVE -> Arith.negative(ts, v);
          case Op.UNARY_INVERT -> Arith.invert(ts, v);
          default -> PyBool.of(!Ops.isTrue(ts, v));
        };
    replace(ts, f, 1, r);
  }

  static void intrinsic(ThreadState ts, Frame f, int which) {
    PyObject v = peek(f, 1);
    PyObject r =
        switch (which) {
          case 2 -> {
            Imports.importStar(ts, f, v);
            yield null;
          }
          case 5 -> Arith.positive(ts, v);
          case 6 -> {
            PyList l = (PyList) v;
            yield PyTuple.copyOf(ts, l.items, 0, l.size);
          }
          default -> throw Exc.raise(ts, Exc.SystemError, "unsupported intrinsic " + which);
        };
    replace(ts, f, 1, r == null ? PySingleton.NONE : r);
  }

  static void isOp(ThreadState ts, Frame f, int invert) {
    boolean same = peek(f, 2) == peek(f, 1);
    replace(ts, f, 2, PyBool.of(same != (invert != 0)));
  }

  static void containsOp(ThreadState ts, Frame f, int invert) {
    boolean in = Ops.contains(ts, peek(f, 1), peek(f, 2));
    replace(ts, f, 2, PyBool.of(in != (invert != 0)));
  }

  static void deleteSubscr(ThreadState ts, Frame f) {
    Ops.delitem(ts, peek(f, 2), peek(f, 1));
    drop(ts, f, 2);
  }

  static void binarySlice(ThreadState ts, Frame f) {
    PySlice slice = new PySlice(ts, peek(f, 2), peek(f, 1), PySingleton.NONE);
    PyObject r;
    try {
      r = Ops.getitem(ts, peek(f, 3), slice);
    } finally {
      Ops.decref(ts, slice);
    }
    replace(ts, f, 3, r);
  }

  static void storeSlice(ThreadState ts, Frame f) {
    PySlice slice = new PySlice(ts, peek(f, 2), peek(f, 1), PySingleton.NONE);
    try {
      Ops.setitem(ts, peek(f, 3), slice, peek(f, 4));
    } finally {
      Ops.decref(ts, slice);
    }
    drop(ts, f, 4);
  }

  /** FORMAT_VALUE: conversion in the low bits, 0x04 when a spec is on the stack. */
  static void formatValue(ThreadState ts, Frame f, int flags) {
    boolean hasSpec = (flags & 0x04) != 0;
    PyObject spec = hasSpec ? peek(f, 1) : null;
    PyObject value = peek(f, hasSpec ? 2 : 1);
    PyObject converted =
        switch (flags & 0x03) {
          case 1 -> Ops.str(ts, value);
          case 2 -> Ops.repr(ts, value);
          case 3 -> PyStr.of(ts, Formatting.ascii(Ops.reprString(ts, value)));
          default -> Ops.newRef(ts, value);
        };
    PyObject r;
    try {
      if (spec == null && converted.type == PyStr.TYPE) {
        r = Ops.newRef(ts, converted);
      } else {
        r = Formatting.format(ts, converted, spec == null ? PyStr.EMPTY : (PyStr) spec);
      }
    } finally {
      Ops.decref(ts, converted);
    }
    replace(ts, f, hasSpec ? 2 : 1, r);
  }
}
