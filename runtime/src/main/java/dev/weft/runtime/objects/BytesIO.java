package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.IoBase.def;

import dev.weft.runtime.threads.ThreadState;
import java.util.Arrays;

/** {@code io.BytesIO} (CPython's {@code Modules/_io/bytesio.c}): bytes in a growable array. */
public final class BytesIO extends IoBase.Stream {
  public static final PyType TYPE =
      PyType.builtin(
          "_io.BytesIO", IoBase.BUFFERED_IOBASE, PyType.BASETYPE, (ts, t) -> new BytesIO(ts, t));

  private byte[] buf = new byte[0];
  private int size;

  BytesIO(ThreadState ts, PyType type) {
    super(ts, type);
  }

  @Override
  int length() {
    return size;
  }

  @Override
  void truncateTo(int n) {
    size = n;
    if (n == 0) {
      buf = new byte[0];
    }
  }

  private void writeBytes(byte[] b) {
    if (b.length == 0) {
      return;
    }
    int end = pos + b.length;
    if (end > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(end, buf.length + (buf.length >> 1)));
    }
    if (pos > size) {
      Arrays.fill(buf, size, pos, (byte) 0);
    }
    System.arraycopy(b, 0, buf, pos, b.length);
    pos = end;
    size = Math.max(size, end);
  }

  @Override
  PyObject write(ThreadState ts, PyObject data) {
    checkClosed(ts, true);
    byte[] b = ArrayOps.bytesLike(ts, data);
    writeBytes(b);
    return PyInt.of(ts, b.length);
  }

  private PyBytes read(ThreadState ts, long n) {
    if (pos >= size) {
      return PyBytes.EMPTY;
    }
    int k = n < 0 || n > size - pos ? size - pos : (int) n;
    byte[] r = Arrays.copyOfRange(buf, pos, pos + k);
    pos += k;
    return new PyBytes(ts, r);
  }

  @Override
  PyObject readline(ThreadState ts, int limit) {
    if (pos >= size) {
      return PyBytes.EMPTY;
    }
    int end = pos;
    while (end < size && buf[end] != '\n') {
      end++;
    }
    int n = end < size ? end - pos + 1 : size - pos;
    if (limit >= 0 && limit < n) {
      n = limit;
    }
    return read(ts, n);
  }

  @Override
  boolean isEmpty(PyObject line) {
    return ((PyBytes) line).value.length == 0;
  }

  static void setup() {
    PyType t = TYPE;
    t.qualname = "BytesIO";
    Bootstrap.constant(t, "__module__", PyStr.intern("_io"));
    Bootstrap.allocatingNew(t);
    def(t, "__init__", 0, (PyBuiltin.FN) BytesIO::init);
    IoBase.common(t, true);
    def(t, "write", 1, (PyBuiltin.F1) (ts, s, v) -> ((BytesIO) s).write(ts, v));
    PyBuiltin.F1 read =
        (ts, s, size) -> {
          BytesIO io = (BytesIO) s;
          long n = size == null ? -1 : IoBase.sizeArg(ts, size);
          io.checkClosed(ts, true);
          return io.read(ts, n);
        };
    def(t, "read", 0, read);
    def(t, "read1", 0, read);
    def(
        t,
        "getvalue",
        0,
        (PyBuiltin.F0)
            (ts, s) -> {
              BytesIO io = (BytesIO) s;
              io.checkClosed(ts, true);
              return new PyBytes(ts, Arrays.copyOf(io.buf, io.size));
            });
    def(t, "seek", 1, (PyBuiltin.F2) BytesIO::seek);
  }

  /** {@code BytesIO(initial_bytes=b'')}. */
  private static PyObject init(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    ArgParser p = new ArgParser(ts, "BytesIO", args, off, n, kw, "initial_bytes");
    PyObject initial = p.get(0, PySingleton.NONE);
    BytesIO io = (BytesIO) self;
    io.closed = false;
    io.buf = new byte[0];
    io.size = 0;
    io.pos = 0;
    if (initial != PySingleton.NONE) {
      io.writeBytes(ArrayOps.bytesLike(ts, initial));
      io.pos = 0;
    }
    return PySingleton.NONE;
  }

  private static PyObject seek(ThreadState ts, PyObject s, PyObject position, PyObject whenceArg) {
    BytesIO io = (BytesIO) s;
    long pos = Ops.index(ts, position);
    long whence = whenceArg == null ? 0 : Ops.index(ts, whenceArg);
    io.checkClosed(ts, true);
    if (whence < 0 || whence > 2) {
      throw Exc.valueError(ts, "invalid whence (" + whence + ", should be 0, 1 or 2)");
    }
    if (pos < 0 && whence == 0) {
      throw Exc.valueError(ts, "negative seek value " + pos);
    }
    if (whence == 1) {
      pos += io.pos;
    } else if (whence == 2) {
      pos += io.size;
    }
    pos = Math.max(0, pos);
    if (pos > Integer.MAX_VALUE - 16) {
      throw Exc.overflowError(ts, "new position too large");
    }
    io.pos = (int) pos;
    return PyInt.of(ts, pos);
  }
}
