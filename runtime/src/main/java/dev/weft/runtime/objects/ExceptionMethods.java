package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;
import static dev.weft.runtime.objects.Bootstrap.getset;

import dev.weft.runtime.compiler.PySyntaxError;
import dev.weft.runtime.threads.ThreadState;

/** The methods and attributes of {@code BaseException} and the exceptions that add their own. */
public final class ExceptionMethods {
  private ExceptionMethods() {}

  /** {@code str(e)}: empty, the single argument's str, or the args tuple's repr. */
  static String str(ThreadState ts, PyBaseException e) {
    PyObject[] args = e.args.items;
    if (e.type.isSubtypeOf(Exc.KeyError) && args.length == 1) {
      return Ops.reprString(ts, args[0]);
    }
    if (args.length == 0) {
      return "";
    }
    if (args.length == 1) {
      return Ops.strString(ts, args[0]);
    }
    return Repr.builtinRepr(ts, e.args);
  }

  static String repr(ThreadState ts, PyBaseException e) {
    PyObject[] args = e.args.items;
    String name = e.type.name;
    if (args.length == 1) {
      return name + "(" + Ops.reprString(ts, args[0]) + ")";
    }
    return name + Repr.builtinRepr(ts, e.args);
  }

  /** A Python SyntaxError for a compiler error. */
  public static PyException syntaxError(ThreadState ts, PySyntaxError e) {
    PyType type =
        switch (e.kind().pythonName()) {
          case "IndentationError" -> Exc.IndentationError;
          case "TabError" -> Exc.TabError;
          default -> Exc.SyntaxError;
        };
    PyStr msg = PyStr.of(ts, e.message());
    PyBaseException exc = Exc.create(ts, type, msg);
    Ops.decref(ts, msg);
    PyDict d = exc.dict(ts);
    d.putStringSteal(ts, "msg", PyStr.of(ts, e.message()));
    d.putStringSteal(ts, "filename", PyStr.of(ts, e.filename()));
    d.putStringSteal(ts, "lineno", PyInt.of(ts, e.line()));
    d.putStringSteal(ts, "offset", PyInt.of(ts, e.offset()));
    d.putStringSteal(ts, "weft_formatted", PyStr.of(ts, e.format()));
    return new PyException(exc);
  }

