package dev.weft.runtime.modules;

import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.objects.Arith;
import dev.weft.runtime.objects.CollectionsAbc;
import dev.weft.runtime.objects.Compare;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyException;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyRange;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.threads.ThreadState;
import java.math.BigInteger;
import java.util.HashSet;

/**
 * {@code sample} and {@code choices}, drawing in exactly random.py's order.
 *
 * <p>{@code sample(population, k)} without replacement uses one of two strategies, chosen by
 * random.py's size rule: when the population is no larger than a small set would be ({@code 21},
 * plus {@code 4 ** ceil(log(3k, 4))} for {@code k > 5}) it copies the population into a pool and
 * moves each pick's vacancy to the pool's end; otherwise it draws indices over the whole
 * population, redrawing any already taken. With {@code counts}, it samples {@code range(total)} and
 * maps each pick to its element by bisecting the running counts. {@code choices} with weights
 * bisects the running weights at {@code random() * total}.
 */
final class RandomSampling {
  private RandomSampling() {}

  private static final PythonSignature SAMPLE =
      new PythonSignature("Random.sample", 2, 2, "population", "k", "counts");
  private static final PythonSignature CHOICES =
      new PythonSignature("Random.choices", 1, 2, "population", "weights", "cum_weights", "k");

  private static final PyTuple K_KEYWORD = PyTuple.immortal(new PyObject[] {PyStr.intern("k")});

  static void define(ThreadState ts) {
    RandomType.def(
        ts,
        RandomType.RANDOM,
        "sample",
        (t, self, args, off, n, kw) -> {
          PyObject[] a = SAMPLE.bind(t, args, off, n, kw);
          if (a[2] != null && a[2] != PySingleton.NONE) {
            return sampleCounted(t, self, a[0], a[1], a[2]);
          }
          return sample(t, self, a[0], a[1]);
        });
    RandomType.def(ts, RandomType.RANDOM, "choices", RandomSampling::choices);
  }

  // --- sample ---

  private static PyObject sample(ThreadState ts, PyObject self, PyObject population, PyObject k) {
    requireSequence(ts, population);
    long n = Ops.length(ts, population);
    int count = sampleSize(ts, k, n);
    long setsize = 21; // random.py: the size of a small set minus that of an empty list
    if (count > 5) {
      double exponent = Math.ceil(Libm.log(count * 3.0) / Libm.log(4.0));
      setsize += 1L << (2 * (int) exponent); // table size for big sets
    }
    PyObject[] result = new PyObject[count];
    try {
      if (n <= setsize) {
        fromPool(ts, self, population, n, result);
      } else {
        fromWhole(ts, self, population, n, result);
      }
    } catch (RuntimeException e) {
      for (PyObject o : result) {
        Ops.xdecref(ts, o);
      }
      throw e;
    }
    return PyList.steal(ts, result, count);
  }

  /** Picks from a copy of the population, moving each pick's vacancy out of reach. */
  private static void fromPool(
      ThreadState ts, PyObject self, PyObject population, long n, PyObject[] result) {
    PyObject[] pool = materialize(ts, population);
    try {
      if (pool.length < n) {
        // The population iterated shorter than its len(): random.py would index past the pool.
        throw Exc.indexError(ts, "list index out of range");
      }
      for (int i = 0; i < result.length; i++) {
        int j = (int) RandomDraws.randbelow(ts, self, n - i);
        int last = (int) (n - i - 1);
        PyObject picked = pool[j];
        // random.py copies pool[last] into the vacancy; swapping keeps every reference owned.
        pool[j] = pool[last];
        pool[last] = picked;
        result[i] = Ops.newRef(ts, picked);
      }
    } finally {
      for (PyObject o : pool) {
        Ops.decref(ts, o);
      }
    }
  }

