package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.List;

/**
 * The iterators of the {@code itertools} module, each a {@link PyIter} holding owned references to
 * its sources and state, with CPython 3.11's semantics (argument errors included). Infinite and
 * combinatoric iterators yield new tuples; {@code groupby}'s groups share their parent's position,
 * as in CPython, so advancing the parent ends the previous group; {@code tee}'s iterators share one
 * buffer of the items some of them have not consumed yet.
 */
public final class Itertools {
  private Itertools() {}

  static PyType type(String name) {
    return PyType.builtin(name, null, 0, null);
  }

  public static final PyType COUNT = type("count"),
      CYCLE = type("cycle"),
      REPEAT = type("repeat"),
      ACCUMULATE = type("accumulate"),
      CHAIN = type("chain"),
      COMPRESS = type("compress"),
      DROPWHILE = type("dropwhile"),
      TAKEWHILE = type("takewhile"),
      FILTERFALSE = type("filterfalse"),
      GROUPBY = type("groupby"),
      GROUPER = type("_grouper"),
      ISLICE = type("islice"),
      PAIRWISE = type("pairwise"),
      STARMAP = type("starmap"),
      TEE = type("_tee"),
      ZIP_LONGEST = type("zip_longest"),
      PRODUCT = type("product"),
      PERMUTATIONS = type("permutations"),
      COMBINATIONS = type("combinations"),
      COMBINATIONS_WR = type("combinations_with_replacement");

  static final PyType[] ALL = {
    COUNT,
    CYCLE,
    REPEAT,
    ACCUMULATE,
    CHAIN,
    COMPRESS,
    DROPWHILE,
    TAKEWHILE,
    FILTERFALSE,
    GROUPBY,
    GROUPER,
    ISLICE,
    PAIRWISE,
    STARMAP,
    TEE,
    ZIP_LONGEST,
    PRODUCT,
    PERMUTATIONS,
    COMBINATIONS,
    COMBINATIONS_WR
  };

  /** An iterator whose owned references are the slots of {@link #refs}. */
  abstract static class Tool extends PyIter {
    final PyObject[] refs;

    Tool(ThreadState ts, PyType type, int slots) {
      super(ts, type);
      refs = new PyObject[slots];
    }

    /** Stores a new reference in slot {@code i}, dropping the old one. */
    final void set(ThreadState ts, int i, PyObject o) {
      PyObject old = refs[i];
      refs[i] = o == null ? null : Ops.newRef(ts, o);
      Ops.xdecref(ts, old);
    }

    /** Takes over {@code o} (a new reference) into slot {@code i}. */
    final void steal(ThreadState ts, int i, PyObject o) {
      PyObject old = refs[i];
      refs[i] = o;
      Ops.xdecref(ts, old);
    }

    /** Ends the iterator: drops everything, so later calls return null at once. */
    final PyObject finish(ThreadState ts) {
      for (int i = 0; i < refs.length; i++) {
        steal(ts, i, null);
      }
      return null;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      for (PyObject o : refs) {
        visitNonNull(visit, o);
      }
    }

    @Override
    protected void release(RcThread thread) {
      for (int i = 0; i < refs.length; i++) {
        PyObject o = refs[i];
        refs[i] = null;
        Ops.xdecref(thread, o);
      }
    }
  }

  /** {@code count(start, step)}: refs 0 = next value, 1 = step. */
  static final class Count extends Tool {
    Count(ThreadState ts, PyObject start, PyObject step) {
      super(ts, COUNT, 2);
      set(ts, 0, start);
      set(ts, 1, step);
    }

    @Override
    public PyObject next(ThreadState ts) {
      PyObject v = Ops.newRef(ts, refs[0]);
      steal(ts, 0, Arith.binary(ts, v, refs[1], Arith.ADD));
      return v;
    }
  }

  /** {@code cycle(iterable)}: refs 0 = source iterator; then the saved items replay. */
  static final class Cycle extends Tool {
    final List<PyObject> saved = new ArrayList<>();
    int replay = -1;

    Cycle(ThreadState ts, PyObject iterator) {
      super(ts, CYCLE, 1);
      steal(ts, 0, iterator);
    }

    @Override
    public PyObject next(ThreadState ts) {
      if (replay < 0 && refs[0] != null) {
        PyObject v = Ops.next(ts, refs[0]);
        if (v != null) {
          saved.add(Ops.newRef(ts, v));
          return v;
        }
        steal(ts, 0, null);
        replay = 0;
      }
      if (saved.isEmpty()) {
        return null;
      }
      PyObject v = saved.get(replay);
      replay = (replay + 1) % saved.size();
      return Ops.newRef(ts, v);
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      super.traverse(visit);
      saved.forEach(visit);
    }

