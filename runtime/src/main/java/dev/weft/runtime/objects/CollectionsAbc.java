package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;

import dev.weft.runtime.threads.ThreadState;

/**
 * The ABCs of {@code collections.abc} (CPython's {@code _collections_abc.py}): static classes whose
 * metaclass is {@link Abc#ABCMETA}, with its hierarchy, abstract methods, the one-method ABCs'
 * {@code __subclasshook__}s, the builtin types registered as CPython registers them, and the mixin
 * methods, written in Java against the object protocol so that a subclass that defines the abstract
 * methods gets the rest as {@code _collections_abc.py} gives it.
 */
public final class CollectionsAbc {
  private CollectionsAbc() {}

  static PyType abc(String name, PyType... bases) {
    return bases.length == 0
        ? PyType.builtin(name, null, PyType.BASETYPE, null)
        : bases.length == 1
            ? PyType.builtin(name, bases[0], PyType.BASETYPE, null)
            : PyType.builtinMulti(name, bases, PyType.BASETYPE, null);
  }

  public static final PyType HASHABLE = abc("Hashable");
  public static final PyType AWAITABLE = abc("Awaitable");
  public static final PyType COROUTINE = abc("Coroutine", AWAITABLE);
  public static final PyType ASYNC_ITERABLE = abc("AsyncIterable");
  public static final PyType ASYNC_ITERATOR = abc("AsyncIterator", ASYNC_ITERABLE);
  public static final PyType ASYNC_GENERATOR = abc("AsyncGenerator", ASYNC_ITERATOR);
  public static final PyType ITERABLE = abc("Iterable");
  public static final PyType ITERATOR = abc("Iterator", ITERABLE);
  public static final PyType REVERSIBLE = abc("Reversible", ITERABLE);
  public static final PyType GENERATOR = abc("Generator", ITERATOR);
  public static final PyType SIZED = abc("Sized");
  public static final PyType CONTAINER = abc("Container");
  public static final PyType COLLECTION = abc("Collection", SIZED, ITERABLE, CONTAINER);
  public static final PyType CALLABLE = abc("Callable");
  public static final PyType SET = abc("Set", COLLECTION);
  public static final PyType MUTABLE_SET = abc("MutableSet", SET);
  public static final PyType MAPPING = abc("Mapping", COLLECTION);
  public static final PyType MAPPING_VIEW = abc("MappingView", SIZED);
  public static final PyType KEYS_VIEW = abc("KeysView", MAPPING_VIEW, SET);
  public static final PyType ITEMS_VIEW = abc("ItemsView", MAPPING_VIEW, SET);
  public static final PyType VALUES_VIEW = abc("ValuesView", MAPPING_VIEW, COLLECTION);
  public static final PyType MUTABLE_MAPPING = abc("MutableMapping", MAPPING);
  public static final PyType SEQUENCE = abc("Sequence", REVERSIBLE, COLLECTION);
  public static final PyType BYTE_STRING = abc("ByteString", SEQUENCE);
  public static final PyType MUTABLE_SEQUENCE = abc("MutableSequence", SEQUENCE);

  /** In {@code __all__}'s order. */
  public static final PyType[] ALL = {
    AWAITABLE,
    COROUTINE,
    ASYNC_ITERABLE,
    ASYNC_ITERATOR,
    ASYNC_GENERATOR,
    HASHABLE,
    ITERABLE,
    ITERATOR,
    GENERATOR,
    REVERSIBLE,
    SIZED,
    CONTAINER,
    CALLABLE,
    COLLECTION,
    SET,
    MUTABLE_SET,
    MAPPING,
    MUTABLE_MAPPING,
    MAPPING_VIEW,
    KEYS_VIEW,
    ITEMS_VIEW,
    VALUES_VIEW,
    SEQUENCE,
    MUTABLE_SEQUENCE,
    BYTE_STRING
  };