  /** Draws indices over the whole population, redrawing repeats. */
  private static void fromWhole(
      ThreadState ts, PyObject self, PyObject population, long n, PyObject[] result) {
    HashSet<Long> selected = new HashSet<>();
    for (int i = 0; i < result.length; i++) {
      long j = RandomDraws.randbelow(ts, self, n);
      while (selected.contains(j)) {
        j = RandomDraws.randbelow(ts, self, n);
      }
      selected.add(j);
      PyObject index = PyInt.of(ts, j);
      try {
        result[i] = Ops.getitem(ts, population, index);
      } finally {
        Ops.decref(ts, index);
      }
    }
  }

  /** {@code list(population)}'s items (new references). */
  private static PyObject[] materialize(ThreadState ts, PyObject population) {
    PyList items = new PyList(ts);
    PyObject it = Ops.iter(ts, population);
    try {
      for (PyObject x = Ops.next(ts, it); x != null; x = Ops.next(ts, it)) {
        items.appendSteal(ts, x);
      }
      PyObject[] out = new PyObject[items.size];
      for (int i = 0; i < out.length; i++) {
        out[i] = Ops.newRef(ts, items.items[i]);
      }
      return out;
    } finally {
      Ops.decref(ts, it);
      Ops.decref(ts, items);
    }
  }

