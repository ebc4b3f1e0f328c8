package dev.weft.runtime.objects;

import dev.weft.refcount.RcThread;
import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.List;

/**
 * A Python type: its name, bases, method resolution order (C3), namespace, and how to allocate its
 * instances. Static types (one per Java object class) are immortal and filled in by {@link
 * Bootstrap}; heap types come from {@code class} statements and {@code type(name, bases, dict)}.
 *
 * <p>Attribute lookup walks the MRO's dictionaries; results are cached per type and the cache is
 * invalidated for every type at once whenever any type's namespace changes after creation ({@link
 * #modified}), the role CPython's version tags play for its method cache.
 */
public final class PyType extends PyObject {
  /**
   * Allocates a bare instance of {@code type} (or a subtype): the solid base's {@code tp_alloc}.
   */
  @FunctionalInterface
  public interface Factory {
    PyObject create(ThreadState ts, PyType type);
  }

  public static final int HEAP = 1, BASETYPE = 2, ABSTRACT = 4;

  static final List<PyType> STATIC_TYPES = new ArrayList<>();

  /** The last version tag handed out; tags are never reused (SPEC_02). */
  private static final java.util.concurrent.atomic.AtomicInteger LAST_VERSION_TAG =
      new java.util.concurrent.atomic.AtomicInteger();

  /** The cache's "not found". */
  private static final Object MISSING = new Object();

  public static final PyType OBJECT =
      new PyType("object", null, BASETYPE, (ts, t) -> new PyInstance(ts, t));
  public static final PyType TYPE = new PyType("type", OBJECT, BASETYPE, null);

  /** Bumped whenever any type's namespace changes after creation: every lookup cache is stale. */
  private static volatile long epoch;

  /**
   * CPython's {@code tp_version_tag}: a number that changes whenever this type's namespace or any
   * base's does, so a guard that saw tag T can trust what it looked up while the tag is still T. 0
   * means unversioned. The specializer's guards read it.
   */
  public volatile int versionTag = LAST_VERSION_TAG.incrementAndGet();

  public String name;
  public String qualname;
  public PyType base;
  public PyType[] bases;
  public PyType[] mro;
  public PyDict dict;
  public int flags;
  public Factory factory;

  /**
   * The type whose instance layout this type's instances have (CPython's {@code solid_base}):
   * itself for a type that defines its own, else its base's. Two bases with unrelated layouts
   * cannot be combined.
   */
  public PyType solid;

  /** The {@code __del__} found on the MRO, or null: the deallocator runs it. */
  public PyObject finalizer;

  /**
   * {@code __slots__} names this type adds (null when it has none), and whether instances get a
   * dict.
   */
  public String[] slotNames;

  public int slotOffset;
  public boolean instancesHaveDict;

  /**
   * The attribute names this class's instances keep inline (created on first use, once: an
   * instance's values are indexed through this one object for the type's whole life, so two threads
   * creating it at once must agree on which).
   */
  public volatile SharedKeys sharedKeys;

  public SharedKeys sharedKeys() {
    SharedKeys k = sharedKeys;
    if (k == null) {
      synchronized (this) {
        k = sharedKeys;
        if (k == null) {
          sharedKeys = k = new SharedKeys();
        }
      }
    }
    return k;
  }

  /**
   * The {@code __get__} found on the MRO (or null), and whether {@code __set__} or {@code
   * __delete__} is: what attribute lookup needs to treat this type's instances as descriptors, kept
   * here so that it does not look them up on every access.
   */
  public PyObject descriptorGet;

  public boolean dataDescriptor;

  /** Whether {@code __getattribute__}, {@code __getattr__} or {@code __setattr__} are user code. */
  public boolean customGetattribute, hasGetattr, customSetattr;

  private final List<PyType> subclasses = new ArrayList<>();