  /** The iterators the mixins return (CPython's are generators). */
  static final PyType MIXIN_ITER = PyType.builtin("_collections_abc_iterator", null, 0, null);

  /** {@code isinstance(o, abc)} for one of these ABCs (or any class). */
  public static boolean isInstance(ThreadState ts, PyObject o, PyType abc) {
    return Abc.isInstance(ts, o, abc);
  }

  static final String MODULE = "collections.abc";

  static String[] hook(String... methods) {
    return methods;
  }

  static void setup() {
    ThreadState boot = Bootstrap.BOOT;
    MiscMethods.iteratorProtocol(MIXIN_ITER);

    def(HASHABLE, "__hash__", 0, (PyBuiltin.F0) (ts, self) -> PyInt.ZERO);
    Abc.makeAbc(HASHABLE, MODULE, hook("__hash__"), "__hash__");

    def(AWAITABLE, "__await__", 0, (PyBuiltin.F0) (ts, self) -> emptyIter(ts));
    Abc.makeAbc(AWAITABLE, MODULE, hook("__await__"), "__await__");
    def(COROUTINE, "send", 1, (PyBuiltin.F1) (ts, self, v) -> stop(ts));
    def(COROUTINE, "throw", 1, (PyBuiltin.F3) CollectionsAbc::throwDefault);
    def(COROUTINE, "close", 0, (PyBuiltin.F0) (ts, self) -> close(ts, self, "coroutine"));
    Abc.makeAbc(COROUTINE, MODULE, hook("__await__", "send", "throw", "close"), "send", "throw");

    def(ASYNC_ITERABLE, "__aiter__", 0, (PyBuiltin.F0) (ts, self) -> emptyIter(ts));
    Abc.makeAbc(ASYNC_ITERABLE, MODULE, hook("__aiter__"), "__aiter__");
    def(
        ASYNC_ITERATOR,
        "__anext__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              throw new PyException(Exc.create(ts, Exc.StopAsyncIteration));
            });
    def(ASYNC_ITERATOR, "__aiter__", 0, (PyBuiltin.F0) (ts, self) -> Ops.newRef(ts, self));
    Abc.makeAbc(ASYNC_ITERATOR, MODULE, hook("__anext__", "__aiter__"), "__anext__");
    def(
        ASYNC_GENERATOR,
        "asend",
        1,
        (PyBuiltin.F1)
            (ts, self, v) -> {
              throw new PyException(Exc.create(ts, Exc.StopAsyncIteration));
            });
    def(ASYNC_GENERATOR, "athrow", 1, (PyBuiltin.F3) CollectionsAbc::throwDefault);
    Abc.makeAbc(
        ASYNC_GENERATOR,
        MODULE,
        hook("__aiter__", "__anext__", "asend", "athrow", "aclose"),
        "asend",
        "athrow");

    def(ITERABLE, "__iter__", 0, (PyBuiltin.F0) (ts, self) -> emptyIter(ts));
    Abc.makeAbc(ITERABLE, MODULE, hook("__iter__"), "__iter__");
    def(ITERATOR, "__next__", 0, (PyBuiltin.F0) (ts, self) -> stop(ts));
    def(ITERATOR, "__iter__", 0, (PyBuiltin.F0) (ts, self) -> Ops.newRef(ts, self));
    Abc.makeAbc(ITERATOR, MODULE, hook("__iter__", "__next__"), "__next__");
    def(REVERSIBLE, "__reversed__", 0, (PyBuiltin.F0) (ts, self) -> emptyIter(ts));
    Abc.makeAbc(REVERSIBLE, MODULE, hook("__reversed__", "__iter__"), "__reversed__");
    def(
        GENERATOR,
        "__next__",
        0,
        (PyBuiltin.F0) (ts, self) -> Ops.callMethod(ts, self, "send", PySingleton.NONE));
    def(GENERATOR, "send", 1, (PyBuiltin.F1) (ts, self, v) -> stop(ts));
    def(GENERATOR, "throw", 1, (PyBuiltin.F3) CollectionsAbc::throwDefault);
    def(GENERATOR, "close", 0, (PyBuiltin.F0) (ts, self) -> close(ts, self, "generator"));
    Abc.makeAbc(
        GENERATOR, MODULE, hook("__iter__", "__next__", "send", "throw", "close"), "send", "throw");