    @Override
    protected void release(RcThread thread) {
      super.release(thread);
      for (PyObject o : saved) {
        Ops.decref(thread, o);
      }
      saved.clear();
    }
  }

  /** {@code repeat(object[, times])}: refs 0 = the object; {@code left < 0} for ever. */
  static final class Repeat extends Tool {
    long left;

    Repeat(ThreadState ts, PyObject o, long times) {
      super(ts, REPEAT, 1);
      set(ts, 0, o);
      left = times;
    }

    @Override
    public PyObject next(ThreadState ts) {
      if (left == 0) {
        return null;
      }
      if (left > 0) {
        left--;
      }
      return Ops.newRef(ts, refs[0]);
    }
  }

  /** {@code accumulate}: refs 0 = iterator, 1 = func (or null), 2 = total, 3 = initial. */
  static final class Accumulate extends Tool {
    Accumulate(ThreadState ts, PyObject it, PyObject func, PyObject initial) {
      super(ts, ACCUMULATE, 4);
      steal(ts, 0, it);
      set(ts, 1, func);
      set(ts, 3, initial);
    }

    @Override
    public PyObject next(ThreadState ts) {
      if (refs[3] != null) {
        set(ts, 2, refs[3]);
        steal(ts, 3, null);
        return Ops.newRef(ts, refs[2]);
      }
      if (refs[0] == null) {
        return null;
      }
      PyObject v = Ops.next(ts, refs[0]);
      if (v == null) {
        return finish(ts);
      }
      if (refs[2] == null) {
        steal(ts, 2, v);
      } else {
        PyObject total;
        try {
          total =
              refs[1] == null
                  ? Arith.binary(ts, refs[2], v, Arith.ADD)
                  : Ops.call2(ts, refs[1], refs[2], v);
        } finally {
          Ops.decref(ts, v);
        }
        steal(ts, 2, total);
      }
      return Ops.newRef(ts, refs[2]);
    }
  }

  /** {@code chain}: refs 0 = iterator over the iterables, 1 = the current iterator. */
  static final class Chain extends Tool {
    Chain(ThreadState ts, PyObject sources) {
      super(ts, CHAIN, 2);
      steal(ts, 0, sources);
    }

    @Override
    public PyObject next(ThreadState ts) {
      while (refs[0] != null) {
        if (refs[1] == null) {
          PyObject iterable = Ops.next(ts, refs[0]);
          if (iterable == null) {
            return finish(ts);
          }
          try {
            steal(ts, 1, Ops.iter(ts, iterable));
          } finally {
            Ops.decref(ts, iterable);
          }
        }
        PyObject v = Ops.next(ts, refs[1]);
        if (v != null) {
          return v;
        }
        steal(ts, 1, null);
      }
      return null;
    }
  }

  /** {@code compress(data, selectors)}: refs 0 = data iterator, 1 = selectors iterator. */
  static final class Compress extends Tool {
    Compress(ThreadState ts, PyObject data, PyObject selectors) {
      super(ts, COMPRESS, 2);
      steal(ts, 0, data);
      steal(ts, 1, selectors);
    }

    @Override
    public PyObject next(ThreadState ts) {
      while (refs[0] != null) {
        PyObject v = Ops.next(ts, refs[0]);
        if (v == null) {
          return finish(ts);
        }
        PyObject s = Ops.next(ts, refs[1]);
        if (s == null) {
          Ops.decref(ts, v);
          return finish(ts);
        }
        boolean keep;
        try {
          keep = Ops.isTrue(ts, s);
        } finally {
          Ops.decref(ts, s);
        }
        if (keep) {
          return v;
        }
        Ops.decref(ts, v);
      }
      return null;
    }
  }

  /** dropwhile, takewhile and filterfalse: refs 0 = predicate, 1 = iterator. */
  static final class Predicated extends Tool {
    private boolean switched;

    Predicated(ThreadState ts, PyType type, PyObject predicate, PyObject it) {
      super(ts, type, 2);
      set(ts, 0, predicate);
      steal(ts, 1, it);
    }

    private boolean test(ThreadState ts, PyObject v) {
      if (type == FILTERFALSE && refs[0] == PySingleton.NONE) {
        return Ops.isTrue(ts, v);
      }
      PyObject r = Ops.call1(ts, refs[0], v);
      try {
        return Ops.isTrue(ts, r);
      } finally {
        Ops.decref(ts, r);
      }
    }

