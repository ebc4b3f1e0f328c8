package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;

import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.threads.ThreadState;

/**
 * {@code collections.UserDict} and {@code collections.UserList}: a {@code MutableMapping} and a
 * {@code MutableSequence} whose contents live in the instance attribute {@code data} (a dict, a
 * list), written after CPython 3.11's Python classes: each method delegates to {@code self.data}
 * and results that are containers again are built with {@code self.__class__}, so subclasses get
 * their own type back.
 */
public final class UserCollections {
  private UserCollections() {}

  public static final PyType USER_DICT =
      PyType.builtin("UserDict", CollectionsAbc.MUTABLE_MAPPING, PyType.BASETYPE, null);
  public static final PyType USER_LIST =
      PyType.builtin("UserList", CollectionsAbc.MUTABLE_SEQUENCE, PyType.BASETYPE, null);

  static final PyStr DATA = PyStr.intern("data");

  /** {@code collections.UserString}'s type. */
  public static PyType userString() {
    return UserStrings.TYPE;
  }

  /** {@code self.data} (new reference). */
  static PyObject data(ThreadState ts, PyObject self) {
    return Ops.getattr(ts, self, DATA);
  }

  /** {@code self.data.<name>(args...)}. */
  static PyObject onData(ThreadState ts, PyObject self, String name, PyObject... args) {
    PyObject d = data(ts, self);
    try {
      return Ops.callMethod(ts, d, name, args);
    } finally {
      Ops.decref(ts, d);
    }
  }

  /** {@code self.data.<name>(*args, **kw)} for a builtin's argument window. */
  static PyObject onData(
      ThreadState ts, PyObject self, String name, PyObject[] args, int off, int n, PyTuple kw) {
    PyObject d = data(ts, self);
    try {
      PyObject m = Ops.getattr(ts, d, name);
      try {
        return Calls.call(ts, m, args, off, n, kw);
      } finally {
        Ops.decref(ts, m);
      }
    } finally {
      Ops.decref(ts, d);
    }
  }

  /** {@code self.__class__(arg)}, taking over {@code arg}. */
  static PyObject rewrap(ThreadState ts, PyObject self, PyObject arg) {
    try {
      return Ops.call1(ts, self.type, arg);
    } finally {
      Ops.decref(ts, arg);
    }
  }

  private static PyObject none(PyObject r, ThreadState ts) {
    Ops.decref(ts, r);
    return PySingleton.NONE;
  }

  static void setupType(PyType t) {
    Bootstrap.ready(t);
    t.type = Abc.ABCMETA;
    Bootstrap.constant(t, "__module__", PyStr.intern("collections"));
    t.instancesHaveDict = true;
  }

  /** {@code inst = cls.__new__(cls)} with a copy of the namespace and {@code data} copied. */
  static PyObject shallowCopy(ThreadState ts, PyObject self) {
    PyObject inst = Ops.callMethod(ts, self.type, "__new__", self.type);
    try {
      PyDict mine = (PyDict) Ops.getattr(ts, self, "__dict__");
      try {
        PyDict theirs = (PyDict) Ops.getattr(ts, inst, "__dict__");
        try {
          DictOps.update(ts, theirs, mine);
          PyObject d = mine.getStr(DATA);
          if (d != null) {
            PyObject copied = Ops.callMethod(ts, d, "copy");
            theirs.put(ts, DATA, copied);
            Ops.decref(ts, copied);
          }
        } finally {
          Ops.decref(ts, theirs);
        }
      } finally {
        Ops.decref(ts, mine);
      }
    } catch (RuntimeException e) {
      Ops.decref(ts, inst);
      throw e;
    }
    return inst;
  }

  static void setup() {
    userDictSetup();
    userListSetup();
    UserStrings.setup();
    Abc.sealStatic(Bootstrap.BOOT, USER_DICT);
    Abc.sealStatic(Bootstrap.BOOT, USER_LIST);
    Abc.sealStatic(Bootstrap.BOOT, UserStrings.TYPE);
  }

  // --- UserDict ---

