package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.IoBase.def;

import dev.weft.runtime.threads.ThreadState;

/**
 * {@code io.StringIO} (CPython's {@code Modules/_io/stringio.c}): text in a StringBuilder, the
 * position counted in code points, newline translation on write and line endings on read as its
 * {@code newline} argument asks ({@code None}: universal, translated to {@code \n}; {@code ""}:
 * universal, untranslated; {@code "\r"} or {@code "\r\n"}: {@code \n} written as that).
 */
public final class StringIO extends IoBase.Stream {
  public static final PyType TYPE =
      PyType.builtin(
          "_io.StringIO", IoBase.TEXT_IOBASE, PyType.BASETYPE, (ts, t) -> new StringIO(ts, t));

  private final StringBuilder buf = new StringBuilder();

  /** Whether {@link #buf} holds a character outside the BMP (then indexes need converting). */
  private boolean astral;

  private String readnl = "\n";
  private String writenl;
  private boolean readUniversal, readTranslate;

  StringIO(ThreadState ts, PyType type) {
    super(ts, type);
  }

  @Override
  int length() {
    return astral ? buf.codePointCount(0, buf.length()) : buf.length();
  }

  /** The Java offset of code point {@code cp} (at most the length). */
  private int offset(int cp) {
    return astral ? buf.offsetByCodePoints(0, cp) : cp;
  }

  @Override
  void truncateTo(int size) {
    buf.setLength(offset(size));
  }

  /** Writes {@code s} at the position, padding a gap past the end with NULs. */
  private void writeText(String s) {
    if (s.isEmpty()) {
      return;
    }
    int len = length();
    if (pos > len) {
      buf.append("\0".repeat(pos - len));
      len = pos;
    }
    int n = s.codePointCount(0, s.length());
    int start = offset(pos);
    int end = offset(Math.min(pos + n, len));
    buf.replace(start, end, s);
    if (!astral) {
      for (int i = 0; i < s.length(); i++) {
        if (Character.isSurrogate(s.charAt(i))) {
          astral = true;
          break;
        }
      }
    }
    pos += n;
  }

  /** {@code s} as the write path translates it. */
  private String translate(String s) {
    if (readTranslate) {
      s = s.replace("\r\n", "\n").replace('\r', '\n');
    }
    if (writenl != null) {
      s = s.replace("\n", writenl);
    }
    return s;
  }

  @Override
  PyObject write(ThreadState ts, PyObject data) {
    checkClosed(ts, false);
    if (!(data instanceof PyStr s)) {
      throw Exc.typeError(ts, "string argument expected, got '" + data.typeName() + "'");
    }
    int n = s.length();
    if (n > 0) {
      writeText(translate(s.value));
    }
    return PyInt.of(ts, n);
  }

  private String read(long size) {
    int len = length();
    if (pos >= len) {
      return "";
    }
    int n = size < 0 || size > len - pos ? len - pos : (int) size;
    String r = buf.substring(offset(pos), offset(pos + n));
    pos += n;
    return r;
  }

  @Override
  PyObject readline(ThreadState ts, int limit) {
    int len = length();
    if (pos >= len) {
      return PyStr.EMPTY;
    }
    int n = limit < 0 || limit > len - pos ? len - pos : limit;
    String window = buf.substring(offset(pos), offset(pos + n));
    int end = lineEnd(window);
    String line = end < 0 ? window : window.substring(0, end);
    pos += line.codePointCount(0, line.length());
    return PyStr.of(ts, line);
  }

