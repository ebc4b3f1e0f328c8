package dev.weft.runtime.modules;

import dev.weft.runtime.interpreter.Functions;
import dev.weft.runtime.objects.ArgParser;
import dev.weft.runtime.objects.Compare;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Functools;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBool;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.ThreadState;

/**
 * {@code functools}: {@code reduce}, {@code partial}, {@code lru_cache} and {@code cache}, {@code
 * update_wrapper} and {@code wraps}, {@code total_ordering}, {@code cmp_to_key} and {@code
 * cached_property}, as CPython 3.11 defines them. Not yet: {@code singledispatch}, {@code
 * partialmethod}, {@code singledispatchmethod}.
 */
final class FunctoolsModule {
  private FunctoolsModule() {}

  static PyModule create(ThreadState ts) {
    PyModule m = new PyModule(ts, "functools");
    fn(m, ts, "reduce", 2, (PyBuiltin.F3) FunctoolsModule::reduce);
    m.put(ts, "partial", Functools.PARTIAL);
    m.put(ts, "cached_property", Functools.CACHED_PROPERTY);
    fn(m, ts, "lru_cache", 0, (PyBuiltin.FN) FunctoolsModule::lruCache);
    fn(m, ts, "cache", 1, (PyBuiltin.F1) (t, s, func) -> Functools.lruWrapper(t, func, -1, false));
    fn(m, ts, "update_wrapper", 2, (PyBuiltin.FN) FunctoolsModule::updateWrapper);
    fn(m, ts, "wraps", 1, (PyBuiltin.FN) FunctoolsModule::wraps);
    fn(m, ts, "total_ordering", 1, (PyBuiltin.F1) FunctoolsModule::totalOrdering);
    fn(m, ts, "cmp_to_key", 1, (PyBuiltin.F1) FunctoolsModule::cmpToKey);
    m.dict.putStringSteal(ts, "WRAPPER_ASSIGNMENTS", names(ts, Functools_ASSIGNED));
    m.dict.putStringSteal(ts, "WRAPPER_UPDATES", names(ts, new String[] {"__dict__"}));
    return m;
  }

  private static final String[] Functools_ASSIGNED = {
    "__module__", "__name__", "__qualname__", "__doc__", "__annotations__"
  };

  private static PyTuple names(ThreadState ts, String[] names) {
    PyObject[] out = new PyObject[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = PyStr.intern(names[i]);
    }
    return PyTuple.of(ts, out);
  }

  private static PyObject reduce(
      ThreadState ts, PyObject self, PyObject function, PyObject iterable, PyObject initial) {
    PyObject it = Ops.iter(ts, iterable);
    PyObject acc = initial == null ? null : Ops.newRef(ts, initial);
    try {
      PyObject item;
      while ((item = Ops.next(ts, it)) != null) {
        if (acc == null) {
          acc = item;
          continue;
        }
        try {
          PyObject next = Ops.call2(ts, function, acc, item);
          Ops.decref(ts, acc);
          acc = next;
        } finally {
          Ops.decref(ts, item);
        }
      }
    } catch (RuntimeException e) {
      Ops.xdecref(ts, acc);
      throw e;
    } finally {
      Ops.decref(ts, it);
    }
    if (acc == null) {
      throw Exc.typeError(ts, "reduce() of empty iterable with no initial value");
    }
    return acc;
  }

  /** {@code lru_cache(maxsize=128, typed=False)}, or {@code @lru_cache} on a function directly. */
  private static PyObject lruCache(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    ArgParser p = new ArgParser(ts, "lru_cache", a, off, n, kw, "maxsize", "typed");
    PyObject maxsize = p.get(0, PyInt.of(ts, 128));
    boolean typed = p.has(1) && Ops.isTrue(ts, p.get(1));
    if (maxsize != PySingleton.NONE && !(maxsize instanceof PyInt)) {
      if (Builtins.isCallable(maxsize)) {
        return Functools.lruWrapper(ts, maxsize, 128, typed);
      }
      throw Exc.typeError(ts, "Expected first argument to be an integer, a callable, or None");
    }
    long size = maxsize == PySingleton.NONE ? -1 : Math.max(0, Ops.index(ts, maxsize));
    return PyBuiltin.function(
        "decorating_function",
        1,
        (PyBuiltin.F1) (t, s, func) -> Functools.lruWrapper(t, func, size, typed));
  }

  private static PyObject updateWrapper(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    ArgParser p =
        new ArgParser(
            ts, "update_wrapper", a, off, n, kw, "wrapper", "wrapped", "assigned", "updated");
    if (!p.has(0) || !p.has(1)) {
      throw Exc.typeError(
          ts,
          "update_wrapper() missing 1 required positional argument: '"
              + (p.has(0) ? "wrapped" : "wrapper")
              + "'");
    }
    PyObject wrapper = p.get(0), wrapped = p.get(1);
    if (!p.has(2) && !p.has(3)) {
      return Functools.updateWrapper(ts, wrapper, wrapped);
    }
    forEachName(
        ts,
        p.get(2, null),
        Functools_ASSIGNED,
        name -> {
          PyObject v = Ops.getattrOrNull(ts, wrapped, name);
          if (v != null) {
            Ops.setattr(ts, wrapper, name, v);
            Ops.decref(ts, v);
          }
        });
    forEachName(
        ts,
        p.get(3, null),
        new String[] {"__dict__"},
        name -> {
          PyObject target = Ops.getattr(ts, wrapper, name);
          PyObject source = Ops.getattrOrNull(ts, wrapped, name);
          try {
            if (source != null) {
              Ops.decref(ts, Ops.callMethod(ts, target, "update", source));
            }
          } finally {
            Ops.decref(ts, target);
            Ops.xdecref(ts, source);
          }
        });
    Ops.setattr(ts, wrapper, PyStr.intern("__wrapped__"), wrapped);
    return Ops.newRef(ts, wrapper);
  }

