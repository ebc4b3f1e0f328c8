package dev.weft.runtime.objects;

import dev.weft.runtime.threads.ThreadState;

/**
 * A data descriptor implemented in Java: {@code __class__}, {@code __dict__}, a function's {@code
 * __name__}, a slot member. {@link Getter} returns a new reference; {@link Setter} receives null to
 * delete.
 */
public final class PyGetSet extends PyObject {
  public static final PyType TYPE = PyType.builtin("getset_descriptor", null, 0, null);

  /** The type of {@code __slots__} members (CPython's {@code member_descriptor}). */
  public static final PyType MEMBER_TYPE = PyType.builtin("member_descriptor", null, 0, null);

  @FunctionalInterface
  public interface Getter {
    PyObject get(ThreadState ts, PyObject self);
  }

  @FunctionalInterface
  public interface Setter {
    void set(ThreadState ts, PyObject self, PyObject value);
  }

  public final String name;
  public final PyType owner;
  public final Getter getter;
  public final Setter setter;

  /**
   * For a {@code __slots__} member, the index of its value in {@link PyInstance#slots} (what a
   * specialized load or store reads), else -1.
   */
  public final int slotIndex;

  public PyGetSet(String name, PyType owner, Getter getter, Setter setter) {
    this(TYPE, name, owner, getter, setter, -1);
  }

  PyGetSet(PyType type, String name, PyType owner, Getter getter, Setter setter, int slotIndex) {
    super(type, true);
    this.name = name;
    this.owner = owner;
    this.getter = getter;
    this.setter = setter;
    this.slotIndex = slotIndex;
  }
}
