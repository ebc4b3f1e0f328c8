package dev.weft.runtime.interpreter;

import dev.weft.runtime.objects.Arith;
import dev.weft.runtime.objects.Compare;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBool;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySet;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.threads.CriticalSection;
import dev.weft.runtime.threads.ThreadState;

/**
 * The specialized forms of the operator families (CPython's {@code BINARY_OP_*}, {@code
 * BINARY_SUBSCR_*}, {@code COMPARE_OP_*}, {@code CONTAINS_OP_*}, {@code UNPACK_SEQUENCE_*} and
 * {@code STORE_SUBSCR_*}). Each guards the exact types of its operands (a subclass never passes: it
 * may override the operator; so bool never passes an int guard) and then does, in Java, what the
 * generic instruction does for those types. They keep no cache record: the guards read only the
 * operands, so a form and a record can never disagree.
 *
 * <p>An operand the form does not expect, and anything unusual on the way (a sum past a long, an
 * index out of range, a sequence of another length), is a miss: the generic instruction runs on the
 * untouched stack, so results, exceptions and their messages are always the generic ones. Once the
 * guards have passed, an action that may run Python code (a dict key's {@code __hash__} and {@code
 * __eq__}) finishes the instruction itself, raising as the generic one would, so no Python code
 * ever runs twice. Reference counting is the generic instruction's: operands are dropped after the
 * result exists, and a form that raises has popped nothing.
 */
public final class SpecOps {
  private SpecOps() {}

  // --- BINARY_OP (oparg: NB_*; the in-place forms of + - * take the same paths) ---

  static int binaryOpAddInt(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject[] s = f.slots;
    PyObject a = s[f.sp - 2], b = s[f.sp - 1];
    if (compactInts(a, b)) {
      long p = ((PyInt) a).value, q = ((PyInt) b).value, r = p + q;
      if (((p ^ r) & (q ^ r)) >= 0) {
        Spec.hit(ts, Op.BINARY_OP_ADD_INT);
        return replaceTwo(ts, f, PyInt.of(ts, r));
      }
    }
    return binaryOpMiss(ts, f, pc, oparg);
  }

  static int binaryOpSubtractInt(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject[] s = f.slots;
    PyObject a = s[f.sp - 2], b = s[f.sp - 1];
    if (compactInts(a, b)) {
      long p = ((PyInt) a).value, q = ((PyInt) b).value, r = p - q;
      if (((p ^ q) & (p ^ r)) >= 0) {
        Spec.hit(ts, Op.BINARY_OP_SUBTRACT_INT);
        return replaceTwo(ts, f, PyInt.of(ts, r));
      }
    }
    return binaryOpMiss(ts, f, pc, oparg);
  }

  static int binaryOpMultiplyInt(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject[] s = f.slots;
    PyObject a = s[f.sp - 2], b = s[f.sp - 1];
    if (compactInts(a, b)) {
      long p = ((PyInt) a).value, q = ((PyInt) b).value, r = p * q;
      long high = Math.multiplyHigh(p, q);
      if (high == r >> 63) {
        Spec.hit(ts, Op.BINARY_OP_MULTIPLY_INT);
        return replaceTwo(ts, f, PyInt.of(ts, r));
      }
    }
    return binaryOpMiss(ts, f, pc, oparg);
  }

  static int binaryOpAddFloat(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject[] s = f.slots;
    PyObject a = s[f.sp - 2], b = s[f.sp - 1];
    if (a.type == PyFloat.TYPE && b.type == PyFloat.TYPE) {
      Spec.hit(ts, Op.BINARY_OP_ADD_FLOAT);
      return replaceTwo(ts, f, PyFloat.of(ts, ((PyFloat) a).value + ((PyFloat) b).value));
    }
    return binaryOpMiss(ts, f, pc, oparg);
  }

