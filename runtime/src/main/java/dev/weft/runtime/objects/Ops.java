package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.refcount.Refcount;
import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.threads.CriticalSection;
import dev.weft.runtime.threads.ThreadState;

/**
 * The object protocol (CPython's {@code Objects/abstract.c} and {@code object.c}): reference
 * counting, truth, hashing, equality, attributes, items, iteration, length and membership. Each
 * operation takes a fast path for the exact builtin types and otherwise looks up the special method
 * on the type, so subclasses and user classes behave as in CPython.
 *
 * <p>Ownership: arguments are borrowed; every returned object is a new reference.
 */
public final class Ops {
  private Ops() {}

  // --- Reference counting ---

  public static void incref(ThreadState ts, PyObject o) {
    Refcount.incref(ts.rc, o);
  }

  public static void decref(ThreadState ts, PyObject o) {
    Refcount.decref(ts.rc, o);
  }

  public static void decref(RcThread t, PyObject o) {
    Refcount.decref(t, o);
  }

  public static void xdecref(ThreadState ts, PyObject o) {
    if (o != null) {
      Refcount.decref(ts.rc, o);
    }
  }

  public static void xdecref(RcThread t, PyObject o) {
    if (o != null) {
      Refcount.decref(t, o);
    }
  }

  /** {@code o} with a new reference taken: for returning a borrowed object. */
  public static <T extends PyObject> T newRef(ThreadState ts, T o) {
    Refcount.incref(ts.rc, o);
    return o;
  }

  // --- Truth, hashing, equality ---

  public static boolean isTrue(ThreadState ts, PyObject o) {
    if (o == PyBool.TRUE) {
      return true;
    }
    if (o == PyBool.FALSE || o == PySingleton.NONE) {
      return false;
    }
    PyType t = o.type;
    if (t == PyInt.TYPE) {
      return ((PyInt) o).signum() != 0;
    }
    if (t == PyStr.TYPE) {
      return !((PyStr) o).value.isEmpty();
    }
    if (t == PyList.TYPE) {
      return ((PyList) o).size != 0;
    }
    if (t == PyTuple.TYPE) {
      return ((PyTuple) o).items.length != 0;
    }
    if (t == PyFloat.TYPE) {
      return ((PyFloat) o).value != 0.0;
    }
    if (t == PyDict.TYPE) {
      return ((PyDict) o).size() != 0;
    }
    PyObject bool = t.lookup("__bool__");
    if (bool != null) {
      PyObject r = Calls.callMethod(ts, bool, o);
      try {
        if (!(r instanceof PyBool b)) {
          throw Exc.typeError(ts, "__bool__ should return bool, returned " + r.typeName());
        }
        return b.value != 0;
      } finally {
        decref(ts, r);
      }
    }
    PyObject len = t.lookup("__len__");
    if (len != null) {
      return length(ts, o) != 0;
    }
    return true;
  }

  public static long hash(ThreadState ts, PyObject o) {
    PyType t = o.type;
    if (t == PyStr.TYPE) {
      return ((PyStr) o).hash();
    }
    if (t == PyInt.TYPE || t == PyBool.TYPE) {
      return ((PyInt) o).hash();
    }
    if (t == PyFloat.TYPE) {
      return ((PyFloat) o).hash();
    }
    if (t == PyTuple.TYPE) {
      return tupleHash(ts, (PyTuple) o);
    }
    PyObject h = t.lookup("__hash__");
    if (h == null || h == PySingleton.NONE) {
      throw Exc.typeError(ts, "unhashable type: '" + t.name + "'");
    }
    if (h instanceof PyBuiltin b && b.owner == PyType.OBJECT) {
      return identityHash(o);
    }
    PyObject r = Calls.callMethod(ts, h, o);
    try {
      if (!(r instanceof PyInt i)) {
        throw Exc.typeError(ts, "__hash__ method should return an integer");
      }
      long v = i.isBig() ? i.hash() : i.value;
      return v == -1 ? -2 : v;
    } finally {
      decref(ts, r);
    }
  }

