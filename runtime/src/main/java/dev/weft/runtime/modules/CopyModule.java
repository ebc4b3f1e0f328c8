package dev.weft.runtime.modules;

import dev.weft.runtime.compiler.CodeGenerator;
import dev.weft.runtime.compiler.PySyntaxError;
import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.interpreter.Functions;
import dev.weft.runtime.interpreter.Imports;
import dev.weft.runtime.objects.ArgParser;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.HasDict;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyCode;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyException;
import dev.weft.runtime.objects.PyInstance;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyMethod;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySet;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.ThreadState;
import java.util.Set;

/**
 * {@code copy}: {@code copy}, {@code deepcopy} (with its memo, {@code __copy__} and {@code
 * __deepcopy__}) and {@code Error}, following CPython 3.11's {@code copy.py} step for step so that
 * identities come out the same: atoms are their own copies, a tuple whose items deep-copy to
 * themselves is returned as is, the memo maps {@code id(x)} to the copy and keeps the originals
 * alive under {@code id(memo)}. Objects without {@code __copy__}/{@code __deepcopy__} are rebuilt
 * from the reduction CPython's {@code object.__reduce_ex__(4)} would give: {@code
 * cls.__new__(cls)}, the state ({@code __getstate__()}, else the instance dict and slot values),
 * and the items of list and dict subclasses; a class's own {@code __reduce_ex__} or {@code
 * __reduce__} is used instead.
 */
final class CopyModule {
  private CopyModule() {}

  /** Types every copy of which is the object itself ({@code _copy_immutable}). */
  private static final Set<String> IMMUTABLE =
      Set.of(
          "NoneType",
          "int",
          "float",
          "bool",
          "complex",
          "str",
          "tuple",
          "bytes",
          "frozenset",
          "type",
          "range",
          "slice",
          "property",
          "builtin_function_or_method",
          "ellipsis",
          "NotImplementedType",
          "function",
          "code");

  /** Types deepcopy returns as they are ({@code _deepcopy_atomic}). */
  private static final Set<String> ATOMIC =
      Set.of(
          "NoneType",
          "ellipsis",
          "NotImplementedType",
          "int",
          "float",
          "bool",
          "complex",
          "bytes",
          "str",
          "code",
          "type",
          "range",
          "builtin_function_or_method",
          "function",
          "property");

  static PyModule create(ThreadState ts) {
    PyModule m = new PyModule(ts, "copy");
    try {
      // Error is a plain Python class, as in CPython's copy.py.
      Imports.execute(
          ts,
          new PyCode(
              CodeGenerator.compile(
                  "<copy>", "class Error(Exception):\n    pass\n\nerror = Error\n")),
          m);
    } catch (PySyntaxError e) {
      throw new IllegalStateException(e);
    }
    m.put(ts, "copy", PyBuiltin.function("copy", 1, (PyBuiltin.F1) CopyModule::copy));
    m.put(ts, "deepcopy", PyBuiltin.function("deepcopy", 1, (PyBuiltin.FN) CopyModule::deepcopy));
    return m;
  }

  private static boolean builtinOf(PyObject x, Set<String> names) {
    PyType t = x.type;
    return (!t.isHeap() && names.contains(t.name)) || x instanceof PyType;
  }

  // --- copy ---

  private static PyObject copy(ThreadState ts, PyObject self, PyObject x) {
    PyType cls = x.type;
    if (builtinOf(x, IMMUTABLE)) {
      return Ops.newRef(ts, x);
    }
    if (cls == PyList.TYPE || cls == PyDict.TYPE || cls == PySet.SET_TYPE) {
      return Ops.callMethod(ts, x, "copy");
    }
    PyObject copier = cls.lookup("__copy__");
    if (copier != null) {
      return Calls.callMethod(ts, copier, x);
    }
    return reconstructFrom(ts, x, null);
  }

  // --- deepcopy ---

