package dev.weft.runtime.objects;

import dev.weft.runtime.threads.ThreadState;

/**
 * What {@code io.StringIO} and {@code io.BytesIO} share (CPython's {@code _io} module): the base
 * types {@code _IOBase}, {@code _TextIOBase} and {@code _BufferedIOBase}, {@code
 * io.UnsupportedOperation} (an OSError that is also a ValueError), and the in-memory stream object:
 * a position, a closed flag and an instance namespace. Every method of the two streams runs in a
 * critical section on the stream, so threads sharing one see whole reads and writes.
 */
public final class IoBase {
  private IoBase() {}

  public static final PyType IOBASE = PyType.builtin("_io._IOBase", null, PyType.BASETYPE, null);
  public static final PyType TEXT_IOBASE =
      PyType.builtin("_io._TextIOBase", IOBASE, PyType.BASETYPE, null);
  public static final PyType BUFFERED_IOBASE =
      PyType.builtin("_io._BufferedIOBase", IOBASE, PyType.BASETYPE, null);
  public static final PyType UNSUPPORTED =
      PyType.builtin("io.UnsupportedOperation", Exc.OSError, PyType.BASETYPE, null);

  /** An in-memory stream: its position and whether it is closed. */
  abstract static class Stream extends Holder {
    int pos;
    boolean closed;

    Stream(ThreadState ts, PyType type, PyObject... owned) {
      super(ts, type, owned);
    }

    /** ValueError unless open; {@code period}: the message the Python-level checks give. */
    void checkClosed(ThreadState ts, boolean period) {
      if (closed) {
        throw closedError(ts, period);
      }
    }

    abstract int length();

    abstract void truncateTo(int size);

    /** The next line (new reference), empty at the end. */
    abstract PyObject readline(ThreadState ts, int limit);

    /** Whether a line is empty (the end of the stream). */
    abstract boolean isEmpty(PyObject line);

    /** The stream's {@code write}, as {@code writelines} calls it. */
    abstract PyObject write(ThreadState ts, PyObject data);
  }

  static PyException closedError(ThreadState ts, boolean period) {
    return Exc.valueError(ts, "I/O operation on closed file" + (period ? "." : ""));
  }

  static void setup() {
    for (PyType t : new PyType[] {IOBASE, TEXT_IOBASE, BUFFERED_IOBASE}) {
      t.qualname = t.name.substring(4);
      Bootstrap.constant(t, "__module__", PyStr.intern("_io"));
    }
    PyType u = Bootstrap.ready(UNSUPPORTED);
    u.qualname = "UnsupportedOperation";
    Bootstrap.constant(u, "__module__", PyStr.intern("io"));
    // Two bases, as io.py's "class UnsupportedOperation(OSError, ValueError)".
    u.bases = new PyType[] {Exc.OSError, Exc.ValueError};
    u.mro =
        new PyType[] {
          u, Exc.OSError, Exc.ValueError, Exc.Exception, Exc.BaseException, PyType.OBJECT
        };
    Exc.ValueError.subclasses().add(u);
    StringIO.setup();
    BytesIO.setup();
    PyFile.setup();
  }

  /** A method of a stream type, run in a critical section on the stream. */
  static void def(PyType t, String name, int minArgs, Object fn) {
    Bootstrap.def(t, name, minArgs, fn).lockSelf = true;
  }

