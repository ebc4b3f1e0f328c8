package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.threads.CriticalSection;
import dev.weft.runtime.threads.ThreadState;

/** The iterators of the builtin types and of the iterator builtins (enumerate, zip, map, ...). */
public final class Iterators {
  private Iterators() {}

  public static final PyType SEQ_ITER = PyType.builtin("iterator", null, 0, null);
  public static final PyType LIST_ITER = PyType.builtin("list_iterator", null, 0, null);
  public static final PyType LIST_REVERSE_ITER =
      PyType.builtin("list_reverseiterator", null, 0, null);
  public static final PyType TUPLE_ITER = PyType.builtin("tuple_iterator", null, 0, null);
  public static final PyType RANGE_ITER = PyType.builtin("range_iterator", null, 0, null);
  public static final PyType STR_ITER = PyType.builtin("str_iterator", null, 0, null);
  public static final PyType BYTES_ITER = PyType.builtin("bytes_iterator", null, 0, null);
  public static final PyType DICT_KEY_ITER = PyType.builtin("dict_keyiterator", null, 0, null);
  public static final PyType DICT_VALUE_ITER = PyType.builtin("dict_valueiterator", null, 0, null);
  public static final PyType DICT_ITEM_ITER = PyType.builtin("dict_itemiterator", null, 0, null);
  public static final PyType SET_ITER = PyType.builtin("set_iterator", null, 0, null);
  public static final PyType CALLABLE_ITER = PyType.builtin("callable_iterator", null, 0, null);

  /** Iterates a sequence by index, for lists (live), tuples, and {@code __getitem__} objects. */
  public static final class SeqIter extends PyIter {
    private PyObject seq;
    private long index;

    public SeqIter(ThreadState ts, PyType type, PyObject seq) {
      super(ts, type);
      Ops.incref(ts, seq);
      this.seq = seq;
    }

    @Override
    public PyObject next(ThreadState ts) {
      PyObject s = seq;
      if (s == null) {
        return null;
      }
      PyObject item;
      if (s instanceof PyList l) {
        // Lock-free, as CPython's listiter: a list shrunk by another thread ends the loop early,
        // never yields a freed item (LIST_03).
        item = index < Integer.MAX_VALUE ? l.getItemRef(ts, (int) index) : null;
      } else if (s instanceof PyTuple t) {
        item = index < t.items.length ? t.items[(int) index] : null;
        if (item != null) {
          Ops.incref(ts, item);
        }
      } else {
        PyInt i = PyInt.of(ts, index);
        try {
          item = Ops.getitem(ts, s, i);
        } catch (PyException e) {
          if (!e.matches(Exc.IndexError) && !e.matches(Exc.StopIteration)) {
            throw e;
          }
          Ops.decref(ts, e.value);
          item = null;
        } finally {
          Ops.decref(ts, i);
        }
      }
      if (item == null) {
        seq = null;
        Ops.decref(ts, s);
        return null;
      }
      index++;
      return item;
    }

    /** Items left, for {@code __length_hint__}. */
    public long remaining() {
      if (seq instanceof PyList l) {
        return Math.max(0, l.size - index);
      }
      if (seq instanceof PyTuple t) {
        return Math.max(0, t.items.length - index);
      }
      return 0;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      visitNonNull(visit, seq);
    }

    @Override
    protected void release(RcThread thread) {
      Ops.xdecref(thread, seq);
    }
  }

  /** {@code reversed(list)}. */
  public static final class ListReverseIter extends PyIter {
    private PyList list;
    private int index;

    public ListReverseIter(ThreadState ts, PyList list) {
      super(ts, LIST_REVERSE_ITER);
      Ops.incref(ts, list);
      this.list = list;
      this.index = list.size - 1;
    }

    @Override
    public PyObject next(ThreadState ts) {
      PyList l = list;
      if (l == null) {
        return null;
      }
      if (index >= 0 && index < l.size) {
        PyObject item = l.items[index--];
        Ops.incref(ts, item);
        return item;
      }
      list = null;
      Ops.decref(ts, l);
      return null;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      visitNonNull(visit, list);
    }

    @Override
    protected void release(RcThread thread) {
      Ops.xdecref(thread, list);
    }
  }

  public static final class RangeIter extends PyIter {
    private long next;
    private final long step;
    private long remaining;

    public RangeIter(ThreadState ts, long start, long step, long length) {
      super(ts, RANGE_ITER);
      this.next = start;
      this.step = step;
      this.remaining = length;
    }

    @Override
    public PyObject next(ThreadState ts) {
      if (remaining <= 0) {
        return null;
      }
      remaining--;
      long v = next;
      next += step;
      return PyInt.of(ts, v);
    }

    /** Items left, for {@code __length_hint__}. */
    public long remaining() {
      return Math.max(0, remaining);
    }
  }

  public static final class StrIter extends PyIter {
    private final String value;
    private int offset;

    public StrIter(ThreadState ts, PyStr s) {
      super(ts, STR_ITER);
      this.value = s.value;
    }

    @Override
    public PyObject next(ThreadState ts) {
      if (offset >= value.length()) {
        return null;
      }
      int cp = value.codePointAt(offset);
      offset += Character.charCount(cp);
      return PyStr.ofChar(ts, cp);
    }
  }

  public static final class BytesIter extends PyIter {
    private final byte[] value;
    private int index;