  /** {@code isinstance(population, collections.abc.Sequence)}, registrations included. */
  private static void requireSequence(ThreadState ts, PyObject population) {
    if (!CollectionsAbc.isInstance(ts, population, CollectionsAbc.SEQUENCE)) {
      throw Exc.typeError(ts, "Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
  }

  /** {@code k} as random.py checks it: {@code 0 <= k <= n}, then {@code [None] * k}. */
  private static int sampleSize(ThreadState ts, PyObject k, long n) {
    if (k instanceof PyInt i) {
      if (i.signum() < 0 || i.isBig() || i.value > n) {
        throw Exc.valueError(ts, "Sample larger than population or is negative");
      }
      if (i.value > Integer.MAX_VALUE - 8) {
        throw Exc.raise(ts, Exc.MemoryError, "");
      }
      return (int) i.value;
    }
    PyObject bound = PyInt.of(ts, n);
    try {
      if (!RandomDraws.compare(ts, PyInt.ZERO, k, Compare.LE)
          || !RandomDraws.compare(ts, k, bound, Compare.LE)) {
        throw Exc.valueError(ts, "Sample larger than population or is negative");
      }
    } finally {
      Ops.decref(ts, bound);
    }
    throw Exc.typeError(ts, "can't multiply sequence by non-int of type '" + k.typeName() + "'");
  }

  /** {@code sample(population, k, counts=counts)}. */
  private static PyObject sampleCounted(
      ThreadState ts, PyObject self, PyObject population, PyObject k, PyObject counts) {
    requireSequence(ts, population);
    long n = Ops.length(ts, population);
    PyList cumulative = accumulate(ts, counts);
    try {
      if (cumulative.size != n) {
        throw Exc.valueError(ts, "The number of counts does not match the population");
      }
      if (cumulative.size == 0) {
        throw Exc.indexError(ts, "pop from empty list");
      }
      PyObject total = cumulative.items[--cumulative.size];
      try {
        if (!(total instanceof PyInt)) {
          throw Exc.typeError(ts, "Counts must be integers");
        }
        if (((PyInt) total).signum() <= 0) {
          throw Exc.valueError(ts, "Total of counts must be greater than zero");
        }
        return pickByCounts(ts, self, population, k, cumulative, (PyInt) total);
      } finally {
        Ops.decref(ts, total);
      }
    } finally {
      Ops.decref(ts, cumulative);
    }
  }

  /** {@code [population[bisect(cum_counts, s)] for s in self.sample(range(total), k=k)]}. */
  private static PyObject pickByCounts(
      ThreadState ts, PyObject self, PyObject population, PyObject k, PyList cum, PyInt total) {
    PyObject range = PyRange.of(ts, BigInteger.ZERO, total.bigValue(), BigInteger.ONE);
    PyObject selections;
    PyObject method = Ops.getattr(ts, self, "sample");
    try {
      selections = Calls.call(ts, method, new PyObject[] {range, k}, 0, 2, K_KEYWORD);
    } finally {
      Ops.decref(ts, method);
      Ops.decref(ts, range);
    }
    PyList out = new PyList(ts);
    PyObject it = Ops.iter(ts, selections);
    try {
      for (PyObject s = Ops.next(ts, it); s != null; s = Ops.next(ts, it)) {
        try {
          PyObject index = PyInt.of(ts, bisectRight(ts, cum.items, cum.size, s));
          try {
            out.appendSteal(ts, Ops.getitem(ts, population, index));
          } finally {
            Ops.decref(ts, index);
          }
        } finally {
          Ops.decref(ts, s);
        }
      }
      return out;
    } catch (RuntimeException e) {
      Ops.decref(ts, out);
      throw e;
    } finally {
      Ops.decref(ts, it);
      Ops.decref(ts, selections);
    }
  }

  /** {@code list(itertools.accumulate(values))}. */
  private static PyList accumulate(ThreadState ts, PyObject values) {
    PyList out = new PyList(ts);
    try {
      PyObject it = Ops.iter(ts, values);
      try {
        PyObject total = null;
        try {
          for (PyObject x = Ops.next(ts, it); x != null; x = Ops.next(ts, it)) {
            if (total == null) {
              total = x;
            } else {
              PyObject previous = total;
              total = null;
              try {
                total = Arith.binary(ts, previous, x, Arith.ADD);
              } finally {
                Ops.decref(ts, x);
                Ops.decref(ts, previous);
              }
            }
            out.append(ts, total);
          }
        } finally {
          Ops.xdecref(ts, total);
        }
      } finally {
        Ops.decref(ts, it);
      }
      return out;
    } catch (RuntimeException e) {
      Ops.decref(ts, out);
      throw e;
    }
  }

  /** {@code bisect.bisect_right(a[:size], x)} (C's: {@code x < a[mid]}). */
  private static long bisectRight(ThreadState ts, PyObject[] a, int size, PyObject x) {
    int lo = 0, hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (RandomDraws.compare(ts, x, a[mid], Compare.LT)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  // --- choices ---

  private static PyObject choices(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    PyObject[] a = CHOICES.bind(ts, args, off, n, kw);
    PyObject population = a[0];
    PyObject weights = orNone(a[1]), cumWeights = orNone(a[2]);
    PyObject k = a[3] == null ? PyInt.ONE : a[3];
    long size = Ops.length(ts, population);
    if (cumWeights == PySingleton.NONE) {
      if (weights == PySingleton.NONE) {
        return unweighted(ts, self, population, size, repeatCount(ts, k));
      }
      PyList cumulative = cumulativeWeights(ts, weights);
      try {
        return weighted(ts, self, population, size, cumulative, k);
      } finally {
        Ops.decref(ts, cumulative);
      }
    }
    if (weights != PySingleton.NONE) {
      throw Exc.typeError(ts, "Cannot specify both weights and cumulative weights");
    }
    return weighted(ts, self, population, size, cumWeights, k);
  }

  /** {@code [population[floor(random() * n)] for i in _repeat(None, k)]}. */
  private static PyObject unweighted(
      ThreadState ts, PyObject self, PyObject population, long size, int count) {
    double n = size;
    PyList out = new PyList(ts);
    try {
      for (int i = 0; i < count; i++) {
        PyObject index = RandomDraws.floorToInt(ts, RandomDraws.random(ts, self) * n);
        try {
          out.appendSteal(ts, Ops.getitem(ts, population, index));
        } finally {
          Ops.decref(ts, index);
        }
      }
      return out;
    } catch (RuntimeException e) {
      Ops.decref(ts, out);
      throw e;
    }
  }

  /** {@code list(accumulate(weights))}, or random.py's hint when weights was meant as k. */
  private static PyList cumulativeWeights(ThreadState ts, PyObject weights) {
    try {
      return accumulate(ts, weights);
    } catch (PyException e) {
      if (!e.matches(Exc.TypeError) || !(weights instanceof PyInt)) {
        throw e;
      }
      Ops.decref(ts, e.value);
      throw Exc.typeError(
          ts, "The number of choices must be a keyword argument: k=" + Ops.reprString(ts, weights));
    }
  }

  private static PyObject weighted(
      ThreadState ts, PyObject self, PyObject population, long size, PyObject cum, PyObject k) {
    if (Ops.length(ts, cum) != size) {
      throw Exc.valueError(ts, "The number of weights does not match the population");
    }
    double total = total(ts, cum);
    if (total <= 0.0) {
      throw Exc.valueError(ts, "Total of weights must be greater than zero");
    }
    if (!Double.isFinite(total)) {
      throw Exc.valueError(ts, "Total of weights must be finite");
    }
    int count = repeatCount(ts, k);
    PyObject[] cumulative = snapshot(ts, cum, size);
    try {
      return pickWeighted(ts, self, population, cumulative, total, count);
    } finally {
      for (PyObject o : cumulative) {
        Ops.decref(ts, o);
      }
    }
  }

  /** {@code cum_weights[-1] + 0.0}, as a float. */
  private static double total(ThreadState ts, PyObject cum) {
    PyObject last = Ops.getitem(ts, cum, PyInt.small(-1));
    PyObject zero = PyFloat.of(ts, 0.0);
    PyObject sum;
    try {
      sum = Arith.binary(ts, last, zero, Arith.ADD);
    } finally {
      Ops.decref(ts, last);
      Ops.decref(ts, zero);
    }
    try {
      return RandomDraws.real(ts, sum);
    } finally {
      Ops.decref(ts, sum);
    }
  }

  private static PyObject pickWeighted(
      ThreadState ts,
      PyObject self,
      PyObject population,
      PyObject[] cumulative,
      double total,
      int count) {
    int hi = cumulative.length - 1;
    PyList out = new PyList(ts);
    try {
      for (int i = 0; i < count; i++) {
        PyObject x = PyFloat.of(ts, RandomDraws.random(ts, self) * total);
        PyObject index;
        try {
          index = PyInt.of(ts, bisectRight(ts, cumulative, hi, x));
        } finally {
          Ops.decref(ts, x);
        }
        try {
          out.appendSteal(ts, Ops.getitem(ts, population, index));
        } finally {
          Ops.decref(ts, index);
        }
      }
      return out;
    } catch (RuntimeException e) {
      Ops.decref(ts, out);
      throw e;
    }
  }

  /** {@code seq[0:n]} item by item (new references): what bisect reads. */
  private static PyObject[] snapshot(ThreadState ts, PyObject seq, long n) {
    PyObject[] items = new PyObject[(int) n];
    try {
      for (int i = 0; i < items.length; i++) {
        PyObject index = PyInt.of(ts, i);
        try {
          items[i] = Ops.getitem(ts, seq, index);
        } finally {
          Ops.decref(ts, index);
        }
      }
      return items;
    } catch (RuntimeException e) {
      for (PyObject o : items) {
        Ops.xdecref(ts, o);
      }
      throw e;
    }
  }

  /** {@code itertools.repeat(None, k)}'s count: an index, negative meaning none. */
  private static int repeatCount(ThreadState ts, PyObject k) {
    PyInt i = Ops.indexInt(ts, k);
    try {
      if (i.isBig()) {
        throw Exc.overflowError(ts, "Python int too large to convert to C ssize_t");
      }
      if (i.value > Integer.MAX_VALUE - 8) {
        throw Exc.raise(ts, Exc.MemoryError, "");
      }
      return (int) Math.max(0, i.value);
    } finally {
      Ops.decref(ts, i);
    }
  }

  private static PyObject orNone(PyObject o) {
    return o == null ? PySingleton.NONE : o;
  }
}
