package dev.weft.runtime.modules;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.objects.Arith;
import dev.weft.runtime.objects.Bootstrap;
import dev.weft.runtime.objects.Compare;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.HasDict;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyBytes;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.CriticalSection;
import dev.weft.runtime.threads.ThreadState;
import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * The types {@code random.Random} and {@code random.SystemRandom}, their instances, and the
 * generator primitives: {@code random()}, {@code getrandbits()}, {@code randbytes()}.
 *
 * <p>CPython splits {@code Random} into a C base ({@code _random.Random}: the Mersenne Twister and
 * those primitives) and a Python class ({@code random.py}: seeding by type, the integer, sequence
 * and distribution methods, all drawing through {@code self.random()}, {@code self.getrandbits()}
 * and {@code self._randbelow()}). Here one builtin type holds both; the derived methods draw
 * through {@link RandomDraws}, which calls a Python subclass's overrides where there are any, so a
 * subclass behaves as it would on CPython. Instances have a {@code __dict__} (CPython's {@code
 * gauss_next} lives there).
 *
 * <p>Each primitive runs in a critical section on the instance, so threads sharing one generator
 * (the module-level functions share a hidden instance) each see whole draws, as in CPython's
 * free-threaded build.
 */
final class RandomType {
  private RandomType() {}

  static final PyType RANDOM =
      PyType.builtin("Random", null, PyType.BASETYPE, (ts, t) -> new Instance(ts, t));
  static final PyType SYSTEM_RANDOM = PyType.builtin("SystemRandom", RANDOM, PyType.BASETYPE, null);

  /** The OS entropy source: {@code seed(None)}'s key and all of SystemRandom's bits. */
  static final SecureRandom ENTROPY = new SecureRandom();

  /** 2^-53 ({@code random.RECIP_BPF}). */
  static final double RECIP_BPF = 1.0 / 9007199254740992.0;

  /** The builtins an internal draw compares a lookup against to recognise an inherited method. */
  static PyBuiltin randomMethod, getrandbitsMethod, systemRandomMethod, systemGetrandbitsMethod;

  /** A Random instance: the generator and the instance namespace. */
  static final class Instance extends PyObject implements HasDict {
    final MersenneTwister mt = new MersenneTwister();
    private PyDict namespace;

    Instance(ThreadState ts, PyType type) {
      super(ts.rc, type);
    }

    /** The namespace if one was made (reading it never creates it). */
    PyDict namespaceOrNull() {
      return namespace;
    }

    @Override
    public PyDict dict(ThreadState ts) {
      if (namespace == null) {
        namespace = new PyDict(ts);
      }
      return namespace;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      visitNonNull(visit, namespace);
    }

    @Override
    protected void release(RcThread thread) {
      PyDict d = namespace;
      namespace = null;
      if (d != null) {
        Ops.decref(thread, d);
      }
    }
  }

  private static boolean ready;

  /** Fills both types' namespaces, once per JVM (the types are static, shared by all runtimes). */
  static synchronized void ready(ThreadState ts) {
    if (ready) {
      return;
    }
    Bootstrap.ready(RANDOM);
    Bootstrap.ready(SYSTEM_RANDOM);
    RANDOM.dict.putString(ts, "__module__", PyStr.intern("random"));
    SYSTEM_RANDOM.dict.putString(ts, "__module__", PyStr.intern("random"));
    RANDOM.dict.putString(ts, "VERSION", PyInt.small(3));
    randomMethod = def(ts, RANDOM, "random", RandomType::random);
    getrandbitsMethod = def(ts, RANDOM, "getrandbits", RandomType::getrandbits);
    def(ts, RANDOM, "randbytes", RandomType::randbytes);
    RandomState.define(ts);
    RandomDraws.define(ts);
    RandomChoices.define(ts);
    RandomDistributions.define(ts);
    defineSystemRandom(ts);
    RANDOM.modified();
    ready = true;
  }

  /** Adds a method to {@code type}'s namespace; it receives every argument in the general form. */
  static PyBuiltin def(ThreadState ts, PyType type, String name, PyBuiltin.FN fn) {
    PyBuiltin method = PyBuiltin.method(type, name, 0, fn);
    type.dict.putString(ts, name, method);
    return method;
  }