  static int binaryOpSubtractFloat(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject[] s = f.slots;
    PyObject a = s[f.sp - 2], b = s[f.sp - 1];
    if (a.type == PyFloat.TYPE && b.type == PyFloat.TYPE) {
      Spec.hit(ts, Op.BINARY_OP_SUBTRACT_FLOAT);
      return replaceTwo(ts, f, PyFloat.of(ts, ((PyFloat) a).value - ((PyFloat) b).value));
    }
    return binaryOpMiss(ts, f, pc, oparg);
  }

  static int binaryOpMultiplyFloat(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject[] s = f.slots;
    PyObject a = s[f.sp - 2], b = s[f.sp - 1];
    if (a.type == PyFloat.TYPE && b.type == PyFloat.TYPE) {
      Spec.hit(ts, Op.BINARY_OP_MULTIPLY_FLOAT);
      return replaceTwo(ts, f, PyFloat.of(ts, ((PyFloat) a).value * ((PyFloat) b).value));
    }
    return binaryOpMiss(ts, f, pc, oparg);
  }

  static int binaryOpAddUnicode(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject[] s = f.slots;
    PyObject a = s[f.sp - 2], b = s[f.sp - 1];
    if (a.type == PyStr.TYPE && b.type == PyStr.TYPE) {
      Spec.hit(ts, Op.BINARY_OP_ADD_UNICODE);
      return replaceTwo(ts, f, PyStr.of(ts, ((PyStr) a).value.concat(((PyStr) b).value)));
    }
    return binaryOpMiss(ts, f, pc, oparg);
  }

  /** Two exact ints that fit a long (CPython's compact ints). */
  private static boolean compactInts(PyObject a, PyObject b) {
    return a.type == PyInt.TYPE
        && b.type == PyInt.TYPE
        && ((PyInt) a).big == null
        && ((PyInt) b).big == null;
  }

  /** BINARY_OP's generic uop on the stack as the form found it. */
  private static int binaryOpMiss(ThreadState ts, Frame f, int pc, int oparg) {
    Spec.miss(ts, f, pc);
    PyObject[] s = f.slots;
    return replaceTwo(ts, f, Arith.binary(ts, s[f.sp - 2], s[f.sp - 1], oparg));
  }

  /**
   * Replaces the two operands on top of the stack with {@code result} and drops them afterwards
   * (the generic BINARY_OP, COMPARE_OP and BINARY_SUBSCR's discipline); returns the new depth.
   */
  private static int replaceTwo(ThreadState ts, Frame f, PyObject result) {
    PyObject[] s = f.slots;
    int sp = f.sp;
    PyObject left = s[sp - 2], right = s[sp - 1];
    s[--sp] = null;
    s[sp - 1] = result;
    f.sp = sp;
    Ops.decref(ts, left);
    Ops.decref(ts, right);
    return sp;
  }

  // --- COMPARE_OP (oparg: < <= == != > >=) ---

  static int compareOpInt(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject[] s = f.slots;
    PyObject a = s[f.sp - 2], b = s[f.sp - 1];
    if (compactInts(a, b)) {
      Spec.hit(ts, Op.COMPARE_OP_INT);
      int c = Long.compare(((PyInt) a).value, ((PyInt) b).value);
      return replaceTwo(ts, f, PyBool.of(Compare.outcome(c, oparg)));
    }
    return compareOpMiss(ts, f, pc, oparg);
  }

  static int compareOpFloat(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject[] s = f.slots;
    PyObject a = s[f.sp - 2], b = s[f.sp - 1];
    if (a.type == PyFloat.TYPE && b.type == PyFloat.TYPE) {
      Spec.hit(ts, Op.COMPARE_OP_FLOAT);
      double x = ((PyFloat) a).value, y = ((PyFloat) b).value;
      return replaceTwo(ts, f, PyBool.of(Compare.compareDoubles(x, y, oparg)));
    }
    return compareOpMiss(ts, f, pc, oparg);
  }

  /** Only {@code ==} and {@code !=}, as CPython's: ordering is left to the generic path. */
  static int compareOpStr(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject[] s = f.slots;
    PyObject a = s[f.sp - 2], b = s[f.sp - 1];
    if (a.type == PyStr.TYPE
        && b.type == PyStr.TYPE
        && (oparg == Compare.EQ || oparg == Compare.NE)) {
      Spec.hit(ts, Op.COMPARE_OP_STR);
      boolean equal = a == b || ((PyStr) a).value.equals(((PyStr) b).value);
      return replaceTwo(ts, f, PyBool.of(equal == (oparg == Compare.EQ)));
    }
    return compareOpMiss(ts, f, pc, oparg);
  }

