package dev.weft.runtime.objects;

/** The immortal singletons: {@code None}, {@code NotImplemented}, {@code Ellipsis}. */
public final class PySingleton extends PyObject {
  public static final PyType NONE_TYPE = PyType.builtin("NoneType", null, 0, null);
  public static final PyType NOT_IMPLEMENTED_TYPE =
      PyType.builtin("NotImplementedType", null, 0, null);
  public static final PyType ELLIPSIS_TYPE = PyType.builtin("ellipsis", null, 0, null);

  public static final PySingleton NONE = new PySingleton(NONE_TYPE, "None");
  public static final PySingleton NOT_IMPLEMENTED =
      new PySingleton(NOT_IMPLEMENTED_TYPE, "NotImplemented");
  public static final PySingleton ELLIPSIS = new PySingleton(ELLIPSIS_TYPE, "Ellipsis");

  private final String repr;

  private PySingleton(PyType type, String repr) {
    super(type, true);
    this.repr = repr;
  }

  @Override
  public String toString() {
    return repr;
  }
}
