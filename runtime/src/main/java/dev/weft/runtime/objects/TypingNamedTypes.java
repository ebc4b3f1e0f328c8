package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;
import static dev.weft.runtime.objects.TypingClasses.*;

import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.interpreter.TypeCalls;
import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code typing.NamedTuple} and {@code typing.TypedDict}, class syntax and functional forms:
 * NamedTupleMeta turns a class body's annotations and defaults into a {@code
 * collections.namedtuple} class (keeping its methods), _TypedDictMeta makes a dict subclass with
 * {@code __required_keys__} and {@code __optional_keys__} whose calls build plain dicts, as CPython
 * 3.11 does.
 */
final class TypingNamedTypes {
  private TypingNamedTypes() {}

  // --- NamedTuple ---

  private static final java.util.Set<String> NT_PROHIBITED =
      java.util.Set.of(
          "__new__",
          "__init__",
          "__slots__",
          "__getnewargs__",
          "_fields",
          "_field_defaults",
          "_make",
          "_replace",
          "_asdict",
          "_source");

  private static final java.util.Set<String> NT_SPECIAL =
      java.util.Set.of("__module__", "__name__", "__annotations__");

  static void setup() {
    namedTupleSetup();
    typedDictSetup();
  }

  private static void namedTupleSetup() {
    Bootstrap.ready(NAMED_TUPLE_BASE);
    NAMED_TUPLE_BASE.type = NAMED_TUPLE_META;
    Bootstrap.newMethod(
        NAMED_TUPLE_META,
        (ts, self, args, off, n, kw) -> {
          int npos = n - (kw == null ? 0 : kw.items.length);
          if (npos != 4) {
            throw Exc.typeError(ts, "NamedTupleMeta.__new__() takes 4 positional arguments");
          }
          return namedTupleClass(ts, args[off + 1], args[off + 2], args[off + 3]);
        });
  }

  /** NamedTupleMeta's {@code __new__(cls, typename, bases, ns)}. */
  private static PyObject namedTupleClass(
      ThreadState ts, PyObject name, PyObject basesObj, PyObject nsObj) {
    PyTuple bases = (PyTuple) basesObj;
    PyDict ns = (PyDict) nsObj;
    for (PyObject b : bases.items) {
      if (b != NAMED_TUPLE_BASE && b != GENERIC) {
        throw Exc.typeError(ts, "can only inherit from a NamedTuple type and Generic");
      }
    }
    PyObject ann = ns.getString("__annotations__");
    List<PyObject[]> fields = new ArrayList<>();
    List<String> defaultNames = new ArrayList<>();
    if (ann instanceof PyDict a) {
      for (int p = a.next(0); p >= 0; p = a.next(p + 1)) {
        PyObject key = a.keyAt(p);
        String k = Ops.strString(ts, key);
        if (ns.get(ts, key) != null) {
          defaultNames.add(k);
        } else if (!defaultNames.isEmpty()) {
          throw Exc.typeError(
              ts,
              "Non-default namedtuple field "
                  + k
                  + " cannot follow default field"
                  + (defaultNames.size() > 1 ? "s" : "")
                  + " "
                  + String.join(", ", defaultNames));
        }
        fields.add(new PyObject[] {key, a.valueAt(p)});
      }
    }
    PyObject[] defaults = new PyObject[defaultNames.size()];
    for (int i = 0; i < defaults.length; i++) {
      defaults[i] = ns.getString(defaultNames.get(i));
    }
    PyObject module = ns.getString("__module__");
    PyType nt =
        makeNamedTuple(
            ts,
            Ops.strString(ts, name),
            fields,
            defaults,
            module == null ? PyStr.intern("__main__") : module);
    try {
      for (int p = ns.next(0); p >= 0; p = ns.next(p + 1)) {
        if (!(ns.keyAt(p) instanceof PyStr key)) {
          continue;
        }
        if (NT_PROHIBITED.contains(key.value)) {
          throw Exc.raise(
              ts, Exc.AttributeError, "Cannot overwrite NamedTuple attribute " + key.value);
        }
        if (NT_SPECIAL.contains(key.value) || isField(nt, key)) {
          continue;
        }
        if (key.value.equals("__classcell__") && ns.valueAt(p) instanceof PyCell c) {
          PyObject old = c.value;
          c.value = Ops.newRef(ts, nt);
          Ops.xdecref(ts, old);
          continue;
        }
        Ops.setattr(ts, nt, key, ns.valueAt(p));
      }
    } catch (RuntimeException e) {
      Ops.decref(ts, nt);
      throw e;
    }
    return nt;
  }