  private static int compareOpMiss(ThreadState ts, Frame f, int pc, int oparg) {
    Spec.miss(ts, f, pc);
    PyObject[] s = f.slots;
    return replaceTwo(ts, f, Compare.richCompare(ts, s[f.sp - 2], s[f.sp - 1], oparg));
  }

  // --- BINARY_SUBSCR: [container, key] ---

  static int binarySubscrListInt(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject[] s = f.slots;
    PyObject v = listItem(ts, s[f.sp - 2], s[f.sp - 1]);
    if (v != null) {
      Spec.hit(ts, Op.BINARY_SUBSCR_LIST_INT);
      return replaceTwo(ts, f, v);
    }
    return binarySubscrMiss(ts, f, pc);
  }

  static int binarySubscrTupleInt(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject[] s = f.slots;
    PyObject v = tupleItem(ts, s[f.sp - 2], s[f.sp - 1]);
    if (v != null) {
      Spec.hit(ts, Op.BINARY_SUBSCR_TUPLE_INT);
      return replaceTwo(ts, f, v);
    }
    return binarySubscrMiss(ts, f, pc);
  }

  static int binarySubscrStrInt(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject[] s = f.slots;
    PyObject c = s[f.sp - 2], k = s[f.sp - 1];
    if (c.type == PyStr.TYPE && k.type == PyInt.TYPE && ((PyInt) k).big == null) {
      PyStr str = (PyStr) c;
      int n = str.length();
      long i = ((PyInt) k).value;
      if (i < 0) {
        i += n;
      }
      if (i >= 0 && i < n) {
        Spec.hit(ts, Op.BINARY_SUBSCR_STR_INT);
        return replaceTwo(ts, f, PyStr.ofChar(ts, str.codePointAt((int) i)));
      }
    }
    return binarySubscrMiss(ts, f, pc);
  }

  static int binarySubscrDict(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject[] s = f.slots;
    PyObject c = s[f.sp - 2];
    if (c.type == PyDict.TYPE) {
      Spec.hit(ts, Op.BINARY_SUBSCR_DICT);
      return replaceTwo(ts, f, dictItem(ts, (PyDict) c, s[f.sp - 1]));
    }
    return binarySubscrMiss(ts, f, pc);
  }

  private static int binarySubscrMiss(ThreadState ts, Frame f, int pc) {
    Spec.miss(ts, f, pc);
    PyObject[] s = f.slots;
    return replaceTwo(ts, f, Ops.getitem(ts, s[f.sp - 2], s[f.sp - 1]));
  }

  // --- BINARY_SUBSCR_FAST: the container stays borrowed in local slot oparg; [key] ---

  static int binarySubscrFastListInt(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject[] s = f.slots;
    PyObject v = listItem(ts, s[oparg], s[f.sp - 1]);
    if (v != null) {
      Spec.hit(ts, Op.BINARY_SUBSCR_FAST_LIST_INT);
      return replaceKey(ts, f, v);
    }
    return binarySubscrFastMiss(ts, f, pc, oparg);
  }

  static int binarySubscrFastDict(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject[] s = f.slots;
    PyObject c = s[oparg];
    if (c.type == PyDict.TYPE) {
      Spec.hit(ts, Op.BINARY_SUBSCR_FAST_DICT);
      return replaceKey(ts, f, dictItem(ts, (PyDict) c, s[f.sp - 1]));
    }
    return binarySubscrFastMiss(ts, f, pc, oparg);
  }

  private static int binarySubscrFastMiss(ThreadState ts, Frame f, int pc, int oparg) {
    Spec.miss(ts, f, pc);
    PyObject[] s = f.slots;
    return replaceKey(ts, f, Ops.getitem(ts, s[oparg], s[f.sp - 1]));
  }

