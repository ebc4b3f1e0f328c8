package dev.weft.runtime.modules;

import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBool;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyException;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.ThreadState;
import java.io.PrintStream;

/**
 * {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr}: text streams over the runtime's
 * Java streams. A stream either writes ({@link #out}) or reads ({@link #in}).
 */
public final class TextStream extends PyObject {
  public static final PyType TYPE = PyType.builtin("TextIOWrapper", null, 0, null);

  public final PrintStream out;
  final StdinReader in;
  public final String name;

  public TextStream(ThreadState ts, PrintStream out, String name) {
    super(ts.rc, TYPE);
    this.out = out;
    this.in = null;
    this.name = name;
  }

  TextStream(ThreadState ts, StdinReader in, String name) {
    super(ts.rc, TYPE);
    this.out = null;
    this.in = in;
    this.name = name;
  }

  /** The reading side of {@code self}, or CPython's complaint about a write-only stream. */
  private static StdinReader reader(ThreadState ts, PyObject self) {
    StdinReader in = ((TextStream) self).in;
    if (in == null) {
      throw Exc.raise(ts, dev.weft.runtime.objects.IoBase.UNSUPPORTED, "not readable");
    }
    return in;
  }

  private static long limit(ThreadState ts, PyObject size) {
    return size == null || size == PySingleton.NONE ? -1 : Ops.index(ts, size);
  }

  private static void method(ThreadState ts, String name, int minArgs, Object impl) {
    TYPE.dict.putString(ts, name, PyBuiltin.method(TYPE, name, minArgs, impl));
  }

  private static void readingMethods(ThreadState ts) {
    method(
        ts,
        "readline",
        0,
        (PyBuiltin.F1) (t, self, size) -> PyStr.of(t, reader(t, self).readLine(t, limit(t, size))));
    method(
        ts,
        "read",
        0,
        (PyBuiltin.F1) (t, self, size) -> PyStr.of(t, reader(t, self).read(t, limit(t, size))));
    method(
        ts,
        "readlines",
        0,
        (PyBuiltin.F0)
            (t, self) -> {
              PyList lines = new PyList(t);
              String line;
              while (!(line = reader(t, self).readLine(t, -1)).isEmpty()) {
                lines.appendSteal(t, PyStr.of(t, line));
              }
              return lines;
            });
    method(ts, "__iter__", 0, (PyBuiltin.F0) (t, self) -> Ops.newRef(t, self));
    method(
        ts,
        "__next__",
        0,
        (PyBuiltin.F0)
            (t, self) -> {
              String line = reader(t, self).readLine(t, -1);
              if (line.isEmpty()) {
                throw new PyException(Exc.create(t, Exc.StopIteration));
              }
              return PyStr.of(t, line);
            });
    method(
        ts, "readable", 0, (PyBuiltin.F0) (t, self) -> PyBool.of(((TextStream) self).in != null));
    method(
        ts, "writable", 0, (PyBuiltin.F0) (t, self) -> PyBool.of(((TextStream) self).out != null));
    method(ts, "isatty", 0, (PyBuiltin.F0) (t, self) -> PyBool.FALSE);
  }

  /** {@code input()}'s line: the stream's next line without its newline; EOFError at the end. */
  static String inputLine(ThreadState ts, TextStream stdin) {
    String line = reader(ts, stdin).readLine(ts, -1);
    if (line.isEmpty()) {
      throw Exc.raise(ts, Exc.EOFError, "EOF when reading a line");
    }
    return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
  }

  static void setup(ThreadState ts) {
    dev.weft.runtime.objects.Bootstrap.ready(TYPE);
    if (TYPE.dict.getString("write") != null) {
      return;
    }
    TYPE.dict.putString(
        ts,
        "write",
        PyBuiltin.method(
            TYPE,
            "write",
            1,
            (PyBuiltin.F1)
                (t, self, s) -> {
                  if (!(s instanceof PyStr str)) {
                    throw Exc.typeError(t, "write() argument must be str, not " + s.typeName());
                  }
                  PrintStream out = ((TextStream) self).out;
                  if (out == null) {
                    throw Exc.raise(t, dev.weft.runtime.objects.IoBase.UNSUPPORTED, "not writable");
                  }
                  out.print(str.value);
                  return PyInt.of(t, str.length());
                }));
    TYPE.dict.putString(
        ts,
        "flush",
        PyBuiltin.method(
            TYPE,
            "flush",
            0,
            (PyBuiltin.F0)
                (t, self) -> {
                  if (((TextStream) self).out != null) {
                    ((TextStream) self).out.flush();
                  }
                  return PySingleton.NONE;
                }));
    readingMethods(ts);
    TYPE.refreshSpecialFlags();
  }

  @Override
  public String toString() {
    String mode = in != null ? "r" : "w";
    return "<_io.TextIOWrapper name='<" + name + ">' mode='" + mode + "' encoding='utf-8'>";
  }
}