  private static PyObject deepcopy(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    ArgParser p = new ArgParser(ts, "deepcopy", args, off, n, kw, "x", "memo", "_nil");
    PyObject x = p.get(0);
    if (x == null) {
      throw Exc.typeError(ts, "deepcopy() missing 1 required positional argument: 'x'");
    }
    PyObject memo = p.get(1);
    if (memo == null || memo == PySingleton.NONE) {
      return deepcopy(ts, x);
    }
    return deep(ts, x, memo);
  }

  /** {@code copy.deepcopy(x)} with a fresh memo: a new reference. */
  static PyObject deepcopy(ThreadState ts, PyObject x) {
    PyDict memo = new PyDict(ts);
    try {
      return deep(ts, x, memo);
    } finally {
      Ops.decref(ts, memo);
    }
  }

  /** {@code copy.deepcopy(x, memo)}: a new reference. */
  private static PyObject deep(ThreadState ts, PyObject x, PyObject memo) {
    PyObject id = PyInt.of(ts, Builtins.id(x));
    try {
      PyObject known = memoGet(ts, memo, id);
      if (known != null) {
        return known;
      }
      PyObject y = deepUncached(ts, x, memo, id);
      if (y != x) {
        Ops.setitem(ts, memo, id, y);
        keepAlive(ts, x, memo);
      }
      return y;
    } finally {
      Ops.decref(ts, id);
    }
  }

  private static PyObject deepUncached(ThreadState ts, PyObject x, PyObject memo, PyObject id) {
    PyType cls = x.type;
    if (builtinOf(x, ATOMIC)) {
      return Ops.newRef(ts, x);
    }
    if (cls == PyList.TYPE) {
      return deepList(ts, (PyList) x, memo, id);
    }
    if (cls == PyTuple.TYPE) {
      return deepTuple(ts, (PyTuple) x, memo, id);
    }
    if (cls == PyDict.TYPE) {
      return deepDict(ts, (PyDict) x, memo, id);
    }
    if (cls == PyMethod.TYPE) {
      PyMethod m = (PyMethod) x;
      PyObject s = deep(ts, m.self, memo);
      try {
        return PyMethod.of(ts, m.function, s);
      } finally {
        Ops.decref(ts, s);
      }
    }
    PyObject copier = Ops.getattrOrNull(ts, x, PyStr.intern("__deepcopy__"));
    if (copier != null) {
      try {
        return Ops.call1(ts, copier, memo);
      } finally {
        Ops.decref(ts, copier);
      }
    }
    return reconstructFrom(ts, x, memo);
  }

  private static PyObject deepList(ThreadState ts, PyList x, PyObject memo, PyObject id) {
    PyList y = new PyList(ts);
    Ops.setitem(ts, memo, id, y);
    PyObject item;
    for (int i = 0; (item = x.getItemRef(ts, i)) != null; i++) {
      try {
        y.appendSteal(ts, deep(ts, item, memo));
      } finally {
        Ops.decref(ts, item);
      }
    }
    return y;
  }

  private static PyObject deepTuple(ThreadState ts, PyTuple x, PyObject memo, PyObject id) {
    PyObject[] items = new PyObject[x.items.length];
    boolean same = true;
    try {
      for (int i = 0; i < items.length; i++) {
        items[i] = deep(ts, x.items[i], memo);
        same &= items[i] == x.items[i];
      }
      // A tuple reached again through its own items was copied meanwhile: use that copy.
      PyObject known = memoGet(ts, memo, id);
      if (known != null) {
        return known;
      }
      if (same) {
        return Ops.newRef(ts, x);
      }
      PyTuple y = PyTuple.steal(ts, items);
      items = null;
      return y;
    } finally {
      if (items != null) {
        for (PyObject o : items) {
          Ops.xdecref(ts, o);
        }
      }
    }
  }

