package dev.weft.runtime.modules;

import dev.weft.runtime.modules.RandomType.Instance;
import dev.weft.runtime.objects.Arith;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyBytes;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.threads.CriticalSection;
import dev.weft.runtime.threads.ThreadState;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Seeding and state of {@code random.Random}: {@code __init__}, {@code seed}, {@code getstate},
 * {@code setstate} and the pickling hooks.
 *
 * <p>{@code seed(a, version=2)} turns {@code a} into a non-negative integer whose 32-bit words,
 * least significant first, key {@code init_by_array} ({@link MersenneTwister#seed}): an int by its
 * absolute value; a str (UTF-8), bytes or bytearray by {@code int.from_bytes(a + sha512(a))}
 * (version 2) or by random.py's old string hash (version 1); a float, and anything else that gets
 * past random.py's type check, by {@code hash(a)} read as an unsigned 64-bit number; None by 624
 * words of OS entropy. The state is CPython's version 3 tuple: {@code (3, (624 words..., index),
 * gauss_next)}.
 */
final class RandomState {
  private RandomState() {}

  private static final PythonSignature INIT = new PythonSignature("Random.__init__", 0, 1, "x");
  private static final PythonSignature SEED =
      new PythonSignature("Random.seed", 0, 2, "a", "version");
  private static final PythonSignature GETSTATE = new PythonSignature("Random.getstate", 0, 0);
  private static final PythonSignature SETSTATE =
      new PythonSignature("Random.setstate", 1, 1, "state");
  private static final PythonSignature DUNDER_GETSTATE =
      new PythonSignature("Random.__getstate__", 0, 0);
  private static final PythonSignature DUNDER_SETSTATE =
      new PythonSignature("Random.__setstate__", 1, 1, "state");
  private static final PythonSignature REDUCE = new PythonSignature("Random.__reduce__", 0, 0);

  private static final PyStr GAUSS_NEXT = PyStr.intern("gauss_next");

  static PyBuiltin seedMethod;

  static void define(ThreadState ts) {
    RandomType.def(ts, RandomType.RANDOM, "__init__", RandomState::init);
    seedMethod = RandomType.def(ts, RandomType.RANDOM, "seed", RandomState::seed);
    RandomType.def(ts, RandomType.RANDOM, "getstate", RandomState::getstate);
    RandomType.def(ts, RandomType.RANDOM, "setstate", RandomState::setstate);
    RandomType.def(
        ts,
        RandomType.RANDOM,
        "__getstate__",
        (t, self, args, off, n, kw) -> {
          DUNDER_GETSTATE.bind(t, args, off, n, kw);
          return Ops.callMethod(t, self, "getstate");
        });
    RandomType.def(
        ts,
        RandomType.RANDOM,
        "__setstate__",
        (t, self, args, off, n, kw) ->
            Ops.callMethod(t, self, "setstate", DUNDER_SETSTATE.bind(t, args, off, n, kw)[0]));
    RandomType.def(ts, RandomType.RANDOM, "__reduce__", RandomState::reduce);
  }

  // --- gauss_next lives in the instance namespace, as in random.py ---

  static PyObject gaussNext(ThreadState ts, PyObject self) {
    return Ops.getattr(ts, self, GAUSS_NEXT);
  }

  static void setGaussNext(ThreadState ts, PyObject self, PyObject value) {
    Ops.setattr(ts, self, GAUSS_NEXT, value);
  }

  // --- __init__ and seed ---

  private static PyObject init(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    PyObject x = orNone(INIT.bind(ts, args, off, n, kw)[0]);
    if (self.type.lookup("seed") == seedMethod && !RandomDraws.shadowed(self, "seed")) {
      seed(ts, (Instance) self, x, PyInt.small(2));
    } else {
      Ops.decref(ts, Ops.callMethod(ts, self, "seed", x));
    }
    setGaussNext(ts, self, PySingleton.NONE);
    return PySingleton.NONE;
  }

  private static PyObject seed(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    PyObject[] a = SEED.bind(ts, args, off, n, kw);
    seed(ts, (Instance) self, orNone(a[0]), a[1] == null ? PyInt.small(2) : a[1]);
    setGaussNext(ts, self, PySingleton.NONE);
    return PySingleton.NONE;
  }

