package dev.weft.runtime.modules;

import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.threads.ThreadState;

/**
 * The {@code random} module, as CPython 3.11's random.py lays it out: the classes {@code Random}
 * and {@code SystemRandom} ({@link RandomType}), the constants, and the module-level functions,
 * which are the bound methods of one hidden {@code Random} instance ({@code random._inst}) seeded
 * from OS entropy when the module is created.
 */
final class RandomModule {
  private RandomModule() {}

  /** random.py's {@code __all__}, in its order. */
  private static final String[] ALL = {
    "Random",
    "SystemRandom",
    "betavariate",
    "choice",
    "choices",
    "expovariate",
    "gammavariate",
    "gauss",
    "getrandbits",
    "getstate",
    "lognormvariate",
    "normalvariate",
    "paretovariate",
    "randbytes",
    "randint",
    "random",
    "randrange",
    "sample",
    "seed",
    "setstate",
    "shuffle",
    "triangular",
    "uniform",
    "vonmisesvariate",
    "weibullvariate"
  };

  /** The functions random.py binds from {@code _inst}, in its order. */
  private static final String[] BOUND = {
    "seed",
    "random",
    "uniform",
    "triangular",
    "randint",
    "choice",
    "randrange",
    "sample",
    "shuffle",
    "choices",
    "normalvariate",
    "lognormvariate",
    "expovariate",
    "vonmisesvariate",
    "gammavariate",
    "gauss",
    "betavariate",
    "paretovariate",
    "weibullvariate",
    "getstate",
    "setstate",
    "getrandbits",
    "randbytes"
  };

  static PyModule create(ThreadState ts) {
    RandomType.ready(ts);
    PyModule m = new PyModule(ts, "random");
    PyList all = new PyList(ts);
    for (String name : ALL) {
      all.append(ts, PyStr.intern(name));
    }
    m.dict.putStringSteal(ts, "__all__", all);
    m.put(ts, "Random", RandomType.RANDOM);
    m.put(ts, "SystemRandom", RandomType.SYSTEM_RANDOM);
    m.dict.putStringSteal(ts, "NV_MAGICCONST", PyFloat.of(ts, RandomDistributions.NV_MAGICCONST));
    m.dict.putStringSteal(ts, "TWOPI", PyFloat.of(ts, RandomDistributions.TWOPI));
    m.dict.putStringSteal(ts, "LOG4", PyFloat.of(ts, RandomDistributions.LOG4));
    m.dict.putStringSteal(ts, "SG_MAGICCONST", PyFloat.of(ts, RandomDistributions.SG_MAGICCONST));
    m.put(ts, "BPF", PyInt.small(53));
    m.dict.putStringSteal(ts, "RECIP_BPF", PyFloat.of(ts, RandomType.RECIP_BPF));
    PyObject inst = Ops.call0(ts, RandomType.RANDOM);
    m.dict.putStringSteal(ts, "_inst", inst);
    for (String name : BOUND) {
      m.dict.putStringSteal(ts, name, Ops.getattr(ts, inst, name));
    }
    return m;
  }
}