  private static PyObject deepDict(ThreadState ts, PyDict x, PyObject memo, PyObject id) {
    PyDict y = new PyDict(ts);
    Ops.setitem(ts, memo, id, y);
    PyObject items = Ops.callMethod(ts, x, "items");
    try {
      PyObject it = Ops.iter(ts, items);
      try {
        PyObject pair;
        while ((pair = Ops.next(ts, it)) != null) {
          try {
            PyTuple kv = (PyTuple) pair;
            PyObject k = deep(ts, kv.items[0], memo);
            try {
              PyObject v = deep(ts, kv.items[1], memo);
              try {
                y.put(ts, k, v);
              } finally {
                Ops.decref(ts, v);
              }
            } finally {
              Ops.decref(ts, k);
            }
          } finally {
            Ops.decref(ts, pair);
          }
        }
      } finally {
        Ops.decref(ts, it);
      }
    } finally {
      Ops.decref(ts, items);
    }
    return y;
  }

  /** {@code memo.get(id)} as a new reference, or null. */
  private static PyObject memoGet(ThreadState ts, PyObject memo, PyObject id) {
    if (memo instanceof PyDict d) {
      return d.getRef(ts, id, Ops.hash(ts, id));
    }
    PyObject r = Ops.callMethod(ts, memo, "get", id);
    if (r == PySingleton.NONE) {
      Ops.decref(ts, r);
      return null;
    }
    return r;
  }

  /** {@code memo.setdefault(id(memo), []).append(x)} (copy.py's {@code _keep_alive}). */
  private static void keepAlive(ThreadState ts, PyObject x, PyObject memo) {
    PyObject key = PyInt.of(ts, Builtins.id(memo));
    try {
      PyObject list = memoGet(ts, memo, key);
      if (list == null) {
        PyList fresh = new PyList(ts);
        fresh.append(ts, x);
        Ops.setitem(ts, memo, key, fresh);
        Ops.decref(ts, fresh);
        return;
      }
      try {
        Ops.decref(ts, Ops.callMethod(ts, list, "append", x));
      } finally {
        Ops.decref(ts, list);
      }
    } finally {
      Ops.decref(ts, key);
    }
  }

  // --- reconstruction from a reduction ---

  /** copy.py's {@code _reconstruct} after the reduction; {@code memo} null for a shallow copy. */
  private static PyObject reconstructFrom(ThreadState ts, PyObject x, PyObject memo) {
    PyObject rv = reduce(ts, x);
    try {
      if (rv instanceof PyStr) {
        return Ops.newRef(ts, x);
      }
      if (!(rv instanceof PyTuple t) || t.items.length < 2 || t.items.length > 5) {
        throw Exc.raise(ts, Exc.TypeError, "__reduce__ must return a string or tuple");
      }
      PyObject[] r = t.items;
      return reconstruct(
          ts,
          x,
          memo,
          r[0],
          r[1],
          r.length > 2 ? r[2] : null,
          r.length > 3 ? r[3] : null,
          r.length > 4 ? r[4] : null);
    } finally {
      Ops.decref(ts, rv);
    }
  }

  /**
   * The reduction of {@code x}: its class's own {@code __reduce_ex__(4)} or {@code __reduce__()},
   * else what {@code object.__reduce_ex__(4)} gives ({@code (copyreg.__newobj__, (cls,), state,
   * listitems, dictitems)}, with the type itself standing for {@code __newobj__}).
   */
  private static PyObject reduce(ThreadState ts, PyObject x) {
    PyType cls = x.type;
    PyObject ex = cls.lookup("__reduce_ex__");
    if (ex != null && ex.type != PyBuiltin.METHOD_DESCRIPTOR_TYPE) {
      return Ops.callMethod(ts, x, "__reduce_ex__", PyInt.of(ts, 4));
    }
    PyObject plain = cls.lookup("__reduce__");
    if (plain != null) {
      return Ops.callMethod(ts, x, "__reduce__");
    }
    if (x instanceof PySet s) {
      PyObject items = dev.weft.runtime.objects.SequenceOps.toList(ts, s);
      return PyTuple.steal(
          ts,
          new PyObject[] {
            Ops.newRef(ts, cls), PyTuple.steal(ts, new PyObject[] {items}), instanceState(ts, x)
          });
    }
    if (!cls.isHeap() && !(x instanceof PyInstance)) {
      // Builtin objects Weft cannot rebuild: object.__reduce_ex__ says so, as copyreg does.
      return Ops.callMethod(ts, x, "__reduce_ex__", PyInt.of(ts, 4));
    }
    PyObject listItems = x instanceof PyList ? Ops.iter(ts, x) : PySingleton.NONE;
    PyObject dictItems = PySingleton.NONE;
    if (x instanceof PyDict) {
      PyObject view = Ops.callMethod(ts, x, "items");
      dictItems = Ops.iter(ts, view);
      Ops.decref(ts, view);
    }
    return PyTuple.steal(
        ts, new PyObject[] {NEWOBJ, newArgs(ts, x), instanceState(ts, x), listItems, dictItems});
  }

