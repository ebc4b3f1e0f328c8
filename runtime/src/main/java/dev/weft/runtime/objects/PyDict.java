package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.threads.ThreadState;
import java.util.Arrays;

/**
 * {@code dict}: CPython's compact, insertion-ordered hash table ({@code Objects/dictobject.c}). An
 * index table of powers of two maps hash slots to positions in dense entry arrays, which keep
 * insertion order; deletion leaves a hole in the entries and a dummy in the index. Probing is
 * CPython's: {@code i = 5*i + 1 + perturb}, {@code perturb >>= 5}. The table grows to three times
 * the live entries, rounded up to a power of two, when the entries fill.
 *
 * <p>Keys are compared by identity first, then by hash and {@code __eq__}, which may run Python
 * code. The keys live in a {@link Keys} object with a version that changes whenever the set of keys
 * does, which the specializer's guards will read.
 */
public class PyDict extends PyObject {
  public static final PyType TYPE =
      PyType.builtin("dict", null, PyType.BASETYPE, (ts, t) -> new Sub(ts, t));

  private static final int EMPTY = -1, DUMMY = -2;
  private static final int MIN_SIZE = 8;
  private static final int PERTURB_SHIFT = 5;

  /**
   * The keys half of the table (CPython's {@code PyDictKeysObject}): the hash index, the keys and
   * their hashes in insertion order, and a version. Values live beside it in {@link #values}, at
   * the same positions, so a guard that checked the keys' version can load a value by position.
   */
  public static final class Keys {
    final int[] indices;
    final PyObject[] keys;
    final long[] hashes;

    /** Entries written, live or deleted: the next entry goes here. */
    int filled;

    /**
     * CPython's {@code dk_version}: 0 until someone asks ({@link #keysVersion}), and back to 0
     * whenever a key is added or removed, so a version once handed out names one set of keys.
     */
    int version;

    Keys(int tableSize) {
      indices = new int[tableSize];
      Arrays.fill(indices, EMPTY);
      int capacity = tableSize * 2 / 3;
      keys = new PyObject[capacity];
      hashes = new long[capacity];
    }
  }

  private static final java.util.concurrent.atomic.AtomicInteger LAST_KEYS_VERSION =
      new java.util.concurrent.atomic.AtomicInteger();

  private Keys k;
  private PyObject[] values;

  /** Live entries. */
  private int used;

  public PyDict(ThreadState ts) {
    this(ts, TYPE);
  }

  PyDict(ThreadState ts, PyType type) {
    super(ts.rc, type);
    allocate(MIN_SIZE);
  }

  /** An immortal dict created during start-up (a static type's namespace). */
  PyDict(boolean immortal) {
    super(TYPE, immortal);
    allocate(MIN_SIZE);
  }

  private void allocate(int tableSize) {
    k = new Keys(tableSize);
    values = new PyObject[k.keys.length];
  }

  /** The keys object's version, assigning one if it has none; it changes with the set of keys. */
  public final int keysVersion() {
    if (k.version == 0) {
      k.version = LAST_KEYS_VERSION.incrementAndGet();
    }
    return k.version;
  }

  public final int size() {
    return used;
  }

  // --- Lookup ---

  /** The entry position of {@code key}, or -1; may run {@code __eq__}. */
  final int find(ThreadState ts, PyObject key, long hash) {
    Keys table = k;
    int[] idx = table.indices;
    int mask = idx.length - 1;
    long perturb = hash;
    int i = (int) hash & mask;
    while (true) {
      int ix = idx[i];
      if (ix == EMPTY) {
        return -1;
      }
      if (ix >= 0) {
        PyObject candidate = table.keys[ix];
        if (candidate == key) {
          return ix;
        }
        if (table.hashes[ix] == hash) {
          boolean equal = Ops.keysEqual(ts, candidate, key);
          if (table != k || table.keys[ix] != candidate) {
            return find(ts, key, hash); // __eq__ changed the dict: look again, as CPython does
          }
          if (equal) {
            return ix;
          }
        }
      }
      perturb >>>= PERTURB_SHIFT;
      i = (int) (i * 5L + perturb + 1) & mask;
    }
  }

