package dev.weft.runtime.modules;

import dev.weft.runtime.modules.RandomType.Instance;
import dev.weft.runtime.objects.Arith;
import dev.weft.runtime.objects.Compare;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.ThreadState;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * How the derived methods of {@code Random} get their randomness: as random.py does, through {@code
 * self.random()}, {@code self.getrandbits(k)} and {@code self._randbelow(n)}, so that a Python
 * subclass overriding any of them (or an instance attribute shadowing one) is called; when nothing
 * is overridden the draw goes straight to the generator.
 *
 * <p>{@code _randbelow(n)} picks its algorithm as random.py's {@code __init_subclass__} does: the
 * first class on the MRO whose own namespace defines {@code _randbelow}, {@code getrandbits} or
 * {@code random} decides: its own {@code _randbelow}, rejection sampling over {@code
 * getrandbits(n.bit_length())}, or scaling {@code random()} with rejection ({@code
 * _randbelow_without_getrandbits}).
 */
final class RandomDraws {
  private RandomDraws() {}

  /** 2^53, random.py's default {@code maxsize} for {@code _randbelow_without_getrandbits}. */
  private static final long BPF_RANGE = 1L << 53;

  static PyBuiltin randbelowWith, randbelowWithout;

  private static final PythonSignature WITH =
      new PythonSignature("Random._randbelow_with_getrandbits", 1, 1, "n");
  private static final PythonSignature WITHOUT =
      new PythonSignature("Random._randbelow_without_getrandbits", 1, 2, "n", "maxsize");

  static void define(ThreadState ts) {
    randbelowWith =
        RandomType.def(
            ts,
            RandomType.RANDOM,
            "_randbelow_with_getrandbits",
            (t, self, args, off, n, kw) -> {
              PyInt bound = bitLengthOwner(t, WITH.bind(t, args, off, n, kw)[0]);
              return withGetrandbits(t, self, bound.bigValue());
            });
    // random.py: "_randbelow = _randbelow_with_getrandbits", the same function object.
    RandomType.RANDOM.dict.putString(ts, "_randbelow", randbelowWith);
    randbelowWithout =
        RandomType.def(
            ts,
            RandomType.RANDOM,
            "_randbelow_without_getrandbits",
            (t, self, args, off, n, kw) -> {
              PyObject[] a = WITHOUT.bind(t, args, off, n, kw);
              PyInt bound = Ops.indexInt(t, a[0]);
              try {
                long maxsize = a[1] == null ? BPF_RANGE : Ops.index(t, a[1]);
                return withoutGetrandbits(t, self, bound.bigValue(), maxsize);
              } finally {
                Ops.decref(t, bound);
              }
            });
  }

  private static PyInt bitLengthOwner(ThreadState ts, PyObject n) {
    if (!(n instanceof PyInt i)) {
      throw Exc.attributeError(ts, n, "bit_length");
    }
    return i;
  }

  // --- self.random() ---

  static double random(ThreadState ts, PyObject self) {
    if (self.type == RandomType.RANDOM && !shadowed(self, "random")) {
      return RandomType.nextDouble(ts, (Instance) self);
    }
    PyObject m = effective(self, "random");
    if (m == RandomType.randomMethod) {
      return RandomType.nextDouble(ts, (Instance) self);
    }
    if (m == RandomType.systemRandomMethod) {
      return RandomType.systemDouble();
    }
    PyObject r = Ops.callMethod(ts, self, "random");
    try {
      return real(ts, r);
    } finally {
      Ops.decref(ts, r);
    }
  }

  // --- self.getrandbits(k) ---

  /** {@code self.getrandbits(k)}, whatever {@code k} is (a new reference). */
  static PyObject getrandbits(ThreadState ts, PyObject self, PyObject k) {
    PyObject m = effective(self, "getrandbits");
    if (m == RandomType.getrandbitsMethod) {
      return RandomType.getrandbits(ts, (Instance) self, RandomType.bitCount(ts, k));
    }
    return Ops.callMethod(ts, self, "getrandbits", k);
  }