  /** Replaces the key on top with {@code result} and drops it; returns the depth. */
  private static int replaceKey(ThreadState ts, Frame f, PyObject result) {
    PyObject[] s = f.slots;
    int sp = f.sp;
    PyObject key = s[sp - 1];
    s[sp - 1] = result;
    Ops.decref(ts, key);
    return sp;
  }

  /**
   * {@code c[k]} (a new reference) for an exact list and an exact int that fits a long, read as the
   * generic path reads it (lock-free, never a freed item: {@link PyList#getItemRef}); null when the
   * operands are other types or the index is out of range.
   */
  private static PyObject listItem(ThreadState ts, PyObject c, PyObject k) {
    if (c.type != PyList.TYPE || k.type != PyInt.TYPE || ((PyInt) k).big != null) {
      return null;
    }
    PyList l = (PyList) c;
    long i = ((PyInt) k).value;
    if (i < 0) {
      i += l.size;
    }
    return i >= 0 && i < Integer.MAX_VALUE ? l.getItemRef(ts, (int) i) : null;
  }

  /** {@code c[k]} for an exact tuple and an exact int, or null (other types, out of range). */
  private static PyObject tupleItem(ThreadState ts, PyObject c, PyObject k) {
    if (c.type != PyTuple.TYPE || k.type != PyInt.TYPE || ((PyInt) k).big != null) {
      return null;
    }
    PyObject[] items = ((PyTuple) c).items;
    long i = ((PyInt) k).value;
    if (i < 0) {
      i += items.length;
    }
    if (i < 0 || i >= items.length) {
      return null;
    }
    PyObject v = items[(int) i];
    Ops.incref(ts, v);
    return v;
  }

  /** {@code d[k]} of an exact dict; KeyError as the generic path raises it. */
  private static PyObject dictItem(ThreadState ts, PyDict d, PyObject k) {
    PyObject v = d.getRef(ts, k, Ops.hash(ts, k));
    if (v == null) {
      throw Exc.keyError(ts, k);
    }
    return v;
  }

  // --- STORE_SUBSCR: [value, container, key] ---

  static int storeSubscrListInt(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject[] s = f.slots;
    int sp = f.sp;
    PyObject c = s[sp - 2], k = s[sp - 1];
    if (c.type == PyList.TYPE && k.type == PyInt.TYPE && ((PyInt) k).big == null) {
      PyObject old = listStore(ts, (PyList) c, ((PyInt) k).value, s[sp - 3]);
      if (old != null) {
        Spec.hit(ts, Op.STORE_SUBSCR_LIST_INT);
        Ops.decref(ts, old);
        return Uops.dropThree(ts, f);
      }
    }
    Spec.miss(ts, f, pc);
    return Uops.storeSubscr(ts, f);
  }

  static int storeSubscrDict(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject[] s = f.slots;
    int sp = f.sp;
    PyObject c = s[sp - 2];
    if (c.type == PyDict.TYPE) {
      Spec.hit(ts, Op.STORE_SUBSCR_DICT);
      ((PyDict) c).put(ts, s[sp - 1], s[sp - 3]);
      return Uops.dropThree(ts, f);
    }
    Spec.miss(ts, f, pc);
    return Uops.storeSubscr(ts, f);
  }

  /**
   * {@code l[i] = value} under the list's critical section, as the generic path stores; returns the
   * replaced item (for the caller to drop), or null, storing nothing, when {@code i} is out of
   * range.
   */
  private static PyObject listStore(ThreadState ts, PyList l, long i, PyObject value) {
    CriticalSection.begin(ts, l);
    try {
      if (i < 0) {
        i += l.size;
      }
      if (i < 0 || i >= l.size) {
        return null;
      }
      Ops.incref(ts, value);
      PyObject old = l.items[(int) i];
      l.setSlot((int) i, value);
      return old;
    } finally {
      CriticalSection.end(ts);
    }
  }

  // --- CONTAINS_OP (oparg 1: not in): [item, container] ---

