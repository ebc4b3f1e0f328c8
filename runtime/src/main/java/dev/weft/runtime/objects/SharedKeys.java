package dev.weft.runtime.objects;

import java.util.Arrays;
import java.util.HashMap;

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

  private final HashMap<String, Integer> indexes = new HashMap<>();
  private String[] names = new String[4];
  private int size;

  /** Incremented whenever a name is added. */
  public int version;

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
    if (size == MAX_SIZE) {
      return -1;
    }
    if (size == names.length) {
      names = Arrays.copyOf(names, Math.min(MAX_SIZE, size * 2));
    }
    names[size] = name;
    indexes.put(name, size);
    version++;
    return size++;
  }

  public String nameAt(int index) {
    return names[index];
  }

  public int size() {
    return size;
  }
}