    def(SIZED, "__len__", 0, (PyBuiltin.F0) (ts, self) -> PyInt.ZERO);
    Abc.makeAbc(SIZED, MODULE, hook("__len__"), "__len__");
    def(CONTAINER, "__contains__", 1, (PyBuiltin.F1) (ts, self, x) -> PyBool.FALSE);
    Abc.makeAbc(CONTAINER, MODULE, hook("__contains__"), "__contains__");
    Abc.makeAbc(COLLECTION, MODULE, hook("__len__", "__iter__", "__contains__"));
    def(CALLABLE, "__call__", 0, (PyBuiltin.FN) (ts, self, a, o, n, k) -> PyBool.FALSE);
    Abc.makeAbc(CALLABLE, MODULE, hook("__call__"), "__call__");

    AbcSetMixins.setup();
    AbcMappingMixins.setup();
    AbcSequenceMixins.setup();

    for (PyType t : ALL) {
      Abc.sealStatic(boot, t);
    }

    Abc.registerStatic(COROUTINE, PyGenerator.COROUTINE_TYPE);
    Abc.registerStatic(GENERATOR, PyGenerator.GENERATOR_TYPE);
    Abc.registerStatic(
        ITERATOR,
        Iterators.BYTES_ITER,
        Iterators.DICT_KEY_ITER,
        Iterators.DICT_VALUE_ITER,
        Iterators.DICT_ITEM_ITER,
        Iterators.LIST_ITER,
        Iterators.LIST_REVERSE_ITER,
        Iterators.RANGE_ITER,
        Iterators.SET_ITER,
        Iterators.STR_ITER,
        Iterators.TUPLE_ITER,
        BuiltinIterators.ZIP);
    Abc.registerStatic(SET, PySet.FROZENSET_TYPE);
    Abc.registerStatic(MUTABLE_SET, PySet.SET_TYPE);
    Abc.registerStatic(KEYS_VIEW, DictOps.KEYS_VIEW);
    Abc.registerStatic(ITEMS_VIEW, DictOps.ITEMS_VIEW);
    Abc.registerStatic(VALUES_VIEW, DictOps.VALUES_VIEW);
    Abc.registerStatic(MUTABLE_MAPPING, PyDict.TYPE);
    Abc.registerStatic(SEQUENCE, PyTuple.TYPE, PyStr.TYPE, PyRange.TYPE);
    Abc.registerStatic(BYTE_STRING, PyBytes.TYPE);
    Abc.registerStatic(MUTABLE_SEQUENCE, PyList.TYPE, PyDeque.TYPE);
  }

  // --- helpers ---

  static PyObject emptyIter(ThreadState ts) {
    return Ops.iter(ts, PyTuple.EMPTY);
  }

  static PyObject stop(ThreadState ts) {
    throw Exc.stopIteration(ts, PySingleton.NONE);
  }

  /** The default {@code throw(typ, val=None, tb=None)}: raise {@code val} or {@code typ()}. */
  static PyObject throwDefault(
      ThreadState ts, PyObject self, PyObject typ, PyObject val, PyObject tb) {
    PyObject exc = val == null || val == PySingleton.NONE ? null : Ops.newRef(ts, val);
    if (exc == null) {
      if (typ instanceof PyType t) {
        exc = Ops.call0(ts, t);
      } else {
        exc = Ops.newRef(ts, typ);
      }
    }
    if (!(exc instanceof PyBaseException be)) {
      Ops.decref(ts, exc);
      throw Exc.typeError(ts, "exceptions must derive from BaseException");
    }
    throw new PyException(be);
  }

  /** {@code close()}: throw GeneratorExit in, which must come back out (or StopIteration). */
  static PyObject close(ThreadState ts, PyObject self, String what) {
    try {
      Ops.decref(ts, Ops.callMethod(ts, self, "throw", Exc.GeneratorExit));
    } catch (PyException e) {
      if (e.matches(Exc.GeneratorExit) || e.matches(Exc.StopIteration)) {
        Ops.decref(ts, e.value);
        return PySingleton.NONE;
      }
      throw e;
    }
    throw Exc.runtimeError(ts, what + " ignored GeneratorExit");
  }

  static boolean truth(ThreadState ts, PyObject r) {
    try {
      return Ops.isTrue(ts, r);
    } finally {
      Ops.decref(ts, r);
    }
  }

  /** {@code v is value or v == value}. */
  static boolean same(ThreadState ts, PyObject v, PyObject value) {
    return v == value || Ops.richEq(ts, v, value);
  }

  static PyObject attr(ThreadState ts, PyObject self, String name) {
    return Ops.getattr(ts, self, name);
  }

  /** A Python iterator over items a Java step function computes, ending at null. */
  interface Step {
    PyObject next(ThreadState ts);
  }

  static final class MixinIter extends PyIter {
    private PyObject[] held;
    private final Step step;
    private boolean done;

    /** Keeps new references to {@code held} while it runs. */
    MixinIter(ThreadState ts, Step step, PyObject... held) {
      super(ts, MIXIN_ITER);
      for (PyObject h : held) {
        Ops.incref(ts, h);
      }
      this.held = held;
      this.step = step;
    }

    @Override
    public PyObject next(ThreadState ts) {
      if (done) {
        return null;
      }
      PyObject v;
      try {
        v = step.next(ts);
      } catch (RuntimeException e) {
        finish(ts);
        throw e;
      }
      if (v == null) {
        finish(ts);
      }
      return v;
    }

    private void finish(ThreadState ts) {
      done = true;
      PyObject[] h = held;
      held = new PyObject[0];
      for (PyObject o : h) {
        Ops.decref(ts, o);
      }
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
      for (PyObject o : held) {
        visit.accept(o);
      }
    }

    @Override
    protected void release(dev.weft.refcount.RcThread thread) {
      PyObject[] h = held;
      held = new PyObject[0];
      for (PyObject o : h) {
        Ops.decref(thread, o);
      }
    }
  }

  /** The items of {@code iterable}, as a new list. */
  static PyList listOf(ThreadState ts, PyObject iterable) {
    return SequenceOps.toList(ts, iterable);
  }

  static PyObject notImplemented(ThreadState ts) {
    throw new PyException(Exc.create(ts, Exc.NotImplementedError));
  }

  interface ItemAction {
    void accept(PyObject item);
  }

  /** Runs {@code action} on each item of a snapshot of {@code iterable}. */
  static void forEach(ThreadState ts, PyObject iterable, ItemAction action) {
    PyList items = listOf(ts, iterable);
    try {
      for (int i = 0; i < items.size; i++) {
        action.accept(items.items[i]);
      }
    } finally {
      Ops.decref(ts, items);
    }
  }

  /** {@code self.pop()} until it raises {@code stop}. */
  static void drain(ThreadState ts, PyObject self, PyType stop) {
    while (true) {
      try {
        Ops.decref(ts, Ops.callMethod(ts, self, "pop"));
      } catch (PyException e) {
        if (!e.matches(stop)) {
          throw e;
        }
        Ops.decref(ts, e.value);
        return;
      }
    }
  }

  /** {@code self[key]} (new reference), or null on KeyError. */
  static PyObject getOrNull(ThreadState ts, PyObject self, PyObject key) {
    try {
      return Ops.getitem(ts, self, key);
    } catch (PyException e) {
      if (!e.matches(Exc.KeyError)) {
        throw e;
      }
      Ops.decref(ts, e.value);
      return null;
    }
  }
}
