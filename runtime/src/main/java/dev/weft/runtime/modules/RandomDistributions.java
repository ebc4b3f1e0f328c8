package dev.weft.runtime.modules;

import dev.weft.runtime.objects.Arith;
import dev.weft.runtime.objects.Compare;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyException;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.threads.ThreadState;

/**
 * The real-valued distributions of {@code random.Random}, with random.py's (3.11) formulas, draw
 * order and rejection loops, so a seeded generator gives CPython's values bit for bit: the draws
 * and the intermediate math are doubles, the transcendental functions are the C library's ({@link
 * Libm}, as CPython's {@code math} calls them, with its domain and range errors), and wherever
 * random.py combines a caller's parameter with a value, the runtime's own operators do it, so ints,
 * floats and wrong types behave (and fail) as they do there.
 */
final class RandomDistributions {
  private RandomDistributions() {}

  static final double TWOPI = 2.0 * Math.PI;
  static final double NV_MAGICCONST = 4 * Libm.exp(-0.5) / Math.sqrt(2.0);
  static final double LOG4 = Libm.log(4.0);
  static final double SG_MAGICCONST = 1.0 + Libm.log(4.5);

  private static final PythonSignature UNIFORM =
      new PythonSignature("Random.uniform", 2, 2, "a", "b");
  private static final PythonSignature TRIANGULAR =
      new PythonSignature("Random.triangular", 0, 3, "low", "high", "mode");
  private static final PythonSignature NORMALVARIATE =
      new PythonSignature("Random.normalvariate", 0, 2, "mu", "sigma");
  private static final PythonSignature GAUSS =
      new PythonSignature("Random.gauss", 0, 2, "mu", "sigma");
  private static final PythonSignature LOGNORMVARIATE =
      new PythonSignature("Random.lognormvariate", 2, 2, "mu", "sigma");
  private static final PythonSignature EXPOVARIATE =
      new PythonSignature("Random.expovariate", 1, 1, "lambd");
  private static final PythonSignature VONMISESVARIATE =
      new PythonSignature("Random.vonmisesvariate", 2, 2, "mu", "kappa");
  private static final PythonSignature GAMMAVARIATE =
      new PythonSignature("Random.gammavariate", 2, 2, "alpha", "beta");
  private static final PythonSignature BETAVARIATE =
      new PythonSignature("Random.betavariate", 2, 2, "alpha", "beta");
  private static final PythonSignature PARETOVARIATE =
      new PythonSignature("Random.paretovariate", 1, 1, "alpha");
  private static final PythonSignature WEIBULLVARIATE =
      new PythonSignature("Random.weibullvariate", 2, 2, "alpha", "beta");

  private static PyBuiltin normalvariateMethod, gammavariateMethod;

  static void define(ThreadState ts) {
    RandomType.def(ts, RandomType.RANDOM, "uniform", RandomDistributions::uniform);
    RandomType.def(ts, RandomType.RANDOM, "triangular", RandomDistributions::triangular);
    normalvariateMethod =
        RandomType.def(
            ts,
            RandomType.RANDOM,
            "normalvariate",
            (t, self, args, off, n, kw) -> {
              PyObject[] a = NORMALVARIATE.bind(t, args, off, n, kw);
              return normalvariate(t, self, a[0], a[1]);
            });
    RandomType.def(ts, RandomType.RANDOM, "gauss", RandomDistributions::gauss);
    RandomType.def(ts, RandomType.RANDOM, "lognormvariate", RandomDistributions::lognormvariate);
    RandomType.def(ts, RandomType.RANDOM, "expovariate", RandomDistributions::expovariate);
    RandomType.def(ts, RandomType.RANDOM, "vonmisesvariate", RandomDistributions::vonmises);
    gammavariateMethod =
        RandomType.def(
            ts,
            RandomType.RANDOM,
            "gammavariate",
            (t, self, args, off, n, kw) -> {
              PyObject[] a = GAMMAVARIATE.bind(t, args, off, n, kw);
              return gammavariate(t, self, a[0], a[1]);
            });
    RandomType.def(ts, RandomType.RANDOM, "betavariate", RandomDistributions::betavariate);
    RandomType.def(ts, RandomType.RANDOM, "paretovariate", RandomDistributions::paretovariate);
    RandomType.def(ts, RandomType.RANDOM, "weibullvariate", RandomDistributions::weibull);
  }

