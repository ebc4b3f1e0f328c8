package dev.weft.runtime.modules;

import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.ThreadState;
import java.io.PrintStream;

/** {@code sys.stdout} and {@code sys.stderr}: text streams over the runtime's Java streams. */
public final class TextStream extends PyObject {
  public static final PyType TYPE = PyType.builtin("TextIOWrapper", null, 0, null);

  public final PrintStream out;
  public final String name;

  public TextStream(ThreadState ts, PrintStream out, String name) {
    super(ts.rc, TYPE);
    this.out = out;
    this.name = name;
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
                  ((TextStream) self).out.print(str.value);
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
                  ((TextStream) self).out.flush();
                  return PySingleton.NONE;
                }));
    TYPE.refreshSpecialFlags();
  }

  @Override
  public String toString() {
    return "<_io.TextIOWrapper name='<" + name + ">' mode='w' encoding='utf-8'>";
  }
}
