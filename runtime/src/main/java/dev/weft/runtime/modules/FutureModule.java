package dev.weft.runtime.modules;

import dev.weft.runtime.objects.PyBool;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.threads.ThreadState;

/**
 * {@code __future__}: the compiler acts on the imports; at run time the module only has to exist
 * and name its features (CPython's values are {@code _Feature} records; programs only test them).
 */
final class FutureModule {
  private FutureModule() {}

  private static final String[] FEATURES = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"
  };

  static PyModule create(ThreadState ts) {
    PyModule m = new PyModule(ts, "__future__");
    for (String f : FEATURES) {
      m.put(ts, f, PyBool.TRUE);
    }
    return m;
  }
}