  /**
   * Lookup results and the epoch they belong to, published together in one field: two fields could
   * be paired wrongly by racing threads and label an old epoch's results as current. Shared by
   * every thread, so a concurrent map (reads take no lock). {@link #MISSING} stands for "not
   * found".
   */
  private record LookupCache(
      long epoch, java.util.concurrent.ConcurrentHashMap<String, Object> results) {}

  private volatile LookupCache cache =
      new LookupCache(-1, new java.util.concurrent.ConcurrentHashMap<>());

  /** A static type; {@link Bootstrap} gives it its namespace and MRO. */
  private PyType(String name, PyType base, int flags, Factory factory) {
    super(null, true);
    this.name = name;
    this.qualname = name.substring(name.lastIndexOf('.') + 1);
    this.base = base;
    this.bases = base == null ? new PyType[0] : new PyType[] {base};
    this.flags = flags;
    this.factory = factory == null && base != null ? base.factory : factory;
    this.solid = factory == null && base != null ? base.solid : this;
    STATIC_TYPES.add(this);
  }

  /** A static type whose instances are allocated by {@code factory} (null: not instantiable). */
  public static PyType builtin(String name, PyType base, int flags, Factory factory) {
    return new PyType(name, base == null ? OBJECT : base, flags, factory);
  }

  /**
   * A static type with several bases (the ABCs of {@code collections.abc}): its MRO is their C3
   * linearization, computed when it is readied; instances are laid out as the first base's.
   */
  public static PyType builtinMulti(String name, PyType[] bases, int flags, Factory factory) {
    PyType t = new PyType(name, bases[0], flags, factory);
    t.bases = bases.clone();
    return t;
  }

  /** The ABC bookkeeping of a class whose metaclass is {@code ABCMeta} (null until needed). */
  Abc.State abc;

  /**
   * A heap type, as {@code class} creates it, taking over the reference to {@code dict}; the caller
   * computes the MRO ({@link #linearize}) and registers it with its bases.
   */
  PyType(ThreadState ts, String name, PyType[] bases, PyDict dict) {
    super(ts.rc, TYPE);
    this.name = name;
    this.qualname = name;
    this.bases = bases;
    this.dict = dict;
    this.flags = HEAP | BASETYPE;
    this.base = solidBase(bases);
    this.factory = base.factory;
    this.solid = base.solid;
    this.instancesHaveDict = true;
  }

  /** Computes this heap type's MRO (TypeError for an inconsistent hierarchy). */
  void linearize(ThreadState ts) {
    this.mro = Mro.compute(ts, this);
  }

  /** Lists this new type among its bases' subclasses, once it is complete. */
  void registerWithBases() {
    for (PyType b : bases) {
      b.subclasses.add(this);
    }
  }

  /** The base whose instance layout this type extends: the first base that is not plain object. */
  private static PyType solidBase(PyType[] bases) {
    for (PyType b : bases) {
      if (b != OBJECT) {
        return b;
      }
    }
    return OBJECT;
  }

  /**
   * Whether instances compare with their own methods although the type is static and a subclass of
   * a builtin that compares in Java (an OrderedDict is a dict, a Counter too): the comparison must
   * not take {@link Compare#builtin}'s shortcut.
   */
  public boolean richCompareOverride;

  /**
   * {@code __name__}: a heap type's name; for a static type, its name after the last dot (a static
   * type's name is CPython's {@code tp_name}, "collections.deque", which messages print whole).
   */
  public String shortName() {
    if (isHeap()) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(dot + 1);
  }

  public boolean isHeap() {
    return (flags & HEAP) != 0;
  }

