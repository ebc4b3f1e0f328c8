package dev.weft.runtime.objects;

import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard exception hierarchy (CPython 3.11's {@code Lib/test/exception_hierarchy.txt}) and
 * the helpers that raise them with CPython's wording.
 */
public final class Exc {
  private Exc() {}

  static final List<PyType> ALL = new ArrayList<>();

  private static PyType define(String name, PyType base) {
    PyType.Factory layout =
        base == PyType.OBJECT ? (ts, type) -> new PyBaseException(ts, type) : null;
    PyType t = PyType.builtin(name, base, PyType.BASETYPE, layout);
    ALL.add(t);
    return t;
  }

  public static final PyType BaseException = define("BaseException", PyType.OBJECT);
  public static final PyType SystemExit = define("SystemExit", BaseException);
  public static final PyType KeyboardInterrupt = define("KeyboardInterrupt", BaseException);
  public static final PyType GeneratorExit = define("GeneratorExit", BaseException);
  public static final PyType Exception = define("Exception", BaseException);
  public static final PyType StopIteration = define("StopIteration", Exception);
  public static final PyType StopAsyncIteration = define("StopAsyncIteration", Exception);
  public static final PyType ArithmeticError = define("ArithmeticError", Exception);
  public static final PyType FloatingPointError = define("FloatingPointError", ArithmeticError);
  public static final PyType OverflowError = define("OverflowError", ArithmeticError);
  public static final PyType ZeroDivisionError = define("ZeroDivisionError", ArithmeticError);
  public static final PyType AssertionError = define("AssertionError", Exception);
  public static final PyType AttributeError = define("AttributeError", Exception);
  public static final PyType BufferError = define("BufferError", Exception);
  public static final PyType EOFError = define("EOFError", Exception);
  public static final PyType ImportError = define("ImportError", Exception);
  public static final PyType ModuleNotFoundError = define("ModuleNotFoundError", ImportError);
  public static final PyType LookupError = define("LookupError", Exception);
  public static final PyType IndexError = define("IndexError", LookupError);
  public static final PyType KeyError = define("KeyError", LookupError);
  public static final PyType MemoryError = define("MemoryError", Exception);
  public static final PyType NameError = define("NameError", Exception);
  public static final PyType UnboundLocalError = define("UnboundLocalError", NameError);
  public static final PyType OSError = define("OSError", Exception);
  public static final PyType FileNotFoundError = define("FileNotFoundError", OSError);
  public static final PyType FileExistsError = define("FileExistsError", OSError);
  public static final PyType PermissionError = define("PermissionError", OSError);
  public static final PyType IsADirectoryError = define("IsADirectoryError", OSError);
  public static final PyType TimeoutError = define("TimeoutError", OSError);
  public static final PyType BlockingIOError = define("BlockingIOError", OSError);
  public static final PyType ChildProcessError = define("ChildProcessError", OSError);
  public static final PyType ConnectionError = define("ConnectionError", OSError);
  public static final PyType BrokenPipeError = define("BrokenPipeError", ConnectionError);
  public static final PyType ConnectionAbortedError =
      define("ConnectionAbortedError", ConnectionError);
  public static final PyType ConnectionRefusedError =
      define("ConnectionRefusedError", ConnectionError);
  public static final PyType ConnectionResetError = define("ConnectionResetError", ConnectionError);
  public static final PyType InterruptedError = define("InterruptedError", OSError);
  public static final PyType NotADirectoryError = define("NotADirectoryError", OSError);
  public static final PyType ProcessLookupError = define("ProcessLookupError", OSError);
  public static final PyType ReferenceError = define("ReferenceError", Exception);
  public static final PyType RuntimeError = define("RuntimeError", Exception);
  public static final PyType NotImplementedError = define("NotImplementedError", RuntimeError);
  public static final PyType RecursionError = define("RecursionError", RuntimeError);
  public static final PyType SyntaxError = define("SyntaxError", Exception);
  public static final PyType IndentationError = define("IndentationError", SyntaxError);
  public static final PyType TabError = define("TabError", IndentationError);
  public static final PyType SystemError = define("SystemError", Exception);
  public static final PyType TypeError = define("TypeError", Exception);
  public static final PyType ValueError = define("ValueError", Exception);
  public static final PyType UnicodeError = define("UnicodeError", ValueError);
  public static final PyType UnicodeDecodeError = define("UnicodeDecodeError", UnicodeError);
  public static final PyType UnicodeEncodeError = define("UnicodeEncodeError", UnicodeError);
  public static final PyType Warning = define("Warning", Exception);
  public static final PyType DeprecationWarning = define("DeprecationWarning", Warning);
  public static final PyType UserWarning = define("UserWarning", Warning);
  public static final PyType RuntimeWarning = define("RuntimeWarning", Warning);
  public static final PyType SyntaxWarning = define("SyntaxWarning", Warning);

  /** Every standard exception type, in hierarchy order. */
  public static List<PyType> all() {
    return List.copyOf(ALL);
  }

  /** A new exception of {@code type} whose args are {@code args} (new references taken). */
  public static PyBaseException create(ThreadState ts, PyType type, PyObject... args) {
    PyBaseException e = (PyBaseException) type.factory.create(ts, type);
    e.args = PyTuple.of(ts, args);
    return e;
  }

  /** An exception to throw: {@code type(message)}. */
  public static PyException raise(ThreadState ts, PyType type, String message) {
    PyStr m = PyStr.of(ts, message);
    PyBaseException e = create(ts, type, m);
    Ops.decref(ts, m);
    return new PyException(e);
  }

  public static PyException typeError(ThreadState ts, String message) {
    return raise(ts, TypeError, message);
  }

  public static PyException valueError(ThreadState ts, String message) {
    return raise(ts, ValueError, message);
  }

  public static PyException indexError(ThreadState ts, String message) {
    return raise(ts, IndexError, message);
  }

  public static PyException overflowError(ThreadState ts, String message) {
    return raise(ts, OverflowError, message);
  }

  public static PyException zeroDivision(ThreadState ts, String message) {
    return raise(ts, ZeroDivisionError, message);
  }

  public static PyException runtimeError(ThreadState ts, String message) {
    return raise(ts, RuntimeError, message);
  }

  public static PyException nameError(ThreadState ts, String name) {
    return raise(ts, NameError, "name '" + name + "' is not defined");
  }

  /** {@code KeyError(key)}: one argument, printed with its repr. */
  public static PyException keyError(ThreadState ts, PyObject key) {
    return new PyException(create(ts, KeyError, key));
  }

  public static PyException attributeError(ThreadState ts, PyObject obj, String name) {
    if (obj instanceof PyType t) {
      return raise(
          ts, AttributeError, "type object '" + t.name + "' has no attribute '" + name + "'");
    }
    if (obj instanceof PyModule m) {
      return raise(ts, AttributeError, "module '" + m.name() + "' has no attribute '" + name + "'");
    }
    return raise(
        ts, AttributeError, "'" + obj.typeName() + "' object has no attribute '" + name + "'");
  }

  /** {@code StopIteration(value)}, or a bare one for None. */
  public static PyException stopIteration(ThreadState ts, PyObject value) {
    if (value == PySingleton.NONE) {
      return new PyException(create(ts, StopIteration));
    }
    return new PyException(create(ts, StopIteration, value));
  }

  /** The value a StopIteration carries (new reference): its first argument, or None. */
  public static PyObject stopIterationValue(ThreadState ts, PyBaseException e) {
    PyObject v = e.args.items.length > 0 ? e.args.items[0] : PySingleton.NONE;
    Ops.incref(ts, v);
    return v;
  }
}
