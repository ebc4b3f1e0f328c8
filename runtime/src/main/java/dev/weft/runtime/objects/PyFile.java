package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.IoBase.def;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.threads.ThreadState;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A file that {@code open()} returned: {@code _io.TextIOWrapper} in text mode, {@code
 * _io.BufferedReader} or {@code _io.BufferedWriter} in binary mode. A file opened for reading is
 * read whole when it is opened (text decoded, newlines translated as {@code newline} asks), so
 * reads never block and a thread sharing the file sees whole lines; a file opened for writing
 * writes through a buffered Java stream, flushed by {@code flush()}, {@code close()}, leaving a
 * {@code with} block, or the file's last reference going away. Every method runs in a critical
 * section on the file, as the other streams' do. Not here: the {@code +} modes, {@code seek} on a
 * file being written, and byte-offset cookies from a text file's {@code tell} (it counts
 * characters).
 */
public final class PyFile extends IoBase.Stream {
  public static final PyType TEXT =
      PyType.builtin("_io.TextIOWrapper", IoBase.TEXT_IOBASE, 0, null);
  public static final PyType READER =
      PyType.builtin("_io.BufferedReader", IoBase.BUFFERED_IOBASE, 0, null);
  public static final PyType WRITER =
      PyType.builtin("_io.BufferedWriter", IoBase.BUFFERED_IOBASE, 0, null);

  final String name;
  final String mode;
  final boolean binary;
  final String encoding; // text mode only
  private String content; // text read: the whole file, decoded and newlines translated
  private final byte[] data; // read modes: the whole file
  private final String codec, errors; // text read: how data decodes (on the first read)
  private String raw; // text read: the decoded file before newline translation (for tell)
  private final PyRuntime runtime;
  private OutputStream out; // write modes
  private long written; // bytes written (write modes: what tell reports)
  private final String writeNewline; // what "\n" becomes when written (text mode)
  private final String newlineArg; // open()'s newline argument (null: translate on read)
  private final String readNewline; // where a line ends: null or "\n" at \n, "" at any ending

  /** A file open for reading: {@code text} for text mode, {@code bytes} for binary. */
  /**
   * A file open for reading, holding the whole file's {@code bytes}; in text mode they are decoded
   * with {@code codec} and {@code errors} on the first read (a decoding error surfaces there, as
   * CPython's does). {@code newline} as {@code open()}'s: None translates every line ending to
   * {@code }; "" keeps them and ends lines at any of them; another value is the only line ending.
   */
  public static PyFile reading(
      ThreadState ts,
      PyObject name,
      String mode,
      boolean binary,
      byte[] bytes,
      String encoding,
      String codec,
      String errors,
      String newline) {
    return new PyFile(ts, name, mode, binary, bytes, null, encoding, codec, errors, newline);
  }

  /** A file open for writing through {@code out}. */
  public static PyFile writing(
      ThreadState ts,
      PyObject name,
      String mode,
      OutputStream out,
      boolean binary,
      String encoding,
      String newline) {
    return new PyFile(ts, name, mode, binary, null, out, encoding, encoding, null, newline);
  }

  private PyFile(
      ThreadState ts,
      PyObject name,
      String mode,
      boolean binary,
      byte[] bytes,
      OutputStream out,
      String encoding,
      String codec,
      String errors,
      String newline) {
    super(ts, binary ? (out == null ? READER : WRITER) : TEXT, Ops.newRef(ts, name));
    this.name = Ops.reprString(ts, name);
    this.mode = mode;
    this.binary = binary;
    this.encoding = encoding;
    this.codec = codec;
    this.errors = errors;
    this.data = bytes;
    this.newlineArg = newline;
    this.out = out;
    this.runtime = ts.runtime;
    if (out != null) {
      runtime.openFiles.add(out);
    }
    this.writeNewline = newline == null || newline.isEmpty() ? "\n" : newline;
    this.readNewline = newline == null ? "\n" : newline;
  }

  /** Decodes a text file on its first read. */
  private void decode(ThreadState ts) {
    if (binary || content != null || data == null) {
      return;
    }
    raw = BytesMethods.decode(ts, data, codec, errors == null ? "strict" : errors);
    content =
        newlineArg == null && raw.indexOf('\r') >= 0
            ? raw.replace("\r\n", "\n").replace('\r', '\n')
            : raw;
  }

  @Override
  int length() {
    return binary ? (data == null ? 0 : data.length) : content == null ? 0 : content.length();
  }

  @Override
  void truncateTo(int size) {}

