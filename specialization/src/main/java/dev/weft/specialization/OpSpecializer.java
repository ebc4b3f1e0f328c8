package dev.weft.specialization;

import dev.weft.runtime.interpreter.Frame;
import dev.weft.runtime.interpreter.Op;
import dev.weft.runtime.interpreter.Spec;
import dev.weft.runtime.objects.Arith;
import dev.weft.runtime.objects.Compare;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySet;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.threads.ThreadState;

/**
 * The operator families: BINARY_OP, COMPARE_OP, BINARY_SUBSCR (and its borrowed-container form),
 * STORE_SUBSCR, CONTAINS_OP and UNPACK_SEQUENCE. Each picks a form by the exact types of the
 * operands as they sit on the stack (as CPython's {@code specialize.c}: a subclass may override the
 * operator, so only the exact builtin types qualify, and for {@code + - *} both operands must be of
 * the same type). The forms keep no cache record, so each decision is one {@link Spec#specialize}
 * with a null record, or one {@link Spec#fail} with CPython's failure reason in words.
 */
final class OpSpecializer {
  private OpSpecializer() {}

  private static int oparg(Frame f, int pc) {
    return f.bytecode.words[pc] >>> 8;
  }

  /** The {@code i}-th value from the top of the stack (1 is the top). */
  private static PyObject peek(Frame f, int i) {
    return f.slots[f.sp - i];
  }

  static void binaryOp(ThreadState ts, Frame f, int pc) {
    int oparg = oparg(f, pc);
    int op = oparg >= Arith.INPLACE ? oparg - Arith.INPLACE : oparg;
    PyObject a = peek(f, 2), b = peek(f, 1);
    if (op != Arith.ADD && op != Arith.SUB && op != Arith.MUL) {
      Spec.fail(ts, f, pc, "operator " + op + " not specialized");
      return;
    }
    if (a.type != b.type) {
      Spec.fail(ts, f, pc, "different types");
      return;
    }
    if (a.type == PyInt.TYPE) {
      if (((PyInt) a).isBig() || ((PyInt) b).isBig()) {
        Spec.fail(ts, f, pc, "int not compact");
        return;
      }
      int form =
          op == Arith.ADD
              ? Op.BINARY_OP_ADD_INT
              : op == Arith.SUB ? Op.BINARY_OP_SUBTRACT_INT : Op.BINARY_OP_MULTIPLY_INT;
      Spec.specialize(ts, f, pc, form, null);
    } else if (a.type == PyFloat.TYPE) {
      int form =
          op == Arith.ADD
              ? Op.BINARY_OP_ADD_FLOAT
              : op == Arith.SUB ? Op.BINARY_OP_SUBTRACT_FLOAT : Op.BINARY_OP_MULTIPLY_FLOAT;
      Spec.specialize(ts, f, pc, form, null);
    } else if (a.type == PyStr.TYPE && op == Arith.ADD) {
      Spec.specialize(ts, f, pc, Op.BINARY_OP_ADD_UNICODE, null);
    } else {
      Spec.fail(ts, f, pc, "other types");
    }
  }

  static void compareOp(ThreadState ts, Frame f, int pc) {
    int oparg = oparg(f, pc);
    PyObject a = peek(f, 2), b = peek(f, 1);
    if (a.type != b.type) {
      Spec.fail(ts, f, pc, "different types");
    } else if (a.type == PyInt.TYPE) {
      if (((PyInt) a).isBig() || ((PyInt) b).isBig()) {
        Spec.fail(ts, f, pc, "big int");
      } else {
        Spec.specialize(ts, f, pc, Op.COMPARE_OP_INT, null);
      }
    } else if (a.type == PyFloat.TYPE) {
      Spec.specialize(ts, f, pc, Op.COMPARE_OP_FLOAT, null);
    } else if (a.type == PyStr.TYPE) {
      if (oparg == Compare.EQ || oparg == Compare.NE) {
        Spec.specialize(ts, f, pc, Op.COMPARE_OP_STR, null);
      } else {
        Spec.fail(ts, f, pc, "string ordering");
      }
    } else {
      Spec.fail(ts, f, pc, "other types");
    }
  }