    @Override
    public PyObject next(ThreadState ts) {
      while (refs[1] != null) {
        PyObject v = Ops.next(ts, refs[1]);
        if (v == null) {
          return finish(ts);
        }
        if (type == DROPWHILE && switched) {
          return v;
        }
        boolean ok;
        try {
          ok = test(ts, v);
        } catch (PyException e) {
          Ops.decref(ts, v);
          throw e;
        }
        if (type == TAKEWHILE) {
          if (ok) {
            return v;
          }
          Ops.decref(ts, v);
          return finish(ts);
        }
        if (type == DROPWHILE && !ok) {
          switched = true;
          return v;
        }
        if (type == FILTERFALSE && !ok) {
          return v;
        }
        Ops.decref(ts, v);
      }
      return null;
    }
  }

  /**
   * {@code groupby}: refs 0 = iterator, 1 = key function (or null), 2 = current key, 3 = current
   * value, 4 = the key of the group last handed out (the target).
   */
  static final class GroupBy extends Tool {
    /** Bumped each time the parent moves to a new group: older groupers stop. */
    long generation;

    GroupBy(ThreadState ts, PyObject it, PyObject key) {
      super(ts, GROUPBY, 5);
      steal(ts, 0, it);
      set(ts, 1, key == PySingleton.NONE ? null : key);
    }

    /** Advances to the next item; false at the end. */
    boolean step(ThreadState ts) {
      PyObject v = Ops.next(ts, refs[0]);
      if (v == null) {
        return false;
      }
      PyObject k;
      try {
        k = refs[1] == null ? Ops.newRef(ts, v) : Ops.call1(ts, refs[1], v);
      } catch (PyException e) {
        Ops.decref(ts, v);
        throw e;
      }
      steal(ts, 3, v);
      steal(ts, 2, k);
      return true;
    }

    @Override
    public PyObject next(ThreadState ts) {
      if (refs[0] == null) {
        return null;
      }
      generation++;
      if (refs[2] == null) {
        if (!step(ts)) {
          return finish(ts);
        }
      } else if (refs[4] != null) {
        // Skip what remains of the group handed out last.
        while (Ops.keysEqual(ts, refs[2], refs[4])) {
          if (!step(ts)) {
            return finish(ts);
          }
        }
      }
      set(ts, 4, refs[2]);
      Grouper g = new Grouper(ts, this, refs[4]);
      return PyTuple.steal(ts, new PyObject[] {Ops.newRef(ts, refs[2]), g});
    }
  }

  /** One group of a {@link GroupBy}: refs 0 = the parent, 1 = the group's key. */
  static final class Grouper extends Tool {
    private final long generation;

    Grouper(ThreadState ts, GroupBy parent, PyObject key) {
      super(ts, GROUPER, 2);
      set(ts, 0, parent);
      set(ts, 1, key);
      generation = parent.generation;
    }

    @Override
    public PyObject next(ThreadState ts) {
      GroupBy p = (GroupBy) refs[0];
      if (p == null || p.generation != generation || p.refs[0] == null) {
        return finish(ts);
      }
      if (p.refs[3] == null) {
        if (!p.step(ts)) {
          p.finish(ts);
          return finish(ts);
        }
      }
      if (!Ops.keysEqual(ts, p.refs[2], refs[1])) {
        return finish(ts);
      }
      PyObject v = p.refs[3];
      p.refs[3] = null; // handed over: the parent steps before its next look
      return v;
    }
  }

  /** {@code islice}: refs 0 = iterator; positions as CPython's (next index to yield, stop). */
  static final class Islice extends Tool {
    long consumed, nextIndex;
    final long stop, step;

    Islice(ThreadState ts, PyObject it, long start, long stop, long step) {
      super(ts, ISLICE, 1);
      steal(ts, 0, it);
      this.nextIndex = start;
      this.stop = stop;
      this.step = step;
    }

    @Override
    public PyObject next(ThreadState ts) {
      if (refs[0] == null) {
        return null;
      }
      while (consumed < nextIndex) {
        PyObject skip = Ops.next(ts, refs[0]);
        if (skip == null) {
          return finish(ts);
        }
        Ops.decref(ts, skip);
        consumed++;
      }
      if (stop >= 0 && consumed >= stop) {
        return finish(ts);
      }
      PyObject v = Ops.next(ts, refs[0]);
      if (v == null) {
        return finish(ts);
      }
      consumed++;
      long following = nextIndex + step;
      nextIndex = stop >= 0 && following > stop ? stop : following;
      return v;
    }
  }