  static void containsOpSet(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject c = Stack.peek(f, 1);
    if (c.type == PySet.SET_TYPE) {
      Spec.hit(ts, Op.CONTAINS_OP_SET);
      boolean in;
      CriticalSection.begin(ts, c);
      try {
        in = ((PySet) c).contains(ts, Stack.peek(f, 2));
      } finally {
        CriticalSection.end(ts);
      }
      Stack.replace(ts, f, 2, PyBool.of(in != (oparg != 0)));
    } else if (c.type == PySet.FROZENSET_TYPE) {
      Spec.hit(ts, Op.CONTAINS_OP_SET);
      boolean in = ((PySet) c).contains(ts, Stack.peek(f, 2));
      Stack.replace(ts, f, 2, PyBool.of(in != (oparg != 0)));
    } else {
      Spec.miss(ts, f, pc);
      Stack.containsOp(ts, f, oparg);
    }
  }

  static void containsOpDict(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject c = Stack.peek(f, 1);
    if (c.type == PyDict.TYPE) {
      Spec.hit(ts, Op.CONTAINS_OP_DICT);
      PyObject item = Stack.peek(f, 2);
      PyObject v = ((PyDict) c).getRef(ts, item, Ops.hash(ts, item));
      Ops.xdecref(ts, v);
      Stack.replace(ts, f, 2, PyBool.of((v != null) != (oparg != 0)));
      return;
    }
    Spec.miss(ts, f, pc);
    Stack.containsOp(ts, f, oparg);
  }

  // --- UNPACK_SEQUENCE (oparg: the number of targets): [seq] -> [item n-1, ..., item 0] ---

  static void unpackSequenceTwoTuple(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject seq = Stack.peek(f, 1);
    if (seq.type == PyTuple.TYPE && oparg == 2 && ((PyTuple) seq).items.length == 2) {
      Spec.hit(ts, Op.UNPACK_SEQUENCE_TWO_TUPLE);
      spread(ts, f, ((PyTuple) seq).items, 2);
      Ops.decref(ts, seq);
      return;
    }
    Spec.miss(ts, f, pc);
    Builders.unpackSequence(ts, f, oparg);
  }

  static void unpackSequenceTuple(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject seq = Stack.peek(f, 1);
    if (seq.type == PyTuple.TYPE && ((PyTuple) seq).items.length == oparg) {
      Spec.hit(ts, Op.UNPACK_SEQUENCE_TUPLE);
      spread(ts, f, ((PyTuple) seq).items, oparg);
      Ops.decref(ts, seq);
      return;
    }
    Spec.miss(ts, f, pc);
    Builders.unpackSequence(ts, f, oparg);
  }

  /**
   * A list is read under its critical section (CPython's free-threaded UNPACK_SEQUENCE_LIST locks
   * it too): the length check and the items come from one state of the list, never a half-resized
   * one.
   */
  static void unpackSequenceList(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject seq = Stack.peek(f, 1);
    if (seq.type == PyList.TYPE) {
      PyList l = (PyList) seq;
      boolean done = false;
      CriticalSection.begin(ts, l);
      try {
        if (l.size == oparg) {
          spread(ts, f, l.items, oparg);
          done = true;
        }
      } finally {
        CriticalSection.end(ts);
      }
      if (done) {
        Spec.hit(ts, Op.UNPACK_SEQUENCE_LIST);
        Ops.decref(ts, seq);
        return;
      }
    }
    Spec.miss(ts, f, pc);
    Builders.unpackSequence(ts, f, oparg);
  }

  /**
   * Replaces the sequence on top (the caller keeps its reference, to drop) with new references to
   * {@code items[0, n)}, the first on top, as the generic UNPACK_SEQUENCE pushes them.
   */
  private static void spread(ThreadState ts, Frame f, PyObject[] items, int n) {
    PyObject[] s = f.slots;
    int base = f.sp - 1;
    s[base] = null;
    for (int i = 0; i < n; i++) {
      PyObject v = items[i];
      Ops.incref(ts, v);
      s[base + n - 1 - i] = v;
    }
    f.sp = base + n;
  }
}