  private static void forEachName(
      ThreadState ts, PyObject names, String[] defaults, java.util.function.Consumer<PyStr> body) {
    if (names == null) {
      for (String n : defaults) {
        body.accept(PyStr.intern(n));
      }
      return;
    }
    PyObject it = Ops.iter(ts, names);
    try {
      PyObject name;
      while ((name = Ops.next(ts, it)) != null) {
        try {
          if (!(name instanceof PyStr s)) {
            throw Exc.typeError(ts, "attribute name must be string");
          }
          body.accept(s);
        } finally {
          Ops.decref(ts, name);
        }
      }
    } finally {
      Ops.decref(ts, it);
    }
  }

  /** {@code wraps(wrapped, ...)}: {@code partial(update_wrapper, wrapped=wrapped, ...)}. */
  private static PyObject wraps(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    ArgParser p = new ArgParser(ts, "wraps", a, off, n, kw, "wrapped", "assigned", "updated");
    if (!p.has(0)) {
      throw Exc.typeError(ts, "wraps() missing 1 required positional argument: 'wrapped'");
    }
    PyModule m = (PyModule) ts.runtime.modules.getString("functools");
    PyObject update = m.dict.getString("update_wrapper");
    PyDict kwargs = new PyDict(ts);
    try {
      kwargs.putString(ts, "wrapped", p.get(0));
      if (p.has(1)) {
        kwargs.putString(ts, "assigned", p.get(1));
      }
      if (p.has(2)) {
        kwargs.putString(ts, "updated", p.get(2));
      }
      PyTuple args = PyTuple.of(ts, update);
      try {
        return Functions.callWithArgsAndKwargs(ts, Functools.PARTIAL, null, args, kwargs);
      } finally {
        Ops.decref(ts, args);
      }
    } finally {
      Ops.decref(ts, kwargs);
    }
  }

  // --- total_ordering ---

  private static final String[] ORDER = {"__lt__", "__le__", "__gt__", "__ge__"};

  /**
   * Which comparison each missing one is built from, given the root, as CPython's {@code _convert}:
   * for root r, {@code DERIVED[r]} lists (target op, how) with how = 0 "not r and self != other", 1
   * "r or self == other", 2 "not r", 3 "not r or self == other", 4 "r and self != other".
   */
  private static final int[][][] DERIVED = {
    {{2, 0}, {1, 1}, {3, 2}}, // from __lt__: gt, le, ge
    {{3, 3}, {0, 4}, {2, 2}}, // from __le__: ge, lt, gt
    {{0, 0}, {3, 1}, {1, 2}}, // from __gt__: lt, ge, le
    {{1, 3}, {2, 4}, {0, 2}}, // from __ge__: le, gt, lt
  };

  private static PyObject totalOrdering(ThreadState ts, PyObject self, PyObject cls) {
    if (!(cls instanceof PyType type)) {
      throw Exc.typeError(ts, "total_ordering expects a class");
    }
    boolean[] defined = new boolean[4];
    int root = -1;
    for (int i = 0; i < 4; i++) {
      PyObject mine = type.lookup(ORDER[i]);
      defined[i] = mine != null && mine != PyType.OBJECT.lookup(ORDER[i]);
    }
    // max(roots) by name, as CPython picks: __lt__ > __le__ > __gt__ > __ge__.
    for (int i : new int[] {0, 1, 2, 3}) {
      if (defined[i]) {
        root = i;
        break;
      }
    }
    if (root < 0) {
      throw Exc.valueError(ts, "must define at least one ordering operation: < > <= >=");
    }
    int from = root;
    for (int[] d : DERIVED[root]) {
      int target = d[0], how = d[1];
      if (defined[target]) {
        continue;
      }
      PyBuiltin method =
          PyBuiltin.method(
              type,
              ORDER[target],
              1,
              (PyBuiltin.F1) (t, me, other) -> derived(t, me, other, from, how));
      Ops.setattr(ts, type, PyStr.intern(ORDER[target]), method);
    }
    return Ops.newRef(ts, cls);
  }

  private static PyObject derived(ThreadState ts, PyObject me, PyObject other, int root, int how) {
    PyObject r = Ops.callMethod(ts, me.type, ORDER[root], me, other);
    if (r == PySingleton.NOT_IMPLEMENTED) {
      return r;
    }
    boolean truth;
    try {
      truth = Ops.isTrue(ts, r);
    } catch (RuntimeException e) {
      Ops.decref(ts, r);
      throw e;
    }
    switch (how) {
      case 0: // not r and self != other
        Ops.decref(ts, r);
        return truth ? PyBool.FALSE : Compare.richCompare(ts, me, other, Compare.NE);
      case 1: // r or self == other
        if (truth) {
          return r;
        }
        Ops.decref(ts, r);
        return Compare.richCompare(ts, me, other, Compare.EQ);
      case 2: // not r
        Ops.decref(ts, r);
        return PyBool.of(!truth);
      case 3: // not r or self == other
        Ops.decref(ts, r);
        return !truth ? PyBool.TRUE : Compare.richCompare(ts, me, other, Compare.EQ);
      default: // r and self != other
        if (!truth) {
          return r;
        }
        Ops.decref(ts, r);
        return Compare.richCompare(ts, me, other, Compare.NE);
    }
  }

  private static PyObject cmpToKey(ThreadState ts, PyObject self, PyObject cmp) {
    return Functools.keyFunction(ts, cmp);
  }

  private static void fn(PyModule m, ThreadState ts, String name, int minArgs, Object impl) {
    m.put(ts, name, PyBuiltin.function(name, minArgs, impl));
  }
}
