package dev.weft.runtime.objects;

import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.interpreter.Functions;
import dev.weft.runtime.threads.CriticalSection;
import dev.weft.runtime.threads.ThreadState;

/**
 * The objects of the {@code functools} module: {@code partial}, the {@code lru_cache} wrapper,
 * {@code cmp_to_key}'s key wrapper and {@code cached_property}, with CPython 3.11's behaviour. The
 * cache wrapper is shared by every thread that calls the function: its table is read and changed
 * under the wrapper's critical section, and the function itself runs outside it (so two threads may
 * both compute a missing value, as in CPython; the second result is the one kept).
 */
public final class Functools {
  private Functools() {}

  public static final PyType PARTIAL = PyType.builtin("partial", null, 0, null);
  public static final PyType LRU_WRAPPER = PyType.builtin("_lru_cache_wrapper", null, 0, null);
  public static final PyType KEY_WRAPPER = PyType.builtin("KeyWrapper", null, 0, null);
  public static final PyType CACHED_PROPERTY = PyType.builtin("cached_property", null, 0, null);
  public static final PyType CACHE_INFO = PyType.builtin("CacheInfo", PyTuple.TYPE, 0, null);

  /** {@code partial}: refs 0 = func, 1 = args (tuple), 2 = keywords (dict). */
  static final class Partial extends Holder {
    Partial(ThreadState ts, PyObject func, PyTuple args, PyDict keywords) {
      super(ts, PARTIAL, func, args, keywords);
    }
  }

  /** The lru_cache wrapper: refs 0 = the function, 1 = the cache (a dict in LRU order). */
  static final class LruWrapper extends Holder {
    final long maxsize; // -1: unbounded
    final boolean typed;
    long hits, misses;

    LruWrapper(ThreadState ts, PyObject func, long maxsize, boolean typed) {
      super(ts, LRU_WRAPPER, func, new PyDict(ts));
      Ops.incref(ts, func);
      this.maxsize = maxsize;
      this.typed = typed;
    }
  }

  /** cmp_to_key's callable and key objects: refs 0 = cmp, 1 = the wrapped object (or null). */
  static final class KeyWrapper extends Holder {
    KeyWrapper(ThreadState ts, PyObject cmp, PyObject obj) {
      super(ts, KEY_WRAPPER, cmp, obj);
      Ops.incref(ts, cmp);
      if (obj != null) {
        Ops.incref(ts, obj);
      }
    }
  }

  /** cached_property: refs 0 = the function, 1 = the attribute name (set by __set_name__). */
  static final class CachedProperty extends Holder {
    CachedProperty(ThreadState ts, PyObject func) {
      super(ts, CACHED_PROPERTY, func, null);
      Ops.incref(ts, func);
    }
  }

  // --- partial ---

  static PyObject newPartial(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    int nkw = kw == null ? 0 : kw.items.length;
    int npos = n - 1 - nkw;
    if (npos < 1) {
      throw Exc.typeError(ts, "type 'partial' takes at least one argument");
    }
    PyObject func = a[off + 1];
    if (!callable(func)) {
      throw Exc.typeError(ts, "the first argument must be callable");
    }
    PyObject[] inner = new PyObject[0];
    PyDict keywords = new PyDict(ts);
    if (func instanceof Partial p) {
      inner = ((PyTuple) p.refs[1]).items;
      DictOps.update(ts, keywords, p.refs[2]);
      func = p.refs[0];
    }
    PyObject[] all = new PyObject[inner.length + npos - 1];
    System.arraycopy(inner, 0, all, 0, inner.length);
    System.arraycopy(a, off + 2, all, inner.length, npos - 1);
    for (int k = 0; k < nkw; k++) {
      keywords.put(ts, kw.items[k], a[off + n - nkw + k]);
    }
    Ops.incref(ts, func);
    return new Partial(ts, func, PyTuple.of(ts, all), keywords);
  }

