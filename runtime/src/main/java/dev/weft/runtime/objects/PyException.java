package dev.weft.runtime.objects;

/**
 * The Java carrier of a raised Python exception. It owns one reference to {@link #value}; whoever
 * catches it and does not re-throw must drop that reference ({@link Ops#decref}). No Java stack
 * trace is captured: the Python traceback lives in the exception object.
 */
public final class PyException extends RuntimeException {
  public final PyBaseException value;

  /** Set by RERAISE: the frame it is thrown in is already in the traceback. */
  public boolean reraised;

  public PyException(PyBaseException value) {
    super(null, null, false, false);
    this.value = value;
  }

  @Override
  public String getMessage() {
    return value.type.name + ": " + value.messageForJava();
  }

  /** Whether the exception is an instance of {@code type}. */
  public boolean matches(PyType type) {
    return value.type.isSubtypeOf(type);
  }
}