  // --- uniform and triangular ---

  /** {@code a + (b - a) * self.random()}. */
  private static PyObject uniform(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    PyObject[] p = UNIFORM.bind(ts, args, off, n, kw);
    PyObject width = Arith.binary(ts, p[1], p[0], Arith.SUB);
    try {
      PyObject scaled = op(ts, width, RandomDraws.random(ts, self), Arith.MUL);
      try {
        return Arith.binary(ts, p[0], scaled, Arith.ADD);
      } finally {
        Ops.decref(ts, scaled);
      }
    } finally {
      Ops.decref(ts, width);
    }
  }

  private static PyObject triangular(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    PyObject[] p = TRIANGULAR.bind(ts, args, off, n, kw);
    PyObject low = p[0] == null ? PyFloat.of(ts, 0.0) : Ops.newRef(ts, p[0]);
    PyObject high = p[1] == null ? PyFloat.of(ts, 1.0) : Ops.newRef(ts, p[1]);
    try {
      double u = RandomDraws.random(ts, self);
      PyObject c = modeFraction(ts, low, high, p[2]);
      if (c == null) {
        return Ops.newRef(ts, low);
      }
      try {
        PyObject uu = PyFloat.of(ts, u);
        boolean above;
        try {
          above = RandomDraws.compare(ts, uu, c, Compare.GT);
        } finally {
          Ops.decref(ts, uu);
        }
        if (above) {
          u = 1.0 - u;
          PyObject flipped = rop(ts, 1.0, c, Arith.SUB);
          Ops.decref(ts, c);
          c = flipped;
          PyObject t = low;
          low = high;
          high = t;
        }
        return triangularValue(ts, low, high, u, c);
      } finally {
        Ops.decref(ts, c);
      }
    } finally {
      Ops.decref(ts, low);
      Ops.decref(ts, high);
    }
  }

  /** {@code 0.5 if mode is None else (mode - low) / (high - low)}; null on ZeroDivisionError. */
  private static PyObject modeFraction(ThreadState ts, PyObject low, PyObject high, PyObject mode) {
    if (mode == null || mode == PySingleton.NONE) {
      return PyFloat.of(ts, 0.5);
    }
    PyObject above = Arith.binary(ts, mode, low, Arith.SUB);
    try {
      PyObject width = Arith.binary(ts, high, low, Arith.SUB);
      try {
        return Arith.binary(ts, above, width, Arith.TRUEDIV);
      } finally {
        Ops.decref(ts, width);
      }
    } catch (PyException e) {
      if (!e.matches(Exc.ZeroDivisionError)) {
        throw e;
      }
      Ops.decref(ts, e.value);
      return null;
    } finally {
      Ops.decref(ts, above);
    }
  }

  /** {@code low + (high - low) * sqrt(u * c)}. */
  private static PyObject triangularValue(
      ThreadState ts, PyObject low, PyObject high, double u, PyObject c) {
    PyObject width = Arith.binary(ts, high, low, Arith.SUB);
    try {
      PyObject uc = rop(ts, u, c, Arith.MUL);
      double root;
      try {
        root = MathFunctions.sqrt(ts, RandomDraws.real(ts, uc));
      } finally {
        Ops.decref(ts, uc);
      }
      PyObject scaled = op(ts, width, root, Arith.MUL);
      try {
        return Arith.binary(ts, low, scaled, Arith.ADD);
      } finally {
        Ops.decref(ts, scaled);
      }
    } finally {
      Ops.decref(ts, width);
    }
  }

