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

  @Override
  public String toString() {
    return dev.weft.runtime.bytecode.Disassembler.bytesRepr(value);
  }
}
