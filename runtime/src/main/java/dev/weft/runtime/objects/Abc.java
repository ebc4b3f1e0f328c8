package dev.weft.runtime.objects;

import dev.weft.runtime.interpreter.TypeCalls;
import dev.weft.runtime.modules.Builtins;
import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code abc.ABCMeta} and {@code abc.ABC}, as CPython's {@code _py_abc.py} defines them: a class
 * whose metaclass is ABCMeta answers {@code isinstance}/{@code issubclass} from its positive and
 * negative caches, its {@code __subclasshook__}, its MRO, its registry of virtual subclasses and,
 * recursively, its subclasses; creating one collects its abstract methods into {@code
 * __abstractmethods__}, and a class that still has some cannot be instantiated.
 *
 * <p>Registries and caches hold their classes weakly (CPython's WeakSets), so the static ABCs,
 * which every runtime shares, never keep a program's classes alive.
 */
public final class Abc {
  private Abc() {}

  public static final PyType ABCMETA =
      PyType.builtin("ABCMeta", PyType.TYPE, PyType.BASETYPE, null);

  public static final PyType ABC = PyType.builtin("ABC", null, PyType.BASETYPE, null);

  /** The deprecated {@code abc.abstractproperty}: a property that is always abstract. */
  public static final PyType ABSTRACT_PROPERTY =
      PyType.builtin("abstractproperty", PyDescriptors.PROPERTY, PyType.BASETYPE, null);

  /** CPython's {@code ABCMeta._abc_invalidation_counter}: bumped by every {@code register}. */
  static final AtomicLong INVALIDATION = new AtomicLong();

  /** One ABC's registry and caches, kept on its type. */
  static final class State {
    final Set<PyType> registry = Collections.newSetFromMap(new WeakHashMap<>());
    final Map<PyType, Boolean> cache = new WeakHashMap<>();
    final Map<PyType, Boolean> negative = new WeakHashMap<>();
    long negativeVersion;

    /**
     * The methods whose presence makes a class a subclass, for the ABCs whose {@code
     * __subclasshook__} checks them ({@code Iterable}: {@code __iter__}); null for the others.
     */
    String[] hook;
  }

  /**
   * How deep this thread is in ABCMeta's recursive checks (registries and subclasses): typing's
   * protocol hooks answer NotImplemented there instead of refusing, as {@code
   * _allow_reckless_class_checks} lets them when the caller is the {@code abc} module.
   */
  private static final ThreadLocal<int[]> NESTED = ThreadLocal.withInitial(() -> new int[1]);

  static boolean inNestedCheck() {
    return NESTED.get()[0] > 0;
  }

  /** {@code abc.get_cache_token()}. */
  public static long cacheToken() {
    return INVALIDATION.get();
  }

  static State state(PyType t) {
    synchronized (Abc.class) {
      if (t.abc == null) {
        t.abc = new State();
      }
      return t.abc;
    }
  }

  /** Builtin methods that stand for {@code @abstractmethod} functions of the static ABCs. */
  private static final Set<PyObject> ABSTRACT_BUILTINS =
      Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /** Marks a builtin method abstract, as {@code @abstractmethod} marks a function. */
  public static void markAbstractMethod(PyBuiltin method) {
    markAbstract(method);
  }

  static void markAbstract(PyObject method) {
    synchronized (ABSTRACT_BUILTINS) {
      ABSTRACT_BUILTINS.add(method);
    }
  }

  /** The shared {@code __subclasshook__} of the ABCs written in Java. */
  static final PyBuiltin HOOK =
      PyBuiltin.function(
          "__subclasshook__",
          2,
          (PyBuiltin.F2)
              (ts, unused, cls, sub) -> {
                if (!(cls instanceof PyType c) || !(sub instanceof PyType s)) {
                  return PySingleton.NOT_IMPLEMENTED;
                }
                Boolean r = javaHook(c, s);
                return r == null ? PySingleton.NOT_IMPLEMENTED : PyBool.of(r);
              });

  private static final PyDescriptors.Wrapper HOOK_METHOD = classMethod(HOOK);

  static PyDescriptors.Wrapper classMethod(PyBuiltin b) {
    PyDescriptors.Wrapper w = new PyDescriptors.Wrapper(Bootstrap.BOOT, PyDescriptors.CLASSMETHOD);
    w.callable = b;
    dev.weft.refcount.Refcount.makeImmortal(w);
    return w;
  }

  /** Makes a static type an ABC: metaclass ABCMeta, its abstract methods, its hook's methods. */
  static void makeAbc(PyType t, String module, String[] hook, String... abstracts) {
    Bootstrap.ready(t);
    t.type = ABCMETA;
    Bootstrap.constant(t, "__module__", PyStr.intern(module));
    Bootstrap.constant(t, "__slots__", PyTuple.EMPTY);
    if (hook != null) {
      state(t).hook = hook;
      Bootstrap.constant(t, "__subclasshook__", HOOK_METHOD);
    }
    for (String name : abstracts) {
      markAbstract(t.dict.getString(name));
    }
  }

  /** Collects a static ABC's abstract methods (its own and its bases'), once all are defined. */
  static void sealStatic(ThreadState ts, PyType t) {
    PyType.invalidateCaches();
    computeAbstracts(ts, t);
  }

  /** {@code cls.register(sub)} for a static registration (the builtin types). */
  static void registerStatic(PyType abc, PyType... subs) {
    State s = state(abc);
    synchronized (s) {
      for (PyType sub : subs) {
        s.registry.add(sub);
      }
    }
    INVALIDATION.incrementAndGet();
  }

  // --- isinstance / issubclass ---

  /** {@code isinstance(o, cls)} for an ABC (ABCMeta's {@code __instancecheck__}). */
  public static boolean instanceCheck(ThreadState ts, PyType cls, PyObject o) {
    PyType sub = o.type;
    State s = state(cls);
    synchronized (s) {
      if (s.cache.containsKey(sub)) {
        return true;
      }
      if (s.negativeVersion == INVALIDATION.get() && s.negative.containsKey(sub)) {
        return false;
      }
    }
    // CPython reaches the subclass check from abc's own frames here, so hooks see a nested check.
    int[] depth = NESTED.get();
    depth[0]++;
    try {
      return subclassCheck(ts, cls, sub);
    } finally {
      depth[0]--;
    }
  }

  /** {@code issubclass(sub, cls)} for an ABC (ABCMeta's {@code __subclasscheck__}). */
  public static boolean subclassCheck(ThreadState ts, PyType cls, PyObject subObj) {
    if (!(subObj instanceof PyType sub)) {
      throw Exc.typeError(ts, "issubclass() arg 1 must be a class");
    }
    State s = state(cls);
    synchronized (s) {
      if (s.cache.containsKey(sub)) {
        return true;
      }
      long version = INVALIDATION.get();
      if (s.negativeVersion < version) {
        s.negative.clear();
        s.negativeVersion = version;
      } else if (s.negative.containsKey(sub)) {
        return false;
      }
    }
    Boolean ok = hook(ts, cls, sub);
    if (ok != null) {
      remember(s, sub, ok);
      return ok;
    }
    if (sub.isSubtypeOf(cls)) {
      remember(s, sub, true);
      return true;
    }
    List<PyType> registered;
    synchronized (s) {
      registered = new ArrayList<>(s.registry);
    }
    int[] depth = NESTED.get();
    depth[0]++;
    try {
      for (PyType r : registered) {
        if (isSubclass(ts, sub, r)) {
          remember(s, sub, true);
          return true;
        }
      }
      for (PyType scls : new ArrayList<>(cls.subclasses())) {
        if (isSubclass(ts, sub, scls)) {
          remember(s, sub, true);
          return true;
        }
      }
    } finally {
      depth[0]--;
    }
    remember(s, sub, false);
    return false;
  }

  private static void remember(State s, PyType sub, boolean ok) {
    synchronized (s) {
      (ok ? s.cache : s.negative).put(sub, Boolean.TRUE);
    }
  }

  /** {@code issubclass(sub, cls)} with ABCMeta's check taken directly when it applies. */
  static boolean isSubclass(ThreadState ts, PyType sub, PyType cls) {
    if (cls.type == PyType.TYPE) {
      return sub.isSubtypeOf(cls);
    }
    if (cls.type.lookup("__subclasscheck__") == ABCMETA.dict.getString("__subclasscheck__")) {
      return subclassCheck(ts, cls, sub);
    }
    return Builtins.isSubclass(ts, sub, cls);
  }

  /** {@code isinstance(o, cls)} for any class, ABCs included. */
  public static boolean isInstance(ThreadState ts, PyObject o, PyType cls) {
    if (o.type == cls || o.type.isSubtypeOf(cls)) {
      return true;
    }
    if (cls.type == PyType.TYPE) {
      return false;
    }
    if (cls.type.lookup("__instancecheck__") == ABCMETA.dict.getString("__instancecheck__")) {
      return instanceCheck(ts, cls, o);
    }
    return Builtins.isInstance(ts, o, cls);
  }

  /** The class's {@code __subclasshook__(sub)}: true, false, or null for NotImplemented. */
  private static Boolean hook(ThreadState ts, PyType cls, PyType sub) {
    PyObject h = cls.lookup("__subclasshook__");
    if (h == null || h == PyType.OBJECT.dict.getString("__subclasshook__")) {
      return null;
    }
    if (h == HOOK_METHOD) {
      return javaHook(cls, sub);
    }
    PyObject bound = Attributes.bindToClass(ts, h, cls);
    PyObject r;
    try {
      r = Ops.call1(ts, bound, sub);
    } finally {
      Ops.decref(ts, bound);
    }
    try {
      if (r == PySingleton.NOT_IMPLEMENTED) {
        return null;
      }
      return Ops.isTrue(ts, r);
    } finally {
      Ops.decref(ts, r);
    }
  }

  /** {@code _check_methods}, for the ABC that declared the hook (not for its subclasses). */
  static Boolean javaHook(PyType cls, PyType sub) {
    State s = cls.abc;
    if (s == null || s.hook == null) {
      return null;
    }
    for (String method : s.hook) {
      boolean found = false;
      for (PyType b : sub.mro) {
        PyObject v = b.dict.getString(method);
        if (v != null) {
          if (v == PySingleton.NONE) {
            return null;
          }
          found = true;
          break;
        }
      }
      if (!found) {
        return null;
      }
    }
    return Boolean.TRUE;
  }

  // --- abstract methods ---

  /** Whether {@code value} is abstract ({@code __isabstractmethod__}, as the descriptors say). */
  static boolean isAbstract(ThreadState ts, PyObject value) {
    if (value == null) {
      return false;
    }
    synchronized (ABSTRACT_BUILTINS) {
      if (ABSTRACT_BUILTINS.contains(value)) {
        return true;
      }
    }
    if (value instanceof PyBuiltin || value instanceof PyStr || value instanceof PyInt) {
      return false;
    }
    if (value instanceof PyDescriptors.Property p) {
      return p.type.isSubtypeOf(ABSTRACT_PROPERTY)
          || isAbstract(ts, p.fget)
          || isAbstract(ts, p.fset)
          || isAbstract(ts, p.fdel);
    }
    if (value instanceof PyDescriptors.Wrapper w) {
      return isAbstract(ts, w.callable);
    }
    PyObject flag = Ops.getattrOrNull(ts, value, PyStr.intern("__isabstractmethod__"));
    if (flag == null) {
      return false;
    }
    try {
      return Ops.isTrue(ts, flag);
    } finally {
      Ops.decref(ts, flag);
    }
  }

  /**
   * ABCMeta's {@code _abc_init}: the names defined abstract in the class body, and the names its
   * bases have abstract that it still resolves to an abstract value, as {@code
   * __abstractmethods__}; the class is abstract while that set is not empty.
   */
  public static void computeAbstracts(ThreadState ts, PyType cls) {
    TreeSet<String> abstracts = new TreeSet<>();
    PyDict d = cls.dict;
    for (int p = d.next(0); p >= 0; p = d.next(p + 1)) {
      if (d.keyAt(p) instanceof PyStr k && isAbstract(ts, d.valueAt(p))) {
        abstracts.add(k.value);
      }
    }
    for (PyType base : cls.bases) {
      PyObject names = base.lookup("__abstractmethods__");
      if (names == null) {
        continue;
      }
      for (String name : strings(ts, names)) {
        if (isAbstract(ts, cls.lookup(name))) {
          abstracts.add(name);
        }
      }
    }
    ThreadState owner = cls.isHeap() ? ts : Bootstrap.BOOT;
    PySet fs = new PySet(owner, PySet.FROZENSET_TYPE);
    for (String name : abstracts) {
      fs.add(owner, PyStr.intern(name));
    }
    if (cls.isHeap()) {
      cls.dict.putStringSteal(ts, "__abstractmethods__", fs);
      cls.modified(); // abc.update_abstractmethods runs this on a finished class
    } else {
      dev.weft.refcount.Refcount.makeImmortal(fs);
      cls.dict.putString(Bootstrap.BOOT, "__abstractmethods__", fs);
    }
    if (abstracts.isEmpty()) {
      cls.flags &= ~PyType.ABSTRACT;
    } else {
      cls.flags |= PyType.ABSTRACT;
    }
  }

  private static List<String> strings(ThreadState ts, PyObject names) {
    List<String> out = new ArrayList<>();
    PyObject it = Ops.iter(ts, names);
    try {
      PyObject x;
      while ((x = Ops.next(ts, it)) != null) {
        if (x instanceof PyStr s) {
          out.add(s.value);
        }
        Ops.decref(ts, x);
      }
    } finally {
      Ops.decref(ts, it);
    }
    return out;
  }

  /** object.__new__'s refusal: "Can't instantiate abstract class X with abstract method(s) ...". */
  public static PyException cannotInstantiate(ThreadState ts, PyType t) {
    PyObject names = t.dict.getString("__abstractmethods__");
    if (names == null) {
      return Exc.typeError(ts, "cannot create '" + t.name + "' instances");
    }
    List<String> sorted = new ArrayList<>(new TreeSet<>(strings(ts, names)));
    return Exc.typeError(
        ts,
        "Can't instantiate abstract class "
            + t.name
            + " with abstract method"
            + (sorted.size() > 1 ? "s" : "")
            + " "
            + String.join(", ", sorted));
  }

  // --- ABCMeta's methods ---

  static void setup() {
    PyType m = ABCMETA;
    Bootstrap.constant(m, "__module__", PyStr.intern("abc"));
    Bootstrap.newMethod(
        m,
        (ts, self, args, off, n, kw) -> {
          int nkw = kw == null ? 0 : kw.items.length;
          int npos = n - nkw;
          if (npos != 4 || !(args[off] instanceof PyType mcls)) {
            throw Exc.typeError(
                ts,
                "ABCMeta.__new__() missing required arguments: 'name', 'bases', and 'namespace'");
          }
          PyDict kwargs = null;
          if (nkw > 0) {
            kwargs = new PyDict(ts);
            for (int k = 0; k < nkw; k++) {
              kwargs.put(ts, kw.items[k], args[off + npos + k]);
            }
          }
          PyObject cls =
              TypeCalls.newClass(ts, args[off + 1], args[off + 2], args[off + 3], kwargs, mcls);
          if (cls instanceof PyType c && c.type.isSubtypeOf(ABCMETA)) {
            try {
              computeAbstracts(ts, c);
            } catch (RuntimeException e) {
              Ops.decref(ts, cls);
              throw e;
            }
          }
          return cls;
        });
    Bootstrap.def(
        m,
        "register",
        1,
        (PyBuiltin.F1)
            (ts, self, sub) -> {
              if (!(sub instanceof PyType s)) {
                throw Exc.typeError(ts, "Can only register classes");
              }
              PyType cls = (PyType) self;
              if (isSubclass(ts, s, cls)) {
                return Ops.newRef(ts, sub);
              }
              if (isSubclass(ts, cls, s)) {
                throw Exc.runtimeError(ts, "Refusing to create an inheritance cycle");
              }
              State st = state(cls);
              synchronized (st) {
                st.registry.add(s);
              }
              INVALIDATION.incrementAndGet();
              return Ops.newRef(ts, sub);
            });
    Bootstrap.def(
        m,
        "__instancecheck__",
        1,
        (PyBuiltin.F1) (ts, self, o) -> PyBool.of(instanceCheck(ts, (PyType) self, o)));
    Bootstrap.def(
        m,
        "__subclasscheck__",
        1,
        (PyBuiltin.F1) (ts, self, sub) -> PyBool.of(subclassCheck(ts, (PyType) self, sub)));
    Bootstrap.def(
        m,
        "_abc_registry_clear",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              State st = state((PyType) self);
              synchronized (st) {
                st.registry.clear();
              }
              return PySingleton.NONE;
            });
    Bootstrap.def(
        m,
        "_abc_caches_clear",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              State st = state((PyType) self);
              synchronized (st) {
                st.cache.clear();
                st.negative.clear();
              }
              return PySingleton.NONE;
            });
    Bootstrap.constant(ABSTRACT_PROPERTY, "__module__", PyStr.intern("abc"));
    Bootstrap.constant(ABSTRACT_PROPERTY, "__isabstractmethod__", PyBool.TRUE);
    Bootstrap.ready(ABC);
    ABC.type = ABCMETA;
    Bootstrap.constant(ABC, "__module__", PyStr.intern("abc"));
    Bootstrap.constant(ABC, "__slots__", PyTuple.EMPTY);
    Bootstrap.constant(
        ABC,
        "__doc__",
        PyStr.intern(
            "Helper class that provides a standard way to create an ABC using\ninheritance."));
    sealStatic(Bootstrap.BOOT, ABC);
  }
}