  /** The position of a string key, or -1; never runs Python code for str keys. */
  private int findString(String name, long hash) {
    int[] idx = k.indices;
    int mask = idx.length - 1;
    long perturb = hash;
    int i = (int) hash & mask;
    while (true) {
      int ix = idx[i];
      if (ix == EMPTY) {
        return -1;
      }
      if (ix >= 0
          && k.hashes[ix] == hash
          && k.keys[ix] instanceof PyStr s
          && s.value.equals(name)) {
        return ix;
      }
      perturb >>>= PERTURB_SHIFT;
      i = (int) (i * 5L + perturb + 1) & mask;
    }
  }

  /** The value for {@code key} (borrowed), or null. */
  public final PyObject get(ThreadState ts, PyObject key) {
    int ix = find(ts, key, Ops.hash(ts, key));
    return ix < 0 ? null : values[ix];
  }

  /** The value for {@code key} (borrowed), or null, when the key's hash is known. */
  public final PyObject get(ThreadState ts, PyObject key, long hash) {
    int ix = find(ts, key, hash);
    return ix < 0 ? null : values[ix];
  }

  /** The value for a str key equal to {@code name} (borrowed), or null. */
  public final PyObject getString(String name) {
    int ix = findString(name, PyStr.hashOf(name));
    return ix < 0 ? null : values[ix];
  }

  /** The value for an interned or plain str key (borrowed), or null. */
  public final PyObject getStr(PyStr name) {
    int ix = findString(name.value, name.hash());
    return ix < 0 ? null : values[ix];
  }

  // --- Mutation ---

  /** {@code d[key] = value}; the dict takes new references to both. */
  public final void put(ThreadState ts, PyObject key, PyObject value) {
    put(ts, key, Ops.hash(ts, key), value);
  }

  public final void put(ThreadState ts, PyObject key, long hash, PyObject value) {
    Ops.incref(ts, value);
    int ix = find(ts, key, hash);
    if (ix >= 0) {
      PyObject old = values[ix];
      values[ix] = value;
      Ops.decref(ts, old);
      return;
    }
    Ops.incref(ts, key);
    insertNew(key, hash, value);
  }

  /** Stores under a str key; the dict takes new references. */
  public final void putString(ThreadState ts, String name, PyObject value) {
    PyStr key = PyStr.intern(name);
    put(ts, key, key.hash(), value);
  }

  /** Stores under a str key, taking over the caller's reference to {@code value}. */
  public final void putStringSteal(ThreadState ts, String name, PyObject value) {
    putString(ts, name, value);
    Ops.decref(ts, value);
  }

  private void insertNew(PyObject key, long hash, PyObject value) {
    if (k.filled == k.keys.length) {
      resize(Math.max(MIN_SIZE, Integer.highestOneBit(Math.max(1, used * 3)) << 1));
    }
    int pos = k.filled++;
    k.keys[pos] = key;
    values[pos] = value;
    k.hashes[pos] = hash;
    used++;
    k.version = 0;
    int[] idx = k.indices;
    int mask = idx.length - 1;
    long perturb = hash;
    int i = (int) hash & mask;
    while (idx[i] >= 0) {
      perturb >>>= PERTURB_SHIFT;
      i = (int) (i * 5L + perturb + 1) & mask;
    }
    idx[i] = pos;
  }

