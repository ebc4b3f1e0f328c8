package dev.weft.runtime.modules;

import static dev.weft.runtime.modules.MathArgs.asDouble;

import dev.weft.runtime.objects.Arith;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The summing functions of {@code math}: {@code fsum} (Shewchuk's exact summation), {@code hypot}
 * and {@code dist} (CPython's {@code vector_norm}), and {@code prod}.
 *
 * <p>{@code fsum} keeps the running sum as a list of non-overlapping partials whose exact sum is
 * the exact sum of the items so far (Shewchuk, "Adaptive Precision Floating-Point Arithmetic and
 * Fast Robust Geometric Predicates"; the recipe is ASPN 393090), then rounds it once, half to even
 * across partials. {@code vector_norm} scales the coordinates by a power of two so that the largest
 * lies in [0.5, 1), sums their squares with every rounding error kept (each square split in two
 * halves, Dekker's method), takes the square root and corrects it with one Newton step computed in
 * the same extended precision.
 */
final class MathSums {
  private MathSums() {}

  /** Veltkamp's splitting constant 2**27 + 1: x*T27 splits a double into two 26-bit halves. */
  private static final double T27 = 134217729.0;

  private static final double DBL_MIN = Double.MIN_NORMAL;

  static void register(PyModule m, ThreadState ts) {
    MathArgs.unary(m, ts, "fsum", (t, seq) -> PyFloat.of(t, fsum(t, seq)));
    MathArgs.varargs(m, ts, "hypot", MathSums::hypot);
    MathArgs.binary(m, ts, "dist", MathSums::dist);
    MathArgs.put(m, ts, "prod", MathSums::prod);
  }

  // --- fsum ---

  static double fsum(ThreadState ts, PyObject seq) {
    PyObject it = Ops.iter(ts, seq);
    try {
      Partials p = new Partials();
      for (PyObject item = Ops.next(ts, it); item != null; item = Ops.next(ts, it)) {
        double x;
        try {
          x = asDouble(ts, item);
        } finally {
          Ops.decref(ts, item);
        }
        if (!p.add(x)) {
          throw Exc.overflowError(ts, "intermediate overflow in fsum");
        }
      }
      // As in C, a NaN special sum is != 0.0 too.
      if (p.specialSum != 0.0) {
        if (Double.isNaN(p.infSum)) {
          throw Exc.valueError(ts, "-inf + inf in fsum");
        }
        return p.specialSum;
      }
      return p.round();
    } finally {
      Ops.decref(ts, it);
    }
  }

  /** The partials of {@code fsum}, with the sums of the infinities and NaNs seen on the side. */
  static final class Partials {
    private double[] p = new double[32];
    private int n;
    double specialSum, infSum;

    /** Adds x exactly; false on an intermediate overflow (finite items, infinite sum). */
    boolean add(double x) {
      double xsave = x;
      int i = 0;
      for (int j = 0; j < n; j++) {
        double y = p[j];
        if (Math.abs(x) < Math.abs(y)) {
          double t = x;
          x = y;
          y = t;
        }
        double hi = x + y;
        double lo = y - (hi - x);
        if (lo != 0.0) {
          p[i++] = lo;
        }
        x = hi;
      }
      n = i;
      if (x != 0.0) {
        if (!Double.isFinite(x)) {
          // From an inf or nan item, or from overflow of finite ones.
          if (Double.isFinite(xsave)) {
            return false;
          }
          if (Double.isInfinite(xsave)) {
            infSum += xsave;
          }
          specialSum += xsave;
          n = 0;
        } else {
          if (n == p.length) {
            p = Arrays.copyOf(p, 2 * n);
          }
          p[n++] = x;
        }
      }
      return true;
    }

    /** The partials' exact sum, correctly rounded. */
    double round() {
      double hi = 0.0;
      if (n == 0) {
        return hi;
      }
      hi = p[--n];
      double lo = 0.0;
      // Add from the top while the sum stays exact.
      while (n > 0) {
        double x = hi, y = p[--n];
        hi = x + y;
        double yr = hi - x;
        lo = y - yr;
        if (lo != 0.0) {
          break;
        }
      }
      // Half-even rounding across partials: when lo is exactly half an ulp and the next partial
      // pushes in the same direction, round away.
      if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
        double y = lo * 2.0;
        double x = hi + y;
        double yr = x - hi;
        if (y == yr) {
          hi = x;
        }
      }
      return hi;
    }
  }

  // --- hypot and dist ---

  private static PyObject hypot(ThreadState ts, PyObject[] args, int off, int n) {
    double[] coordinates = new double[n];
    double max = 0.0;
    boolean foundNan = false;
    for (int i = 0; i < n; i++) {
      double x = Math.abs(asDouble(ts, args[off + i]));
      coordinates[i] = x;
      foundNan |= Double.isNaN(x);
      if (x > max) {
        max = x;
      }
    }
    return PyFloat.of(ts, vectorNorm(coordinates, max, foundNan));
  }

  private static PyObject dist(ThreadState ts, PyObject p, PyObject q) {
    PyObject[] ps = items(ts, p);
    try {
      PyObject[] qs = items(ts, q);
      try {
        if (ps.length != qs.length) {
          throw Exc.valueError(ts, "both points must have the same number of dimensions");
        }
        double[] diffs = new double[ps.length];
        double max = 0.0;
        boolean foundNan = false;
        for (int i = 0; i < ps.length; i++) {
          double px = asDouble(ts, ps[i]);
          double qx = asDouble(ts, qs[i]);
          double x = Math.abs(px - qx);
          diffs[i] = x;
          foundNan |= Double.isNaN(x);
          if (x > max) {
            max = x;
          }
        }
        return PyFloat.of(ts, vectorNorm(diffs, max, foundNan));
      } finally {
        if (!(q instanceof PyTuple)) {
          release(ts, qs);
        }
      }
    } finally {
      if (!(p instanceof PyTuple)) {
        release(ts, ps);
      }
    }
  }

  /** A tuple's items (borrowed), or the items of any other iterable (new references). */
  private static PyObject[] items(ThreadState ts, PyObject o) {
    if (o instanceof PyTuple t) {
      return t.items;
    }
    List<PyObject> list = new ArrayList<>();
    PyObject it = Ops.iter(ts, o);
    try {
      for (PyObject item = Ops.next(ts, it); item != null; item = Ops.next(ts, it)) {
        list.add(item);
      }
    } catch (RuntimeException e) {
      release(ts, list.toArray(new PyObject[0]));
      throw e;
    } finally {
      Ops.decref(ts, it);
    }
    return list.toArray(new PyObject[0]);
  }

  private static void release(ThreadState ts, PyObject[] items) {
    for (PyObject item : items) {
      Ops.decref(ts, item);
    }
  }

  /**
   * {@code vector_norm}: the Euclidean norm of non-negative coordinates whose largest is {@code
   * max}; {@code vec} is scaled in place.
   */
  static double vectorNorm(double[] vec, double max, boolean foundNan) {
    if (Double.isInfinite(max)) {
      return max;
    }
    if (foundNan) {
      return Double.NaN;
    }
    if (max == 0.0 || vec.length <= 1) {
      return max;
    }
    int maxE = MathModule.frexpExponent(max);
    if (maxE < -1023) {
      // 2**-maxE would overflow: make the subnormals normal first.
      for (int i = 0; i < vec.length; i++) {
        vec[i] /= DBL_MIN;
      }
      return DBL_MIN * vectorNorm(vec, max / DBL_MIN, foundNan);
    }
    double scale = Libm.ldexp(1.0, -maxE);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    for (double v : vec) {
      double x = v * scale;
      double t = x * T27;
      double hi = t - (t - x);
      double lo = x - hi;
      // x*x = hi*hi + 2*hi*lo + lo*lo, each term added to csum with its rounding error kept.
      x = hi * hi;
      double oldcsum = csum;
      csum += x;
      frac1 += (oldcsum - csum) + x;
      x = 2.0 * hi * lo;
      oldcsum = csum;
      csum += x;
      frac2 += (oldcsum - csum) + x;
      frac3 += lo * lo;
    }
    double h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    // One Newton step: subtract h*h, in the same extended precision, and correct h.
    double t = h * T27;
    double hi = t - (t - h);
    double lo = h - hi;
    double x = -hi * hi;
    double oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }

  // --- prod ---

  private static final String[] PROD_PARAMETERS = {"iterable", "start"};

  /**
   * {@code prod(iterable, /, *, start=1)}: {@code start * item * item ...} with the {@code *}
   * operator (CPython's int and float fast paths compute the same values).
   */
  private static PyObject prod(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kwnames) {
    PyObject[] v = MathArgs.keywords(ts, "prod", args, off, n, kwnames, PROD_PARAMETERS, 1, 1, 1);
    PyObject it = Ops.iter(ts, v[0]);
    PyObject result = v[1] == null ? PyInt.ONE : v[1];
    Ops.incref(ts, result);
    try {
      for (PyObject item = Ops.next(ts, it); item != null; item = Ops.next(ts, it)) {
        PyObject product;
        try {
          product = Arith.binary(ts, result, item, Arith.MUL);
        } finally {
          Ops.decref(ts, item);
        }
        Ops.decref(ts, result);
        result = product;
      }
    } catch (RuntimeException e) {
      Ops.decref(ts, result);
      throw e;
    } finally {
      Ops.decref(ts, it);
    }
    return result;
  }
}