  static boolean callable(PyObject o) {
    return o instanceof PyType
        || o instanceof PyFunction
        || o instanceof PyBuiltin
        || o instanceof PyMethod
        || o.type.lookup("__call__") != null;
  }

  static PyObject callPartial(
      ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    Partial p = (Partial) self;
    PyTuple stored = (PyTuple) p.refs[1];
    PyDict keywords = (PyDict) p.refs[2];
    int nkw = kw == null ? 0 : kw.items.length;
    int npos = n - nkw;
    PyObject[] positional = new PyObject[stored.items.length + npos];
    System.arraycopy(stored.items, 0, positional, 0, stored.items.length);
    System.arraycopy(a, off, positional, stored.items.length, npos);
    PyDict merged = new PyDict(ts);
    try {
      DictOps.update(ts, merged, keywords);
      for (int k = 0; k < nkw; k++) {
        merged.put(ts, kw.items[k], a[off + npos + k]);
      }
      PyTuple args = PyTuple.of(ts, positional);
      try {
        return Functions.callWithArgsAndKwargs(ts, p.refs[0], null, args, merged);
      } finally {
        Ops.decref(ts, args);
      }
    } finally {
      Ops.decref(ts, merged);
    }
  }

  static PyObject reprPartial(ThreadState ts, PyObject self) {
    Partial p = (Partial) self;
    StringBuilder sb =
        new StringBuilder("functools.partial(").append(Ops.reprString(ts, p.refs[0]));
    for (PyObject x : ((PyTuple) p.refs[1]).items) {
      sb.append(", ").append(Ops.reprString(ts, x));
    }
    PyDict kw = (PyDict) p.refs[2];
    for (int i = kw.next(0); i >= 0; i = kw.next(i + 1)) {
      sb.append(", ").append(Ops.strString(ts, kw.keyAt(i))).append('=');
      sb.append(Ops.reprString(ts, kw.valueAt(i)));
    }
    return PyStr.of(ts, sb.append(')').toString());
  }

  // --- lru_cache ---

  private static final PyObject KWD_MARK = PyStr.intern("<functools kwd mark>");

  /**
   * CPython's {@code _make_key}: a lone exact int or str argument is its own key; otherwise the
   * arguments, a marker and the keyword items, then (typed) the argument types, as a tuple.
   */
  private static PyObject key(
      ThreadState ts, LruWrapper w, PyObject[] a, int off, int n, PyTuple kw) {
    int nkw = kw == null ? 0 : kw.items.length;
    int npos = n - nkw;
    if (nkw == 0 && npos == 1 && !w.typed) {
      PyObject only = a[off];
      if (only.type == PyInt.TYPE || only.type == PyStr.TYPE) {
        return Ops.newRef(ts, only);
      }
    }
    java.util.List<PyObject> parts = new java.util.ArrayList<>();
    for (int i = 0; i < npos; i++) {
      parts.add(a[off + i]);
    }
    if (nkw > 0) {
      parts.add(KWD_MARK);
      for (int k = 0; k < nkw; k++) {
        parts.add(kw.items[k]);
        parts.add(a[off + npos + k]);
      }
    }
    if (w.typed) {
      for (int i = 0; i < npos; i++) {
        parts.add(a[off + i].type);
      }
      for (int k = 0; k < nkw; k++) {
        parts.add(a[off + npos + k].type);
      }
    }
    return PyTuple.of(ts, parts.toArray(new PyObject[0]));
  }