  /** {@code object.__hash__}: derived from identity, as CPython's {@code id >> 4}. */
  public static long identityHash(PyObject o) {
    return System.identityHashCode(o);
  }

  // CPython 3.11's tuplehash (Objects/tupleobject.c): xxHash's round over the item hashes.
  private static final long XXPRIME_1 = -7046029288634856825L;
  private static final long XXPRIME_2 = -4417276706812531889L;
  private static final long XXPRIME_5 = 2870177450012600261L;

  public static long tupleHash(ThreadState ts, PyTuple t) {
    long acc = XXPRIME_5;
    for (PyObject item : t.items) {
      long lane = hash(ts, item);
      acc += lane * XXPRIME_2;
      acc = Long.rotateLeft(acc, 31);
      acc *= XXPRIME_1;
    }
    acc += t.items.length ^ (XXPRIME_5 ^ 3527539L);
    return acc == -1 ? 1546275796L : acc;
  }

  /** Dict and set key equality: identity, then {@code ==}. */
  public static boolean keysEqual(ThreadState ts, PyObject a, PyObject b) {
    return a == b || richEq(ts, a, b);
  }

  /** {@code a == b} as a Java boolean. */
  public static boolean richEq(ThreadState ts, PyObject a, PyObject b) {
    if (a == b) {
      return true;
    }
    PyType ta = a.type;
    if (ta == b.type) {
      if (ta == PyStr.TYPE) {
        return ((PyStr) a).value.equals(((PyStr) b).value);
      }
      if (ta == PyInt.TYPE) {
        PyInt x = (PyInt) a, y = (PyInt) b;
        return x.big == null ? y.big == null && x.value == y.value : x.big.equals(y.big);
      }
      if (ta == PyFloat.TYPE) {
        return ((PyFloat) a).value == ((PyFloat) b).value;
      }
    }
    PyObject r = Compare.richCompare(ts, a, b, Compare.EQ);
    try {
      return r == PyBool.TRUE || (r != PyBool.FALSE && isTrue(ts, r));
    } finally {
      decref(ts, r);
    }
  }

  // --- Integers as indices ---

  /** {@code operator.index(o)} as a long; OverflowError past the long range. */
  public static long index(ThreadState ts, PyObject o) {
    PyInt i = indexInt(ts, o);
    try {
      if (i.isBig()) {
        throw Exc.raise(
            ts, Exc.IndexError, "cannot fit '" + o.typeName() + "' into an index-sized integer");
      }
      return i.value;
    } finally {
      decref(ts, i);
    }
  }

  /** The index clamped to the long range, as slice bounds are. */
  public static long indexClamped(ThreadState ts, PyObject o) {
    PyInt i = indexInt(ts, o);
    try {
      if (i.isBig()) {
        return i.big.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
      }
      return i.value;
    } finally {
      decref(ts, i);
    }
  }

  /** {@code o.__index__()} (new reference), or TypeError. */
  public static PyInt indexInt(ThreadState ts, PyObject o) {
    if (o instanceof PyInt i) {
      incref(ts, i);
      return i;
    }
    PyObject m = o.type.lookup("__index__");
    if (m == null) {
      throw Exc.typeError(ts, "'" + o.typeName() + "' object cannot be interpreted as an integer");
    }
    PyObject r = Calls.callMethod(ts, m, o);
    if (!(r instanceof PyInt i)) {
      decref(ts, r);
      throw Exc.typeError(ts, "__index__ returned non-int (type " + r.typeName() + ")");
    }
    return i;
  }

  // --- Attributes ---

  public static PyObject getattr(ThreadState ts, PyObject o, PyStr name) {
    return Attributes.get(ts, o, name);
  }

  public static PyObject getattr(ThreadState ts, PyObject o, String name) {
    return Attributes.get(ts, o, PyStr.intern(name));
  }

