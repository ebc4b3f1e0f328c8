package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.threads.ThreadState;

/**
 * {@code set} and {@code frozenset}: CPython's open-addressing table ({@code Objects/setobject.c}),
 * kept exactly, because the iteration order of a set is visible in every program that prints one:
 * nine linear probes then perturbation, dummies on deletion, growth when the table is three-fifths
 * full to four times the live entries (twice above 50,000), and the merge shortcuts of {@code
 * set_merge} and the operand orders of the set operations.
 */
public class PySet extends PyObject {
  public static final PyType SET_TYPE =
      PyType.builtin("set", null, PyType.BASETYPE, (ts, t) -> new PySet(ts, t));
  public static final PyType FROZENSET_TYPE =
      PyType.builtin("frozenset", null, PyType.BASETYPE, (ts, t) -> new PySet(ts, t));

  private static final int MIN_SIZE = 8;
  private static final int LINEAR_PROBES = 9;
  private static final int PERTURB_SHIFT = 5;

  /** Marks a deleted entry (CPython's {@code dummy}); its hash is -1. */
  private static final PyObject DUMMY = PySingleton.ELLIPSIS;

  PyObject[] keys;
  long[] hashes;
  int mask;
  int fill;
  int used;
  private int finger;

  public PySet(ThreadState ts, PyType type) {
    super(ts.rc, type);
    keys = new PyObject[MIN_SIZE];
    hashes = new long[MIN_SIZE];
    mask = MIN_SIZE - 1;
  }

  public static PySet newSet(ThreadState ts) {
    return new PySet(ts, SET_TYPE);
  }

  public final boolean isFrozen() {
    return type.isSubtypeOf(FROZENSET_TYPE);
  }

  public final int size() {
    return used;
  }

  private static boolean live(PyObject k) {
    return k != null && k != DUMMY;
  }

  /** Adds a new reference to {@code key}. */
  public final void add(ThreadState ts, PyObject key) {
    add(ts, key, Ops.hash(ts, key));
  }

  final void add(ThreadState ts, PyObject key, long hash) {
    while (true) {
      int m = mask;
      int i = (int) (hash & m);
      int freeslot = -1;
      long perturb = hash;
      boolean restart = false;
      search:
      while (true) {
        int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
        int j = i;
        do {
          PyObject k = keys[j];
          if (k == null) {
            if (freeslot >= 0) {
              j = freeslot;
              Ops.incref(ts, key);
              keys[j] = key;
              hashes[j] = hash;
              used++;
              return;
            }
            Ops.incref(ts, key);
            keys[j] = key;
            hashes[j] = hash;
            fill++;
            used++;
            if ((long) fill * 5 >= (long) m * 3) {
              resize(used > 50000 ? used * 2 : used * 4);
            }
            return;
          }
          if (k != DUMMY && hashes[j] == hash) {
            if (k == key) {
              return;
            }
            PyObject[] table = keys;
            boolean eq = Ops.keysEqual(ts, k, key);
            if (table != keys || keys[j] != k) {
              restart = true;
              break search;
            }
            if (eq) {
              return;
            }
          } else if (k == DUMMY && freeslot < 0) {
            freeslot = j;
          }
          j++;
        } while (probes-- > 0);
        perturb >>>= PERTURB_SHIFT;
        i = (int) ((i * 5L + 1 + perturb) & m);
      }
      if (!restart) {
        return;
      }
    }
  }

  /** The slot holding an equal key, or -1. */
  final int find(ThreadState ts, PyObject key, long hash) {
    int m = mask;
    int i = (int) (hash & m);
    long perturb = hash;
    while (true) {
      int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
      int j = i;
      do {
        PyObject k = keys[j];
        if (k == null) {
          return -1;
        }
        if (k != DUMMY && hashes[j] == hash && (k == key || Ops.keysEqual(ts, k, key))) {
          return j;
        }
        j++;
      } while (probes-- > 0);
      perturb >>>= PERTURB_SHIFT;
      i = (int) ((i * 5L + 1 + perturb) & m);
    }
  }

  public final boolean contains(ThreadState ts, PyObject key) {
    return find(ts, key, Ops.hash(ts, key)) >= 0;
  }

