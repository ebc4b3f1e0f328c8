package dev.weft.runtime.modules;

import dev.weft.runtime.objects.PyArray;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.threads.ThreadState;

/**
 * {@code array}: the {@code array} type ({@link PyArray}; its methods are in {@code ArrayMethods}
 * and {@code ArrayOps}), {@code ArrayType} and {@code typecodes}.
 */
final class ArrayModule {
  private ArrayModule() {}

  static PyModule create(ThreadState ts) {
    PyModule m = new PyModule(ts, "array");
    m.put(ts, "array", PyArray.TYPE);
    m.put(ts, "ArrayType", PyArray.TYPE);
    m.put(ts, "typecodes", PyStr.intern(PyArray.TYPECODES));
    return m;
  }
}
