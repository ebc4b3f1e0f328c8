package dev.weft.runtime.modules;

import dev.weft.runtime.modules.RandomType.Instance;
import dev.weft.runtime.objects.Arith;
import dev.weft.runtime.objects.Compare;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyException;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.threads.CriticalSection;
import dev.weft.runtime.threads.ThreadState;
import java.math.BigInteger;

/**
 * {@code randrange}, {@code randint}, {@code choice} and {@code shuffle}: integers below a bound by
 * {@code _randbelow}, with random.py's argument checks and messages. Arithmetic stays in longs
 * while every value is below 2^61 in magnitude (so no sum or product here can overflow) and moves
 * to big integers otherwise.
 */
final class RandomChoices {
  private RandomChoices() {}

  private static final long SMALL = 1L << 61;

  private static final PythonSignature RANDRANGE =
      new PythonSignature("Random.randrange", 1, 3, "start", "stop", "step");
  private static final PythonSignature RANDINT =
      new PythonSignature("Random.randint", 2, 2, "a", "b");
  private static final PythonSignature CHOICE = new PythonSignature("Random.choice", 1, 1, "seq");
  private static final PythonSignature SHUFFLE = new PythonSignature("Random.shuffle", 1, 1, "x");

  private static PyBuiltin randrangeMethod;

  static void define(ThreadState ts) {
    randrangeMethod =
        RandomType.def(
            ts,
            RandomType.RANDOM,
            "randrange",
            (t, self, args, off, n, kw) -> {
              PyObject[] a = RANDRANGE.bind(t, args, off, n, kw);
              return randrange(t, self, a[0], a[1], a[2]);
            });
    RandomType.def(ts, RandomType.RANDOM, "randint", RandomChoices::randint);
    RandomType.def(ts, RandomType.RANDOM, "choice", RandomChoices::choice);
    RandomType.def(ts, RandomType.RANDOM, "shuffle", RandomChoices::shuffle);
    RandomSampling.define(ts);
  }

  // --- randrange ---

  /** {@code randrange(start, stop=None, step=1)}; {@code step} null when not given. */
  static PyObject randrange(
      ThreadState ts, PyObject self, PyObject start, PyObject stop, PyObject step) {
    PyInt istart = integer(ts, start, "arg 1");
    try {
      if (stop == null || stop == PySingleton.NONE) {
        // random.py compares step with its _ONE by identity, before converting it.
        if (step != null && step != PyInt.ONE) {
          throw Exc.typeError(ts, "Missing a non-None stop argument");
        }
        if (istart.signum() > 0) {
          return below(ts, self, istart);
        }
        throw Exc.valueError(ts, "empty range for randrange()");
      }
      PyInt istop = integer(ts, stop, "stop");
      try {
        PyInt istep = step == null ? PyInt.ONE : integer(ts, step, "step");
        try {
          if (small(istart) && small(istop) && small(istep)) {
            return stepped(ts, self, istart.value, istop.value, istep.value);
          }
          return stepped(ts, self, istart.bigValue(), istop.bigValue(), istep.bigValue());
        } finally {
          Ops.decref(ts, istep);
        }
      } finally {
        Ops.decref(ts, istop);
      }
    } finally {
      Ops.decref(ts, istart);
    }
  }

  private static boolean small(PyInt i) {
    return !i.isBig() && i.value > -SMALL && i.value < SMALL;
  }

  private static PyObject stepped(ThreadState ts, PyObject self, long start, long stop, long step) {
    long width = stop - start;
    if (step == 1) {
      if (width > 0) {
        return offset(ts, start, 1, RandomDraws.randbelow(ts, self, width));
      }
      throw Exc.valueError(
          ts, "empty range for randrange() (" + start + ", " + stop + ", " + width + ")");
    }
    long n;
    if (step > 0) {
      n = Math.floorDiv(width + step - 1, step);
    } else if (step < 0) {
      n = Math.floorDiv(width + step + 1, step);
    } else {
      throw Exc.valueError(ts, "zero step for randrange()");
    }
    if (n <= 0) {
      throw Exc.valueError(ts, "empty range for randrange()");
    }
    return offset(ts, start, step, RandomDraws.randbelow(ts, self, n));
  }

  /** {@code start + step * r}, exactly (r came from a possibly overridden _randbelow). */
  private static PyObject offset(ThreadState ts, long start, long step, long r) {
    try {
      return PyInt.of(ts, Math.addExact(start, Math.multiplyExact(step, r)));
    } catch (ArithmeticException e) {
      return PyInt.of(
          ts,
          BigInteger.valueOf(step).multiply(BigInteger.valueOf(r)).add(BigInteger.valueOf(start)));
    }
  }