  // --- normal, log-normal, exponential ---

  /** Kinderman and Monahan's ratio-of-uniforms method, as random.py. */
  static PyObject normalvariate(ThreadState ts, PyObject self, PyObject mu, PyObject sigma) {
    double z;
    while (true) {
      double u1 = RandomDraws.random(ts, self);
      double u2 = 1.0 - RandomDraws.random(ts, self);
      z = NV_MAGICCONST * (u1 - 0.5) / u2;
      double zz = z * z / 4.0;
      if (zz <= -MathFunctions.log(ts, u2)) {
        break;
      }
    }
    PyObject zz = PyFloat.of(ts, z);
    try {
      return shift(ts, mu, zz, sigma);
    } finally {
      Ops.decref(ts, zz);
    }
  }

  /** {@code mu + z * sigma}; a parameter not given is random.py's default, 0.0 or 1.0. */
  private static PyObject shift(ThreadState ts, PyObject mu, PyObject z, PyObject sigma) {
    PyObject scaled =
        sigma == null ? op(ts, z, 1.0, Arith.MUL) : Arith.binary(ts, z, sigma, Arith.MUL);
    try {
      return mu == null ? rop(ts, 0.0, scaled, Arith.ADD) : Arith.binary(ts, mu, scaled, Arith.ADD);
    } finally {
      Ops.decref(ts, scaled);
    }
  }

  /** The Box-Muller transform: two deviates per pair of draws, the second kept in gauss_next. */
  private static PyObject gauss(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    PyObject[] p = GAUSS.bind(ts, args, off, n, kw);
    PyObject z = RandomState.gaussNext(ts, self);
    try {
      RandomState.setGaussNext(ts, self, PySingleton.NONE);
      if (z == PySingleton.NONE) {
        double x2pi = RandomDraws.random(ts, self) * TWOPI;
        double g2rad =
            MathFunctions.sqrt(
                ts, -2.0 * MathFunctions.log(ts, 1.0 - RandomDraws.random(ts, self)));
        Ops.decref(ts, z);
        z = PyFloat.of(ts, MathFunctions.cos(ts, x2pi) * g2rad);
        PyObject next = PyFloat.of(ts, MathFunctions.sin(ts, x2pi) * g2rad);
        try {
          RandomState.setGaussNext(ts, self, next);
        } finally {
          Ops.decref(ts, next);
        }
      }
      return shift(ts, p[0], z, p[1]);
    } finally {
      Ops.decref(ts, z);
    }
  }

  /** {@code exp(self.normalvariate(mu, sigma))}. */
  private static PyObject lognormvariate(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    PyObject[] p = LOGNORMVARIATE.bind(ts, args, off, n, kw);
    PyObject normal;
    if (self.type.lookup("normalvariate") == normalvariateMethod
        && !RandomDraws.shadowed(self, "normalvariate")) {
      normal = normalvariate(ts, self, p[0], p[1]);
    } else {
      normal = Ops.callMethod(ts, self, "normalvariate", p[0], p[1]);
    }
    try {
      return PyFloat.of(ts, MathFunctions.exp(ts, RandomDraws.real(ts, normal)));
    } finally {
      Ops.decref(ts, normal);
    }
  }

  /** {@code -log(1.0 - self.random()) / lambd}. */
  private static PyObject expovariate(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    PyObject lambd = EXPOVARIATE.bind(ts, args, off, n, kw)[0];
    double e = -MathFunctions.log(ts, 1.0 - RandomDraws.random(ts, self));
    return rop(ts, e, lambd, Arith.TRUEDIV);
  }

  // --- von Mises ---