  static void binarySubscr(ThreadState ts, Frame f, int pc) {
    subscr(ts, f, pc, peek(f, 2), peek(f, 1), false);
  }

  /** The borrowed form: the container is in local slot oparg (bound: CHECK_FAST ran before). */
  static void binarySubscrFast(ThreadState ts, Frame f, int pc) {
    PyObject container = f.slots[oparg(f, pc)];
    if (container == null) {
      Spec.fail(ts, f, pc, "unbound local");
      return;
    }
    subscr(ts, f, pc, container, peek(f, 1), true);
  }

  private static void subscr(
      ThreadState ts, Frame f, int pc, PyObject container, PyObject key, boolean fast) {
    boolean index = key.type == PyInt.TYPE;
    if (container.type == PyDict.TYPE) {
      Spec.specialize(ts, f, pc, fast ? Op.BINARY_SUBSCR_FAST_DICT : Op.BINARY_SUBSCR_DICT, null);
    } else if (container.type == PyList.TYPE && index) {
      Spec.specialize(
          ts, f, pc, fast ? Op.BINARY_SUBSCR_FAST_LIST_INT : Op.BINARY_SUBSCR_LIST_INT, null);
    } else if (fast) {
      Spec.fail(ts, f, pc, index ? "borrowed container not list or dict" : "not an int index");
    } else if (container.type == PyTuple.TYPE && index) {
      Spec.specialize(ts, f, pc, Op.BINARY_SUBSCR_TUPLE_INT, null);
    } else if (container.type == PyStr.TYPE && index) {
      Spec.specialize(ts, f, pc, Op.BINARY_SUBSCR_STR_INT, null);
    } else {
      Spec.fail(ts, f, pc, index ? "other container" : "not an int index");
    }
  }

  /** {@code [value, container, key]}. */
  static void storeSubscr(ThreadState ts, Frame f, int pc) {
    PyObject container = peek(f, 2), key = peek(f, 1);
    if (container.type == PyDict.TYPE) {
      Spec.specialize(ts, f, pc, Op.STORE_SUBSCR_DICT, null);
    } else if (container.type == PyList.TYPE && key.type == PyInt.TYPE) {
      Spec.specialize(ts, f, pc, Op.STORE_SUBSCR_LIST_INT, null);
    } else if (container.type == PyList.TYPE) {
      Spec.fail(ts, f, pc, "list non-int subscript");
    } else {
      Spec.fail(ts, f, pc, "other container");
    }
  }

  /** {@code [item, container]}. */
  static void containsOp(ThreadState ts, Frame f, int pc) {
    PyObject container = peek(f, 1);
    if (container.type == PySet.SET_TYPE || container.type == PySet.FROZENSET_TYPE) {
      Spec.specialize(ts, f, pc, Op.CONTAINS_OP_SET, null);
    } else if (container.type == PyDict.TYPE) {
      Spec.specialize(ts, f, pc, Op.CONTAINS_OP_DICT, null);
    } else {
      Spec.fail(ts, f, pc, "other container");
    }
  }

  static void unpackSequence(ThreadState ts, Frame f, int pc) {
    int n = oparg(f, pc);
    PyObject seq = peek(f, 1);
    if (seq.type == PyTuple.TYPE) {
      if (((PyTuple) seq).items.length != n) {
        Spec.fail(ts, f, pc, "expected error");
      } else {
        Spec.specialize(
            ts, f, pc, n == 2 ? Op.UNPACK_SEQUENCE_TWO_TUPLE : Op.UNPACK_SEQUENCE_TUPLE, null);
      }
    } else if (seq.type == PyList.TYPE) {
      if (((PyList) seq).size != n) {
        Spec.fail(ts, f, pc, "expected error");
      } else {
        Spec.specialize(ts, f, pc, Op.UNPACK_SEQUENCE_LIST, null);
      }
    } else {
      Spec.fail(ts, f, pc, "other sequence");
    }
  }
}
