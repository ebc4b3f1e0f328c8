package dev.weft.runtime.modules;

import dev.weft.runtime.objects.ArgParser;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Itertools;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.ThreadState;

/** {@code itertools}: the iterator types of {@link Itertools}, and {@code tee}. */
final class ItertoolsModule {
  private ItertoolsModule() {}

  static PyModule create(ThreadState ts) {
    PyModule m = new PyModule(ts, "itertools");
    for (PyType t :
        new PyType[] {
          Itertools.COUNT,
          Itertools.CYCLE,
          Itertools.REPEAT,
          Itertools.ACCUMULATE,
          Itertools.CHAIN,
          Itertools.COMPRESS,
          Itertools.DROPWHILE,
          Itertools.TAKEWHILE,
          Itertools.FILTERFALSE,
          Itertools.GROUPBY,
          Itertools.ISLICE,
          Itertools.PAIRWISE,
          Itertools.STARMAP,
          Itertools.ZIP_LONGEST,
          Itertools.PRODUCT,
          Itertools.PERMUTATIONS,
          Itertools.COMBINATIONS,
          Itertools.COMBINATIONS_WR
        }) {
      m.put(ts, t.name, t);
    }
    m.put(
        ts,
        "tee",
        PyBuiltin.function(
            "tee",
            1,
            (PyBuiltin.FN)
                (t, s, a, off, n, kw) -> {
                  if (kw != null && kw.items.length > 0) {
                    throw Exc.typeError(t, "tee() takes no keyword arguments");
                  }
                  ArgParser p = new ArgParser(t, "tee", a, off, n, null, "iterable", "n");
                  long count = p.has(1) ? Ops.index(t, p.get(1)) : 2;
                  return Itertools.tee(t, p.get(0), count);
                }));
    return m;
  }
}