  /** The attribute, or null when it raises AttributeError. */
  public static PyObject getattrOrNull(ThreadState ts, PyObject o, PyStr name) {
    try {
      return Attributes.get(ts, o, name);
    } catch (PyException e) {
      if (!e.matches(Exc.AttributeError)) {
        throw e;
      }
      decref(ts, e.value);
      return null;
    }
  }

  public static void setattr(ThreadState ts, PyObject o, PyStr name, PyObject value) {
    Attributes.set(ts, o, name, value);
  }

  public static void delattr(ThreadState ts, PyObject o, PyStr name) {
    Attributes.set(ts, o, name, null);
  }

  // --- Items ---

  public static PyObject getitem(ThreadState ts, PyObject o, PyObject key) {
    PyType t = o.type;
    if (t == PyList.TYPE && key.type == PyInt.TYPE) {
      PyList l = (PyList) o;
      long i = ((PyInt) key).value;
      if (((PyInt) key).big == null) {
        if (i < 0) {
          i += l.size;
        }
        if (i >= 0 && i < Integer.MAX_VALUE) {
          PyObject v = l.getItemRef(ts, (int) i);
          if (v != null) {
            return v;
          }
        }
      }
      throw Exc.indexError(ts, "list index out of range");
    }
    if (t == PyDict.TYPE) {
      PyObject v = ((PyDict) o).getRef(ts, key, hash(ts, key));
      if (v == null) {
        throw Exc.keyError(ts, key);
      }
      return v;
    }
    if (t == PyTuple.TYPE && key.type == PyInt.TYPE && ((PyInt) key).big == null) {
      PyObject[] items = ((PyTuple) o).items;
      long i = ((PyInt) key).value;
      if (i < 0) {
        i += items.length;
      }
      if (i >= 0 && i < items.length) {
        incref(ts, items[(int) i]);
        return items[(int) i];
      }
      throw Exc.indexError(ts, "tuple index out of range");
    }
    PyObject m = t.lookup("__getitem__");
    if (m == null) {
      if (o instanceof PyType type) {
        PyObject cg = type.lookup("__class_getitem__");
        if (cg != null) {
          PyObject bound = Attributes.bindToClass(ts, cg, type);
          try {
            return call1(ts, bound, key);
          } finally {
            decref(ts, bound);
          }
        }
        throw Exc.typeError(ts, "type '" + type.name + "' is not subscriptable");
      }
      throw Exc.typeError(ts, "'" + t.name + "' object is not subscriptable");
    }
    return Calls.callMethod(ts, m, o, key);
  }

  public static void setitem(ThreadState ts, PyObject o, PyObject key, PyObject value) {
    PyType t = o.type;
    if (t == PyDict.TYPE) {
      ((PyDict) o).put(ts, key, value);
      return;
    }
    if (t == PyList.TYPE && key.type == PyInt.TYPE && ((PyInt) key).big == null) {
      PyList l = (PyList) o;
      long i = ((PyInt) key).value;
      PyObject old;
      CriticalSection.begin(ts, l);
      try {
        if (i < 0) {
          i += l.size;
        }
        if (i < 0 || i >= l.size) {
          throw Exc.indexError(ts, "list assignment index out of range");
        }
        incref(ts, value);
        old = l.items[(int) i];
        l.setSlot((int) i, value);
      } finally {
        CriticalSection.end(ts);
      }
      decref(ts, old);
      return;
    }
    PyObject m = t.lookup("__setitem__");
    if (m == null) {
      throw Exc.typeError(ts, "'" + t.name + "' object does not support item assignment");
    }
    decref(ts, Calls.callMethod(ts, m, o, key, value));
  }

