package dev.weft.runtime.objects;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The attribute names instances of one class share (CPython's shared keys, {@code ht_cached_keys}):
 * each name gets an index once and keeps it, and instances store their values inline at those
 * indexes, with no dict of their own until something asks for {@code __dict__}. The table only
 * grows, up to CPython's {@code SHARED_KEYS_MAX_SIZE} (30); an instance that needs a 31st name
 * moves to a dict. {@link #version} changes with every new name, for guards.
 */
public final class SharedKeys {
  /** CPython's {@code SHARED_KEYS_MAX_SIZE}. */
  public static final int MAX_SIZE = 30;

  /**
   * The names and their indexes, replaced whole when a name is added (at most 30 times), so readers
   * on any thread look names up without a lock; adders serialize on this object.
   */
  private volatile Map<String, Integer> indexes = Map.of();

  private volatile String[] names = new String[0];

  /**
   * A sequence count: odd while a name is being added, and two more after each addition. A guard
   * that saw an even version V while {@code name} was absent knows it is still absent while the
   * version is V: an instance stores under a new name only after finding it in {@link #indexes},
   * which is published between the two increments.
   */
  public volatile int version;

  /** The index of {@code name}, or -1. */
  public int indexOf(String name) {
    Integer i = indexes.get(name);
    return i == null ? -1 : i;
  }

  /** The index of {@code name}, adding it if needed; -1 when the table is full. */
  public int indexOrAdd(String name) {
    Integer i = indexes.get(name);
    if (i != null) {
      return i;
    }
    synchronized (this) {
      i = indexes.get(name);
      if (i != null) {
        return i;
      }
      int size = names.length;
      if (size == MAX_SIZE) {
        return -1;
      }
      String[] grown = Arrays.copyOf(names, size + 1);
      grown[size] = name;
      HashMap<String, Integer> map = new HashMap<>(indexes);
      map.put(name, size);
      version++;
      names = grown;
      indexes = map;
      version++;
      return size;
    }
  }

  /**
   * The (even) version at which {@code name} is not among the keys, or -1 when it is or a name is
   * being added: what a specialized method load guards to prove no instance attribute shadows it.
   */
  public int versionLacking(String name) {
    int v = version;
    if ((v & 1) != 0 || indexOf(name) >= 0) {
      return -1;
    }
    return version == v ? v : -1;
  }

  public String nameAt(int index) {
    return names[index];
  }

  public int size() {
    return names.length;
  }
}
