package dev.weft.runtime.format;

/**
 * A format specifier or value that Python rejects: the runtime raises it as the named Python
 * exception ({@code ValueError} or {@code OverflowError}) with this message, CPython's wording.
 */
public final class FormatError extends Exception {
  private final String pythonType;

  public FormatError(String pythonType, String message) {
    super(message, null, false, false);
    this.pythonType = pythonType;
  }

  static FormatError value(String message) {
    return new FormatError("ValueError", message);
  }

  /** "ValueError" or "OverflowError". */
  public String pythonType() {
    return pythonType;
  }
}