  /** {@code pairwise}: refs 0 = iterator, 1 = the previous item. */
  static final class Pairwise extends Tool {
    Pairwise(ThreadState ts, PyObject it) {
      super(ts, PAIRWISE, 2);
      steal(ts, 0, it);
    }

    @Override
    public PyObject next(ThreadState ts) {
      if (refs[0] == null) {
        return null;
      }
      if (refs[1] == null) {
        PyObject first = Ops.next(ts, refs[0]);
        if (first == null) {
          return finish(ts);
        }
        steal(ts, 1, first);
      }
      PyObject v = Ops.next(ts, refs[0]);
      if (v == null) {
        return finish(ts);
      }
      PyTuple pair = PyTuple.of(ts, refs[1], v);
      steal(ts, 1, v);
      return pair;
    }
  }

  /** {@code starmap}: refs 0 = function, 1 = iterator of argument tuples. */
  static final class Starmap extends Tool {
    Starmap(ThreadState ts, PyObject func, PyObject it) {
      super(ts, STARMAP, 2);
      set(ts, 0, func);
      steal(ts, 1, it);
    }

    @Override
    public PyObject next(ThreadState ts) {
      if (refs[1] == null) {
        return null;
      }
      PyObject args = Ops.next(ts, refs[1]);
      if (args == null) {
        return finish(ts);
      }
      try {
        return dev.weft.runtime.interpreter.Functions.callWithArgsAndKwargs(
            ts, refs[0], null, args, null);
      } finally {
        Ops.decref(ts, args);
      }
    }
  }

  /** The buffer {@code tee}'s iterators share: items from {@link #base} on, and the source. */
  static final class TeeData {
    PyObject source;
    final ArrayList<PyObject> items = new ArrayList<>();
    long base;
    final List<Tee> readers = new ArrayList<>();

    PyObject get(ThreadState ts, long index) {
      while (index - base >= items.size()) {
        if (source == null) {
          return null;
        }
        PyObject v = Ops.next(ts, source);
        if (v == null) {
          Ops.decref(ts, source);
          source = null;
          return null;
        }
        items.add(v);
      }
      PyObject v = Ops.newRef(ts, items.get((int) (index - base)));
      trim(ts);
      return v;
    }

    /** Drops the items every reader has passed. */
    void trim(ThreadState ts) {
      long low = Long.MAX_VALUE;
      for (Tee t : readers) {
        low = Math.min(low, t.index);
      }
      int drop = (int) Math.min(items.size(), low - base);
      if (drop > 64) {
        for (int i = 0; i < drop; i++) {
          Ops.decref(ts, items.get(i));
        }
        items.subList(0, drop).clear();
        base += drop;
      }
    }
  }

  /** One of {@code tee}'s iterators. */
  static final class Tee extends PyIter {
    final TeeData data;
    long index;

    Tee(ThreadState ts, TeeData data, long index) {
      super(ts, TEE);
      this.data = data;
      this.index = index;
      data.readers.add(this);
    }

    @Override
    public PyObject next(ThreadState ts) {
      PyObject v = data.get(ts, index + 0);
      if (v != null) {
        index++;
      }
      return v;
    }

    @Override
    protected void release(RcThread thread) {
      data.readers.remove(this);
      if (data.readers.isEmpty()) {
        for (PyObject o : data.items) {
          Ops.decref(thread, o);
        }
        data.items.clear();
        if (data.source != null) {
          Ops.decref(thread, data.source);
          data.source = null;
        }
      }
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      if (data.readers.get(0) == this) {
        data.items.forEach(visit);
        visitNonNull(visit, data.source);
      }
    }
  }

  /** {@code zip_longest}: refs 0 = fill value, then one iterator per slot (null when done). */
  static final class ZipLongest extends Tool {
    private int active;

    ZipLongest(ThreadState ts, PyObject[] iterators, PyObject fill) {
      super(ts, ZIP_LONGEST, iterators.length + 1);
      set(ts, 0, fill);
      for (int i = 0; i < iterators.length; i++) {
        steal(ts, i + 1, iterators[i]);
      }
      active = iterators.length;
    }

    @Override
    public PyObject next(ThreadState ts) {
      if (active == 0 || refs[0] == null) {
        return null;
      }
      PyObject[] out = new PyObject[refs.length - 1];
      for (int i = 1; i < refs.length; i++) {
        PyObject v = refs[i] == null ? null : Ops.next(ts, refs[i]);
        if (v == null && refs[i] != null) {
          steal(ts, i, null);
          if (--active == 0) {
            for (PyObject o : out) {
              Ops.xdecref(ts, o);
            }
            return finish(ts);
          }
        }
        out[i - 1] = v != null ? v : Ops.newRef(ts, refs[0]);
      }
      return PyTuple.steal(ts, out);
    }
  }

