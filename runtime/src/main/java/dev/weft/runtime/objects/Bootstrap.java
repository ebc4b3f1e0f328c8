package dev.weft.runtime.objects;

import dev.weft.runtime.threads.ThreadState;

/**
 * Fills the static types once, when the first runtime starts: every type gets the metatype, its MRO
 * and its namespace of methods and descriptors. The Java classes create the type objects while they
 * load; their namespaces wait until here, so that no class's static initializer needs another's to
 * have finished.
 */
public final class Bootstrap {
  private Bootstrap() {}

  /** The ThreadState that owns the immortal objects created here. */
  static final ThreadState BOOT = ThreadState.boot();

  public static PyObject objectNew;

  public static PyBuiltin objectStr, objectInit, objectGetattribute, objectSetattr, objectDelattr;

  private static boolean done;

  public static synchronized void init() {
    if (done) {
      return;
    }
    done = true;
    touch(
        PyType.OBJECT,
        PyInt.TYPE,
        PyBool.TYPE,
        PyFloat.TYPE,
        PyComplex.TYPE,
        PyStr.TYPE,
        PyBytes.TYPE,
        PyTuple.TYPE,
        PyList.TYPE,
        PyDict.TYPE,
        PySet.SET_TYPE,
        PyRange.TYPE,
        PySlice.TYPE,
        PySingleton.NONE_TYPE,
        PyFunction.TYPE,
        PyCode.TYPE,
        PyCell.TYPE,
        PyMethod.TYPE,
        PyModule.TYPE,
        PyBuiltin.FUNCTION_TYPE,
        PyGetSet.TYPE,
        PyDescriptors.PROPERTY,
        PyTraceback.TYPE,
        PyGenerator.GENERATOR_TYPE,
        Iterators.SEQ_ITER,
        Exc.BaseException,
        PySuper.TYPE,
        BuiltinIterators.ENUMERATE);
    for (int i = 0; i < PyType.STATIC_TYPES.size(); i++) {
      ready(PyType.STATIC_TYPES.get(i));
    }
    ObjectMethods.setup();
    NumberMethods.setup();
    StrMethods.setup();
    BytesMethods.setup();
    SequenceOps.setup();
    DictOps.setup();
    SetOps.setup();
    ExceptionMethods.setup();
    MiscMethods.setup();
    BuiltinIterators.setup();
    ThreadObjects.setup();
    OperatorObjects.setup();
    ItertoolsSetup.setup();
    Functools.setup();
    StringTemplate.setup();
    StructSeq.setup();
    MappingProxy.setup();
    DataclassObjects.setup();
    ArrayMethods.setup();
    IoBase.setup();
    DequeMethods.setup();
    PyDefaultDict.setup();
    OrderedDicts.setup();
    Counters.setup();
    NamedTuples.setup();
    Abc.setup();
    CollectionsAbc.setup();
    ChainMaps.setup();
    UserCollections.setup();
    GenericAliases.setup();
    TypingAliases.setup();
    TypingVars.setup();
    TypingClasses.setup();
    PyType.invalidateCaches();
    for (int i = 0; i < PyType.STATIC_TYPES.size(); i++) {
      ready(PyType.STATIC_TYPES.get(i)).refreshSpecialFlags();
    }
  }

  /**
   * Gives a static type its metatype, namespace and MRO if it has none yet (types whose classes
   * load after start-up get theirs on first use).
   */
  public static PyType ready(PyType t) {
    if (t.dict != null) {
      return t;
    }
    synchronized (Bootstrap.class) {
      return readyLocked(t);
    }
  }