  /** random.py's {@code seed} up to {@code super().seed(a)}, then {@code _random}'s. */
  static void seed(ThreadState ts, Instance self, PyObject a, PyObject version) {
    boolean text = a instanceof PyStr || a instanceof PyBytes;
    if (Ops.richEq(ts, version, PyInt.small(1)) && text) {
      seedWith(ts, self, versionOneHash(a));
    } else if (Ops.richEq(ts, version, PyInt.small(2)) && text) {
      byte[] bytes = bytesOf(ts, a);
      byte[] digest = sha512(bytes);
      byte[] joined = new byte[bytes.length + digest.length];
      System.arraycopy(bytes, 0, joined, 0, bytes.length);
      System.arraycopy(digest, 0, joined, bytes.length, digest.length);
      seedWith(ts, self, new BigInteger(1, joined));
    } else if (a == PySingleton.NONE) {
      int[] key = new int[MersenneTwister.N];
      for (int i = 0; i < key.length; i++) {
        key[i] = RandomType.ENTROPY.nextInt();
      }
      CriticalSection.begin(ts, self);
      try {
        self.mt.initByArray(key);
      } finally {
        CriticalSection.end(ts);
      }
    } else if (a instanceof PyInt i) {
      seedWith(ts, self, i.bigValue().abs());
    } else if (a instanceof PyFloat || text) {
      // _random reads the hash as a C size_t: a negative hash counts from 2^64.
      long h = Ops.hash(ts, a);
      seedWith(ts, self, new BigInteger(Long.toUnsignedString(h)));
    } else {
      throw Exc.typeError(
          ts, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
  }

  private static void seedWith(ThreadState ts, Instance self, BigInteger n) {
    CriticalSection.begin(ts, self);
    try {
      self.mt.seed(n);
    } finally {
      CriticalSection.end(ts);
    }
  }

  /** The UTF-8 encoding of a str ({@code a.encode()}, which may fail), or the bytes themselves. */
  private static byte[] bytesOf(ThreadState ts, PyObject a) {
    if (a instanceof PyBytes b) {
      return b.value;
    }
    PyObject encoded = Ops.callMethod(ts, a, "encode");
    try {
      return ((PyBytes) encoded).value;
    } finally {
      Ops.decref(ts, encoded);
    }
  }

  private static byte[] sha512(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-512").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-512", e);
    }
  }