  public static void delitem(ThreadState ts, PyObject o, PyObject key) {
    PyObject m = o.type.lookup("__delitem__");
    if (m == null) {
      // CPython's two wordings: "doesn't" from its sequence path (an index key, a type with
      // sequence slots: every class statement's, and the builtins with a length, membership or
      // item access), "does not" from its generic one.
      PyType t = o.type;
      boolean sequence =
          key.type.lookup("__index__") != null
              && (t.isHeap()
                  || t.lookup("__len__") != null
                  || t.lookup("__contains__") != null
                  || t.lookup("__getitem__") != null);
      throw Exc.typeError(
          ts,
          "'"
              + o.typeName()
              + "' object "
              + (sequence ? "doesn't" : "does not")
              + " support item deletion");
    }
    decref(ts, Calls.callMethod(ts, m, o, key));
  }

  // --- Iteration ---

  public static PyObject iter(ThreadState ts, PyObject o) {
    PyType t = o.type;
    if (t == PyList.TYPE) {
      return new Iterators.SeqIter(ts, Iterators.LIST_ITER, o);
    }
    if (t == PyTuple.TYPE) {
      return new Iterators.SeqIter(ts, Iterators.TUPLE_ITER, o);
    }
    if (t == PyRange.TYPE && ((PyRange) o).big == null) {
      PyRange r = (PyRange) o;
      return new Iterators.RangeIter(ts, r.start, r.step, r.length);
    }
    if (t == PyDict.TYPE) {
      return new Iterators.DictIter(ts, (PyDict) o, Iterators.DictIter.KEYS);
    }
    if (t == PyStr.TYPE) {
      return new Iterators.StrIter(ts, (PyStr) o);
    }
    if (o instanceof PyIter) {
      incref(ts, o);
      return o;
    }
    PyObject m = t.lookup("__iter__");
    if (m == null || m == PySingleton.NONE) {
      if (m == null && t.lookup("__getitem__") != null) {
        return new Iterators.SeqIter(ts, Iterators.SEQ_ITER, o);
      }
      throw Exc.typeError(ts, "'" + t.name + "' object is not iterable");
    }
    PyObject it = Calls.callMethod(ts, m, o);
    if (!(it instanceof PyIter) && it.type.lookup("__next__") == null) {
      String n = it.typeName();
      decref(ts, it);
      throw Exc.typeError(ts, "iter() returned non-iterator of type '" + n + "'");
    }
    return it;
  }

  /** The next item (new reference) or null when the iterator is exhausted. */
  public static PyObject next(ThreadState ts, PyObject it) {
    if (it instanceof PyIter i) {
      return i.next(ts);
    }
    PyObject m = it.type.lookup("__next__");
    if (m == null) {
      throw Exc.typeError(ts, "'" + it.typeName() + "' object is not an iterator");
    }
    try {
      return Calls.callMethod(ts, m, it);
    } catch (PyException e) {
      if (!e.matches(Exc.StopIteration)) {
        throw e;
      }
      decref(ts, e.value);
      return null;
    }
  }

  // --- Length and membership ---

  public static long length(ThreadState ts, PyObject o) {
    PyType t = o.type;
    if (t == PyList.TYPE) {
      return ((PyList) o).size;
    }
    if (t == PyTuple.TYPE) {
      return ((PyTuple) o).items.length;
    }
    if (t == PyStr.TYPE) {
      return ((PyStr) o).length();
    }
    if (t == PyDict.TYPE) {
      return ((PyDict) o).size();
    }
    if (t == PyDeque.TYPE) {
      return ((PyDeque) o).size;
    }
    PyObject m = t.lookup("__len__");
    if (m == null) {
      throw Exc.typeError(ts, "object of type '" + t.name + "' has no len()");
    }
    PyObject r = Calls.callMethod(ts, m, o);
    try {
      if (!(r instanceof PyInt)) {
        throw Exc.typeError(
            ts, "'" + r.typeName() + "' object cannot be interpreted as an integer");
      }
      PyInt ri = (PyInt) r;
      if (ri.signum() < 0) {
        throw Exc.valueError(ts, "__len__() should return >= 0");
      }
      if (ri.isBig()) {
        throw Exc.overflowError(ts, "cannot fit 'int' into an index-sized integer");
      }
      long n = ri.value;
      return n;
    } finally {
      decref(ts, r);
    }
  }