  private void resize(int tableSize) {
    while (tableSize * 2 / 3 < used + 1) {
      tableSize <<= 1;
    }
    PyObject[] oldKeys = k.keys, oldValues = values;
    long[] oldHashes = k.hashes;
    int oldFilled = k.filled;
    allocate(tableSize);
    int[] indices = k.indices;
    int n = 0;
    int mask = tableSize - 1;
    for (int j = 0; j < oldFilled; j++) {
      if (oldKeys[j] == null) {
        continue;
      }
      k.keys[n] = oldKeys[j];
      values[n] = oldValues[j];
      long hash = oldHashes[j];
      k.hashes[n] = hash;
      long perturb = hash;
      int i = (int) hash & mask;
      while (indices[i] >= 0) {
        perturb >>>= PERTURB_SHIFT;
        i = (int) (i * 5L + perturb + 1) & mask;
      }
      indices[i] = n++;
    }
    k.filled = n;
  }

  /** Removes {@code key} and returns its value (a reference now owned by the caller), or null. */
  public final PyObject pop(ThreadState ts, PyObject key) {
    long hash = Ops.hash(ts, key);
    int ix = find(ts, key, hash);
    if (ix < 0) {
      return null;
    }
    return removeAt(ts, ix, hash);
  }

  /** Removes the entry at {@code pos}; returns its value, owned by the caller. */
  final PyObject removeAt(ThreadState ts, int pos, long hash) {
    int[] idx = k.indices;
    int mask = idx.length - 1;
    long perturb = hash;
    int i = (int) hash & mask;
    while (idx[i] != pos) {
      perturb >>>= PERTURB_SHIFT;
      i = (int) (i * 5L + perturb + 1) & mask;
    }
    idx[i] = DUMMY;
    PyObject key = k.keys[pos];
    PyObject value = values[pos];
    k.keys[pos] = null;
    values[pos] = null;
    used--;
    k.version = 0;
    Ops.decref(ts, key);
    return value;
  }

  public final void clear(ThreadState ts) {
    PyObject[] oldKeys = k.keys, oldValues = values;
    int oldFilled = k.filled;
    allocate(MIN_SIZE);
    used = 0;
    for (int j = 0; j < oldFilled; j++) {
      if (oldKeys[j] != null) {
        Ops.decref(ts, oldKeys[j]);
        Ops.decref(ts, oldValues[j]);
      }
    }
  }

  // --- Iteration by position: next(pos) returns the next live position >= pos, or -1 ---

  public final int next(int pos) {
    while (pos < k.filled) {
      if (k.keys[pos] != null) {
        return pos;
      }
      pos++;
    }
    return -1;
  }

  public final PyObject keyAt(int pos) {
    return k.keys[pos];
  }

  public final PyObject valueAt(int pos) {
    return values[pos];
  }

  public final long hashAt(int pos) {
    return k.hashes[pos];
  }

  /** The position of the last live entry, or -1 (for {@code popitem}). */
  public final int lastPosition() {
    for (int pos = k.filled - 1; pos >= 0; pos--) {
      if (k.keys[pos] != null) {
        return pos;
      }
    }
    return -1;
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    for (int j = 0; j < k.filled; j++) {
      if (k.keys[j] != null) {
        visit.accept(k.keys[j]);
        visit.accept(values[j]);
      }
    }
  }

  @Override
  protected void release(RcThread thread) {
    PyObject[] ks = k.keys, vs = values;
    int n = k.filled;
    k = new Keys(MIN_SIZE);
    values = new PyObject[k.keys.length];
    used = 0;
    for (int j = 0; j < n; j++) {
      if (ks[j] != null) {
        Ops.decref(thread, ks[j]);
        Ops.decref(thread, vs[j]);
      }
    }
  }

  /** Instances of dict subclasses. */
  public static final class Sub extends PyDict implements HasDict {
    private final InstanceDict namespace = new InstanceDict();

    Sub(ThreadState ts, PyType type) {
      super(ts, type);
    }

    @Override
    public PyDict dict(ThreadState ts) {
      return namespace.get(ts);
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      super.traverse(visit);
      namespace.traverse(visit);
    }

    @Override
    protected void release(RcThread thread) {
      super.release(thread);
      namespace.release(thread);
    }
  }
}
