package dev.weft.runtime.objects;

import dev.weft.runtime.threads.ThreadState;

/** {@code bytes}: an immutable byte array. */
public final class PyBytes extends PyObject {
  public static final PyType TYPE = PyType.builtin("bytes", null, 0, null);

  public static final PyBytes EMPTY = new PyBytes(new byte[0]);

  public final byte[] value;

  public PyBytes(ThreadState ts, byte[] value) {
    super(ts.rc, TYPE);
    this.value = value;
  }

  private PyBytes(byte[] value) {
    super(TYPE, true);
    this.value = value;
  }

  static PyBytes immortal(byte[] value) {
    return new PyBytes(value);
  }

  /** CPython's repr: {@code b'...'}, single quotes unless the bytes hold one and no double. */
  public static String repr(byte[] value) {
    boolean single = false, dbl = false;
    for (byte b : value) {
      single |= b == '\'';
      dbl |= b == '"';
    }
    char quote = single && !dbl ? '"' : '\'';
    StringBuilder sb = new StringBuilder("b").append(quote);
    for (byte b : value) {
      int c = b & 0xFF;
      if (c == quote || c == '\\') {
        sb.append('\\').append((char) c);
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c < 0x20 || c >= 0x7F) {
        sb.append(String.format("\\x%02x", c));
      } else {
        sb.append((char) c);
      }
    }
    return sb.append(quote).toString();
  }

  @Override
  public String toString() {
    return repr(value);
  }
}