  private static PyObject stepped(
      ThreadState ts, PyObject self, BigInteger start, BigInteger stop, BigInteger step) {
    BigInteger width = stop.subtract(start);
    if (step.equals(BigInteger.ONE)) {
      if (width.signum() > 0) {
        return offset(ts, start, step, width, self);
      }
      throw Exc.valueError(
          ts, "empty range for randrange() (" + start + ", " + stop + ", " + width + ")");
    }
    BigInteger n;
    if (step.signum() > 0) {
      n = Arith.floorDiv(width.add(step).subtract(BigInteger.ONE), step);
    } else if (step.signum() < 0) {
      n = Arith.floorDiv(width.add(step).add(BigInteger.ONE), step);
    } else {
      throw Exc.valueError(ts, "zero step for randrange()");
    }
    if (n.signum() <= 0) {
      throw Exc.valueError(ts, "empty range for randrange()");
    }
    return offset(ts, start, step, n, self);
  }

  /** {@code start + step * self._randbelow(n)} for big values. */
  private static PyObject offset(
      ThreadState ts, BigInteger start, BigInteger step, BigInteger n, PyObject self) {
    PyObject r = RandomDraws.randbelow(ts, self, n);
    try {
      return PyInt.of(ts, start.add(step.multiply(((PyInt) r).bigValue())));
    } finally {
      Ops.decref(ts, r);
    }
  }

  /** {@code self._randbelow(n)} for a positive int {@code n} (a new reference). */
  private static PyObject below(ThreadState ts, PyObject self, PyInt n) {
    if (!n.isBig()) {
      return PyInt.of(ts, RandomDraws.randbelow(ts, self, n.value));
    }
    return RandomDraws.randbelow(ts, self, n.big);
  }

  /**
   * random.py's {@code _index(x)}, falling back to {@code int(x)} for a value equal to its integer
   * (a float like 3.0; CPython also warns that this is deprecated) and failing for anything else.
   */
  private static PyInt integer(ThreadState ts, PyObject x, String what) {
    try {
      return Ops.indexInt(ts, x);
    } catch (PyException e) {
      if (!e.matches(Exc.TypeError)) {
        throw e;
      }
      Ops.decref(ts, e.value);
    }
    PyObject i = Ops.call1(ts, PyInt.TYPE, x);
    if (RandomDraws.compare(ts, i, x, Compare.NE)) {
      Ops.decref(ts, i);
      throw Exc.valueError(ts, "non-integer " + what + " for randrange()");
    }
    return (PyInt) i;
  }

  // --- randint ---

  private static PyObject randint(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    PyObject[] a = RANDINT.bind(ts, args, off, n, kw);
    PyObject stop = Arith.binary(ts, a[1], PyInt.ONE, Arith.ADD);
    try {
      if (self.type.lookup("randrange") == randrangeMethod
          && !RandomDraws.shadowed(self, "randrange")) {
        return randrange(ts, self, a[0], stop, null);
      }
      return Ops.callMethod(ts, self, "randrange", a[0], stop);
    } finally {
      Ops.decref(ts, stop);
    }
  }

  // --- choice ---

  private static PyObject choice(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    PyObject seq = CHOICE.bind(ts, args, off, n, kw)[0];
    if (Ops.length(ts, seq) == 0) {
      throw Exc.indexError(ts, "Cannot choose from an empty sequence");
    }
    PyObject index = PyInt.of(ts, RandomDraws.randbelow(ts, self, Ops.length(ts, seq)));
    try {
      return Ops.getitem(ts, seq, index);
    } finally {
      Ops.decref(ts, index);
    }
  }

  // --- shuffle ---

  private static PyObject shuffle(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    PyObject x = SHUFFLE.bind(ts, args, off, n, kw)[0];
    long size = Ops.length(ts, x);
    Instance generator = RandomDraws.plainGenerator(self);
    if (x.type == PyList.TYPE && generator != null) {
      shuffleList(ts, generator, (PyList) x, size);
    } else {
      for (long i = size - 1; i > 0; i--) {
        swap(ts, x, i, RandomDraws.randbelow(ts, self, i + 1));
      }
    }
    return PySingleton.NONE;
  }

  /**
   * Fisher–Yates from the end, in one critical section on the list and the generator: no other
   * thread sees the list half shuffled or draws in between.
   */
  private static void shuffleList(ThreadState ts, Instance generator, PyList list, long size) {
    CriticalSection.begin2(ts, list, generator);
    try {
      for (long i = size - 1; i > 0; i--) {
        int j = (int) RandomDraws.belowFromGenerator(ts, generator, i + 1);
        if (i >= list.size) {
          throw Exc.indexError(ts, "list index out of range");
        }
        PyObject a = list.items[j], b = list.items[(int) i];
        list.setSlot((int) i, a);
        list.setSlot(j, b);
      }
    } finally {
      CriticalSection.end(ts);
    }
  }

  /** {@code x[i], x[j] = x[j], x[i]} through the sequence protocol. */
  private static void swap(ThreadState ts, PyObject x, long i, long j) {
    PyObject ii = PyInt.of(ts, i), jj = PyInt.of(ts, j);
    PyObject atJ = null, atI = null;
    try {
      atJ = Ops.getitem(ts, x, jj);
      atI = Ops.getitem(ts, x, ii);
      Ops.setitem(ts, x, ii, atJ);
      Ops.setitem(ts, x, jj, atI);
    } finally {
      Ops.xdecref(ts, atJ);
      Ops.xdecref(ts, atI);
      Ops.decref(ts, ii);
      Ops.decref(ts, jj);
    }
  }
}