  // --- Random's primitives ---

  private static PyObject random(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    noKeywords(ts, "Random.random", kw);
    if (n != 0) {
      throw Exc.typeError(ts, "Random.random() takes no arguments (" + n + " given)");
    }
    return PyFloat.of(ts, nextDouble(ts, (Instance) self));
  }

  private static PyObject getrandbits(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    noKeywords(ts, "Random.getrandbits", kw);
    if (n != 1) {
      throw Exc.typeError(ts, "Random.getrandbits() takes exactly one argument (" + n + " given)");
    }
    return getrandbits(ts, (Instance) self, bitCount(ts, args[off]));
  }

  /** {@code randbytes(n)}: {@code self.getrandbits(n * 8).to_bytes(n, 'little')}. */
  private static PyObject randbytes(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    PyObject count = RANDBYTES.bind(ts, args, off, n, kw)[0];
    PyObject bits = Arith.binary(ts, count, PyInt.small(8), Arith.MUL);
    BigInteger value;
    try {
      if (RandomDraws.effective(self, "getrandbits") == getrandbitsMethod) {
        int k = bitCount(ts, bits);
        return new PyBytes(ts, littleEndian(nextWords(ts, (Instance) self, k), k / 8));
      }
      PyObject r = RandomDraws.getrandbits(ts, self, bits);
      try {
        PyInt i = Ops.indexInt(ts, r);
        value = i.bigValue();
        Ops.decref(ts, i);
      } finally {
        Ops.decref(ts, r);
      }
    } finally {
      Ops.decref(ts, bits);
    }
    return toBytesLittle(ts, value, RandomDraws.ssize(ts, count));
  }

  private static final PythonSignature RANDBYTES =
      new PythonSignature("Random.randbytes", 1, 1, "n");

  // --- Drawing from an instance's own generator, atomically ---

  static double nextDouble(ThreadState ts, Instance r) {
    CriticalSection.begin(ts, r);
    try {
      return r.mt.nextDouble();
    } finally {
      CriticalSection.end(ts);
    }
  }

  /** {@code getrandbits(k)} for {@code 0 <= k <= 63}. */
  static long nextBits(ThreadState ts, Instance r, int k) {
    CriticalSection.begin(ts, r);
    try {
      return r.mt.nextBits(k);
    } finally {
      CriticalSection.end(ts);
    }
  }

  static int[] nextWords(ThreadState ts, Instance r, int k) {
    CriticalSection.begin(ts, r);
    try {
      return r.mt.nextWords(k);
    } finally {
      CriticalSection.end(ts);
    }
  }

  static PyInt getrandbits(ThreadState ts, Instance r, int k) {
    if (k < 64) {
      return PyInt.of(ts, nextBits(ts, r, k));
    }
    return PyInt.of(ts, MersenneTwister.fromWords(nextWords(ts, r, k)));
  }

  /**
   * {@code getrandbits}'s argument: a C int ({@code _PyLong_AsInt} through {@code __index__}),
   * non-negative.
   */
  static int bitCount(ThreadState ts, PyObject k) {
    PyInt i = Ops.indexInt(ts, k);
    try {
      if (i.isBig() || i.value != (int) i.value) {
        throw Exc.overflowError(ts, "Python int too large to convert to C int");
      }
      if (i.value < 0) {
        throw Exc.valueError(ts, "number of bits must be non-negative");
      }
      return (int) i.value;
    } finally {
      Ops.decref(ts, i);
    }
  }

  /** The first {@code n} bytes of little-endian 32-bit words. */
  private static byte[] littleEndian(int[] words, int n) {
    byte[] out = new byte[n];
    for (int i = 0; i < n; i++) {
      out[i] = (byte) (words[i / 4] >>> (8 * (i % 4)));
    }
    return out;
  }

  /** {@code int.to_bytes(n, 'little')} for a non-negative value. */
  private static PyObject toBytesLittle(ThreadState ts, BigInteger value, long n) {
    if (value.signum() < 0) {
      throw Exc.overflowError(ts, "can't convert negative int to unsigned");
    }
    if (value.bitLength() > 8 * n) {
      throw Exc.overflowError(ts, "int too big to convert");
    }
    byte[] big = value.toByteArray();
    byte[] out = new byte[(int) n];
    for (int i = 0; i < out.length && i < big.length; i++) {
      out[i] = big[big.length - 1 - i];
    }
    return new PyBytes(ts, out);
  }