  static PyObject callLru(ThreadState ts, PyObject self, PyObject[] a, int off, int n, PyTuple kw) {
    LruWrapper w = (LruWrapper) self;
    if (w.maxsize == 0) {
      CriticalSection.begin(ts, w);
      w.misses++;
      CriticalSection.end(ts);
      return Calls.call(ts, w.refs[0], a, off, n, kw);
    }
    PyObject key = key(ts, w, a, off, n, kw);
    try {
      long hash = Ops.hash(ts, key);
      PyDict cache = (PyDict) w.refs[1];
      CriticalSection.begin(ts, w);
      try {
        PyObject hit = cache.getRef(ts, key, hash);
        if (hit != null) {
          w.hits++;
          if (w.maxsize > 0) {
            // Most recently used goes last.
            PyObject v = cache.pop(ts, key);
            cache.put(ts, key, hash, v);
            Ops.decref(ts, v);
          }
          return hit;
        }
        w.misses++;
      } finally {
        CriticalSection.end(ts);
      }
      PyObject result = Calls.call(ts, w.refs[0], a, off, n, kw);
      CriticalSection.begin(ts, w);
      try {
        if (cache.get(ts, key, hash) == null) {
          if (w.maxsize > 0 && cache.size() >= w.maxsize) {
            int oldest = cache.next(0);
            PyObject oldKey = Ops.newRef(ts, cache.keyAt(oldest));
            Ops.xdecref(ts, cache.pop(ts, oldKey));
            Ops.decref(ts, oldKey);
          }
        }
        cache.put(ts, key, hash, result);
      } finally {
        CriticalSection.end(ts);
      }
      return result;
    } finally {
      Ops.decref(ts, key);
    }
  }

  static PyObject cacheInfo(ThreadState ts, PyObject self) {
    LruWrapper w = (LruWrapper) self;
    PyObject maxsize = w.maxsize < 0 ? PySingleton.NONE : PyInt.of(ts, w.maxsize);
    CriticalSection.begin(ts, w);
    try {
      return PyTuple.ofType(
          ts,
          CACHE_INFO,
          new PyObject[] {
            PyInt.of(ts, w.hits),
            PyInt.of(ts, w.misses),
            maxsize,
            PyInt.of(ts, ((PyDict) w.refs[1]).size())
          });
    } finally {
      CriticalSection.end(ts);
    }
  }

  static PyObject cacheClear(ThreadState ts, PyObject self) {
    LruWrapper w = (LruWrapper) self;
    CriticalSection.begin(ts, w);
    try {
      w.hits = 0;
      w.misses = 0;
      ((PyDict) w.refs[1]).clear(ts);
    } finally {
      CriticalSection.end(ts);
    }
    return PySingleton.NONE;
  }

  static PyObject cacheParameters(ThreadState ts, PyObject self) {
    LruWrapper w = (LruWrapper) self;
    PyDict d = new PyDict(ts);
    d.putStringSteal(ts, "maxsize", w.maxsize < 0 ? PySingleton.NONE : PyInt.of(ts, w.maxsize));
    d.putString(ts, "typed", PyBool.of(w.typed));
    return d;
  }

  /** A wrapper around {@code func}, with its name, docs and namespace copied (update_wrapper). */
  public static PyObject lruWrapper(ThreadState ts, PyObject func, long maxsize, boolean typed) {
    LruWrapper w = new LruWrapper(ts, func, maxsize, typed);
    try {
      Ops.decref(ts, updateWrapper(ts, w, func));
    } catch (PyException e) {
      Ops.decref(ts, w);
      throw e;
    }
    return w;
  }

  /** Binds like a function: {@code instance.method} is a bound method of the wrapper. */
  static PyObject bindingGet(ThreadState ts, PyObject self, PyObject obj, PyObject type) {
    if (obj == null || obj == PySingleton.NONE) {
      return Ops.newRef(ts, self);
    }
    return PyMethod.of(ts, self, obj);
  }

  // --- update_wrapper ---

  static final String[] ASSIGNED = {
    "__module__", "__name__", "__qualname__", "__doc__", "__annotations__"
  };

