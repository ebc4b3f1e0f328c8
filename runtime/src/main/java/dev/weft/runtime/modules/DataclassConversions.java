package dev.weft.runtime.modules;

import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.interpreter.Functions;
import dev.weft.runtime.objects.DataclassObjects;
import dev.weft.runtime.objects.DataclassObjects.Field;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code fields}, {@code asdict}, {@code astuple}, {@code replace} and the dataclass tests, as
 * CPython 3.11's {@code dataclasses.py} does them: {@code asdict} and {@code astuple} recurse into
 * dataclass instances, named tuples (rebuilt from their items), lists, tuples and dicts (rebuilt by
 * their type from an iterator), and deep-copy everything else.
 */
final class DataclassConversions {
  private DataclassConversions() {}

  private static final PyStr FIELDS = PyStr.intern("__dataclass_fields__");

  static boolean hasFields(ThreadState ts, PyObject o) {
    PyObject f = Ops.getattrOrNull(ts, o, FIELDS);
    Ops.xdecref(ts, f);
    return f != null;
  }

  /** {@code _is_dataclass_instance}: its type has {@code __dataclass_fields__}. */
  static boolean isInstance(ThreadState ts, PyObject o) {
    return hasFields(ts, o.type);
  }

  /** {@code is_dataclass}: a dataclass or an instance of one. */
  static boolean isDataclass(ThreadState ts, PyObject o) {
    return hasFields(ts, o instanceof PyType ? o : o.type);
  }

  /** {@code fields(x)}: the real fields (no ClassVar, no InitVar), as a tuple. */
  static PyTuple fields(ThreadState ts, PyObject classOrInstance) {
    PyObject all = Ops.getattrOrNull(ts, classOrInstance, FIELDS);
    if (all == null) {
      throw Exc.typeError(ts, "must be called with a dataclass type or instance");
    }
    List<PyObject> values;
    try {
      values = DataclassFields.values(ts, all);
    } finally {
      Ops.decref(ts, all);
    }
    List<PyObject> real = new ArrayList<>();
    try {
      for (PyObject f : values) {
        PyObject kind = Ops.getattr(ts, f, "_field_type");
        Ops.decref(ts, kind);
        if (kind == DataclassObjects.FIELD_KIND) {
          real.add(f);
        }
      }
      return PyTuple.of(ts, real.toArray(new PyObject[0]));
    } finally {
      values.forEach(f -> Ops.decref(ts, f));
    }
  }

  /** {@code asdict(obj, dict_factory=...)} (asDict) or {@code astuple(obj, tuple_factory=...)}. */
  static PyObject convert(ThreadState ts, PyObject obj, PyObject factory, boolean asDict) {
    if (!isInstance(ts, obj)) {
      throw Exc.typeError(
          ts, (asDict ? "asdict()" : "astuple()") + " should be called on dataclass instances");
    }
    return inner(ts, obj, factory, asDict);
  }

  private static PyObject inner(ThreadState ts, PyObject obj, PyObject factory, boolean asDict) {
    if (isInstance(ts, obj)) {
      return instance(ts, obj, factory, asDict);
    }
    if (obj instanceof PyTuple && hasAttribute(ts, obj, "_fields")) {
      List<PyObject> items = converted(ts, obj, factory, asDict);
      try {
        PyObject[] args = items.toArray(new PyObject[0]);
        return Calls.call(ts, obj.type, args, 0, args.length, null);
      } finally {
        items.forEach(x -> Ops.decref(ts, x));
      }
    }
    if (obj instanceof PyList || obj instanceof PyTuple) {
      List<PyObject> items = converted(ts, obj, factory, asDict);
      PyObject[] array = items.toArray(new PyObject[0]);
      if (obj.type == PyList.TYPE) {
        return PyList.steal(ts, array, array.length);
      }
      if (obj.type == PyTuple.TYPE) {
        return PyTuple.steal(ts, array);
      }
      return rebuild(ts, obj.type, PyList.steal(ts, array, array.length));
    }
    if (obj instanceof PyDict) {
      PyDict out = new PyDict(ts);
      try {
        PyObject items = Ops.callMethod(ts, obj, "items");
        try {
          forEach(
              ts,
              items,
              pair -> {
                try {
                  addConverted(ts, out, pair, factory, asDict);
                } finally {
                  Ops.decref(ts, pair);
                }
              });
        } finally {
          Ops.decref(ts, items);
        }
      } catch (RuntimeException e) {
        Ops.decref(ts, out);
        throw e;
      }
      if (obj.type == PyDict.TYPE) {
        return out;
      }
      try {
        return rebuild(ts, obj.type, Ops.callMethod(ts, out, "items"));
      } finally {
        Ops.decref(ts, out);
      }
    }
    return CopyModule.deepcopy(ts, obj);
  }

  /** Stores the converted key and value of one {@code (key, value)} item into {@code out}. */
  private static void addConverted(
      ThreadState ts, PyDict out, PyObject pair, PyObject factory, boolean asDict) {
    PyObject one = PyInt.of(ts, 1);
    PyObject k = null, v = null, ck = null, cv = null;
    try {
      k = Ops.getitem(ts, pair, PyInt.ZERO);
      v = Ops.getitem(ts, pair, one);
      ck = inner(ts, k, factory, asDict);
      cv = inner(ts, v, factory, asDict);
      out.put(ts, ck, cv);
    } finally {
      Ops.decref(ts, one);
      Ops.xdecref(ts, k);
      Ops.xdecref(ts, v);
      Ops.xdecref(ts, ck);
      Ops.xdecref(ts, cv);
    }
  }

