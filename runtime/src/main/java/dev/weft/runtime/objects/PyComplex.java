package dev.weft.runtime.objects;

import dev.weft.runtime.format.FloatFormat;
import dev.weft.runtime.threads.ThreadState;

/** {@code complex}: two doubles. Arithmetic is the basic set; LANGUAGE.md asks for no more. */
public final class PyComplex extends PyObject {
  public static final PyType TYPE = PyType.builtin("complex", null, 0, null);

  public final double real, imag;

  PyComplex(ThreadState ts, double real, double imag) {
    super(ts.rc, TYPE);
    this.real = real;
    this.imag = imag;
  }

  private PyComplex(double real, double imag) {
    super(TYPE, true);
    this.real = real;
    this.imag = imag;
  }

  static PyComplex immortal(double real, double imag) {
    return new PyComplex(real, imag);
  }

  public static PyComplex of(ThreadState ts, double real, double imag) {
    return new PyComplex(ts, real, imag);
  }

  /** CPython's repr: {@code 1j}, {@code (1+2j)}, {@code (-0-1j)}. */
  @Override
  public String toString() {
    String im = part(imag) + "j";
    if (real == 0 && Math.copySign(1.0, real) > 0) {
      return im;
    }
    String sign =
        imag < 0 || (imag == 0 && Math.copySign(1.0, imag) < 0) || Double.isNaN(imag) && false
            ? ""
            : "+";
    if (im.startsWith("-")) {
      sign = "";
    }
    return "(" + part(real) + sign + im + ")";
  }

  private static String part(double v) {
    String r = FloatFormat.repr(v);
    return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
  }
}