  /** {@code (cls, *x.__getnewargs__())}, or {@code (cls,)}: what {@code __newobj__} is given. */
  private static PyTuple newArgs(ThreadState ts, PyObject x) {
    PyType cls = x.type;
    if (cls.lookup("__getnewargs__") == null) {
      return PyTuple.steal(ts, new PyObject[] {Ops.newRef(ts, cls)});
    }
    PyObject args = Ops.callMethod(ts, x, "__getnewargs__");
    try {
      if (!(args instanceof PyTuple t)) {
        throw Exc.typeError(
            ts, "__getnewargs__ should return a tuple, not '" + args.typeName() + "'");
      }
      PyObject[] all = new PyObject[t.items.length + 1];
      all[0] = cls;
      System.arraycopy(t.items, 0, all, 1, t.items.length);
      return PyTuple.of(ts, all);
    } finally {
      Ops.decref(ts, args);
    }
  }

  /** {@code cls.__new__(cls, *args)}: copyreg's {@code __newobj__}. */
  private static final PyBuiltin NEWOBJ =
      PyBuiltin.function(
          "__newobj__",
          1,
          (PyBuiltin.FN)
              (ts, self, args, off, n, kw) -> {
                PyObject cls = args[off];
                PyObject newMethod = Ops.getattr(ts, cls, "__new__");
                try {
                  return Calls.call(ts, newMethod, args, off, n, kw);
                } finally {
                  Ops.decref(ts, newMethod);
                }
              });

  /**
   * {@code object.__getstate__()}: the class's own {@code __getstate__} if it has one, else the
   * instance dict (None when empty) and, if slots are set, {@code (dict or None, slots)}.
   */
  private static PyObject instanceState(ThreadState ts, PyObject x) {
    PyObject getstate = x.type.lookup("__getstate__");
    if (getstate != null) {
      return Calls.callMethod(ts, getstate, x);
    }
    PyObject dict = PySingleton.NONE;
    if (x instanceof HasDict h && x.type.instancesHaveDict) {
      PyDict d = h.dict(ts);
      if (d.size() > 0) {
        dict = d;
      }
    }
    PyDict slots = slotValues(ts, x);
    if (slots == null) {
      return Ops.newRef(ts, dict);
    }
    return PyTuple.steal(ts, new PyObject[] {Ops.newRef(ts, dict), slots});
  }

  /** The set slot values along the MRO, or null when there are none. */
  private static PyDict slotValues(ThreadState ts, PyObject x) {
    PyDict out = null;
    for (PyType t : x.type.mro) {
      if (t.slotNames == null) {
        continue;
      }
      for (String name : t.slotNames) {
        if (name.equals("__dict__") || name.equals("__weakref__")) {
          continue;
        }
        PyObject v = Ops.getattrOrNull(ts, x, PyStr.intern(name));
        if (v != null) {
          if (out == null) {
            out = new PyDict(ts);
          }
          out.putString(ts, name, v);
          Ops.decref(ts, v);
        }
      }
    }
    return out;
  }