  public static boolean contains(ThreadState ts, PyObject container, PyObject item) {
    PyType t = container.type;
    if (t == PyDict.TYPE) {
      PyObject v = ((PyDict) container).getRef(ts, item, hash(ts, item));
      xdecref(ts, v);
      return v != null;
    }
    if (t == PySet.SET_TYPE) {
      CriticalSection.begin(ts, container);
      try {
        return ((PySet) container).contains(ts, item);
      } finally {
        CriticalSection.end(ts);
      }
    }
    if (t == PySet.FROZENSET_TYPE) {
      return ((PySet) container).contains(ts, item);
    }
    if (t == PyStr.TYPE && item.type == PyStr.TYPE) {
      return ((PyStr) container).value.contains(((PyStr) item).value);
    }
    if (t == PyList.TYPE) {
      PyList l = (PyList) container;
      PyObject x;
      for (int i = 0; (x = l.getItemRef(ts, i)) != null; i++) {
        try {
          if (keysEqual(ts, x, item)) {
            return true;
          }
        } finally {
          decref(ts, x);
        }
      }
      return false;
    }
    if (t == PyTuple.TYPE) {
      for (PyObject x : ((PyTuple) container).items) {
        if (keysEqual(ts, x, item)) {
          return true;
        }
      }
      return false;
    }
    PyObject m = t.lookup("__contains__");
    if (m != null) {
      PyObject r = Calls.callMethod(ts, m, container, item);
      try {
        return isTrue(ts, r);
      } finally {
        decref(ts, r);
      }
    }
    if (t.lookup("__iter__") == null && t.lookup("__getitem__") == null) {
      throw Exc.typeError(ts, "argument of type '" + t.name + "' is not iterable");
    }
    PyObject it = iter(ts, container);
    try {
      PyObject x;
      while ((x = next(ts, it)) != null) {
        boolean eq = keysEqual(ts, x, item);
        decref(ts, x);
        if (eq) {
          return true;
        }
      }
      return false;
    } finally {
      decref(ts, it);
    }
  }

  // --- Text ---

  public static PyStr repr(ThreadState ts, PyObject o) {
    return Repr.repr(ts, o);
  }

  public static PyStr str(ThreadState ts, PyObject o) {
    return Repr.str(ts, o);
  }

  /** {@code repr(o)} as a Java string. */
  public static String reprString(ThreadState ts, PyObject o) {
    PyStr s = Repr.repr(ts, o);
    String v = s.value;
    decref(ts, s);
    return v;
  }

  /** {@code str(o)} as a Java string. */
  public static String strString(ThreadState ts, PyObject o) {
    PyStr s = Repr.str(ts, o);
    String v = s.value;
    decref(ts, s);
    return v;
  }

  // --- Calls ---

  public static PyObject call0(ThreadState ts, PyObject callable) {
    return Calls.call(ts, callable, Calls.NO_ARGS, 0, 0, null);
  }

  public static PyObject call1(ThreadState ts, PyObject callable, PyObject a) {
    return Calls.call(ts, callable, new PyObject[] {a}, 0, 1, null);
  }

  public static PyObject call2(ThreadState ts, PyObject callable, PyObject a, PyObject b) {
    return Calls.call(ts, callable, new PyObject[] {a, b}, 0, 2, null);
  }

  /** {@code o.name(args...)}. */
  public static PyObject callMethod(ThreadState ts, PyObject o, String name, PyObject... args) {
    PyObject m = getattr(ts, o, name);
    try {
      return Calls.call(ts, m, args, 0, args.length, null);
    } finally {
      decref(ts, m);
    }
  }

  /** {@code isinstance(o, type)} for a type (no {@code __instancecheck__}). */
  public static boolean isInstance(PyObject o, PyType type) {
    return o.type.isSubtypeOf(type);
  }
}