  /** Best and Fisher's rejection method (Applied Statistics 28, 1979), as random.py. */
  private static PyObject vonmises(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    PyObject[] p = VONMISESVARIATE.bind(ts, args, off, n, kw);
    PyObject mu = p[0], kappa = p[1];
    PyObject tiny = PyFloat.of(ts, 1e-6);
    try {
      if (RandomDraws.compare(ts, kappa, tiny, Compare.LE)) {
        return PyFloat.of(ts, TWOPI * RandomDraws.random(ts, self));
      }
    } finally {
      Ops.decref(ts, tiny);
    }
    double s = real(ts, rop(ts, 0.5, kappa, Arith.TRUEDIV));
    double r = s + MathFunctions.sqrt(ts, 1.0 + s * s);
    double z;
    while (true) {
      double u1 = RandomDraws.random(ts, self);
      z = MathFunctions.cos(ts, Math.PI * u1);
      double d = z / (r + z);
      double u2 = RandomDraws.random(ts, self);
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * MathFunctions.exp(ts, d)) {
        break;
      }
    }
    double q = 1.0 / r;
    double f = (q + z) / (1.0 + q * z);
    double u3 = RandomDraws.random(ts, self);
    PyObject angle = PyFloat.of(ts, MathFunctions.acos(ts, f));
    try {
      PyObject theta = Arith.binary(ts, mu, angle, u3 > 0.5 ? Arith.ADD : Arith.SUB);
      try {
        return op(ts, theta, TWOPI, Arith.MOD);
      } finally {
        Ops.decref(ts, theta);
      }
    } finally {
      Ops.decref(ts, angle);
    }
  }

  // --- gamma and beta ---

  static PyObject gammavariate(ThreadState ts, PyObject self, PyObject alpha, PyObject beta) {
    PyObject zero = PyFloat.of(ts, 0.0);
    try {
      if (RandomDraws.compare(ts, alpha, zero, Compare.LE)
          || RandomDraws.compare(ts, beta, zero, Compare.LE)) {
        throw Exc.valueError(ts, "gammavariate: alpha and beta must be > 0.0");
      }
    } finally {
      Ops.decref(ts, zero);
    }
    double a = RandomDraws.real(ts, alpha);
    double x;
    if (a > 1.0) {
      x = gammaAboveOne(ts, self, a);
    } else if (a == 1.0) {
      x = -MathFunctions.log(ts, 1.0 - RandomDraws.random(ts, self));
    } else {
      x = gammaBelowOne(ts, self, a);
    }
    return op(ts, beta, x, Arith.MUL, true);
  }

  /** Cheng's GB algorithm (Applied Statistics 26, 1977) for alpha > 1. */
  private static double gammaAboveOne(ThreadState ts, PyObject self, double alpha) {
    double ainv = MathFunctions.sqrt(ts, 2.0 * alpha - 1.0);
    double bbb = alpha - LOG4;
    double ccc = alpha + ainv;
    while (true) {
      double u1 = RandomDraws.random(ts, self);
      if (!(1e-7 < u1 && u1 < 0.9999999)) {
        continue;
      }
      double u2 = 1.0 - RandomDraws.random(ts, self);
      double v = MathFunctions.log(ts, u1 / (1.0 - u1)) / ainv;
      double x = alpha * MathFunctions.exp(ts, v);
      double z = u1 * u1 * u2;
      double r = bbb + ccc * v - x;
      if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= MathFunctions.log(ts, z)) {
        return x;
      }
    }
  }

  /** Ahrens and Dieter's GS algorithm for alpha < 1, as random.py. */
  private static double gammaBelowOne(ThreadState ts, PyObject self, double alpha) {
    while (true) {
      double u = RandomDraws.random(ts, self);
      double b = (Math.E + alpha) / Math.E;
      double p = b * u;
      double x =
          p <= 1.0
              ? MathFunctions.pow(ts, p, 1.0 / alpha)
              : -MathFunctions.log(ts, (b - p) / alpha);
      double u1 = RandomDraws.random(ts, self);
      if (p > 1.0) {
        if (u1 <= MathFunctions.pow(ts, x, alpha - 1.0)) {
          return x;
        }
      } else if (u1 <= MathFunctions.exp(ts, -x)) {
        return x;
      }
    }
  }

  /** {@code y / (y + gammavariate(beta, 1.0))} with {@code y = gammavariate(alpha, 1.0)}. */
  private static PyObject betavariate(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    PyObject[] p = BETAVARIATE.bind(ts, args, off, n, kw);
    PyObject y = gamma(ts, self, p[0]);
    try {
      if (!Ops.isTrue(ts, y)) {
        return PyFloat.of(ts, 0.0);
      }
      PyObject other = gamma(ts, self, p[1]);
      try {
        PyObject sum = Arith.binary(ts, y, other, Arith.ADD);
        try {
          return Arith.binary(ts, y, sum, Arith.TRUEDIV);
        } finally {
          Ops.decref(ts, sum);
        }
      } finally {
        Ops.decref(ts, other);
      }
    } finally {
      Ops.decref(ts, y);
    }
  }

  /** {@code self.gammavariate(alpha, 1.0)}. */
  private static PyObject gamma(ThreadState ts, PyObject self, PyObject alpha) {
    PyObject one = PyFloat.of(ts, 1.0);
    try {
      if (self.type.lookup("gammavariate") == gammavariateMethod
          && !RandomDraws.shadowed(self, "gammavariate")) {
        return gammavariate(ts, self, alpha, one);
      }
      return Ops.callMethod(ts, self, "gammavariate", alpha, one);
    } finally {
      Ops.decref(ts, one);
    }
  }

  // --- Pareto and Weibull ---

  /** {@code (1.0 - self.random()) ** (-1.0 / alpha)}. */
  private static PyObject paretovariate(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    PyObject alpha = PARETOVARIATE.bind(ts, args, off, n, kw)[0];
    double u = 1.0 - RandomDraws.random(ts, self);
    double exponent = real(ts, rop(ts, -1.0, alpha, Arith.TRUEDIV));
    return PyFloat.of(ts, MathFunctions.pow(ts, u, exponent));
  }

  /** {@code alpha * (-log(1.0 - self.random())) ** (1.0 / beta)}. */
  private static PyObject weibull(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    PyObject[] p = WEIBULLVARIATE.bind(ts, args, off, n, kw);
    double u = 1.0 - RandomDraws.random(ts, self);
    double base = -MathFunctions.log(ts, u);
    double exponent = real(ts, rop(ts, 1.0, p[1], Arith.TRUEDIV));
    return op(ts, p[0], MathFunctions.pow(ts, base, exponent), Arith.MUL, false);
  }

  // --- Arithmetic between a parameter and a float ---

  /** {@code a <op> x} for a float {@code x} (a new reference). */
  private static PyObject op(ThreadState ts, PyObject a, double x, int operator) {
    return op(ts, a, x, operator, false);
  }

  /**
   * {@code a <op> x}, or {@code x <op> a} when {@code floatFirst}; either way the float is the
   * operand random.py has on that side.
   */
  private static PyObject op(
      ThreadState ts, PyObject a, double x, int operator, boolean floatFirst) {
    PyObject f = PyFloat.of(ts, x);
    try {
      return floatFirst ? Arith.binary(ts, f, a, operator) : Arith.binary(ts, a, f, operator);
    } finally {
      Ops.decref(ts, f);
    }
  }

  /** {@code x <op> b} for a float {@code x} (a new reference). */
  private static PyObject rop(ThreadState ts, double x, PyObject b, int operator) {
    return op(ts, b, x, operator, true);
  }

  /** {@code float(value)} of a result this class made, which it then drops. */
  private static double real(ThreadState ts, PyObject value) {
    try {
      return RandomDraws.real(ts, value);
    } finally {
      Ops.decref(ts, value);
    }
  }
}