  /** {@code update_wrapper(wrapper, wrapped)} with the default attribute lists. */
  public static PyObject updateWrapper(ThreadState ts, PyObject wrapper, PyObject wrapped) {
    for (String name : ASSIGNED) {
      PyObject v = Ops.getattrOrNull(ts, wrapped, PyStr.intern(name));
      if (v != null) {
        try {
          Ops.setattr(ts, wrapper, PyStr.intern(name), v);
        } finally {
          Ops.decref(ts, v);
        }
      }
    }
    PyObject target = Ops.getattr(ts, wrapper, "__dict__");
    try {
      PyObject source = Ops.getattrOrNull(ts, wrapped, PyStr.intern("__dict__"));
      if (source != null) {
        try {
          Ops.decref(ts, Ops.callMethod(ts, target, "update", source));
        } finally {
          Ops.decref(ts, source);
        }
      }
    } finally {
      Ops.decref(ts, target);
    }
    Ops.setattr(ts, wrapper, PyStr.intern("__wrapped__"), wrapped);
    return Ops.newRef(ts, wrapper);
  }

  // --- cmp_to_key ---

  /** {@code cmp_to_key(cmp)}: a callable that wraps objects into comparable keys. */
  public static PyObject keyFunction(ThreadState ts, PyObject cmp) {
    return new KeyWrapper(ts, cmp, null);
  }

  static PyObject callKey(ThreadState ts, PyObject self, PyObject obj) {
    KeyWrapper k = (KeyWrapper) self;
    return new KeyWrapper(ts, k.refs[0], obj);
  }

  static PyObject compareKeys(ThreadState ts, PyObject self, PyObject other, int op) {
    if (!(other instanceof KeyWrapper o) || o.refs[1] == null) {
      throw Exc.typeError(ts, "other argument must be K instance");
    }
    KeyWrapper k = (KeyWrapper) self;
    PyObject r = Ops.call2(ts, k.refs[0], k.refs[1], o.refs[1]);
    try {
      return Compare.richCompare(ts, r, PyInt.ZERO, op);
    } finally {
      Ops.decref(ts, r);
    }
  }

  // --- cached_property ---

  static PyObject cachedGet(ThreadState ts, PyObject self, PyObject obj, PyObject type) {
    CachedProperty c = (CachedProperty) self;
    if (obj == null || obj == PySingleton.NONE) {
      return Ops.newRef(ts, self);
    }
    if (c.refs[1] == null) {
      throw Exc.typeError(
          ts, "Cannot use cached_property instance without calling __set_name__ on it.");
    }
    PyStr name = (PyStr) c.refs[1];
    if (!(obj instanceof HasDict h) || (obj instanceof PyInstance && !obj.type.instancesHaveDict)) {
      throw Exc.typeError(
          ts,
          "No '__dict__' attribute on "
              + Ops.reprString(ts, PyStr.of(ts, obj.typeName()))
              + " instance to cache "
              + Ops.reprString(ts, name)
              + " property.");
    }
    PyDict d = h.dict(ts);
    PyObject cached = d.getRef(ts, name, name.hash());
    if (cached != null) {
      return cached;
    }
    PyObject v = Ops.call1(ts, c.refs[0], obj);
    d.put(ts, name, name.hash(), v);
    return v;
  }

  static PyObject cachedSetName(ThreadState ts, PyObject self, PyObject owner, PyObject name) {
    CachedProperty c = (CachedProperty) self;
    if (c.refs[1] == null) {
      c.refs[1] = Ops.newRef(ts, name);
    } else if (!Ops.keysEqual(ts, c.refs[1], name)) {
      throw Exc.typeError(
          ts,
          "Cannot assign the same cached_property to two different names ("
              + Ops.reprString(ts, c.refs[1])
              + " and "
              + Ops.reprString(ts, name)
              + ").");
    }
    return PySingleton.NONE;
  }

  // --- registration ---

  private static final String[] CACHE_INFO_FIELDS = {"hits", "misses", "maxsize", "currsize"};