  /** The whole CPython rendering of a compiler's SyntaxError, or null for a user-made one. */
  public static String syntaxErrorDetail(ThreadState ts, PyBaseException e) {
    PyDict d = e.dictOrNull();
    PyObject f = d == null ? null : d.getString("weft_formatted");
    if (f instanceof PyStr s) {
      String text = s.value;
      return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
    return null;
  }

  static void setup() {
    PyType b = Exc.BaseException;
    Bootstrap.newMethod(
        b,
        (ts, self, args, off, n, kw) -> {
          PyType cls = (PyType) args[off];
          PyBaseException e = (PyBaseException) cls.factory.create(ts, cls);
          int npos = n - 1 - (kw == null ? 0 : kw.items.length);
          e.args = PyTuple.copyOf(ts, args, off + 1, npos);
          return e;
        });
    def(
        b,
        "__init__",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> {
              PyBaseException e = (PyBaseException) self;
              int npos = n - (kw == null ? 0 : kw.items.length);
              if (kw != null
                  && kw.items.length > 0
                  && e.type.lookup("__init__") == Exc.BaseException.dict.getString("__init__")) {
                throw Exc.typeError(ts, e.type.name + "() takes no keyword arguments");
              }
              PyTuple old = e.args;
              e.args = PyTuple.copyOf(ts, args, off, npos);
              Ops.decref(ts, old);
              return PySingleton.NONE;
            });
    def(
        b,
        "__str__",
        0,
        (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, str(ts, (PyBaseException) self)));
    def(
        b,
        "__repr__",
        0,
        (PyBuiltin.F0) (ts, self) -> PyStr.of(ts, repr(ts, (PyBaseException) self)));
    def(
        b,
        "with_traceback",
        1,
        (PyBuiltin.F1)
            (ts, self, tb) -> {
              PyBaseException e = (PyBaseException) self;
              e.setTraceback(ts, tb == PySingleton.NONE ? null : Ops.newRef(ts, (PyTraceback) tb));
              return Ops.newRef(ts, self);
            });
    getset(
        b,
        "args",
        (ts, self) -> Ops.newRef(ts, ((PyBaseException) self).args),
        (ts, self, v) -> {
          PyBaseException e = (PyBaseException) self;
          PyTuple t = dev.weft.runtime.objects.SequenceOps.toTuple(ts, v);
          PyTuple old = e.args;
          e.args = t;
          Ops.decref(ts, old);
        });
    getset(
        b,
        "__traceback__",
        (ts, self) -> {
          PyTraceback tb = ((PyBaseException) self).traceback;
          return tb == null ? PySingleton.NONE : Ops.newRef(ts, tb);
        },
        (ts, self, v) ->
            ((PyBaseException) self)
                .setTraceback(
                    ts,
                    v == null || v == PySingleton.NONE ? null : Ops.newRef(ts, (PyTraceback) v)));
    getset(
        b,
        "__cause__",
        (ts, self) -> {
          PyBaseException c = ((PyBaseException) self).cause;
          return c == null ? PySingleton.NONE : Ops.newRef(ts, c);
        },
        (ts, self, v) ->
            ((PyBaseException) self).setCause(ts, v instanceof PyBaseException c ? c : null));
    getset(
        b,
        "__context__",
        (ts, self) -> {
          PyBaseException c = ((PyBaseException) self).context;
          return c == null ? PySingleton.NONE : Ops.newRef(ts, c);
        },
        (ts, self, v) ->
            ((PyBaseException) self).setContext(ts, v instanceof PyBaseException c ? c : null));
    getset(
        b,
        "__suppress_context__",
        (ts, self) -> PyBool.of(((PyBaseException) self).suppressContext),
        (ts, self, v) -> ((PyBaseException) self).suppressContext = v != null && Ops.isTrue(ts, v));
    getset(
        Exc.StopIteration,
        "value",
        (ts, self) -> Exc.stopIterationValue(ts, (PyBaseException) self),
        null);
    getset(
        Exc.SystemExit,
        "code",
        (ts, self) -> {
          PyObject[] a = ((PyBaseException) self).args.items;
          return Ops.newRef(
              ts,
              a.length == 0
                  ? PySingleton.NONE
                  : a.length == 1 ? a[0] : ((PyBaseException) self).args);
        },
        null);
    for (String attr : new String[] {"name", "obj"}) {
      getset(Exc.AttributeError, attr, (ts, self) -> attribute(ts, self, attr), null);
      getset(Exc.NameError, attr, (ts, self) -> attribute(ts, self, attr), null);
    }
    for (String attr : new String[] {"msg", "filename", "lineno", "offset", "text"}) {
      getset(
          Exc.SyntaxError,
          attr,
          (ts, self) -> attribute(ts, self, attr),
          (ts, self, v) -> ((PyBaseException) self).dict(ts).putString(ts, attr, v));
    }
    getset(Exc.ImportError, "name", (ts, self) -> attribute(ts, self, "name"), null);
    osError();
  }

  /**
   * OSError as CPython's {@code OSError_new}: called on OSError itself with an errno it knows, it
   * makes the matching subclass (ENOENT a FileNotFoundError ...); with 2 to 5 arguments it keeps
   * errno, strerror, filename and filename2 as attributes and {@code args} is just {@code (errno,
   * strerror)}. Its {@code __init__} leaves that alone, and {@code __str__} is {@code [Errno 2] No
   * such file or directory: 'name'}.
   */
  private static void osError() {
    PyType o = Exc.OSError;
    Bootstrap.newMethod(
        o,
        (ts, self, args, off, n, kw) -> {
          PyType cls = (PyType) args[off];
          int npos = n - 1 - (kw == null ? 0 : kw.items.length);
          if (cls == Exc.OSError && npos >= 2 && npos <= 5 && args[off + 1] instanceof PyInt no) {
            PyType sub = errnoSubclass(no.isBig() ? -1 : no.value);
            if (sub != null) {
              cls = sub;
            }
          }
          PyBaseException e = (PyBaseException) cls.factory.create(ts, cls);
          if (npos >= 2 && npos <= 5) {
            String[] names = {"errno", "strerror", "filename", "winerror", "filename2"};
            for (int i = 0; i < npos; i++) {
              if (i != 3) {
                e.dict(ts).putString(ts, names[i], args[off + 1 + i]);
              }
            }
            e.args = PyTuple.copyOf(ts, args, off + 1, 2);
          } else {
            e.args = PyTuple.copyOf(ts, args, off + 1, npos);
          }
          return e;
        });
    def(o, "__init__", 0, (PyBuiltin.FN) (ts, self, args, off, n, kw) -> PySingleton.NONE);
    for (String attr : new String[] {"errno", "strerror", "filename", "filename2"}) {
      getset(
          o,
          attr,
          (ts, self) -> attribute(ts, self, attr),
          (ts, self, v) -> ((PyBaseException) self).dict(ts).putString(ts, attr, v));
    }
    def(
        o,
        "__str__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyBaseException e = (PyBaseException) self;
              PyDict d = e.dictOrNull();
              PyObject errno = d == null ? null : d.getString("errno");
              PyObject strerror = d == null ? null : d.getString("strerror");
              PyObject filename = d == null ? null : d.getString("filename");
              PyObject filename2 = d == null ? null : d.getString("filename2");
              if (errno == null || strerror == null) {
                return PyStr.of(ts, str(ts, e));
              }
              String head =
                  "[Errno " + Ops.strString(ts, errno) + "] " + Ops.strString(ts, strerror);
              if (filename != null && filename != PySingleton.NONE) {
                head += ": " + Ops.reprString(ts, filename);
                if (filename2 != null && filename2 != PySingleton.NONE) {
                  head += " -> " + Ops.reprString(ts, filename2);
                }
              }
              return PyStr.of(ts, head);
            });
  }