  /**
   * random.py's version-1 string seed: a multiplicative hash over the code points (bytes read as
   * Latin-1), kept to 64 bits.
   */
  private static BigInteger versionOneHash(PyObject a) {
    int[] chars;
    if (a instanceof PyBytes b) {
      chars = new int[b.value.length];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = b.value[i] & 0xff;
      }
    } else {
      PyStr s = (PyStr) a;
      chars = new int[s.length()];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = s.codePointAt(i);
      }
    }
    long x = chars.length == 0 ? 0 : (long) chars[0] << 7;
    for (int c : chars) {
      x = (1000003 * x) ^ c;
    }
    x ^= chars.length;
    return new BigInteger(Long.toUnsignedString(x));
  }

  // --- getstate and setstate ---

  private static PyObject getstate(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    GETSTATE.bind(ts, args, off, n, kw);
    PyObject version = Ops.getattr(ts, self, "VERSION");
    PyObject internal = null;
    try {
      internal = internalState(ts, (Instance) self);
      PyObject gauss = gaussNext(ts, self);
      return PyTuple.steal(ts, new PyObject[] {version, internal, gauss});
    } catch (RuntimeException e) {
      Ops.decref(ts, version);
      Ops.xdecref(ts, internal);
      throw e;
    }
  }

  /** {@code _random.Random.getstate()}: the 624 words and the position. */
  private static PyTuple internalState(ThreadState ts, Instance self) {
    int[] words;
    int index;
    CriticalSection.begin(ts, self);
    try {
      words = self.mt.stateWords();
      index = self.mt.index();
    } finally {
      CriticalSection.end(ts);
    }
    PyObject[] items = new PyObject[words.length + 1];
    for (int i = 0; i < words.length; i++) {
      items[i] = PyInt.of(ts, words[i] & 0xffffffffL);
    }
    items[words.length] = PyInt.of(ts, index);
    return PyTuple.steal(ts, items);
  }

  private static PyObject setstate(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    PyObject state = SETSTATE.bind(ts, args, off, n, kw)[0];
    PyObject version = Ops.getitem(ts, state, PyInt.ZERO);
    try {
      boolean three = Ops.richEq(ts, version, PyInt.small(3));
      if (!three && !Ops.richEq(ts, version, PyInt.small(2))) {
        PyObject mine = Ops.getattr(ts, self, "VERSION");
        try {
          throw Exc.valueError(
              ts,
              "state with version "
                  + Ops.strString(ts, version)
                  + " passed to Random.setstate() of version "
                  + Ops.strString(ts, mine));
        } finally {
          Ops.decref(ts, mine);
        }
      }
      PyObject[] parts = unpackThree(ts, state);
      try {
        setGaussNext(ts, self, parts[2]);
        if (three) {
          restore(ts, (Instance) self, parts[1]);
        } else {
          PyTuple words = wordsModulo32(ts, parts[1]);
          try {
            restore(ts, (Instance) self, words);
          } finally {
            Ops.decref(ts, words);
          }
        }
      } finally {
        for (PyObject p : parts) {
          Ops.decref(ts, p);
        }
      }
    } finally {
      Ops.decref(ts, version);
    }
    return PySingleton.NONE;
  }

  /** {@code a, b, c = state} (new references). */
  private static PyObject[] unpackThree(ThreadState ts, PyObject state) {
    PyObject it = Ops.iter(ts, state);
    PyObject[] parts = new PyObject[3];
    int got = 0;
    try {
      for (; got < 3; got++) {
        PyObject item = Ops.next(ts, it);
        if (item == null) {
          throw Exc.valueError(ts, "not enough values to unpack (expected 3, got " + got + ")");
        }
        parts[got] = item;
      }
      PyObject extra = Ops.next(ts, it);
      if (extra != null) {
        Ops.decref(ts, extra);
        throw Exc.valueError(ts, "too many values to unpack (expected 3)");
      }
      return parts;
    } catch (RuntimeException e) {
      for (int i = 0; i < got; i++) {
        Ops.decref(ts, parts[i]);
      }
      throw e;
    } finally {
      Ops.decref(ts, it);
    }
  }

  /** Version 2 saved signed words: {@code tuple(x % 2**32 for x in internalstate)}. */
  private static PyTuple wordsModulo32(ThreadState ts, PyObject internal) {
    PyInt modulus = PyInt.of(ts, 1L << 32);
    PyList words = new PyList(ts);
    PyObject it = Ops.iter(ts, internal);
    try {
      for (PyObject x = Ops.next(ts, it); x != null; x = Ops.next(ts, it)) {
        try {
          words.appendSteal(ts, Arith.binary(ts, x, modulus, Arith.MOD));
        } finally {
          Ops.decref(ts, x);
        }
      }
      return PyTuple.copyOf(ts, words.items, 0, words.size);
    } finally {
      Ops.decref(ts, it);
      Ops.decref(ts, words);
      Ops.decref(ts, modulus);
    }
  }

  /** {@code _random.Random.setstate(state)}, with its checks and messages. */
  private static void restore(ThreadState ts, Instance self, PyObject state) {
    if (!(state instanceof PyTuple t)) {
      throw Exc.typeError(ts, "state vector must be a tuple");
    }
    if (t.items.length != MersenneTwister.N + 1) {
      throw Exc.valueError(ts, "state vector is the wrong size");
    }
    int[] words = new int[MersenneTwister.N];
    for (int i = 0; i < words.length; i++) {
      words[i] = (int) unsignedLong(ts, t.items[i]);
    }
    long index = cLong(ts, t.items[MersenneTwister.N]);
    if (index < 0 || index > MersenneTwister.N) {
      throw Exc.valueError(ts, "invalid state");
    }
    CriticalSection.begin(ts, self);
    try {
      self.mt.restore(words, (int) index);
    } finally {
      CriticalSection.end(ts);
    }
  }

  /** {@code PyLong_AsUnsignedLong}: an int (no {@code __index__}) in [0, 2^64). */
  private static long unsignedLong(ThreadState ts, PyObject o) {
    if (!(o instanceof PyInt i)) {
      throw Exc.typeError(ts, "an integer is required");
    }
    if (i.signum() < 0) {
      throw Exc.overflowError(ts, "can't convert negative value to unsigned int");
    }
    if (i.isBig() && i.big.bitLength() > 64) {
      throw Exc.overflowError(ts, "Python int too large to convert to C unsigned long");
    }
    return i.isBig() ? i.big.longValue() : i.value;
  }

  /** {@code PyLong_AsLong}: an integer through {@code __index__}, in the long range. */
  private static long cLong(ThreadState ts, PyObject o) {
    PyInt i = Ops.indexInt(ts, o);
    try {
      if (i.isBig()) {
        throw Exc.overflowError(ts, "Python int too large to convert to C long");
      }
      return i.value;
    } finally {
      Ops.decref(ts, i);
    }
  }

  private static PyObject reduce(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    REDUCE.bind(ts, args, off, n, kw);
    PyObject cls = Ops.getattr(ts, self, "__class__");
    PyObject state;
    try {
      state = Ops.callMethod(ts, self, "getstate");
    } catch (RuntimeException e) {
      Ops.decref(ts, cls);
      throw e;
    }
    return PyTuple.steal(ts, new PyObject[] {cls, PyTuple.EMPTY, state});
  }

  private static PyObject orNone(PyObject o) {
    return o == null ? PySingleton.NONE : o;
  }
}