  /** {@code type(iterable)}, taking over the reference to {@code items} (iterated, not passed). */
  private static PyObject rebuild(ThreadState ts, PyType type, PyObject items) {
    try {
      PyObject it = Ops.iter(ts, items);
      try {
        return Ops.call1(ts, type, it);
      } finally {
        Ops.decref(ts, it);
      }
    } finally {
      Ops.decref(ts, items);
    }
  }

  private static PyObject instance(ThreadState ts, PyObject obj, PyObject factory, boolean asDict) {
    PyTuple fields = fields(ts, obj);
    PyList result = new PyList(ts);
    try {
      for (PyObject f : fields.items) {
        PyObject name = ((Field) f).require(ts, Field.NAME);
        PyObject value = Ops.getattr(ts, obj, DataclassFields.attributeName(ts, name));
        PyObject converted;
        try {
          converted = inner(ts, value, factory, asDict);
        } finally {
          Ops.decref(ts, value);
        }
        if (asDict) {
          result.appendSteal(
              ts, PyTuple.steal(ts, new PyObject[] {Ops.newRef(ts, name), converted}));
        } else {
          result.appendSteal(ts, converted);
        }
      }
      if (asDict && factory == PyDict.TYPE) {
        PyDict d = new PyDict(ts);
        for (int i = 0; i < result.size; i++) {
          PyObject[] pair = ((PyTuple) result.items[i]).items;
          d.put(ts, pair[0], pair[1]);
        }
        return d;
      }
      if (!asDict && factory == PyTuple.TYPE) {
        return PyTuple.copyOf(ts, result.items, 0, result.size);
      }
      return Ops.call1(ts, factory, result);
    } finally {
      Ops.decref(ts, result);
      Ops.decref(ts, fields);
    }
  }

  /** The items of a list or tuple, each converted (new references). */
  private static List<PyObject> converted(
      ThreadState ts, PyObject seq, PyObject factory, boolean asDict) {
    List<PyObject> out = new ArrayList<>();
    try {
      forEach(
          ts,
          seq,
          x -> {
            try {
              out.add(inner(ts, x, factory, asDict));
            } finally {
              Ops.decref(ts, x);
            }
          });
    } catch (RuntimeException e) {
      out.forEach(x -> Ops.decref(ts, x));
      throw e;
    }
    return out;
  }

  /** Calls {@code body} with each item of {@code iterable} (a new reference it must drop). */
  private static void forEach(
      ThreadState ts, PyObject iterable, java.util.function.Consumer<PyObject> body) {
    PyObject it = Ops.iter(ts, iterable);
    try {
      PyObject x;
      while ((x = Ops.next(ts, it)) != null) {
        body.accept(x);
      }
    } finally {
      Ops.decref(ts, it);
    }
  }

  private static boolean hasAttribute(ThreadState ts, PyObject o, String name) {
    PyObject v = Ops.getattrOrNull(ts, o, PyStr.intern(name));
    Ops.xdecref(ts, v);
    return v != null;
  }

  /** {@code replace(obj, **changes)}: a new instance made from the fields and the changes. */
  static PyObject replace(ThreadState ts, PyObject obj, List<PyObject[]> given) {
    if (!isInstance(ts, obj)) {
      throw Exc.typeError(ts, "replace() should be called on dataclass instances");
    }
    PyDict changes = new PyDict(ts);
    try {
      for (PyObject[] kv : given) {
        changes.put(ts, kv[0], kv[1]);
      }
      PyObject all = Ops.getattr(ts, obj, FIELDS);
      List<PyObject> values;
      try {
        values = DataclassFields.values(ts, all);
      } finally {
        Ops.decref(ts, all);
      }
      try {
        for (PyObject o : values) {
          Field f = DataclassFields.asField(ts, o);
          PyObject kind = f.require(ts, Field.KIND);
          if (kind == DataclassObjects.CLASSVAR_KIND) {
            continue;
          }
          PyStr name = DataclassFields.attributeName(ts, f.require(ts, Field.NAME));
          boolean changed = changes.getStr(name) != null;
          if (!Ops.isTrue(ts, f.require(ts, Field.INIT))) {
            if (changed) {
              throw Exc.valueError(
                  ts,
                  "field "
                      + name.value
                      + " is declared with init=False, it cannot be specified with replace()");
            }
            continue;
          }
          if (!changed) {
            if (kind == DataclassObjects.INITVAR_KIND
                && f.require(ts, Field.DEFAULT) == DataclassObjects.MISSING) {
              throw Exc.valueError(
                  ts, "InitVar " + Ops.reprString(ts, name) + " must be specified with replace()");
            }
            PyObject current = Ops.getattr(ts, obj, name);
            try {
              changes.put(ts, name, current);
            } finally {
              Ops.decref(ts, current);
            }
          }
        }
      } finally {
        values.forEach(v -> Ops.decref(ts, v));
      }
      return Functions.callWithArgsAndKwargs(ts, obj.type, null, PyTuple.EMPTY, changes);
    } finally {
      Ops.decref(ts, changes);
    }
  }
}