  /**
   * The methods both streams have in the same shape: position, truncation, the predicates, the
   * context manager, iteration by line, {@code readlines} and {@code writelines}. {@code period}:
   * whether the stream's own closed checks end their message with a period (BytesIO's do).
   */
  static void common(PyType t, boolean period) {
    Bootstrap.getset(t, "closed", (ts, s) -> PyBool.of(((Stream) s).closed), null);
    def(
        t,
        "tell",
        0,
        (PyBuiltin.F0)
            (ts, s) -> {
              ((Stream) s).checkClosed(ts, period);
              return PyInt.of(ts, ((Stream) s).pos);
            });
    def(
        t,
        "truncate",
        0,
        (PyBuiltin.F1)
            (ts, s, size) -> {
              Stream st = (Stream) s;
              st.checkClosed(ts, period);
              long n = size == null || size == PySingleton.NONE ? st.pos : sizeArg(ts, size);
              if (n < 0) {
                throw Exc.valueError(ts, (period ? "negative" : "Negative") + " size value " + n);
              }
              if (n < st.length()) {
                st.truncateTo((int) n);
              }
              return PyInt.of(ts, n);
            });
    for (String name : new String[] {"readable", "writable", "seekable"}) {
      def(
          t,
          name,
          0,
          (PyBuiltin.F0)
              (ts, s) -> {
                ((Stream) s).checkClosed(ts, period);
                return PyBool.TRUE;
              });
    }
    def(
        t,
        "isatty",
        0,
        (PyBuiltin.F0)
            (ts, s) -> {
              ((Stream) s).checkClosed(ts, true);
              return PyBool.FALSE;
            });
    def(
        t,
        "flush",
        0,
        (PyBuiltin.F0)
            (ts, s) -> {
              if (period) {
                ((Stream) s).checkClosed(ts, true);
              }
              return PySingleton.NONE;
            });
    def(
        t,
        "close",
        0,
        (PyBuiltin.F0)
            (ts, s) -> {
              Stream st = (Stream) s;
              st.closed = true;
              st.truncateTo(0);
              return PySingleton.NONE;
            });
    def(
        t,
        "__enter__",
        0,
        (PyBuiltin.F0)
            (ts, s) -> {
              ((Stream) s).checkClosed(ts, true);
              return Ops.newRef(ts, s);
            });
    def(
        t,
        "__exit__",
        0,
        (PyBuiltin.FN)
            (ts, s, a, off, n, kw) -> {
              Ops.decref(ts, Ops.callMethod(ts, s, "close"));
              return PySingleton.NONE;
            });
    def(
        t,
        "__iter__",
        0,
        (PyBuiltin.F0)
            (ts, s) -> {
              if (!period) {
                ((Stream) s).checkClosed(ts, true);
              }
              return Ops.newRef(ts, s);
            });
    def(
        t,
        "__next__",
        0,
        (PyBuiltin.F0)
            (ts, s) -> {
              Stream st = (Stream) s;
              st.checkClosed(ts, period);
              PyObject line = st.readline(ts, -1);
              if (st.isEmpty(line)) {
                Ops.decref(ts, line);
                throw Exc.stopIteration(ts, PySingleton.NONE);
              }
              return line;
            });
    def(
        t,
        "readline",
        0,
        (PyBuiltin.F1)
            (ts, s, size) -> {
              Stream st = (Stream) s;
              st.checkClosed(ts, period);
              long limit = size == null ? -1 : sizeArg(ts, size);
              return st.readline(ts, (int) Math.max(-1, Math.min(Integer.MAX_VALUE, limit)));
            });
    def(
        t,
        "readlines",
        0,
        (PyBuiltin.F1)
            (ts, s, hint) -> {
              Stream st = (Stream) s;
              long limit = hint == null ? -1 : sizeArg(ts, hint);
              st.checkClosed(ts, true);
              PyList out = new PyList(ts);
              long total = 0;
              while (true) {
                PyObject line = st.readline(ts, -1);
                if (st.isEmpty(line)) {
                  Ops.decref(ts, line);
                  return out;
                }
                long n = Ops.length(ts, line);
                out.appendSteal(ts, line);
                if (limit > 0 && n > limit - total) {
                  return out;
                }
                total += n;
              }
            });
    def(
        t,
        "writelines",
        1,
        (PyBuiltin.F1)
            (ts, s, lines) -> {
              Stream st = (Stream) s;
              st.checkClosed(ts, true);
              PyObject it = Ops.iter(ts, lines);
              try {
                PyObject line;
                while ((line = Ops.next(ts, it)) != null) {
                  try {
                    Ops.decref(ts, st.write(ts, line));
                  } finally {
                    Ops.decref(ts, line);
                  }
                }
              } finally {
                Ops.decref(ts, it);
              }
              return PySingleton.NONE;
            });
    def(
        t,
        "fileno",
        0,
        (PyBuiltin.F0)
            (ts, s) -> {
              throw Exc.raise(ts, UNSUPPORTED, "fileno");
            });
  }

  /** A size argument: an integer, or None for "all" (-1). */
  static long sizeArg(ThreadState ts, PyObject v) {
    if (v == PySingleton.NONE) {
      return -1;
    }
    if (!(v instanceof PyInt) && v.type.lookup("__index__") == null) {
      throw Exc.typeError(ts, "argument should be integer or None, not '" + v.typeName() + "'");
    }
    return Ops.index(ts, v);
  }
}