  // --- self._randbelow(n) ---

  /** {@code self._randbelow(n)} for {@code 0 < n < 2^63}. */
  static long randbelow(ThreadState ts, PyObject self, long n) {
    Instance generator = plainGenerator(self);
    if (generator != null) {
      return belowFromGenerator(ts, generator, n);
    }
    PyObject r = randbelow(ts, self, BigInteger.valueOf(n));
    try {
      return Ops.index(ts, r);
    } finally {
      Ops.decref(ts, r);
    }
  }

  /**
   * The instance, when {@code _randbelow} is the inherited rejection sampling over the inherited
   * Mersenne Twister {@code getrandbits}: nothing in Python needs calling. Otherwise null.
   */
  static Instance plainGenerator(PyObject self) {
    if (shadowed(self, "_randbelow") || shadowed(self, "getrandbits")) {
      return null;
    }
    if (self.type == RandomType.RANDOM) {
      return (Instance) self;
    }
    boolean plain =
        randbelowAlgorithm(self.type) == randbelowWith
            && self.type.lookup("getrandbits") == RandomType.getrandbitsMethod;
    return plain ? (Instance) self : null;
  }

  /** {@code self._randbelow(n)} for any {@code n} (a new reference). */
  static PyObject randbelow(ThreadState ts, PyObject self, BigInteger n) {
    PyObject algorithm = shadowed(self, "_randbelow") ? null : randbelowAlgorithm(self.type);
    if (algorithm == randbelowWith) {
      return withGetrandbits(ts, self, n);
    }
    if (algorithm == randbelowWithout) {
      return withoutGetrandbits(ts, self, n, BPF_RANGE);
    }
    PyInt arg = PyInt.of(ts, n);
    try {
      PyObject r = Ops.callMethod(ts, self, "_randbelow", arg);
      if (!(r instanceof PyInt)) {
        PyInt i = Ops.indexInt(ts, r);
        Ops.decref(ts, r);
        return i;
      }
      return r;
    } finally {
      Ops.decref(ts, arg);
    }
  }

  /** random.py's {@code __init_subclass__} choice, read from the class namespaces on the MRO. */
  private static PyObject randbelowAlgorithm(PyType type) {
    for (PyType c : type.mro) {
      PyObject own = c.dict.getString("_randbelow");
      if (own != null) {
        return own;
      }
      if (c.dict.getString("getrandbits") != null) {
        return randbelowWith;
      }
      if (c.dict.getString("random") != null) {
        return randbelowWithout;
      }
    }
    return randbelowWith;
  }

  /**
   * {@code _randbelow_with_getrandbits}: rejection sampling over {@code n.bit_length()} bits. Like
   * random.py's, it never returns for {@code n <= 0}, which no caller here passes.
   */
  static PyObject withGetrandbits(ThreadState ts, PyObject self, BigInteger n) {
    int k = n.abs().bitLength();
    PyObject m = effective(self, "getrandbits");
    if (m == RandomType.getrandbitsMethod && k < 64 && n.signum() > 0) {
      return PyInt.of(ts, belowFromGenerator(ts, (Instance) self, n.longValue()));
    }
    if (m == RandomType.systemGetrandbitsMethod) {
      BigInteger r = RandomType.systemBits(k);
      while (r.compareTo(n) >= 0) {
        r = RandomType.systemBits(k);
      }
      return PyInt.of(ts, r);
    }
    PyInt bits = PyInt.of(ts, k), bound = PyInt.of(ts, n);
    try {
      while (true) {
        PyObject r = getrandbits(ts, self, bits);
        if (!compare(ts, r, bound, Compare.GE)) {
          return r;
        }
        Ops.decref(ts, r);
      }
    } finally {
      Ops.decref(ts, bits);
      Ops.decref(ts, bound);
    }
  }