  private static PyObject reconstruct(
      ThreadState ts,
      PyObject x,
      PyObject memo,
      PyObject func,
      PyObject args,
      PyObject state,
      PyObject listIter,
      PyObject dictIter) {
    boolean deep = memo != null;
    PyObject callArgs = deep && Ops.isTrue(ts, args) ? deep(ts, args, memo) : Ops.newRef(ts, args);
    PyObject y;
    try {
      y = Functions.callWithArgsAndKwargs(ts, func, null, callArgs, null);
    } finally {
      Ops.decref(ts, callArgs);
    }
    try {
      if (deep) {
        PyObject id = PyInt.of(ts, Builtins.id(x));
        Ops.setitem(ts, memo, id, y);
        Ops.decref(ts, id);
      }
      if (state != null && state != PySingleton.NONE) {
        PyObject s = deep ? deep(ts, state, memo) : Ops.newRef(ts, state);
        try {
          setState(ts, y, s);
        } finally {
          Ops.decref(ts, s);
        }
      }
      if (listIter != null && listIter != PySingleton.NONE) {
        fillList(ts, y, listIter, memo);
      }
      if (dictIter != null && dictIter != PySingleton.NONE) {
        fillDict(ts, y, dictIter, memo);
      }
      return y;
    } catch (PyException e) {
      Ops.decref(ts, y);
      throw e;
    }
  }

  private static void setState(ThreadState ts, PyObject y, PyObject state) {
    PyObject setstate = Ops.getattrOrNull(ts, y, PyStr.intern("__setstate__"));
    if (setstate != null) {
      try {
        Ops.decref(ts, Ops.call1(ts, setstate, state));
      } finally {
        Ops.decref(ts, setstate);
      }
      return;
    }
    PyObject slotState = null;
    if (state instanceof PyTuple t && t.items.length == 2) {
      state = t.items[0];
      slotState = t.items[1];
    }
    if (state != PySingleton.NONE) {
      PyObject dict = Ops.getattr(ts, y, "__dict__");
      try {
        Ops.decref(ts, Ops.callMethod(ts, dict, "update", state));
      } finally {
        Ops.decref(ts, dict);
      }
    }
    if (slotState != null && slotState != PySingleton.NONE) {
      PyObject items = Ops.callMethod(ts, slotState, "items");
      try {
        forEach(
            ts,
            items,
            pair -> {
              PyTuple kv = (PyTuple) pair;
              Ops.setattr(ts, y, (PyStr) kv.items[0], kv.items[1]);
            });
      } finally {
        Ops.decref(ts, items);
      }
    }
  }

  private static void fillList(ThreadState ts, PyObject y, PyObject items, PyObject memo) {
    forEach(
        ts,
        items,
        item -> {
          PyObject v = memo != null ? deep(ts, item, memo) : Ops.newRef(ts, item);
          try {
            Ops.decref(ts, Ops.callMethod(ts, y, "append", v));
          } finally {
            Ops.decref(ts, v);
          }
        });
  }

  private static void fillDict(ThreadState ts, PyObject y, PyObject items, PyObject memo) {
    forEach(
        ts,
        items,
        pair -> {
          PyTuple kv = (PyTuple) pair;
          PyObject k = memo != null ? deep(ts, kv.items[0], memo) : Ops.newRef(ts, kv.items[0]);
          PyObject v = memo != null ? deep(ts, kv.items[1], memo) : Ops.newRef(ts, kv.items[1]);
          try {
            Ops.setitem(ts, y, k, v);
          } finally {
            Ops.decref(ts, k);
            Ops.decref(ts, v);
          }
        });
  }

  /** Calls {@code body} with each item of {@code iterable} (borrowed for the call). */
  private static void forEach(
      ThreadState ts, PyObject iterable, java.util.function.Consumer<PyObject> body) {
    PyObject it = Ops.iter(ts, iterable);
    try {
      PyObject item;
      while ((item = Ops.next(ts, it)) != null) {
        try {
          body.accept(item);
        } finally {
          Ops.decref(ts, item);
        }
      }
    } finally {
      Ops.decref(ts, it);
    }
  }
}