  /** CPython's errno-to-subclass table ({@code Objects/exceptions.c}), with Linux's numbers. */
  private static PyType errnoSubclass(long errno) {
    return switch ((int) errno) {
      case 11, 114, 115 -> Exc.BlockingIOError; // EAGAIN (= EWOULDBLOCK), EALREADY, EINPROGRESS
      case 10 -> Exc.ChildProcessError; // ECHILD
      case 32, 108 -> Exc.BrokenPipeError; // EPIPE, ESHUTDOWN
      case 103 -> Exc.ConnectionAbortedError; // ECONNABORTED
      case 111 -> Exc.ConnectionRefusedError; // ECONNREFUSED
      case 104 -> Exc.ConnectionResetError; // ECONNRESET
      case 17 -> Exc.FileExistsError; // EEXIST
      case 2 -> Exc.FileNotFoundError; // ENOENT
      case 21 -> Exc.IsADirectoryError; // EISDIR
      case 20 -> Exc.NotADirectoryError; // ENOTDIR
      case 4 -> Exc.InterruptedError; // EINTR
      case 1, 13 -> Exc.PermissionError; // EPERM, EACCES
      case 3 -> Exc.ProcessLookupError; // ESRCH
      case 110 -> Exc.TimeoutError; // ETIMEDOUT
      default -> null;
    };
  }

  private static PyObject attribute(ThreadState ts, PyObject self, String name) {
    PyDict d = ((PyBaseException) self).dictOrNull();
    PyObject v = d == null ? null : d.getString(name);
    return Ops.newRef(ts, v == null ? PySingleton.NONE : v);
  }
}