  /** Rejection sampling straight from the instance's own generator, for {@code 0 < n < 2^63}. */
  static long belowFromGenerator(ThreadState ts, Instance self, long n) {
    int k = 64 - Long.numberOfLeadingZeros(n);
    long r = RandomType.nextBits(ts, self, k);
    while (r >= n) {
      r = RandomType.nextBits(ts, self, k);
    }
    return r;
  }

  /**
   * {@code _randbelow_without_getrandbits}: {@code floor(random() * maxsize) % n} over the largest
   * multiple of {@code n} below {@code maxsize}, or plain {@code floor(random() * n)} when {@code
   * n} is too large for that (CPython also warns there; Weft has no warnings machinery yet).
   */
  static PyObject withoutGetrandbits(ThreadState ts, PyObject self, BigInteger n, long maxsize) {
    BigInteger max = BigInteger.valueOf(maxsize);
    if (n.compareTo(max) >= 0) {
      return floorToInt(ts, random(ts, self) * toDouble(ts, n));
    }
    if (n.signum() == 0) {
      throw Exc.zeroDivision(ts, "integer modulo by zero");
    }
    BigInteger rem = Arith.floorMod(max, n);
    double limit = max.subtract(rem).doubleValue() / max.doubleValue();
    double r = random(ts, self);
    while (r >= limit) {
      r = random(ts, self);
    }
    PyObject scaled = floorToInt(ts, r * maxsize);
    try {
      return PyInt.of(ts, Arith.floorMod(((PyInt) scaled).bigValue(), n));
    } finally {
      Ops.decref(ts, scaled);
    }
  }

  // --- Overrides ---

  /** Whether the instance's own namespace has {@code name}, hiding the class's method. */
  static boolean shadowed(PyObject self, String name) {
    PyDict d = self instanceof Instance i ? i.namespaceOrNull() : null;
    return d != null && d.getString(name) != null;
  }

  /** The method {@code self.name} finds: null when an instance attribute shadows the class's. */
  static PyObject effective(PyObject self, String name) {
    return shadowed(self, name) ? null : self.type.lookup(name);
  }

  // --- Number helpers shared by the methods ---

  /** {@code a <op> b} as a truth value. */
  static boolean compare(ThreadState ts, PyObject a, PyObject b, int op) {
    PyObject r = Compare.richCompare(ts, a, b, op);
    try {
      return Ops.isTrue(ts, r);
    } finally {
      Ops.decref(ts, r);
    }
  }

  /** {@code float(x)} for an int or a float, as the math functions take it. */
  static double real(ThreadState ts, PyObject x) {
    if (x instanceof PyFloat || x instanceof PyInt) {
      return Arith.toDouble(ts, x);
    }
    throw Exc.typeError(ts, "must be real number, not " + x.typeName());
  }

  /** An index that must fit C's {@code Py_ssize_t}, as a byte or item count does. */
  static long ssize(ThreadState ts, PyObject o) {
    PyInt i = Ops.indexInt(ts, o);
    try {
      if (i.isBig()) {
        throw Exc.overflowError(ts, "Python int too large to convert to C ssize_t");
      }
      return i.value;
    } finally {
      Ops.decref(ts, i);
    }
  }

  static double toDouble(ThreadState ts, BigInteger n) {
    double d = n.doubleValue();
    if (Double.isInfinite(d)) {
      throw Exc.overflowError(ts, "int too large to convert to float");
    }
    return d;
  }

  /** {@code math.floor(x)} of a float: an int (a new reference). */
  static PyObject floorToInt(ThreadState ts, double x) {
    if (Double.isNaN(x)) {
      throw Exc.valueError(ts, "cannot convert float NaN to integer");
    }
    if (Double.isInfinite(x)) {
      throw Exc.overflowError(ts, "cannot convert float infinity to integer");
    }
    double f = Math.floor(x);
    if (Math.abs(f) < 0x1p63) {
      return PyInt.of(ts, (long) f);
    }
    return PyInt.of(ts, new BigDecimal(f).toBigInteger());
  }
}