  @Override
  PyObject readline(ThreadState ts, int limit) {
    requireReadable(ts);
    decode(ts);
    int end = length();
    if (limit >= 0) {
      end = Math.min(end, pos + limit);
    }
    int start = Math.min(pos, length());
    int i = start;
    if (binary) {
      while (i < end && data[i++] != '\n') {}
      pos = i;
      return new PyBytes(ts, java.util.Arrays.copyOfRange(data, start, i));
    }
    while (i < end) {
      char c = content.charAt(i++);
      boolean ends =
          switch (readNewline) {
            case "" -> c == '\n' || (c == '\r' && !(i < end && content.charAt(i) == '\n'));
            case "\r" -> c == '\r';
            case "\r\n" -> c == '\n' && i - 2 >= start && content.charAt(i - 2) == '\r';
            default -> c == '\n';
          };
      if (ends) {
        break;
      }
    }
    pos = i;
    return PyStr.of(ts, content.substring(start, i));
  }

  @Override
  boolean isEmpty(PyObject line) {
    return binary ? ((PyBytes) line).value.length == 0 : ((PyStr) line).length() == 0;
  }

  @Override
  PyObject write(ThreadState ts, PyObject s) {
    checkClosed(ts, true);
    if (out == null) {
      throw Exc.raise(ts, IoBase.UNSUPPORTED, binary ? "write" : "not writable");
    }
    byte[] bytes;
    long written;
    if (binary) {
      if (!(s instanceof PyBytes b)) {
        throw Exc.typeError(ts, "a bytes-like object is required, not '" + s.typeName() + "'");
      }
      bytes = b.value;
      written = bytes.length;
    } else {
      if (!(s instanceof PyStr str)) {
        throw Exc.typeError(ts, "write() argument must be str, not " + s.typeName());
      }
      String text = writeNewline.equals("\n") ? str.value : str.value.replace("\n", writeNewline);
      bytes = BytesMethods.encode(ts, text, codec, "strict");
      written = str.length();
    }
    try {
      out.write(bytes);
      this.written += bytes.length;
    } catch (IOException e) {
      throw Exc.raise(ts, Exc.OSError, String.valueOf(e.getMessage()));
    }
    return PyInt.of(ts, written);
  }

  private void requireReadable(ThreadState ts) {
    checkClosed(ts, true);
    if (out != null) {
      throw Exc.raise(ts, IoBase.UNSUPPORTED, binary ? "read" : "not readable");
    }
  }

  private PyObject read(ThreadState ts, PyObject size) {
    requireReadable(ts);
    decode(ts);
    long n = size == null ? -1 : IoBase.sizeArg(ts, size);
    int start = Math.min(pos, length());
    int end = n < 0 ? length() : (int) Math.min(length(), start + n);
    pos = end;
    return binary
        ? new PyBytes(ts, java.util.Arrays.copyOfRange(data, start, end))
        : PyStr.of(ts, content.substring(start, end));
  }

  private PyObject flush(ThreadState ts) {
    checkClosed(ts, true);
    if (out != null) {
      try {
        out.flush();
      } catch (IOException e) {
        throw Exc.raise(ts, Exc.OSError, String.valueOf(e.getMessage()));
      }
    }
    return PySingleton.NONE;
  }

  private PyObject close(ThreadState ts) {
    if (closed) {
      return PySingleton.NONE;
    }
    closed = true;
    if (out != null) {
      runtime.openFiles.remove(out);
      try {
        out.close();
      } catch (IOException e) {
        throw Exc.raise(ts, Exc.OSError, String.valueOf(e.getMessage()));
      }
    }
    return PySingleton.NONE;
  }

  /**
   * {@code tell()}: a byte offset, as CPython's cookie is for these files (a text file's position
   * converted back through the newline translation and the encoding).
   */
  private PyObject tell(ThreadState ts) {
    checkClosed(ts, true);
    if (out != null) {
      return PyInt.of(ts, written);
    }
    decode(ts);
    return PyInt.of(ts, binary ? pos : byteOffset(ts, pos));
  }

  /** The byte offset in the file of character {@code index} of the (translated) text. */
  private long byteOffset(ThreadState ts, int index) {
    int rawIndex = index;
    if (raw != content) {
      int r = 0;
      for (int c = 0; c < index; c++, r++) {
        if (raw.charAt(r) == '\r' && r + 1 < raw.length() && raw.charAt(r + 1) == '\n') {
          r++;
        }
      }
      rawIndex = r;
    }
    return BytesMethods.encode(ts, raw.substring(0, rawIndex), codec, "strict").length;
  }