  static void noKeywords(ThreadState ts, String qualname, PyTuple kw) {
    if (kw != null && kw.items.length > 0) {
      throw Exc.typeError(ts, qualname + "() takes no keyword arguments");
    }
  }

  // --- SystemRandom: every bit from the OS, no state ---

  private static void defineSystemRandom(ThreadState ts) {
    systemRandomMethod = def(ts, SYSTEM_RANDOM, "random", RandomType::systemRandom);
    systemGetrandbitsMethod = def(ts, SYSTEM_RANDOM, "getrandbits", RandomType::systemGetrandbits);
    def(ts, SYSTEM_RANDOM, "randbytes", RandomType::systemRandbytes);
    def(ts, SYSTEM_RANDOM, "seed", (t, self, args, off, n, kw) -> PySingleton.NONE);
    PyBuiltin.FN stateless =
        (t, self, args, off, n, kw) -> {
          throw Exc.raise(t, Exc.NotImplementedError, "System entropy source does not have state.");
        };
    def(ts, SYSTEM_RANDOM, "getstate", stateless);
    def(ts, SYSTEM_RANDOM, "setstate", stateless);
  }

  private static final PythonSignature SYSTEM_RANDOM_SIGNATURE =
      new PythonSignature("SystemRandom.random", 0, 0);
  private static final PythonSignature SYSTEM_GETRANDBITS =
      new PythonSignature("SystemRandom.getrandbits", 1, 1, "k");
  private static final PythonSignature SYSTEM_RANDBYTES =
      new PythonSignature("SystemRandom.randbytes", 1, 1, "n");

  private static PyObject systemRandom(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    SYSTEM_RANDOM_SIGNATURE.bind(ts, args, off, n, kw);
    return PyFloat.of(ts, systemDouble());
  }

  /** {@code (int.from_bytes(urandom(7)) >> 3) * RECIP_BPF}. */
  static double systemDouble() {
    byte[] b = new byte[7];
    ENTROPY.nextBytes(b);
    return (new BigInteger(1, b).longValue() >>> 3) * RECIP_BPF;
  }

  private static PyObject systemGetrandbits(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    PyObject k = SYSTEM_GETRANDBITS.bind(ts, args, off, n, kw)[0];
    if (!(k instanceof PyInt bits)) {
      // As random.py: "k < 0" is asked first, then urandom() wants an integer byte count.
      if (RandomDraws.compare(ts, k, PyInt.ZERO, Compare.LT)) {
        throw Exc.valueError(ts, "number of bits must be non-negative");
      }
      throw Exc.typeError(ts, "'" + k.typeName() + "' object cannot be interpreted as an integer");
    }
    if (bits.signum() < 0) {
      throw Exc.valueError(ts, "number of bits must be non-negative");
    }
    if (bits.isBig() || bits.value > Integer.MAX_VALUE - 7) {
      throw Exc.overflowError(ts, "Python int too large to convert to C ssize_t");
    }
    return PyInt.of(ts, systemBits((int) bits.value));
  }

  /** {@code int.from_bytes(urandom((k + 7) // 8)) >> (numbytes * 8 - k)}. */
  static BigInteger systemBits(int k) {
    int numbytes = (k + 7) / 8;
    byte[] b = new byte[numbytes];
    ENTROPY.nextBytes(b);
    return new BigInteger(1, b).shiftRight(numbytes * 8 - k);
  }

  private static PyObject systemRandbytes(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    long count = RandomDraws.ssize(ts, SYSTEM_RANDBYTES.bind(ts, args, off, n, kw)[0]);
    if (count < 0) {
      throw Exc.valueError(ts, "negative argument not allowed");
    }
    if (count > Integer.MAX_VALUE - 8) {
      throw Exc.raise(ts, Exc.MemoryError, "");
    }
    byte[] b = new byte[(int) count];
    ENTROPY.nextBytes(b);
    return new PyBytes(ts, b);
  }
}