  private static boolean isField(PyType nt, PyStr key) {
    if (nt.dict.getString("_fields") instanceof PyTuple f) {
      for (PyObject x : f.items) {
        if (x instanceof PyStr s && s.value.equals(key.value)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code _make_nmtuple}: a namedtuple whose {@code __annotations__} are the checked types. */
  static PyType makeNamedTuple(
      ThreadState ts,
      String typename,
      List<PyObject[]> fields,
      PyObject[] defaults,
      PyObject module) {
    String[] names = new String[fields.size()];
    PyDict types = new PyDict(ts);
    try {
      for (int i = 0; i < names.length; i++) {
        PyObject[] f = fields.get(i);
        names[i] = Ops.strString(ts, f[0]);
        PyObject t =
            Typing.typeCheck(
                ts, f[1], "field " + names[i] + " annotation must be a type", true, false);
        try {
          types.put(ts, f[0], t);
        } finally {
          Ops.decref(ts, t);
        }
      }
      NamedTuples.validate(ts, typename, names, false);
      PyType nt = NamedTuples.create(ts, typename, names, defaults, module);
      try {
        Ops.setattr(ts, nt, PyStr.intern("__annotations__"), types);
      } catch (RuntimeException e) {
        Ops.decref(ts, nt);
        throw e;
      }
      return nt;
    } finally {
      Ops.decref(ts, types);
    }
  }

  /** {@code NamedTuple(typename, fields=None, /, **kwargs)}. */
  static PyObject namedTupleCall(ThreadState ts, PyObject[] args, int off, int n, PyTuple kw) {
    int nkw = kw == null ? 0 : kw.items.length;
    int npos = n - nkw;
    if (npos < 1) {
      throw Exc.typeError(ts, "NamedTuple() missing 1 required positional argument: 'typename'");
    }
    if (npos > 2) {
      throw Exc.typeError(
          ts, "NamedTuple() takes from 1 to 2 positional arguments but " + npos + " were given");
    }
    List<PyObject[]> fields = new ArrayList<>();
    PyList items = null;
    try {
      if (npos == 2 && args[off + 1] != PySingleton.NONE) {
        if (nkw > 0) {
          throw Exc.typeError(
              ts, "Either list of fields or keywords can be provided to NamedTuple, not both");
        }
        items = SequenceOps.toList(ts, args[off + 1]);
        for (int i = 0; i < items.size; i++) {
          PyObject[] kv = SequenceOps.unpack(ts, items.items[i], 2, -1);
          fields.add(kv);
        }
      } else {
        for (int k = 0; k < nkw; k++) {
          fields.add(
              new PyObject[] {Ops.newRef(ts, kw.items[k]), Ops.newRef(ts, args[off + npos + k])});
        }
      }
      return makeNamedTuple(
          ts, Ops.strString(ts, args[off]), fields, new PyObject[0], TypingVars.callerModule(ts));
    } finally {
      for (PyObject[] f : fields) {
        Ops.decref(ts, f[0]);
        Ops.decref(ts, f[1]);
      }
      Ops.xdecref(ts, items);
    }
  }

  // --- TypedDict ---

  private static void typedDictSetup() {
    Bootstrap.ready(TYPED_DICT_BASE);
    TYPED_DICT_BASE.type = TYPED_DICT_META;
    Bootstrap.newMethod(TYPED_DICT_META, TypingNamedTypes::typedDictClass);
    Bootstrap.constant(TYPED_DICT_META, "__call__", PyDict.TYPE);
    for (String check : new String[] {"__subclasscheck__", "__instancecheck__"}) {
      def(
          TYPED_DICT_META,
          check,
          1,
          (PyBuiltin.F1)
              (ts, self, o) -> {
                throw Exc.typeError(ts, "TypedDict does not support instance and class checks");
              });
    }
  }

  /** {@code _TypedDictMeta.__new__(cls, name, bases, ns, total=True)}. */
  private static PyObject typedDictClass(
      ThreadState ts, PyObject self, PyObject[] args, int off, int n, PyTuple kw) {
    ArgParser p =
        new ArgParser(
            ts, "_TypedDictMeta.__new__", args, off, n, kw, "cls", "name", "bases", "ns", "total");
    boolean total = !p.has(4) || Ops.isTrue(ts, p.get(4));
    PyTuple bases = (PyTuple) p.get(2);
    PyDict ns = (PyDict) p.get(3);
    boolean generic = false;
    for (PyObject b : bases.items) {
      if (b.type != TYPED_DICT_META && b != GENERIC) {
        throw Exc.typeError(
            ts, "cannot inherit from both a TypedDict type and a non-TypedDict base class");
      }
      if (b instanceof PyType bt && bt.isSubtypeOf(GENERIC)) {
        generic = true;
      }
    }
    PyTuple newBases = generic ? PyTuple.of(ts, GENERIC, PyDict.TYPE) : PyTuple.of(ts, PyDict.TYPE);
    PyObject cls = TypeCalls.newClass(ts, p.get(1), newBases, ns, null, TYPED_DICT_META);
    Ops.decref(ts, newBases);
    PyType tp = (PyType) cls;
    try {
      Map<String, PyObject> own = new LinkedHashMap<>();
      PyDict annotations = new PyDict(ts);
      Set<String> required = new LinkedHashSet<>();
      Set<String> optional = new LinkedHashSet<>();
      try {
        for (PyObject b : bases.items) {
          PyType bt = (PyType) b;
          if (bt.dict.getString("__annotations__") instanceof PyDict ba) {
            DictOps.update(ts, annotations, ba);
          }
          addKeys(ts, required, bt.dict.getString("__required_keys__"));
          addKeys(ts, optional, bt.dict.getString("__optional_keys__"));
        }
        if (ns.getString("__annotations__") instanceof PyDict oa) {
          for (int q = oa.next(0); q >= 0; q = oa.next(q + 1)) {
            PyObject checked =
                Typing.typeCheck(
                    ts,
                    oa.valueAt(q),
                    "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type",
                    true,
                    true);
            annotations.put(ts, oa.keyAt(q), checked);
            own.put(Ops.strString(ts, oa.keyAt(q)), checked);
            Ops.decref(ts, checked);
          }
        }
        for (Map.Entry<String, PyObject> e : own.entrySet()) {
          PyObject t = e.getValue();
          if (t instanceof Typing.Alias a && a.kind == Typing.K_ANNOTATED) {
            t = a.origin;
          }
          boolean isRequired = total;
          if (t instanceof Typing.Alias a && a.args != null) {
            if (a.origin == Typing.REQUIRED_FORM) {
              isRequired = true;
            } else if (a.origin == Typing.NOT_REQUIRED_FORM) {
              isRequired = false;
            }
          }
          (isRequired ? required : optional).add(e.getKey());
        }
        Ops.setattr(ts, tp, PyStr.intern("__annotations__"), annotations);
        setKeys(ts, tp, "__required_keys__", required);
        setKeys(ts, tp, "__optional_keys__", optional);
        if (tp.lookup("__total__") == null) {
          Ops.setattr(ts, tp, PyStr.intern("__total__"), PyBool.of(total));
        }
      } finally {
        Ops.decref(ts, annotations);
      }
    } catch (RuntimeException e) {
      Ops.decref(ts, cls);
      throw e;
    }
    return cls;
  }

  private static void addKeys(ThreadState ts, Set<String> into, PyObject keys) {
    if (keys instanceof PySet s) {
      for (int j = s.next(0); j >= 0; j = s.next(j + 1)) {
        into.add(Ops.strString(ts, s.keyAt(j)));
      }
    }
  }

  private static void setKeys(ThreadState ts, PyType tp, String name, Set<String> keys) {
    PySet s = new PySet(ts, PySet.FROZENSET_TYPE);
    try {
      for (String k : keys) {
        s.add(ts, PyStr.intern(k));
      }
      Ops.setattr(ts, tp, PyStr.intern(name), s);
    } finally {
      Ops.decref(ts, s);
    }
  }

  /** {@code TypedDict(typename, fields=None, /, *, total=True, **kwargs)}. */
  static PyObject typedDictCall(ThreadState ts, PyObject[] args, int off, int n, PyTuple kw) {
    int nkw = kw == null ? 0 : kw.items.length;
    int npos = n - nkw;
    if (npos < 1) {
      throw Exc.typeError(ts, "TypedDict() missing 1 required positional argument: 'typename'");
    }
    PyDict fields = new PyDict(ts);
    PyDict ns = new PyDict(ts);
    PyObject total = PyBool.TRUE;
    try {
      if (npos >= 2 && args[off + 1] != PySingleton.NONE) {
        DictOps.update(ts, fields, args[off + 1]);
      }
      for (int k = 0; k < nkw; k++) {
        PyStr key = (PyStr) kw.items[k];
        if (key.value.equals("total")) {
          total = args[off + npos + k];
        } else {
          fields.put(ts, key, args[off + npos + k]);
        }
      }
      ns.putString(ts, "__annotations__", fields);
      ns.putString(ts, "__module__", TypingVars.callerModule(ts));
      PyObject[] call = {args[off], PyTuple.EMPTY, ns, total};
      PyTuple names = PyTuple.of(ts, PyStr.intern("total"));
      try {
        return Calls.call(ts, TYPED_DICT_META, call, 0, 4, names);
      } finally {
        Ops.decref(ts, names);
      }
    } finally {
      Ops.decref(ts, fields);
      Ops.decref(ts, ns);
    }
  }
}
