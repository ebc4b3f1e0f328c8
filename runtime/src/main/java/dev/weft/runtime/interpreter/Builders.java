package dev.weft.runtime.interpreter;

import dev.weft.runtime.objects.DictOps;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySet;
import dev.weft.runtime.objects.PySlice;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.SequenceOps;
import dev.weft.runtime.threads.ThreadState;

/** Uops that build and unpack containers. */
final class Builders {
  private Builders() {}

  /** Moves the top {@code n} values into a new array, leaving the slots empty. */
  private static PyObject[] take(Frame f, int n) {
    PyObject[] items = new PyObject[n];
    int base = f.sp - n;
    System.arraycopy(f.slots, base, items, 0, n);
    java.util.Arrays.fill(f.slots, base, f.sp, null);
    f.sp = base;
    return items;
  }

  static void buildTuple(ThreadState ts, Frame f, int n) {
    Stack.push(f, PyTuple.steal(ts, take(f, n)));
  }

  static void buildList(ThreadState ts, Frame f, int n) {
    PyObject[] items = take(f, n);
    Stack.push(f, PyList.steal(ts, items, n));
  }

  static void buildSet(ThreadState ts, Frame f, int n) {
    PySet set = PySet.newSet(ts);
    try {
      for (int i = n; i >= 1; i--) {
        set.add(ts, Stack.peek(f, i));
      }
    } catch (RuntimeException e) {
      Ops.decref(ts, set);
      throw e;
    }
    Stack.replace(ts, f, n, set);
  }

  static void buildMap(ThreadState ts, Frame f, int n) {
    PyDict d = new PyDict(ts);
    try {
      for (int i = 2 * n; i >= 2; i -= 2) {
        d.put(ts, Stack.peek(f, i), Stack.peek(f, i - 1));
      }
    } catch (RuntimeException e) {
      Ops.decref(ts, d);
      throw e;
    }
    Stack.replace(ts, f, 2 * n, d);
  }

  static void buildConstKeyMap(ThreadState ts, Frame f, int n) {
    PyTuple keys = (PyTuple) Stack.peek(f, 1);
    PyDict d = new PyDict(ts);
    try {
      for (int i = 0; i < n; i++) {
        d.put(ts, keys.items[i], Stack.peek(f, n + 1 - i));
      }
    } catch (RuntimeException e) {
      Ops.decref(ts, d);
      throw e;
    }
    Stack.replace(ts, f, n + 1, d);
  }

  static void buildString(ThreadState ts, Frame f, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = n; i >= 1; i--) {
      sb.append(((PyStr) Stack.peek(f, i)).value);
    }
    Stack.replace(ts, f, n, PyStr.of(ts, sb.toString()));
  }

  static void buildSlice(ThreadState ts, Frame f, int n) {
    PyObject step = n == 3 ? Stack.peek(f, 1) : dev.weft.runtime.objects.PySingleton.NONE;
    PyObject stop = Stack.peek(f, n == 3 ? 2 : 1);
    PyObject start = Stack.peek(f, n == 3 ? 3 : 2);
    Stack.replace(ts, f, n, new PySlice(ts, start, stop, step));
  }

  static void listAppend(ThreadState ts, Frame f, int i) {
    PyList list = (PyList) Stack.peek(f, i + 1);
    list.appendSteal(ts, Stack.pop(f));
  }

  static void setAdd(ThreadState ts, Frame f, int i) {
    PySet set = (PySet) Stack.peek(f, i + 1);
    set.add(ts, Stack.peek(f, 1));
    Stack.drop(ts, f, 1);
  }

  static void mapAdd(ThreadState ts, Frame f, int i) {
    PyDict d = (PyDict) Stack.peek(f, i + 2);
    d.put(ts, Stack.peek(f, 2), Stack.peek(f, 1));
    Stack.drop(ts, f, 2);
  }

  static void listExtend(ThreadState ts, Frame f, int i) {
    PyList list = (PyList) Stack.peek(f, i + 1);
    PyObject iterable = Stack.peek(f, 1);
    try {
      SequenceOps.extend(ts, list, iterable);
    } catch (dev.weft.runtime.objects.PyException e) {
      if (e.matches(Exc.TypeError)
          && iterable.type.lookup("__iter__") == null
          && iterable.type.lookup("__getitem__") == null) {
        Ops.decref(ts, e.value);
        // In a call the list sits on [NULL, callable]: name the function as CPython does.
        int below = f.sp - i - 3;
        boolean inCall = below >= f.stackBase() && f.slots[below] == null;
        String who = inCall ? CallNames.functionStr(f.slots[below + 1]) + " argument" : "Value";
        throw Exc.typeError(ts, who + " after * must be an iterable, not " + iterable.typeName());
      }
      throw e;
    }
    Stack.drop(ts, f, 1);
  }

  static void setUpdate(ThreadState ts, Frame f, int i) {
    PySet set = (PySet) Stack.peek(f, i + 1);
    dev.weft.runtime.objects.SetOps.update(ts, set, Stack.peek(f, 1));
    Stack.drop(ts, f, 1);
  }

  /** DICT_UPDATE, and DICT_MERGE ({@code f(**kw)}), which refuses repeated keys. */
  static void dictUpdate(ThreadState ts, Frame f, int i, boolean merge) {
    PyDict d = (PyDict) Stack.peek(f, i + 1);
    PyObject other = Stack.peek(f, 1);
    if (merge) {
      DictOps.mergeKeywords(ts, d, other, calleeName(f, i));
    } else {
      if (other.type.lookup("keys") == null) {
        throw Exc.typeError(ts, "'" + other.typeName() + "' object is not a mapping");
      }
      DictOps.update(ts, d, other);
    }
    Stack.drop(ts, f, 1);
  }

  private static String calleeName(Frame f, int i) {
    PyObject callable = f.sp - i - 3 >= f.stackBase() ? f.slots[f.sp - i - 3] : null;
    return callable == null ? "function" : CallNames.functionStr(callable);
  }

  static void unpackSequence(ThreadState ts, Frame f, int n) {
    PyObject seq = Stack.peek(f, 1);
    PyObject[] items = SequenceOps.unpack(ts, seq, n, -1);
    Stack.drop(ts, f, 1);
    for (int i = n - 1; i >= 0; i--) {
      Stack.push(f, items[i]);
    }
  }

  static void unpackEx(ThreadState ts, Frame f, int oparg) {
    int before = oparg & 0xFF, after = oparg >> 8;
    PyObject seq = Stack.peek(f, 1);
    PyObject[] items = SequenceOps.unpack(ts, seq, before, after);
    Stack.drop(ts, f, 1);
    for (int i = items.length - 1; i >= 0; i--) {
      Stack.push(f, items[i]);
    }
  }
}
