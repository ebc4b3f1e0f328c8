package dev.weft.runtime.modules;

import dev.weft.runtime.objects.Abc;
import dev.weft.runtime.objects.CollectionsAbc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBool;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyDescriptors;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.ThreadState;

/**
 * {@code abc} ({@code ABCMeta}, {@code ABC}, {@code abstractmethod}, {@code get_cache_token},
 * {@code update_abstractmethods}) and {@code collections.abc} (the ABCs of {@link CollectionsAbc}).
 */
final class AbcModules {
  private AbcModules() {}

  static PyModule abc(ThreadState ts) {
    PyModule m = new PyModule(ts, "abc");
    m.put(ts, "ABCMeta", Abc.ABCMETA);
    m.put(ts, "ABC", Abc.ABC);
    m.put(
        ts,
        "abstractmethod",
        PyBuiltin.function(
            "abstractmethod",
            1,
            (PyBuiltin.F1)
                (t, s, f) -> {
                  Ops.setattr(t, f, PyStr.intern("__isabstractmethod__"), PyBool.TRUE);
                  return Ops.newRef(t, f);
                }));
    m.put(ts, "abstractproperty", Abc.ABSTRACT_PROPERTY);
    for (String kind : new String[] {"classmethod", "staticmethod"}) {
      PyType wrapper =
          kind.equals("classmethod") ? PyDescriptors.CLASSMETHOD : PyDescriptors.STATICMETHOD;
      String name = "abstract" + kind;
      m.put(
          ts,
          name,
          PyBuiltin.function(
              name,
              1,
              (PyBuiltin.F1)
                  (t, s, f) -> {
                    Ops.setattr(t, f, PyStr.intern("__isabstractmethod__"), PyBool.TRUE);
                    return Ops.call1(t, wrapper, f);
                  }));
    }
    m.put(
        ts,
        "get_cache_token",
        PyBuiltin.function(
            "get_cache_token", 0, (PyBuiltin.F0) (t, s) -> PyInt.of(t, Abc.cacheToken())));
    m.put(
        ts,
        "update_abstractmethods",
        PyBuiltin.function(
            "update_abstractmethods",
            1,
            (PyBuiltin.F1)
                (t, s, cls) -> {
                  if (cls instanceof PyType c && c.dict.getString("__abstractmethods__") != null) {
                    Abc.computeAbstracts(t, c);
                  }
                  return Ops.newRef(t, cls);
                }));
    return m;
  }

  static PyModule collectionsAbc(ThreadState ts) {
    PyModule m = new PyModule(ts, "collections.abc");
    PyObject[] names = new PyObject[CollectionsAbc.ALL.length];
    for (int i = 0; i < names.length; i++) {
      PyType t = CollectionsAbc.ALL[i];
      m.put(ts, t.name, t);
      names[i] = PyStr.intern(t.name);
    }
    m.dict.putStringSteal(ts, "__all__", PyList.steal(ts, names, names.length));
    return m;
  }
}