  private static void userDictSetup() {
    PyType t = USER_DICT;
    setupType(t);
    def(
        t,
        "__init__",
        0,
        (PyBuiltin.FN)
            (ts, self, args, off, n, kw) -> {
              int nkw = kw == null ? 0 : kw.items.length;
              int npos = n - nkw;
              if (npos > 1) {
                throw Exc.typeError(
                    ts,
                    "UserDict.__init__() takes from 1 to 2 positional arguments but "
                        + (npos + 1)
                        + " were given");
              }
              PyDict d = new PyDict(ts);
              try {
                Ops.setattr(ts, self, DATA, d);
              } finally {
                Ops.decref(ts, d);
              }
              if (npos == 1 && args[off] != PySingleton.NONE) {
                Ops.decref(ts, Ops.callMethod(ts, self, "update", args[off]));
              }
              if (nkw > 0) {
                PyDict kwargs = new PyDict(ts);
                try {
                  for (int k = 0; k < nkw; k++) {
                    kwargs.put(ts, kw.items[k], args[off + npos + k]);
                  }
                  Ops.decref(ts, Ops.callMethod(ts, self, "update", kwargs));
                } finally {
                  Ops.decref(ts, kwargs);
                }
              }
              return PySingleton.NONE;
            });
    def(t, "__len__", 0, (PyBuiltin.F0) (ts, self) -> onData(ts, self, "__len__"));
    def(
        t,
        "__getitem__",
        1,
        (PyBuiltin.F1)
            (ts, self, key) -> {
              PyObject d = data(ts, self);
              try {
                if (Ops.contains(ts, d, key)) {
                  return Ops.getitem(ts, d, key);
                }
              } finally {
                Ops.decref(ts, d);
              }
              PyObject missing = self.type.lookup("__missing__");
              if (missing != null) {
                PyObject m = Attributes.bindToClass(ts, missing, self.type);
                try {
                  return Ops.call2(ts, m, self, key);
                } finally {
                  Ops.decref(ts, m);
                }
              }
              throw Exc.keyError(ts, key);
            });
    def(
        t,
        "__setitem__",
        2,
        (PyBuiltin.F2)
            (ts, self, key, item) -> none(onData(ts, self, "__setitem__", key, item), ts));
    def(
        t,
        "__delitem__",
        1,
        (PyBuiltin.F1) (ts, self, key) -> none(onData(ts, self, "__delitem__", key), ts));
    def(
        t,
        "__iter__",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              PyObject d = data(ts, self);
              try {
                return Ops.iter(ts, d);
              } finally {
                Ops.decref(ts, d);
              }
            });
    def(
        t,
        "__contains__",
        1,
        (PyBuiltin.F1)
            (ts, self, key) -> {
              PyObject d = data(ts, self);
              try {
                return PyBool.of(Ops.contains(ts, d, key));
              } finally {
                Ops.decref(ts, d);
              }
            });
    def(t, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> onData(ts, self, "__repr__"));
    def(t, "__or__", 1, (PyBuiltin.F1) (ts, self, other) -> dictOr(ts, self, other, false));
    def(t, "__ror__", 1, (PyBuiltin.F1) (ts, self, other) -> dictOr(ts, self, other, true));
    def(
        t,
        "__ior__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              PyObject source =
                  other.type.isSubtypeOf(USER_DICT) ? data(ts, other) : Ops.newRef(ts, other);
              try {
                PyObject d = data(ts, self);
                try {
                  PyObject r = Arith.binary(ts, d, source, Arith.OR + Arith.INPLACE);
                  Ops.setattr(ts, self, DATA, r);
                  Ops.decref(ts, r);
                } finally {
                  Ops.decref(ts, d);
                }
              } finally {
                Ops.decref(ts, source);
              }
              return Ops.newRef(ts, self);
            });
    def(t, "__copy__", 0, (PyBuiltin.F0) UserCollections::shallowCopy);
    def(
        t,
        "copy",
        0,
        (PyBuiltin.F0)
            (ts, self) -> {
              if (self.type == USER_DICT) {
                return rewrap(ts, self, onData(ts, self, "copy"));
              }
              PyObject saved = data(ts, self);
              PyObject c;
              PyDict empty = new PyDict(ts);
              try {
                Ops.setattr(ts, self, DATA, empty);
                PyObject copyModule = dev.weft.runtime.interpreter.Imports.importModule(ts, "copy");
                try {
                  c = Ops.callMethod(ts, copyModule, "copy", self);
                } finally {
                  Ops.decref(ts, copyModule);
                }
              } finally {
                Ops.setattr(ts, self, DATA, saved);
                Ops.decref(ts, saved);
                Ops.decref(ts, empty);
              }
              try {
                Ops.decref(ts, Ops.callMethod(ts, c, "update", self));
              } catch (RuntimeException e) {
                Ops.decref(ts, c);
                throw e;
              }
              return c;
            });
    Bootstrap.classMethod(
        t,
        "fromkeys",
        2,
        (PyBuiltin.F3)
            (ts, unused, cls, iterable, value) -> {
              PyObject d = Ops.call0(ts, cls);
              PyObject v = value == null ? PySingleton.NONE : value;
              try {
                PyObject it = Ops.iter(ts, iterable);
                try {
                  PyObject k;
                  while ((k = Ops.next(ts, it)) != null) {
                    try {
                      Ops.setitem(ts, d, k, v);
                    } finally {
                      Ops.decref(ts, k);
                    }
                  }
                } finally {
                  Ops.decref(ts, it);
                }
              } catch (RuntimeException e) {
                Ops.decref(ts, d);
                throw e;
              }
              return d;
            });
  }

  /** {@code self | other} (or {@code other | self}): a new instance of {@code self}'s class. */
  private static PyObject dictOr(ThreadState ts, PyObject self, PyObject other, boolean reflected) {
    PyObject source;
    if (other.type.isSubtypeOf(USER_DICT)) {
      source = data(ts, other);
    } else if (other instanceof PyDict) {
      source = Ops.newRef(ts, other);
    } else {
      return PySingleton.NOT_IMPLEMENTED;
    }
    try {
      PyObject d = data(ts, self);
      try {
        PyObject merged =
            reflected
                ? Arith.binary(ts, source, d, Arith.OR)
                : Arith.binary(ts, d, source, Arith.OR);
        return rewrap(ts, self, merged);
      } finally {
        Ops.decref(ts, d);
      }
    } finally {
      Ops.decref(ts, source);
    }
  }

  // --- UserList ---

  /** {@code other.data} for a UserList, else {@code other} (new reference). */
  /**
   * The rich comparisons (all but {@code !=}, which object's inverts) of a wrapper class: its
   * {@code data} compared with the other operand, unwrapped by {@code cast} (a new reference).
   */
  static void defineComparisons(
      PyType t, java.util.function.BiFunction<ThreadState, PyObject, PyObject> cast) {
    for (int op = 0; op < 6; op++) {
      if (op == Compare.NE) {
        continue;
      }
      int which = op;
      def(
          t,
          Compare.NAMES[op],
          1,
          (PyBuiltin.F1)
              (ts, self, other) -> {
                PyObject d = data(ts, self);
                PyObject o = cast.apply(ts, other);
                try {
                  return Compare.richCompare(ts, d, o, which);
                } finally {
                  Ops.decref(ts, d);
                  Ops.decref(ts, o);
                }
              });
    }
  }

  private static PyObject cast(ThreadState ts, PyObject other) {
    return other.type.isSubtypeOf(USER_LIST) ? data(ts, other) : Ops.newRef(ts, other);
  }

  /** {@code other} as a list: its data, the list itself, or {@code list(other)}. */
  private static PyObject asList(ThreadState ts, PyObject other) {
    if (other.type.isSubtypeOf(USER_LIST)) {
      return data(ts, other);
    }
    if (other instanceof PyList) {
      return Ops.newRef(ts, other);
    }
    return SequenceOps.toList(ts, other);
  }

  private static void userListSetup() {
    PyType t = USER_LIST;
    setupType(t);
    def(
        t,
        "__init__",
        0,
        (PyBuiltin.F1)
            (ts, self, init) -> {
              PyObject list =
                  init == null || init == PySingleton.NONE
                      ? new PyList(ts)
                      : init.type.isSubtypeOf(USER_LIST)
                          ? copyOfData(ts, init)
                          : SequenceOps.toList(ts, init);
              try {
                Ops.setattr(ts, self, DATA, list);
              } finally {
                Ops.decref(ts, list);
              }
              return PySingleton.NONE;
            });
    def(t, "__repr__", 0, (PyBuiltin.F0) (ts, self) -> onData(ts, self, "__repr__"));
    defineComparisons(t, UserCollections::cast);
    Bootstrap.constant(t, "__hash__", PySingleton.NONE);
    def(
        t,
        "__contains__",
        1,
        (PyBuiltin.F1)
            (ts, self, item) -> {
              PyObject d = data(ts, self);
              try {
                return PyBool.of(Ops.contains(ts, d, item));
              } finally {
                Ops.decref(ts, d);
              }
            });
    def(t, "__len__", 0, (PyBuiltin.F0) (ts, self) -> onData(ts, self, "__len__"));
    def(
        t,
        "__getitem__",
        1,
        (PyBuiltin.F1)
            (ts, self, i) -> {
              PyObject d = data(ts, self);
              try {
                PyObject r = Ops.getitem(ts, d, i);
                return i instanceof PySlice ? rewrap(ts, self, r) : r;
              } finally {
                Ops.decref(ts, d);
              }
            });
    def(
        t,
        "__setitem__",
        2,
        (PyBuiltin.F2) (ts, self, i, item) -> none(onData(ts, self, "__setitem__", i, item), ts));
    def(
        t,
        "__delitem__",
        1,
        (PyBuiltin.F1) (ts, self, i) -> none(onData(ts, self, "__delitem__", i), ts));
    def(t, "__add__", 1, (PyBuiltin.F1) (ts, self, other) -> listAdd(ts, self, other, false));
    def(t, "__radd__", 1, (PyBuiltin.F1) (ts, self, other) -> listAdd(ts, self, other, true));
    def(
        t,
        "__iadd__",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              PyObject o = asList(ts, other);
              try {
                Ops.decref(ts, onData(ts, self, "__iadd__", o));
              } finally {
                Ops.decref(ts, o);
              }
              return Ops.newRef(ts, self);
            });
    for (String name : new String[] {"__mul__", "__rmul__"}) {
      def(
          t,
          name,
          1,
          (PyBuiltin.F1)
              (ts, self, count) -> {
                PyObject d = data(ts, self);
                try {
                  return rewrap(ts, self, Arith.binary(ts, d, count, Arith.MUL));
                } finally {
                  Ops.decref(ts, d);
                }
              });
    }
    def(
        t,
        "__imul__",
        1,
        (PyBuiltin.F1)
            (ts, self, count) -> {
              Ops.decref(ts, onData(ts, self, "__imul__", count));
              return Ops.newRef(ts, self);
            });
    def(t, "__copy__", 0, (PyBuiltin.F0) UserCollections::shallowCopy);
    def(t, "copy", 0, (PyBuiltin.F0) (ts, self) -> Ops.call1(ts, self.type, self));
    for (String name :
        new String[] {"append", "insert", "remove", "clear", "reverse", "sort", "pop"}) {
      boolean returns = name.equals("pop");
      def(
          t,
          name,
          0,
          (PyBuiltin.FN)
              (ts, self, args, off, n, kw) -> {
                PyObject r = onData(ts, self, name, args, off, n, kw);
                return returns ? r : none(r, ts);
              });
    }
    for (String name : new String[] {"count", "index"}) {
      def(
          t,
          name,
          1,
          (PyBuiltin.FN) (ts, self, args, off, n, kw) -> onData(ts, self, name, args, off, n, kw));
    }
    def(
        t,
        "extend",
        1,
        (PyBuiltin.F1)
            (ts, self, other) -> {
              PyObject o = cast(ts, other);
              try {
                return none(onData(ts, self, "extend", o), ts);
              } finally {
                Ops.decref(ts, o);
              }
            });
  }

  private static PyObject copyOfData(ThreadState ts, PyObject userList) {
    PyObject d = data(ts, userList);
    try {
      return SequenceOps.toList(ts, d);
    } finally {
      Ops.decref(ts, d);
    }
  }

  /** {@code self + other} or {@code other + self}, as a new instance of {@code self}'s class. */
  private static PyObject listAdd(
      ThreadState ts, PyObject self, PyObject other, boolean reflected) {
    PyObject o = asList(ts, other);
    try {
      PyObject d = data(ts, self);
      try {
        PyObject sum =
            reflected ? Arith.binary(ts, o, d, Arith.ADD) : Arith.binary(ts, d, o, Arith.ADD);
        return rewrap(ts, self, sum);
      } finally {
        Ops.decref(ts, d);
      }
    } finally {
      Ops.decref(ts, o);
    }
  }
}