  /** The value of {@code name} found on the MRO (borrowed), or null. */
  public PyObject lookup(String name) {
    if (mro == null) {
      Bootstrap.ready(this);
    }
    long e = epoch;
    LookupCache lc = cache;
    if (lc.epoch != e) {
      lc = new LookupCache(e, new java.util.concurrent.ConcurrentHashMap<>());
      cache = lc;
    }
    java.util.concurrent.ConcurrentHashMap<String, Object> c = lc.results;
    Object found = c.get(name);
    if (found == null) {
      PyObject v = lookupUncached(name);
      // Stored only if no namespace changed meanwhile, so a stale result never outlives its epoch.
      if (epoch == e) {
        c.put(name, v == null ? MISSING : v);
      }
      return v;
    }
    return found == MISSING ? null : (PyObject) found;
  }

  /**
   * {@link #lookup} as a new reference, safe while other threads assign the attribute (CPython's
   * {@code _PyType_LookupRef}). A deferred or immortal value is never freed under a reader, so it
   * is counted directly; any other is read again from the dicts of the MRO with the dicts'
   * lock-free read, which keeps the value only if its entry still holds it after the increment.
   */
  public PyObject lookupRef(ThreadState ts, PyStr name) {
    PyObject v = lookup(name.value);
    if (v == null) {
      return null;
    }
    if (v.isImmortal() || v.isDeferred()) {
      Ops.incref(ts, v);
      return v;
    }
    for (PyType t : mro) {
      PyObject r = t.dict.getRefStr(ts, name);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  private PyObject lookupUncached(String name) {
    for (PyType t : mro) {
      PyObject v = t.dict.getString(name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /**
   * Forgets every cached lookup: the static types' namespaces were filled directly (start-up), so
   * results cached while they filled are stale.
   */
  static void invalidateCaches() {
    synchronized (PyType.class) {
      epoch++;
    }
  }

  /**
   * Called after a type's namespace changes (every such change must call it: the specializer's
   * guards trust a type's lookups while its version tag is unchanged); refreshes the flags derived
   * from special methods. The new tag is published last, so a specializer that reads the tag before
   * looking anything up sees lookups and flags at least as new as that tag (SPEC_03).
   */
  public void modified() {
    synchronized (PyType.class) {
      epoch++;
    }
    refreshSpecialFlags();
    versionTag = LAST_VERSION_TAG.incrementAndGet();
    for (PyType sub : subclasses) {
      sub.modified();
    }
  }

  public void refreshSpecialFlags() {
    finalizer = lookup("__del__");
    descriptorGet = lookup("__get__");
    dataDescriptor = lookup("__set__") != null || lookup("__delete__") != null;
    customGetattribute = lookup("__getattribute__") != Bootstrap.objectGetattribute;
    hasGetattr = lookup("__getattr__") != null;
    customSetattr =
        lookup("__setattr__") != Bootstrap.objectSetattr
            || lookup("__delattr__") != Bootstrap.objectDelattr;
  }

  public boolean isSubtypeOf(PyType other) {
    if (this == other) {
      return true;
    }
    for (PyType t : mro) {
      if (t == other) {
        return true;
      }
    }
    return false;
  }

  /** A direct subclass list, for {@code __subclasses__} and cache invalidation. */
  public List<PyType> subclasses() {
    return subclasses;
  }

  @Override
  public void traverse(java.util.function.Consumer<PyObject> visit) {
    if (isHeap()) {
      visit.accept(dict);
      if (type != TYPE) {
        visit.accept(type);
      }
    }
  }

  @Override
  protected void release(RcThread thread) {
    // Reached only by a heap type whose creation failed: complete ones are deferred.
    if (isHeap() && dict != null) {
      Ops.decref(thread, dict);
    }
    if (isHeap() && type != TYPE) {
      Ops.decref(thread, type);
    }
  }

  /**
   * Makes {@code meta} this heap type's metaclass (a new reference); the class statement and {@code
   * type.__new__(meta, ...)} call it right after creating the type.
   */
  public void setMetaclass(ThreadState ts, PyType meta) {
    if (meta == type) {
      return;
    }
    Ops.incref(ts, meta);
    PyType old = type;
    type = meta;
    if (old != TYPE) {
      Ops.decref(ts, old);
    }
  }
}