    public BytesIter(ThreadState ts, PyBytes b) {
      super(ts, BYTES_ITER);
      this.value = b.value;
    }

    @Override
    public PyObject next(ThreadState ts) {
      return index < value.length ? PyInt.of(ts, value[index++] & 0xFF) : null;
    }
  }

  /** Keys, values or items of a dict, in insertion order. */
  public static final class DictIter extends PyIter {
    public static final int KEYS = 0, VALUES = 1, ITEMS = 2;
    private PyDict dict;
    private final int kind;
    private final int expectedSize;
    private int pos;

    public DictIter(ThreadState ts, PyDict dict, int kind) {
      super(ts, kind == KEYS ? DICT_KEY_ITER : kind == VALUES ? DICT_VALUE_ITER : DICT_ITEM_ITER);
      Ops.incref(ts, dict);
      this.dict = dict;
      this.kind = kind;
      this.expectedSize = dict.size();
    }

    /** Under the dict's critical section, as CPython's {@code dictiter_iternext*}. */
    @Override
    public PyObject next(ThreadState ts) {
      PyDict d = dict;
      if (d == null) {
        return null;
      }
      CriticalSection.begin(ts, d);
      try {
        return nextLocked(ts, d);
      } finally {
        CriticalSection.end(ts);
      }
    }

    private PyObject nextLocked(ThreadState ts, PyDict d) {
      if (d.size() != expectedSize) {
        throw Exc.runtimeError(ts, "dictionary changed size during iteration");
      }
      int p = d.next(pos);
      if (p < 0) {
        dict = null;
        Ops.decref(ts, d);
        return null;
      }
      pos = p + 1;
      return switch (kind) {
        case KEYS -> {
          PyObject k = d.keyAt(p);
          Ops.incref(ts, k);
          yield k;
        }
        case VALUES -> {
          PyObject v = d.valueAt(p);
          Ops.incref(ts, v);
          yield v;
        }
        default -> PyTuple.of(ts, d.keyAt(p), d.valueAt(p));
      };
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      visitNonNull(visit, dict);
    }

    @Override
    protected void release(RcThread thread) {
      Ops.xdecref(thread, dict);
    }
  }

  public static final class SetIter extends PyIter {
    private PySet set;
    private final int expectedSize;
    private int slot;

    public SetIter(ThreadState ts, PySet set) {
      super(ts, SET_ITER);
      Ops.incref(ts, set);
      this.set = set;
      this.expectedSize = set.size();
    }

    /** Under the set's critical section, as CPython's {@code setiter_iternext}. */
    @Override
    public PyObject next(ThreadState ts) {
      PySet s = set;
      if (s == null) {
        return null;
      }
      CriticalSection.begin(ts, s);
      try {
        return nextLocked(ts, s);
      } finally {
        CriticalSection.end(ts);
      }
    }

    private PyObject nextLocked(ThreadState ts, PySet s) {
      if (s.size() != expectedSize) {
        throw Exc.runtimeError(ts, "Set changed size during iteration");
      }
      int j = s.next(slot);
      if (j < 0) {
        set = null;
        Ops.decref(ts, s);
        return null;
      }
      slot = j + 1;
      PyObject k = s.keyAt(j);
      Ops.incref(ts, k);
      return k;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      visitNonNull(visit, set);
    }

    @Override
    protected void release(RcThread thread) {
      Ops.xdecref(thread, set);
    }
  }

  /** {@code iter(callable, sentinel)}. */
  public static final class CallableIter extends PyIter {
    private PyObject callable;
    private PyObject sentinel;

    public CallableIter(ThreadState ts, PyObject callable, PyObject sentinel) {
      super(ts, CALLABLE_ITER);
      Ops.incref(ts, callable);
      Ops.incref(ts, sentinel);
      this.callable = callable;
      this.sentinel = sentinel;
    }

    @Override
    public PyObject next(ThreadState ts) {
      if (callable == null) {
        return null;
      }
      PyObject v = Ops.call0(ts, callable);
      if (Ops.richEq(ts, v, sentinel)) {
        Ops.decref(ts, v);
        PyObject c = callable, s = sentinel;
        callable = null;
        sentinel = null;
        Ops.decref(ts, c);
        Ops.decref(ts, s);
        return null;
      }
      return v;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      visitNonNull(visit, callable);
      visitNonNull(visit, sentinel);
    }

    @Override
    protected void release(RcThread thread) {
      Ops.xdecref(thread, callable);
      Ops.xdecref(thread, sentinel);
    }
  }

  /** An iterator built from a Java step function over owned state: enumerate, zip, map, filter. */
  public abstract static class Derived extends PyIter {
    protected final PyObject[] sources;
    private boolean done;

    protected Derived(ThreadState ts, PyType type, PyObject[] sources) {
      super(ts, type);
      this.sources = sources;
    }

    @Override
    public final PyObject next(ThreadState ts) {
      if (done) {
        return null;
      }
      PyObject r = step(ts);
      if (r == null) {
        done = true;
      }
      return r;
    }

    protected abstract PyObject step(ThreadState ts);

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      for (PyObject s : sources) {
        visitNonNull(visit, s);
      }
    }

    @Override
    protected void release(RcThread thread) {
      for (PyObject s : sources) {
        Ops.xdecref(thread, s);
      }
    }
  }
}
