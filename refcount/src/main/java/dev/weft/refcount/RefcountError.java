package dev.weft.refcount;

/**
 * A reference-counting bug caught by {@link RefDebug}: a double deallocation or a negative count.
 */
public final class RefcountError extends Error {
  public RefcountError(String message) {
    super(message);
  }
}