  /**
   * product, permutations, combinations and combinations with replacement: refs 0.. = the pools
   * (tuples); the index vectors follow CPython's (and its documentation's) algorithms.
   */
  static final class Combinatoric extends Tool {
    private final PyObject[] pool;
    private final int r;
    private int[] indices, cycles;
    private boolean first = true, done;

    /** For product: the pools, repeated; for the others one pool and r. */
    Combinatoric(ThreadState ts, PyType type, PyTuple[] pools, int r) {
      super(ts, type, pools.length);
      for (int i = 0; i < pools.length; i++) {
        steal(ts, i, pools[i]);
      }
      this.pool = type == PRODUCT ? null : pools[0].items;
      this.r = r;
    }

    @Override
    public PyObject next(ThreadState ts) {
      if (done) {
        return null;
      }
      boolean more = first ? start() : advance();
      first = false;
      if (!more) {
        done = true;
        return null;
      }
      PyObject[] out = new PyObject[type == PRODUCT ? refs.length : r];
      for (int i = 0; i < out.length; i++) {
        PyObject[] p = type == PRODUCT ? ((PyTuple) refs[i]).items : pool;
        out[i] = Ops.newRef(ts, p[indices[i]]);
      }
      return PyTuple.steal(ts, out);
    }

    private boolean start() {
      if (type == PRODUCT) {
        indices = new int[refs.length];
        for (PyObject p : refs) {
          if (((PyTuple) p).items.length == 0) {
            return false;
          }
        }
        return true;
      }
      int n = pool.length;
      if (type == COMBINATIONS_WR) {
        indices = new int[r];
        return n > 0 || r == 0;
      }
      if (r > n) {
        return false;
      }
      if (type == COMBINATIONS) {
        indices = new int[r];
        for (int i = 0; i < r; i++) {
          indices[i] = i;
        }
        return true;
      }
      indices = new int[n];
      for (int i = 0; i < n; i++) {
        indices[i] = i;
      }
      cycles = new int[r];
      for (int i = 0; i < r; i++) {
        cycles[i] = n - i;
      }
      return true;
    }

    private boolean advance() {
      if (type == PRODUCT) {
        for (int i = refs.length - 1; i >= 0; i--) {
          if (++indices[i] < ((PyTuple) refs[i]).items.length) {
            return true;
          }
          indices[i] = 0;
        }
        return false;
      }
      int n = pool.length;
      if (type == COMBINATIONS) {
        int i = r - 1;
        while (i >= 0 && indices[i] == i + n - r) {
          i--;
        }
        if (i < 0) {
          return false;
        }
        indices[i]++;
        for (int j = i + 1; j < r; j++) {
          indices[j] = indices[j - 1] + 1;
        }
        return true;
      }
      if (type == COMBINATIONS_WR) {
        int i = r - 1;
        while (i >= 0 && indices[i] == n - 1) {
          i--;
        }
        if (i < 0) {
          return false;
        }
        int v = indices[i] + 1;
        for (int j = i; j < r; j++) {
          indices[j] = v;
        }
        return true;
      }
      for (int i = r - 1; i >= 0; i--) {
        cycles[i]--;
        if (cycles[i] == 0) {
          int moved = indices[i];
          System.arraycopy(indices, i + 1, indices, i, n - i - 1);
          indices[n - 1] = moved;
          cycles[i] = n - i;
        } else {
          int j = cycles[i];
          int t = indices[i];
          indices[i] = indices[n - j];
          indices[n - j] = t;
          return true;
        }
      }
      return false;
    }
  }

  /** {@code itertools.tee(iterable, n)}. */
  public static PyObject tee(ThreadState ts, PyObject iterable, long count) {
    return ItertoolsSetup.tee(ts, iterable, count);
  }

  /** The reprs CPython gives {@code count} and {@code repeat}. */
  static String repr(ThreadState ts, PyObject self) {
    if (self instanceof Count c) {
      PyObject step = c.refs[1];
      boolean unit = step instanceof PyInt i && i.big == null && i.value == 1;
      return "count("
          + Ops.reprString(ts, c.refs[0])
          + (unit ? "" : ", " + Ops.reprString(ts, step))
          + ")";
    }
    Repeat r = (Repeat) self;
    return "repeat(" + Ops.reprString(ts, r.refs[0]) + (r.left >= 0 ? ", " + r.left : "") + ")";
  }
}
