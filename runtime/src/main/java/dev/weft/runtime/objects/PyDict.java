package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.refcount.Refcount;
import dev.weft.runtime.threads.CriticalSection;
import dev.weft.runtime.threads.ThreadState;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
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

  /** {@link #findSimple}'s answer when a key of another type has the same hash. */
  private static final int SLOW = -3;

  private static final int MIN_SIZE = 8;
  private static final int PERTURB_SHIFT = 5;

  /**
   * The table (CPython's {@code PyDictKeysObject} of a combined table): the hash index, the keys,
   * their hashes and values in insertion order, and a version. One reference publishes all of them,
   * so a lock-free reader that loaded the table sees a key and its value at the same position, and
   * a guard that checked the keys' version can load a value by position.
   */
  public static final class Keys {
    final int[] indices;
    final PyObject[] keys;
    final long[] hashes;
    final PyObject[] values;

    /** Entries written, live or deleted: the next entry goes here. */
    int filled;

    /**
     * CPython's {@code dk_version}: 0 until someone asks ({@link #keysVersion}), and back to 0
     * whenever a key is added or removed, so a version once handed out names one set of keys.
     * Volatile so that a specialized load's guard sees a writer's reset (SPEC_04).
     */
    volatile int version;

    /** The version, or 0 when none is assigned (the set of keys changed since). */
    public int version() {
      return version;
    }

    Keys(int tableSize) {
      indices = new int[tableSize];
      Arrays.fill(indices, EMPTY);
      int capacity = tableSize * 2 / 3;
      keys = new PyObject[capacity];
      hashes = new long[capacity];
      values = new PyObject[capacity];
    }
  }

  private static final VarHandle VALUE = MethodHandles.arrayElementVarHandle(PyObject[].class);
  private static final VarHandle INDEX = MethodHandles.arrayElementVarHandle(int[].class);

  private static final java.util.concurrent.atomic.AtomicInteger LAST_KEYS_VERSION =
      new java.util.concurrent.atomic.AtomicInteger();

  /** Replaced whole (release store) on resize and clear; entries change in place under the lock. */
  private volatile Keys k;

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
  }

  /**
   * The keys object's version, assigning one if it has none; it changes with the set of keys. The
   * table and its version are read once: a writer inserting meanwhile resets the version to 0, and
   * the caller must still get the non-zero version it was given (SPEC_02), which then simply no
   * longer matches.
   */
  public final int keysVersion() {
    Keys table = k;
    int v = table.version;
    if (v == 0) {
      v = LAST_KEYS_VERSION.incrementAndGet();
      table.version = v;
    }
    return v;
  }

  public final int size() {
    return used;
  }

  // --- For the specializer (ARCHITECTURE.md §6) ---

  /** The current keys object; a specialized load checks its version, then reads it by position. */
  public final Keys keys() {
    return k;
  }

  /**
   * For a specialized load of {@code name}: the current keys' version (assigned if need be) in the
   * high half and the entry position of {@code name} (-1 when absent) in the low half, both taken
   * under the dict's lock, so the version certifies the position or the absence.
   */
  public final long versionedPosition(ThreadState ts, PyStr name) {
    CriticalSection.begin(ts, this);
    try {
      int version = keysVersion();
      int ix = findString(k, name.value, name.hash());
      return (long) version << 32 | (ix & 0xFFFFFFFFL);
    } finally {
      CriticalSection.end(ts);
    }
  }

  /**
   * The value at entry {@code ix} of {@code table} as a new reference, or null when the entry is
   * empty, {@code table} is no longer this dict's, or a writer replaced the value during the read:
   * a specialized load's action after its version guard, which then misses.
   */
  public final PyObject valueRefAt(ThreadState ts, Keys table, int ix) {
    PyObject v = (PyObject) VALUE.getAcquire(table.values, ix);
    if (v == null || !Refcount.tryIncrefCompare(ts.rc, table.values, ix, v)) {
      return null;
    }
    if (table != k) {
      Ops.decref(ts, v);
      return null;
    }
    return v;
  }

  // --- Lookup ---

  /** The entry position of {@code key} in the current table, or -1; may run {@code __eq__}. */
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
        if (candidate != null && table.hashes[ix] == hash) {
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

  /**
   * The position of {@code key} in {@code table} when comparing it runs no Python code (identity,
   * or an exact str or int key), or -1; entries deleted meanwhile are skipped.
   */
  private static int findSimple(Keys table, PyObject key, long hash) {
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
        if (candidate != null && table.hashes[ix] == hash) {
          if (candidate.type != key.type) {
            return SLOW; // 2 == 2.0 == True, or a str subclass's __eq__: compare the full way
          }
          if (simpleEqual(candidate, key)) {
            return ix;
          }
        }
      }
      perturb >>>= PERTURB_SHIFT;
      i = (int) (i * 5L + perturb + 1) & mask;
    }
  }

  private static boolean simpleEqual(PyObject a, PyObject b) {
    if (a instanceof PyStr x) {
      return x.value.equals(((PyStr) b).value);
    }
    PyInt x = (PyInt) a, y = (PyInt) b;
    return x.big == null ? y.big == null && x.value == y.value : x.big.equals(y.big);
  }

  /** Keys whose equality with another key of the same type runs no Python code. */
  private static boolean simpleKey(PyObject key) {
    return key.type == PyStr.TYPE || key.type == PyInt.TYPE;
  }

  /** The position of a string key in {@code table}, or -1; never runs Python code. */
  private static int findString(Keys table, String name, long hash) {
    int[] idx = table.indices;
    int mask = idx.length - 1;
    long perturb = hash;
    int i = (int) hash & mask;
    while (true) {
      int ix = idx[i];
      if (ix == EMPTY) {
        return -1;
      }
      if (ix >= 0
          && table.hashes[ix] == hash
          && table.keys[ix] instanceof PyStr s
          && s.value.equals(name)) {
        return ix;
      }
      perturb >>>= PERTURB_SHIFT;
      i = (int) (i * 5L + perturb + 1) & mask;
    }
  }

  /**
   * The value for {@code key} (borrowed), or null. Borrowed results are for dicts no other thread
   * changes meanwhile; {@link #getRef} is the form that is safe against concurrent writers.
   */
  public final PyObject get(ThreadState ts, PyObject key) {
    return get(ts, key, Ops.hash(ts, key));
  }

  /** The value for {@code key} (borrowed), or null, when the key's hash is known. */
  public final PyObject get(ThreadState ts, PyObject key, long hash) {
    Keys table = k;
    if (simpleKey(key)) {
      int ix = findSimple(table, key, hash);
      if (ix != SLOW) {
        return ix < 0 ? null : table.values[ix];
      }
    }
    int ix = find(ts, key, hash);
    return ix < 0 ? null : k.values[ix];
  }

  /** The value for a str key equal to {@code name} (borrowed), or null. */
  public final PyObject getString(String name) {
    Keys table = k;
    int ix = findString(table, name, PyStr.hashOf(name));
    return ix < 0 ? null : table.values[ix];
  }

  /** The value for an interned or plain str key (borrowed), or null. */
  public final PyObject getStr(PyStr name) {
    Keys table = k;
    int ix = findString(table, name.value, name.hash());
    return ix < 0 ? null : table.values[ix];
  }

  /**
   * The value for {@code key} as a new reference, or null; safe while other threads write
   * (CPython's {@code _Py_dict_lookup_threadsafe}). For str and int keys it takes no lock: it loads
   * the table once, finds the entry, and takes a reference to the value only if the slot still
   * holds it afterwards and the table is still current, so it never returns a value that was not
   * mapped to the key during the read (DICT_01). Other keys, and lost races, read under the dict's
   * lock.
   */
  public final PyObject getRef(ThreadState ts, PyObject key, long hash) {
    if (simpleKey(key)) {
      Keys table = k;
      int ix = findSimple(table, key, hash);
      if (ix == SLOW) {
        // compared under the lock below
      } else if (ix < 0) {
        if (table == k) {
          return null;
        }
      } else {
        PyObject v = (PyObject) VALUE.getAcquire(table.values, ix);
        if (v == null) {
          if (table == k) {
            return null;
          }
        } else if (Refcount.tryIncrefCompare(ts.rc, table.values, ix, v)) {
          if (table == k) {
            return v;
          }
          Ops.decref(ts, v);
        }
      }
    }
    CriticalSection.begin(ts, this);
    try {
      int ix = find(ts, key, hash);
      if (ix < 0) {
        return null;
      }
      PyObject v = k.values[ix];
      Refcount.setMaybeWeakref(v);
      Ops.incref(ts, v);
      return v;
    } finally {
      CriticalSection.end(ts);
    }
  }

  /** {@link #getRef} for a str key. */
  public final PyObject getRefStr(ThreadState ts, PyStr name) {
    return getRef(ts, name, name.hash());
  }

  // --- Mutation (each takes the dict's critical section; nested sections on it are free) ---

  /** {@code d[key] = value}; the dict takes new references to both. */
  public final void put(ThreadState ts, PyObject key, PyObject value) {
    put(ts, key, Ops.hash(ts, key), value);
  }

  public final void put(ThreadState ts, PyObject key, long hash, PyObject value) {
    Ops.incref(ts, value);
    PyObject old = null;
    CriticalSection.begin(ts, this);
    try {
      int ix = find(ts, key, hash);
      if (ix >= 0) {
        old = k.values[ix];
        VALUE.setRelease(k.values, ix, value);
      } else {
        Ops.incref(ts, key);
        insertNew(key, hash, value);
      }
    } finally {
      CriticalSection.end(ts);
    }
    if (old != null) {
      Ops.decref(ts, old);
    }
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
    Keys table = k;
    int pos = table.filled++;
    table.keys[pos] = key;
    table.hashes[pos] = hash;
    VALUE.setRelease(table.values, pos, value);
    used++;
    table.version = 0;
    int[] idx = table.indices;
    int mask = idx.length - 1;
    long perturb = hash;
    int i = (int) hash & mask;
    while (idx[i] >= 0) {
      perturb >>>= PERTURB_SHIFT;
      i = (int) (i * 5L + perturb + 1) & mask;
    }
    // Release: a reader that finds the index finds the key, hash and value written above.
    INDEX.setRelease(idx, i, pos);
  }

  /** Builds a bigger table from the live entries, then publishes it with one volatile store. */
  private void resize(int tableSize) {
    while (tableSize * 2 / 3 < used + 1) {
      tableSize <<= 1;
    }
    Keys old = k;
    Keys table = new Keys(tableSize);
    int[] indices = table.indices;
    int n = 0;
    int mask = tableSize - 1;
    for (int j = 0; j < old.filled; j++) {
      if (old.keys[j] == null) {
        continue;
      }
      table.keys[n] = old.keys[j];
      table.values[n] = old.values[j];
      long hash = old.hashes[j];
      table.hashes[n] = hash;
      long perturb = hash;
      int i = (int) hash & mask;
      while (indices[i] >= 0) {
        perturb >>>= PERTURB_SHIFT;
        i = (int) (i * 5L + perturb + 1) & mask;
      }
      indices[i] = n++;
    }
    table.filled = n;
    k = table;
  }

  /**
   * Makes the entry at {@code pos} the first in iteration order ({@code
   * OrderedDict.move_to_end(key, last=False)}): the table is rebuilt with that entry first and
   * published whole, as a resize is, so lock-free readers see the old order or the new one. No
   * reference changes hands.
   */
  final void moveToFront(ThreadState ts, int pos) {
    CriticalSection.begin(ts, this);
    try {
      Keys old = k;
      Keys table = new Keys(old.indices.length);
      int n = 0;
      for (int j = -1; j < old.filled; j++) {
        int from = j < 0 ? pos : j;
        if (old.keys[from] == null || (j >= 0 && j == pos)) {
          continue;
        }
        table.keys[n] = old.keys[from];
        table.hashes[n] = old.hashes[from];
        table.values[n] = old.values[from];
        int[] indices = table.indices;
        int mask = indices.length - 1;
        long hash = old.hashes[from];
        long perturb = hash;
        int i = (int) hash & mask;
        while (indices[i] >= 0) {
          perturb >>>= PERTURB_SHIFT;
          i = (int) (i * 5L + perturb + 1) & mask;
        }
        indices[i] = n++;
      }
      table.filled = n;
      k = table;
    } finally {
      CriticalSection.end(ts);
    }
  }

  /** Removes {@code key} and returns its value (a reference now owned by the caller), or null. */
  public final PyObject pop(ThreadState ts, PyObject key) {
    long hash = Ops.hash(ts, key);
    CriticalSection.begin(ts, this);
    try {
      int ix = find(ts, key, hash);
      if (ix < 0) {
        return null;
      }
      return removeAt(ts, ix, hash);
    } finally {
      CriticalSection.end(ts);
    }
  }

  /**
   * Removes the entry at {@code pos}; returns its value, owned by the caller. The caller holds the
   * dict's critical section.
   */
  final PyObject removeAt(ThreadState ts, int pos, long hash) {
    Keys table = k;
    int[] idx = table.indices;
    int mask = idx.length - 1;
    long perturb = hash;
    int i = (int) hash & mask;
    while (idx[i] != pos) {
      perturb >>>= PERTURB_SHIFT;
      i = (int) (i * 5L + perturb + 1) & mask;
    }
    idx[i] = DUMMY;
    PyObject key = table.keys[pos];
    PyObject value = table.values[pos];
    table.keys[pos] = null;
    VALUE.setRelease(table.values, pos, null);
    used--;
    table.version = 0;
    Ops.decref(ts, key);
    return value;
  }

  public final void clear(ThreadState ts) {
    Keys old;
    CriticalSection.begin(ts, this);
    try {
      old = k;
      k = new Keys(MIN_SIZE);
      used = 0;
    } finally {
      CriticalSection.end(ts);
    }
    for (int j = 0; j < old.filled; j++) {
      if (old.keys[j] != null) {
        Ops.decref(ts, old.keys[j]);
        Ops.decref(ts, old.values[j]);
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
    return k.values[pos];
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
        visit.accept(k.values[j]);
      }
    }
  }

  @Override
  protected void release(RcThread thread) {
    PyObject[] ks = k.keys, vs = k.values;
    int n = k.filled;
    k = new Keys(MIN_SIZE);
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

    /** The instance namespace if one was made (borrowed), else null. */
    PyDict namespaceIfAny() {
      return namespace.peek();
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