  /** Where the first line of {@code s} ends (after its line ending), or -1 (CPython's rule). */
  private int lineEnd(String s) {
    if (readTranslate) {
      int i = s.indexOf('\n');
      return i < 0 ? -1 : i + 1;
    }
    if (readUniversal) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\n') {
          return i + 1;
        }
        if (c == '\r') {
          return i + 1 < s.length() && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        }
      }
      return -1;
    }
    int i = s.indexOf(readnl);
    return i < 0 ? -1 : i + readnl.length();
  }

  @Override
  boolean isEmpty(PyObject line) {
    return ((PyStr) line).value.isEmpty();
  }

  static void setup() {
    PyType t = TYPE;
    t.qualname = "StringIO";
    Bootstrap.constant(t, "__module__", PyStr.intern("_io"));
    Bootstrap.allocatingNew(t);
    def(t, "__init__", 0, (PyBuiltin.FN) StringIO::init);
    IoBase.common(t, false);
    def(t, "write", 1, (PyBuiltin.F1) (ts, s, v) -> ((StringIO) s).write(ts, v));
    def(
        t,
        "read",
        0,
        (PyBuiltin.F1)
            (ts, s, size) -> {
              StringIO io = (StringIO) s;
              long n = size == null ? -1 : IoBase.sizeArg(ts, size);
              io.checkClosed(ts, false);
              return PyStr.of(ts, io.read(n));
            });
    def(
        t,
        "getvalue",
        0,
        (PyBuiltin.F0)
            (ts, s) -> {
              StringIO io = (StringIO) s;
              io.checkClosed(ts, false);
              return PyStr.of(ts, io.buf.toString());
            });
    def(t, "seek", 1, (PyBuiltin.F2) StringIO::seek);
    Bootstrap.getset(t, "line_buffering", (ts, s) -> closedOr(ts, s, PyBool.FALSE), null);
    Bootstrap.getset(t, "newlines", (ts, s) -> closedOr(ts, s, PySingleton.NONE), null);
    Bootstrap.constant(t, "encoding", PySingleton.NONE);
    Bootstrap.constant(t, "errors", PySingleton.NONE);
  }

  private static PyObject closedOr(ThreadState ts, PyObject s, PyObject v) {
    ((StringIO) s).checkClosed(ts, false);
    return v;
  }

  /** {@code StringIO(initial_value='', newline='\n')}. */
  private static PyObject init(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    if (n > 2) {
      throw Exc.typeError(ts, "StringIO() takes at most 2 arguments (" + n + " given)");
    }
    ArgParser p = new ArgParser(ts, "StringIO", args, off, n, kw, "initial_value", "newline");
    PyObject initial = p.get(0, PySingleton.NONE);
    PyObject newline = p.get(1, null);
    String nl = "\n";
    if (newline == PySingleton.NONE) {
      nl = null;
    } else if (newline != null) {
      if (!(newline instanceof PyStr s)) {
        throw Exc.typeError(ts, "newline must be str or None, not " + newline.typeName());
      }
      nl = s.value;
      if (!nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
        throw Exc.valueError(ts, "illegal newline value: " + Ops.reprString(ts, newline));
      }
    }
    if (initial != PySingleton.NONE && !(initial instanceof PyStr)) {
      throw Exc.typeError(ts, "initial_value must be str or None, not " + initial.typeName());
    }
    StringIO io = (StringIO) self;
    io.readnl = nl;
    io.readUniversal = nl == null || nl.isEmpty();
    io.readTranslate = nl == null;
    io.writenl = nl != null && nl.startsWith("\r") ? nl : null;
    io.closed = false;
    io.buf.setLength(0);
    io.astral = false;
    io.pos = 0;
    if (initial instanceof PyStr s) {
      io.writeText(io.translate(s.value));
      io.pos = 0;
    }
    return PySingleton.NONE;
  }

  private static PyObject seek(ThreadState ts, PyObject s, PyObject position, PyObject whenceArg) {
    StringIO io = (StringIO) s;
    long pos = Ops.index(ts, position);
    long whence = whenceArg == null ? 0 : Ops.index(ts, whenceArg);
    io.checkClosed(ts, false);
    if (whence < 0 || whence > 2) {
      throw Exc.valueError(ts, "Invalid whence (" + whence + ", should be 0, 1 or 2)");
    }
    if (pos < 0 && whence == 0) {
      throw Exc.valueError(ts, "Negative seek position " + pos);
    }
    if (whence != 0 && pos != 0) {
      throw Exc.raise(ts, Exc.OSError, "Can't do nonzero cur-relative seeks");
    }
    if (whence == 2) {
      pos = io.length();
    } else if (whence == 1) {
      pos = io.pos;
    }
    if (pos > Integer.MAX_VALUE - 16) {
      throw Exc.overflowError(ts, "position too large");
    }
    io.pos = (int) pos;
    return PyInt.of(ts, pos);
  }
}