  static void setup() {
    PyType[] types = {PARTIAL, LRU_WRAPPER, KEY_WRAPPER, CACHED_PROPERTY, CACHE_INFO};
    for (PyType t : types) {
      Bootstrap.constant(t, "__module__", PyStr.intern("functools"));
      // A plain class attribute, so that update_wrapper can set an instance's own __doc__.
      Bootstrap.constant(t, "__doc__", PySingleton.NONE);
    }
    Bootstrap.newMethod(PARTIAL, Functools::newPartial);
    Bootstrap.def(PARTIAL, "__call__", 0, (PyBuiltin.FN) Functools::callPartial);
    Bootstrap.def(PARTIAL, "__repr__", 0, (PyBuiltin.F0) Functools::reprPartial);
    String[] partialFields = {"func", "args", "keywords"};
    for (int i = 0; i < 3; i++) {
      int slot = i;
      Bootstrap.getset(
          PARTIAL,
          partialFields[i],
          (ts, self) -> Ops.newRef(ts, ((Partial) self).refs[slot]),
          null);
    }
    Bootstrap.def(LRU_WRAPPER, "__call__", 0, (PyBuiltin.FN) Functools::callLru);
    Bootstrap.def(LRU_WRAPPER, "cache_info", 0, (PyBuiltin.F0) Functools::cacheInfo);
    Bootstrap.def(LRU_WRAPPER, "cache_clear", 0, (PyBuiltin.F0) Functools::cacheClear);
    Bootstrap.def(LRU_WRAPPER, "cache_parameters", 0, (PyBuiltin.F0) Functools::cacheParameters);
    Bootstrap.def(LRU_WRAPPER, "__get__", 1, (PyBuiltin.F2) Functools::bindingGet);
    Bootstrap.def(KEY_WRAPPER, "__call__", 1, (PyBuiltin.F1) Functools::callKey);
    String[] compares = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    for (int op = 0; op < compares.length; op++) {
      int which = op;
      Bootstrap.def(
          KEY_WRAPPER,
          compares[op],
          1,
          (PyBuiltin.F1) (ts, self, other) -> compareKeys(ts, self, other, which));
    }
    Bootstrap.constant(KEY_WRAPPER, "__hash__", PySingleton.NONE);
    Bootstrap.getset(
        KEY_WRAPPER,
        "obj",
        (ts, self) -> {
          PyObject o = ((KeyWrapper) self).refs[1];
          if (o == null) {
            throw Exc.attributeError(ts, self, "obj");
          }
          return Ops.newRef(ts, o);
        },
        null);
    Bootstrap.newMethod(
        CACHED_PROPERTY,
        (ts, self, args, off, n, kw) -> {
          if (n != 2 || (kw != null && kw.items.length > 0)) {
            throw Exc.typeError(ts, "cached_property() takes exactly one argument");
          }
          return new CachedProperty(ts, args[off + 1]);
        });
    Bootstrap.def(CACHED_PROPERTY, "__get__", 1, (PyBuiltin.F2) Functools::cachedGet);
    Bootstrap.def(CACHED_PROPERTY, "__set_name__", 2, (PyBuiltin.F2) Functools::cachedSetName);
    Bootstrap.getset(
        CACHED_PROPERTY,
        "func",
        (ts, self) -> Ops.newRef(ts, ((CachedProperty) self).refs[0]),
        null);
    Bootstrap.def(
        CACHE_INFO,
        "__repr__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyObject[] items = ((PyTuple) self).items;
              StringBuilder sb = new StringBuilder("CacheInfo(");
              for (int i = 0; i < CACHE_INFO_FIELDS.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(CACHE_INFO_FIELDS[i]).append('=');
                sb.append(Ops.reprString(ts, items[i]));
              }
              return PyStr.of(ts, sb.append(')').toString());
            });
    for (int i = 0; i < CACHE_INFO_FIELDS.length; i++) {
      int slot = i;
      Bootstrap.getset(
          CACHE_INFO,
          CACHE_INFO_FIELDS[i],
          (ts, self) -> Ops.newRef(ts, ((PyTuple) self).items[slot]),
          null);
    }
  }
}
