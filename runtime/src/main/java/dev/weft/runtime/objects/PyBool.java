package dev.weft.runtime.objects;

/** {@code bool}: two immortal instances, a subclass of int. */
public final class PyBool extends PyInt {
  public static final PyType TYPE = PyType.builtin("bool", PyInt.TYPE, 0, null);

  public static final PyBool TRUE = new PyBool(1), FALSE = new PyBool(0);

  private PyBool(long value) {
    super(TYPE, value);
  }

  public static PyBool of(boolean b) {
    return b ? TRUE : FALSE;
  }

  @Override
  public String toString() {
    return value != 0 ? "True" : "False";
  }
}