  /**
   * The character index of byte offset {@code cookie} (the first character starting at or past it).
   */
  private int charIndex(ThreadState ts, long cookie) {
    int lo = 0, hi = content.length();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (byteOffset(ts, mid) < cookie) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private PyObject seek(ThreadState ts, PyObject offset, PyObject whence) {
    checkClosed(ts, true);
    long target = Ops.index(ts, offset);
    long from = whence == null ? 0 : Ops.index(ts, whence);
    if (out != null) {
      throw Exc.raise(
          ts, Exc.NotImplementedError, "seek() on a file open for writing is not supported");
    }
    decode(ts);
    if (!binary && from == 0) {
      if (target < 0) {
        throw Exc.valueError(ts, "negative seek position " + target);
      }
      pos = charIndex(ts, target);
      return PyInt.of(ts, target);
    }
    if (!binary && (from != 0 && target != 0)) {
      throw Exc.raise(
          ts,
          IoBase.UNSUPPORTED,
          from == 1
              ? "can't do nonzero cur-relative seeks"
              : "can't do nonzero end-relative seeks");
    }
    long base = from == 0 ? 0 : from == 1 ? pos : length();
    if (from < 0 || from > 2) {
      throw Exc.valueError(ts, "invalid whence (" + from + ", should be 0, 1 or 2)");
    }
    if (base + target < 0) {
      throw Exc.valueError(ts, "negative seek position " + (base + target));
    }
    pos = (int) Math.min(Integer.MAX_VALUE, base + target);
    return PyInt.of(ts, binary ? pos : byteOffset(ts, Math.min(pos, length())));
  }

  /** A file dropped while open is closed, flushing what was written, as CPython's dealloc does. */
  @Override
  protected void release(RcThread thread) {
    if (out != null && !closed) {
      closed = true;
      runtime.openFiles.remove(out);
      try {
        out.close();
      } catch (IOException e) {
        // Nobody is left to tell; CPython likewise only reports it through the unraisable hook.
      }
    }
    super.release(thread);
  }

  @Override
  public String toString() {
    if (type == TEXT) {
      return "<_io.TextIOWrapper name="
          + name
          + " mode='"
          + mode
          + "' encoding='"
          + encoding
          + "'>";
    }
    return "<" + type.name + " name=" + name + ">";
  }

  static void setup() {
    for (PyType t : new PyType[] {TEXT, READER, WRITER}) {
      t.qualname = t.name.substring(4);
      Bootstrap.constant(t, "__module__", PyStr.intern("_io"));
      IoBase.common(t, true);
      def(t, "read", 0, (PyBuiltin.F1) (ts, s, size) -> ((PyFile) s).read(ts, size));
      def(t, "write", 1, (PyBuiltin.F1) (ts, s, x) -> ((PyFile) s).write(ts, x));
      def(t, "flush", 0, (PyBuiltin.F0) (ts, s) -> ((PyFile) s).flush(ts));
      def(t, "close", 0, (PyBuiltin.F0) (ts, s) -> ((PyFile) s).close(ts));
      def(t, "seek", 1, (PyBuiltin.F2) (ts, s, off, wh) -> ((PyFile) s).seek(ts, off, wh));
      def(t, "tell", 0, (PyBuiltin.F0) (ts, s) -> ((PyFile) s).tell(ts));
      def(
          t,
          "readable",
          0,
          (PyBuiltin.F0)
              (ts, s) -> {
                ((PyFile) s).checkClosed(ts, true);
                return PyBool.of(((PyFile) s).out == null);
              });
      def(
          t,
          "writable",
          0,
          (PyBuiltin.F0)
              (ts, s) -> {
                ((PyFile) s).checkClosed(ts, true);
                return PyBool.of(((PyFile) s).out != null);
              });
      def(
          t,
          "truncate",
          0,
          (PyBuiltin.F1)
              (ts, s, size) -> {
                throw Exc.raise(ts, IoBase.UNSUPPORTED, "truncate");
              });
      def(t, "__repr__", 0, (PyBuiltin.F0) (ts, s) -> PyStr.of(ts, s.toString()));
      Bootstrap.getset(t, "name", (ts, s) -> Ops.newRef(ts, ((PyFile) s).refs[0]), null);
      Bootstrap.getset(t, "mode", (ts, s) -> PyStr.of(ts, ((PyFile) s).mode), null);
    }
    Bootstrap.getset(TEXT, "encoding", (ts, s) -> PyStr.of(ts, ((PyFile) s).encoding), null);
  }
}