  /** Types loaded after start-up may be readied by two threads at once: one does it. */
  private static PyType readyLocked(PyType t) {
    if (t.dict != null) {
      return t;
    }
    if (t.base != null) {
      ready(t.base);
    }
    t.type = PyType.TYPE;
    t.dict = new PyDict(true);
    if (t.bases.length > 1) {
      for (PyType b : t.bases) {
        ready(b);
      }
      t.mro = Mro.compute(BOOT, t);
      for (PyType b : t.bases) {
        b.subclasses().add(t);
      }
      if (done && Bootstrap.objectGetattribute != null) {
        t.refreshSpecialFlags();
      }
      return t;
    }
    // One base: this type, then the base's MRO (which need not be a chain of single bases).
    PyType[] inherited = t.base == null ? new PyType[0] : t.base.mro;
    t.mro = new PyType[inherited.length + 1];
    t.mro[0] = t;
    System.arraycopy(inherited, 0, t.mro, 1, inherited.length);
    if (t.base != null) {
      t.base.subclasses().add(t);
    }
    if (done && Bootstrap.objectGetattribute != null) {
      t.refreshSpecialFlags();
    }
    return t;
  }

  private static void touch(Object... classes) {}

  /**
   * An iterator type of a module loaded after start-up ({@code heapq.merge}): its protocol and
   * {@code __module__}, once, then its special-method flags.
   */
  public static synchronized void readyIterator(PyType t, String module) {
    if (ready(t).dict.getString("__next__") != null) {
      return;
    }
    constant(t, "__module__", PyStr.intern(module));
    MiscMethods.iteratorProtocol(t);
    t.refreshSpecialFlags();
  }

  // --- Definition helpers for the setup methods ---

  static PyBuiltin def(PyType t, String name, int minArgs, Object fn) {
    ready(t);
    PyBuiltin b = PyBuiltin.method(t, name, minArgs, fn);
    b.lockSelf = isLockedContainer(t) && !LOCK_FREE_METHODS.contains(name);
    t.dict.putString(BOOT, name, b);
    return b;
  }

  /** The mutable builtin containers, whose methods run in a critical section on {@code self}. */
  private static boolean isLockedContainer(PyType t) {
    return t == PyList.TYPE
        || t == PyDict.TYPE
        || t == PySet.SET_TYPE
        || t == PyDeque.TYPE
        || t == OrderedDicts.TYPE;
  }

  /** Container methods that read nothing racy or read lock-free themselves. */
  private static final java.util.Set<String> LOCK_FREE_METHODS =
      java.util.Set.of("__len__", "__iter__", "__reversed__", "__sizeof__", "__class_getitem__");

  static void getset(PyType t, String name, PyGetSet.Getter get, PyGetSet.Setter set) {
    ready(t);
    t.dict.putString(BOOT, name, new PyGetSet(name, t, get, set));
  }

  /** A static method of a builtin type ({@code dict.fromkeys} is a classmethod; this is plain). */
  static void staticMethod(PyType t, String name, int minArgs, Object fn) {
    ready(t);
    PyBuiltin b = PyBuiltin.function(name, minArgs, fn);
    PyDescriptors.Wrapper w = new PyDescriptors.Wrapper(BOOT, PyDescriptors.STATICMETHOD);
    w.callable = b;
    dev.weft.refcount.Refcount.makeImmortal(w);
    t.dict.putString(BOOT, name, w);
  }

  /** A classmethod of a builtin type: the callable receives the class first. */
  static void classMethod(PyType t, String name, int minArgs, Object fn) {
    ready(t);
    PyBuiltin b = PyBuiltin.function(name, minArgs, fn);
    PyDescriptors.Wrapper w = new PyDescriptors.Wrapper(BOOT, PyDescriptors.CLASSMETHOD);
    w.callable = b;
    dev.weft.refcount.Refcount.makeImmortal(w);
    t.dict.putString(BOOT, name, w);
  }

  /** {@code __new__} of a builtin type: a static method taking the class first. */
  public static void newMethod(PyType t, PyBuiltin.FN fn) {
    staticMethod(t, "__new__", 1, fn);
  }

  /** {@code __new__} that only allocates an instance of the class; {@code __init__} fills it. */
  static void allocatingNew(PyType t) {
    newMethod(
        t,
        (ts, self, args, off, n, kw) ->
            ((PyType) args[off]).factory.create(ts, (PyType) args[off]));
  }

  static void constant(PyType t, String name, PyObject value) {
    ready(t);
    t.dict.putString(BOOT, name, value);
  }
}