  /** Removes {@code key}; whether it was present. */
  public final boolean discard(ThreadState ts, PyObject key) {
    int j = find(ts, key, Ops.hash(ts, key));
    if (j < 0) {
      return false;
    }
    PyObject old = keys[j];
    keys[j] = DUMMY;
    hashes[j] = -1;
    used--;
    Ops.decref(ts, old);
    return true;
  }

  /** Removes and returns an arbitrary key (owned by the caller), or null when empty. */
  public final PyObject pop() {
    if (used == 0) {
      return null;
    }
    int j = finger & mask;
    while (!live(keys[j])) {
      j = (j + 1) & mask;
    }
    PyObject key = keys[j];
    keys[j] = DUMMY;
    hashes[j] = -1;
    used--;
    finger = j + 1;
    return key;
  }

  private void resize(int minUsed) {
    int newSize = MIN_SIZE;
    while (newSize <= minUsed) {
      newSize <<= 1;
    }
    PyObject[] oldKeys = keys;
    long[] oldHashes = hashes;
    keys = new PyObject[newSize];
    hashes = new long[newSize];
    mask = newSize - 1;
    fill = used;
    for (int j = 0; j < oldKeys.length; j++) {
      if (live(oldKeys[j])) {
        insertClean(oldKeys[j], oldHashes[j]);
      }
    }
  }

  private void insertClean(PyObject key, long hash) {
    int m = mask;
    int i = (int) (hash & m);
    long perturb = hash;
    while (true) {
      if (keys[i] == null) {
        keys[i] = key;
        hashes[i] = hash;
        return;
      }
      if (i + LINEAR_PROBES <= m) {
        for (int j = 1; j <= LINEAR_PROBES; j++) {
          if (keys[i + j] == null) {
            keys[i + j] = key;
            hashes[i + j] = hash;
            return;
          }
        }
      }
      perturb >>>= PERTURB_SHIFT;
      i = (int) ((i * 5L + 1 + perturb) & m);
    }
  }

  /** {@code set_merge}: adds every key of {@code other}. */
  public final void merge(ThreadState ts, PySet other) {
    if (other == this || other.used == 0) {
      return;
    }
    if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
      resize((used + other.used) * 2);
    }
    if (fill == 0 && mask == other.mask && other.fill == other.used) {
      for (int j = 0; j <= mask; j++) {
        PyObject k = other.keys[j];
        if (k != null) {
          Ops.incref(ts, k);
          keys[j] = k;
          hashes[j] = other.hashes[j];
        }
      }
      fill = other.fill;
      used = other.used;
      return;
    }
    if (fill == 0) {
      for (int j = 0; j <= other.mask; j++) {
        PyObject k = other.keys[j];
        if (live(k)) {
          Ops.incref(ts, k);
          insertClean(k, other.hashes[j]);
        }
      }
      fill = other.used;
      used = other.used;
      return;
    }
    for (int j = 0; j <= other.mask; j++) {
      PyObject k = other.keys[j];
      if (live(k)) {
        add(ts, k, other.hashes[j]);
      }
    }
  }

  /** Grows ahead of adding {@code n} keys from a dict, as {@code set_update_internal} does. */
  final void reserveForDict(int n) {
    if ((long) (fill + n) * 5 >= (long) mask * 3) {
      resize((used + n) * 2);
    }
  }

  // --- Iteration by slot: next(j) is the next live slot >= j, or -1 ---

  public final int next(int j) {
    while (j <= mask) {
      if (live(keys[j])) {
        return j;
      }
      j++;
    }
    return -1;
  }

  public final PyObject keyAt(int j) {
    return keys[j];
  }

  public final long hashAt(int j) {
    return hashes[j];
  }

  public final void clear(ThreadState ts) {
    PyObject[] old = keys;
    keys = new PyObject[MIN_SIZE];
    hashes = new long[MIN_SIZE];
    mask = MIN_SIZE - 1;
    fill = 0;
    used = 0;
    for (PyObject k : old) {
      if (live(k)) {
        Ops.decref(ts, k);
      }
    }
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    for (PyObject k : keys) {
      if (live(k)) {
        visit.accept(k);
      }
    }
  }

  @Override
  protected void release(RcThread thread) {
    PyObject[] old = keys;
    keys = null;
    for (PyObject k : old) {
      if (live(k)) {
        Ops.decref(thread, k);
      }
    }
  }
}
